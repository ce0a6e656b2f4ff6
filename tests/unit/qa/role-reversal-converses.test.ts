import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: an English converse verb that keeps the French subject", () => {
  itFlagsEach("role-reversal", [
    ["À l'Assemblée générale, la Roumanie l'a emporté sur la Moldavie pour le siège.", "At the General Assembly, Romania lost to Moldova for the seat.", /Romania lost/],
    ["La mairie de Lyon a racheté à un promoteur deux immeubles du centre.", "Lyon city hall sold two buildings in the centre to a developer.", /sold/],
    ["Au classement, le Belge Remco Evenepoel devance désormais le Britannique Tom Pidcock de 40 secondes.", "In the standings, Belgium's Remco Evenepoel now trails Britain's Tom Pidcock by 40 seconds.", /trails/],
    // A preposition of rank makes the verb before it a converse: finishing behind is trailing.
    ["Le Kényan Eliud Kipchoge a devancé l'Éthiopien Kenenisa Bekele de dix secondes à Berlin.", "Kenya's Eliud Kipchoge finished ten seconds behind Ethiopia's Kenenisa Bekele in Berlin.", /finished ten seconds behind/],
    // The one hiring is not the one joining.
    ["Le club lyonnais a recruté l'attaquant brésilien pour trois saisons.", "The Lyon club joined the Brazilian striker for three seasons.", /joined/],
  ]);
  itAcceptsEach("role-reversal", [
    ["À l'Assemblée générale, la Roumanie l'a emporté sur la Moldavie pour le siège.", "At the General Assembly, Romania beat Moldova for the seat."],
    ["La mairie de Lyon a racheté à un promoteur deux immeubles du centre.", "Lyon city hall bought two buildings in the centre from a developer."],
    ["Au classement, le Belge Remco Evenepoel devance désormais le Britannique Tom Pidcock de 40 secondes.", "In the standings, Belgium's Remco Evenepoel now leads Britain's Tom Pidcock by 40 seconds."],
    ["La commune va emprunter deux millions d'euros à la banque.", "The town will borrow two million euros from the bank."],
    ["Le club lyonnais a recruté l'attaquant brésilien pour trois saisons.", "The Lyon club hired the Brazilian striker for three seasons."],
    ["Le Kényan Eliud Kipchoge a devancé l'Éthiopien Kenenisa Bekele de dix secondes à Berlin.", "Kenya's Eliud Kipchoge finished ten seconds ahead of Ethiopia's Kenenisa Bekele in Berlin."],
    ["Le Kényan Eliud Kipchoge a terminé derrière l'Éthiopien Kenenisa Bekele à Berlin.", "Kenya's Eliud Kipchoge finished behind Ethiopia's Kenenisa Bekele in Berlin."],
    ["Le club lyonnais a recruté l'attaquant brésilien pour trois saisons.", "The Brazilian striker joined the Lyon club for three seasons."],
    ["L'attaquant brésilien a rejoint le club lyonnais pour trois saisons.", "The Brazilian striker joined the Lyon club for three seasons."],
  ]);
});
