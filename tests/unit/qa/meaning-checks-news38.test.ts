import { describe, expect, it } from "vitest";
import { isAuxiliaryAt, isFrenchAuxiliaryVerbAt } from "@/lib/qa/roles/role-markers";
import { splitWords } from "@/lib/word-align/words";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news41, a blind batch on twenty new domains, had been written and counted.
describe("entity-mismatch: a name both sides spell letter for letter is no loose spelling of another beside it (“Pescara” is not “Pessac”)", () => {
  itFlagsEach("entity-mismatch", [
    ["La nageuse Emma Castagnet, licenciée au Cercle des nageurs de Talence, a remporté l'argent aux championnats d'Europe de Pescara, une première pour le club.",
      "Swimmer Emma Castagnet, who swims for the Cercle des Nageurs de Pessac, won silver at the European Championships in Pescara, a first for the club.", /^Pessac$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["La nageuse Emma Castagnet, licenciée au Cercle des nageurs de Talence, a remporté l'argent aux championnats d'Europe de Pescara, une première pour le club.",
      "Swimmer Emma Castagnet, who swims for the Cercle des Nageurs de Talence, won silver at the European Championships in Pescara, a first for the club."],
    // A name spelt twice on one side and once on the other leaves one to be spelt loosely: "Mann" is "Man".
    ["Au Moyen Âge, l'île était le cœur du royaume de Man et des Îles, avant de devenir le Duché de Man.",
      "In the Middle Ages the island was the heart of the Kingdom of Mann and the Isles, before becoming the Lordship of Man."],
    // Peoples French names its own way.
    ["Les Ruthènes de Transcarpatie ont fondé leur premier journal à Oujhorod en 1867.",
      "The Rusyns of Transcarpathia founded their first newspaper in Uzhhorod in 1867."],
    // A name in two languages joined by a slash is one name.
    ["Les Rencontres du cinéma d'Helvétie, qui se sont achevées dimanche à Bienne, ont attiré 9 000 spectateurs, selon leurs organisateurs.",
      "The Rencontres du Cinéma d'Helvétie, which ended in Biel/Bienne on Sunday, drew 9,000 spectators, according to their organisers."],
  ]);
});

describe("entity-mismatch: a French place name's article kept in English names the place (“Le Mans”)", () => {
  itFlagsEach("entity-mismatch", [
    ["Le Stade lavallois a battu samedi Orléans 2-1 au terme d'un match marqué par l'expulsion de son gardien.",
      "Stade Lavallois beat Le Mans 2-1 on Saturday in a game marked by the sending-off of their goalkeeper.", /Mans/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le Stade lavallois a battu samedi Le Mans 2-1 au terme d'un match marqué par l'expulsion de son gardien.",
      "Stade Lavallois beat Le Mans 2-1 on Saturday in a game marked by the sending-off of their goalkeeper."],
    // China's state news agency, which French names by its name's meaning.
    ["Pékin a annoncé mardi de nouvelles mesures de soutien à la consommation, a rapporté l'agence Chine nouvelle.",
      "Beijing announced new measures to support consumer spending on Tuesday, the Xinhua news agency reported."],
  ]);
});

describe("content-omission: a dropped phrase set off by commas once the attendance it qualifies is rendered (“la fréquentation de la crypte, fermée quatre mois pour travaux,”)", () => {
  it("flags the phrase the English leaves out", () => {
    expectOnlyFinding("content-omission",
      "Le musée des Beaux-Arts a attiré 80 000 visiteurs en 2023, mais la fréquentation de son annexe, fermée six mois pour travaux, a reculé, selon la mairie.",
      "The Fine Arts Museum drew 80,000 visitors in 2023, but its annex saw attendance fall, according to the town hall.", "fermée six mois pour travaux", null);
  });
  itAcceptsEach("content-omission", [
    ["Le musée des Beaux-Arts a attiré 80 000 visiteurs en 2023, mais la fréquentation de son annexe, fermée six mois pour travaux, a reculé, selon la mairie.",
      "The Fine Arts Museum drew 80,000 visitors in 2023, but its annex, closed for six months for works, saw attendance fall, according to the town hall."],
  ]);
});

describe("negation-mismatch: each French word that says no says one English negation (“patients orphelins” is “without a family doctor”, not also “no longer”)", () => {
  itFlagsEach("negation-mismatch", [
    ["Grâce à une prime de 15 000 euros, la commune a attiré deux médecins dans sa maison de santé, où 3 000 patients orphelins attendent toujours un rendez-vous, selon l'agence régionale de santé.",
      "Thanks to a €15,000 bonus, the town has attracted two doctors to its health centre, where 3,000 patients without a family doctor are no longer waiting for an appointment, according to the regional health agency.", /^no$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Grâce à une prime de 15 000 euros, la commune a attiré deux médecins dans sa maison de santé, où 3 000 patients orphelins attendent toujours un rendez-vous, selon l'agence régionale de santé.",
      "Thanks to a €15,000 bonus, the town has attracted two doctors to its health centre, where 3,000 patients without a family doctor are still waiting for an appointment, according to the regional health agency."],
  ]);
});

describe("content-addition: a temporary lay-off says “temporarily” (“au chômage technique”)", () => {
  itAcceptsEach("content-addition", [
    ["L'incendie qui a détruit dimanche l'atelier de la scierie Marchal n'a fait aucun blessé, mais une trentaine d'ouvriers se retrouvent au chômage technique.",
      "The fire that destroyed the Marchal sawmill's workshop on Sunday caused no injuries, but some thirty workers have been temporarily laid off."],
  ]);
});

describe("content-addition: “depuis” alone says no record (“85 nouvelles adhésions depuis septembre” → “a record 85 new members”)", () => {
  itFlagsEach("content-addition", [
    ["Le club de patinage de Roubaix a enregistré 120 nouvelles inscriptions depuis la rentrée, un succès que son président attribue à un reportage télévisé.",
      "Roubaix's skating club has signed up a record 120 new members since the start of the school year, a success its president puts down to a television report.", /^a record$/],
  ]);
  itAcceptsEach("content-addition", [
    ["Le club de patinage de Roubaix a enregistré 120 nouvelles inscriptions depuis la rentrée, un succès que son président attribue à un reportage télévisé.",
      "Roubaix's skating club has signed up 120 new members since the start of the school year, a success its president puts down to a television report."],
    // A superlative since a time is still said by "depuis".
    ["Les prix de l'énergie ont connu en mars leur plus forte hausse depuis 1990, selon l'Insee.",
      "Energy prices saw their biggest rise since 1990 in March, according to the statistics office Insee."],
  ]);
});

describe("content-omission: “chaque été” is rendered by “each summer”", () => {
  itAcceptsEach("content-omission", [
    ["Le festival a annoncé jeudi un partenariat de trois ans avec l'université de Genève pour mesurer l'empreinte carbone des 80 000 festivaliers attendus chaque été au bord du lac, à Nyon.",
      "The festival on Thursday announced a three-year partnership with the University of Geneva to measure the carbon footprint of the 80,000 festival-goers expected each summer on the lakeshore in Nyon."],
  ]);
});

describe("role markers: “été” after a determiner is no auxiliary", () => {
  it("reads the participle of “a été” as an auxiliary, and the summer of “l'été” and “cet été” as none", () => {
    const words = splitWords("Le club a été racheté l'été dernier, et cet été il jouera en été comme en hiver.", "source");
    const isAuxiliary = (index: number) => isAuxiliaryAt(words, index, "source") && isFrenchAuxiliaryVerbAt(words, index);
    expect(words.flatMap((word, index) => (word.text === "été" ? [isAuxiliary(index)] : []))).toEqual([true, false, false, false]);
  });
});
