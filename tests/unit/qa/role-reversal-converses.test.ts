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
    // A pronoun subject after a verb of saying names the one who says it: "BHP said it had bought".
    ["Le groupe minier australien BHP a cédé au japonais Mitsui sa participation de 40 % dans deux mines de charbon, a-t-il annoncé vendredi.",
      "Australian mining group BHP said on Friday it had bought a 40% stake in two coal mines from Japan's Mitsui.", /BHP said on Friday it had bought/],
    ["Tadej Pogacar a ravi dimanche le maillot jaune à Jonas Vingegaard au terme de la 15e étape.", "Tadej Pogacar lost the yellow jersey to Jonas Vingegaard on Sunday at the end of the 15th stage.", /lost/],
    // Trade, visits and goals: the one exporting is not the one importing, the host not the visitor, the scorer not the one conceding.
    ["Le Maroc a exporté l'an dernier du phosphate vers l'Inde.", "Morocco imported phosphate from India last year.", /imported/],
    ["Le président Macron a reçu mardi le chancelier allemand à l'Élysée.", "President Macron visited the German chancellor at the Élysée on Tuesday.", /visited/],
    ["L'attaquant lyonnais a marqué deux buts face à Lens.", "The Lyon striker conceded two goals against Lens.", /conceded/],
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
    ["Le groupe minier australien BHP a cédé au japonais Mitsui sa participation de 40 % dans deux mines de charbon, a-t-il annoncé vendredi.",
      "Australian mining group BHP said on Friday it had sold its 40% stake in two coal mines to Japan's Mitsui."],
    ["Tadej Pogacar a ravi dimanche le maillot jaune à Jonas Vingegaard au terme de la 15e étape.", "Tadej Pogacar snatched the yellow jersey from Jonas Vingegaard on Sunday at the end of the 15th stage."],
    ["Le Maroc a exporté l'an dernier du phosphate vers l'Inde.", "Morocco exported phosphate to India last year."],
    ["Le président Macron a reçu mardi le chancelier allemand à l'Élysée.", "President Macron hosted the German chancellor at the Élysée on Tuesday."],
    ["L'attaquant lyonnais a marqué deux buts face à Lens.", "The Lyon striker scored two goals against Lens."],
  ]);
});
