import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news31, read once news32, a blind batch on twenty new domains, had been written and counted.
describe("entity-mismatch: a name in the place of another that the dictionary also knows in another guise", () => {
  itFlagsEach("entity-mismatch", [
    // "Brian" ends like a people's word ("Syrian"), but a surname follows it and no French word is rendered by it.
    ["Radio-Canada a supprimé l'émission matinale de Sudbury, une décision dénoncée par le maire Paul Lefebvre.",
      "Radio-Canada has scrapped its Sudbury morning show, a decision condemned by mayor Brian Bigger.", /^Brian$/],
    // "Sedan" ends like a people's word ("Afghan") but is a common noun too: a place in another's.
    ["À Charleville-Mézières, le festival des marionnettes a attiré plus de 170 000 spectateurs en dix jours.",
      "The puppet festival in Sedan drew more than 170,000 visitors over ten days.", /^Sedan$/],
    // The joiner both keep makes the compound a place name, though "lot" and "tarn" are dictionary words.
    ["La chambre d'agriculture de Lot-et-Garonne a annoncé un fonds d'urgence de 5 millions d'euros pour les producteurs de prunes.",
      "The Tarn-et-Garonne chamber of agriculture has announced a €5m emergency fund for plum growers.", /^Tarn-et-Garonne$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Radio-Canada a supprimé l'émission matinale de Sudbury, une décision dénoncée par le maire Paul Lefebvre.",
      "Radio-Canada has scrapped its Sudbury morning show, a decision condemned by mayor Paul Lefebvre."],
    // A people's word before a name qualifies it.
    ["Les Kurdes syriens ont dénoncé l'offensive lancée par Ankara dans le nord du pays.",
      "Syrian Kurds condemned the offensive launched by Ankara in the north of the country."],
    ["À Charleville-Mézières, le festival des marionnettes a attiré plus de 170 000 spectateurs en dix jours.",
      "The puppet festival in Charleville-Mézières drew more than 170,000 visitors over ten days."],
    ["La chambre d'agriculture de Lot-et-Garonne a annoncé un fonds d'urgence de 5 millions d'euros pour les producteurs de prunes.",
      "The Lot-et-Garonne chamber of agriculture has announced a €5m emergency fund for plum growers."],
  ]);
});

describe("negation-mismatch: a word said by its antonym in WordNet", () => {
  itFlagsEach("negation-mismatch", [
    ["Le tribunal correctionnel de Lille a acquitté jeudi l'ancien maire de la commune, poursuivi pour favoritisme.",
      "The Lille criminal court on Thursday convicted the town's former mayor, who had been prosecuted for favouritism.", /^convicted$/],
    ["La Pologne a importé l'an dernier près de deux millions de tonnes de céréales ukrainiennes.",
      "Poland exported nearly two million tonnes of Ukrainian grain last year.", /^exported$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Le tribunal correctionnel de Lille a acquitté jeudi l'ancien maire de la commune, poursuivi pour favoritisme.",
      "The Lille criminal court on Thursday acquitted the town's former mayor, who had been prosecuted for favouritism."],
    // "to the public" names the people: the adjective stands as a noun.
    ["La vente de mortiers d'artifice aux particuliers est interdite dans les Yvelines jusqu'au 15 juillet.",
      "The sale of firework mortars to the public is banned in the Yvelines until July 15."],
    // "come" and "go" are opposed in a few of their many senses only.
    ["Allons, Kalenz, montons une opération de secours.", "Come, Kalenz, let us make a rescue."],
    ["Il y a deux manières pour y arriver, par mer ou par terre.", "There are two ways to go, by ship or on foot."],
    // A word and itself with a negative prefix are prefix-flips' to read.
    ["Le Kényan a remporté le marathon de Berlin dimanche, malgré une chaleur inhabituelle pour la saison.",
      "The Kenyan won the Berlin marathon on Sunday despite unseasonably hot weather."],
  ]);
});

describe("content-omission: a noun of an approximate number is a figure of its own", () => {
  const source = "Le violent orage de grêle qui s'est abattu jeudi sur le Gers a détruit jusqu'à 80 % des récoltes de blé et de tournesol sur une quinzaine de communes, a indiqué la préfecture.";
  // The English is no shorter than the French here: only the figure says something is missing.
  it("reports \"une quinzaine de communes\" left out, whatever the target's length", () => {
    expectOnlyFinding("content-omission", source,
      "The violent hailstorm that swept across the Gers department on Thursday destroyed as much as 80 percent of the wheat and sunflower harvests, the prefecture announced.", "sur une quinzaine de communes", null);
  });
  itAcceptsEach("content-omission", [
    [source, "The violent hailstorm that hit the Gers on Thursday destroyed up to 80% of wheat and sunflower crops in some 15 communes, the prefecture said."],
  ]);
});

describe("french-convention: a plural noun before a determiner is no plural adjective", () => {
  itAcceptsEach("french-convention", [
    ["L'université, installée à Toronto, a accueilli 1 200 étudiants à la rentrée, soit le double de l'an dernier.",
      "The Toronto-based university enrolled 1,200 students this autumn, twice as many as last year."],
  ]);
  itFlagsEach("french-convention", [
    ["Les centrales nucléaires françaises ont produit moins d'électricité.", "The French nuclears plants produced less electricity.", /^nuclears$/],
  ]);
});

describe("entity-mismatch: one word rendered freely in a long name translated word for word", () => {
  itAcceptsEach("entity-mismatch", [
    ["Selon l'Observatoire national de la précarité énergétique, 3,4 millions de ménages ont eu froid chez eux l'hiver dernier.",
      "Last winter 3.4 million households were cold at home, according to France's National Observatory of Energy Poverty."],
  ]);
  itFlagsEach("entity-mismatch", [
    // A short name's one other word is what tells the body: another word is another body.
    ["Le ministère de l'Intérieur a ouvert une enquête sur les violences de samedi.",
      "The Ministry of Justice has opened an inquiry into Saturday's violence.", /Justice/],
  ]);
});

describe("role-reversal: \"whom\" after a place takes the person before it", () => {
  const source = "Une retraitée de 82 ans a porté plainte contre un serrurier de Villeurbanne qui lui avait facturé 2 400 euros pour ouvrir une porte claquée.";
  itFlagsEach("role-reversal", [
    [source, "An 82-year-old pensioner has filed a complaint against a locksmith in Villeurbanne whom she had charged €2,400 to open a door that had slammed shut.", /^locksmith in Villeurbanne whom she had charged$/],
  ]);
  itAcceptsEach("role-reversal", [
    [source, "An 82-year-old pensioner has filed a complaint against a locksmith in Villeurbanne who charged her €2,400 to open a door that had slammed shut."],
  ]);
});

describe("role-reversal: a relative's antecedent counted by a figure, and a French relative that names the one billed", () => {
  const source = "Un ramoneur a été condamné pour avoir escroqué une vingtaine de personnes âgées, auxquelles il facturait des interventions jamais réalisées.";
  itFlagsEach("role-reversal", [
    [source, "A chimney sweep was convicted of swindling around 20 elderly people, who billed him for work that was never carried out.", /^people, who billed$/],
  ]);
  itAcceptsEach("role-reversal", [
    [source, "A chimney sweep was convicted of swindling around 20 elderly people, whom he billed for work that was never carried out."],
  ]);
});

it("names each person by the whole name, not the one word that differs", () => {
  const [finding] = findingsOf("entity-mismatch", "Radio-Canada a supprimé l'émission matinale de Sudbury, une décision dénoncée par le maire Paul Lefebvre.",
    "Radio-Canada has scrapped its Sudbury morning show, a decision condemned by mayor Brian Bigger.");
  expect(finding.message).toContain("“Paul Lefebvre”, but the target has “Brian Bigger”");
});
