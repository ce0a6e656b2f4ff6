import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news33, a blind batch on twenty new domains, had been written and counted.
describe("role-reversal: words of one phrase, and a preposition of three words, are no arguments to trade", () => {
  itAcceptsEach("role-reversal", [
    // A title and a name stand in one phrase on both sides: the reading of two verbs may take one word each.
    ["Le plan quinquennal présenté par la ministre Catherine Vautrin prévoit 2 milliards d'euros supplémentaires d'ici à 2030 pour les hôpitaux de proximité.",
      "The five-year plan unveiled by minister Catherine Vautrin provides for an extra €2bn for local hospitals by 2030."],
    // "à partir de mars" says when: "partir" is no participant of "accueillera".
    ["Le centre d'essais de Valeo à Étampes accueillera à partir de janvier une nouvelle chambre d'essai consacrée aux batteries des camions électriques, a annoncé jeudi la direction du groupe.",
      "Valeo's test centre at Étampes will get a new test chamber for electric-truck batteries from January, the group's management announced on Thursday."],
  ]);
  itFlagsEach("role-reversal", [
    ["Le plan quinquennal présenté par la ministre Catherine Vautrin a été rejeté par les syndicats de médecins.",
      "The five-year plan unveiled by the doctors' unions has been rejected by minister Catherine Vautrin.", /minister|unions/],
  ]);
});

describe("negation-mismatch: a verb of amount said by one WordNet places on the other side of its pair", () => {
  itFlagsEach("negation-mismatch", [
    // "cut" reduces in its second sense, a kind of "decrease"; "augmenter" renders "increase", its antonym.
    ["La mairie de Lyon a décidé d'augmenter les tarifs des cantines scolaires à la rentrée.",
      "Lyon city hall has decided to cut school canteen prices at the start of the school year.", /^cut$/],
    // Both negated, the two verbs oppose as much.
    ["Le club n'entend pas relever le prix de ses abonnements la saison prochaine, a indiqué son président.",
      "The club does not intend to cut the price of its season tickets next season, its president said.", /^cut$/],
    // An infinitive may follow a figure: "depuis 2023 majorer".
    ["Les départements peuvent depuis 2024 majorer de 20 % les droits de mutation sur les logements anciens.",
      "Since 2024, departments have been able to cut transfer duties on older homes by 20%.", /^cut$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["La mairie de Lyon a décidé d'augmenter les tarifs des cantines scolaires à la rentrée.",
      "Lyon city hall has decided to raise school canteen prices at the start of the school year."],
    ["Le club n'entend pas relever le prix de ses abonnements la saison prochaine, a indiqué son président.",
      "The club does not intend to raise the price of its season tickets next season, its president said."],
    // Only pairs of amount: "go" is no opposite of "arriver", though WordNet opposes "come" to "go".
    ["Il existe deux façons d'y arriver : par la route ou par le train.", "There are two ways to go: by road or by train."],
  ]);
});

// Readings mended after news34, a blind batch on twenty new domains, had been written and counted.
describe("role-reversal: an irregular passive, an adjective before its noun, an adverb before the verb", () => {
  itAcceptsEach("role-reversal", [
    // "was struck by": an irregular participle makes a passive like "was hit".
    ["Un voilier lorientais a été percuté dans la nuit de samedi à dimanche par un porte-conteneurs au large de Groix, sans faire de blessés, a indiqué la préfecture maritime.",
      "A Lorient sailing boat was struck by a container ship off Groix overnight Saturday to Sunday, with no injuries reported, the maritime prefecture said."],
    // "une légère détente qui": the noun after "légère" is the relative's antecedent; "that nevertheless keeps": the adverb is no subject.
    ["Le taux de chômage à Trois-Rivières est passé de 6,1 % à 5,4 % en un an, une légère détente qui le maintient toutefois au-dessus de la moyenne provinciale, selon Statistique Canada.",
      "The unemployment rate in Trois-Rivières fell from 6.1 percent to 5.4 percent in a year, a slight easing that nevertheless keeps it above the provincial average, according to Statistics Canada."],
  ]);
  itFlagsEach("role-reversal", [
    ["Un voilier lorientais a été percuté dans la nuit de samedi à dimanche par un porte-conteneurs au large de Groix, sans faire de blessés, a indiqué la préfecture maritime.",
      "A Lorient sailing boat struck a container ship off Groix overnight Saturday to Sunday, with no injuries reported, the maritime prefecture said.", /boat|struck/],
  ]);
});

describe("entity-mismatch: each side's initials in parentheses after a name they abbreviate", () => {
  itAcceptsEach("entity-mismatch", [
    ["Les mises en chantier ont reculé de 12 % en octobre au Québec, selon la Société canadienne d'hypothèques et de logement (SCHL).",
      "Housing starts in Quebec fell 12 percent in October, according to Canada Mortgage and Housing Corporation (CMHC)."],
  ]);
  itFlagsEach("entity-mismatch", [
    // Another party's name and its own initials: the name is not the French one, in any word.
    ["Le Parti libéral-démocrate (PLD) a désigné samedi son nouveau secrétaire général, a rapporté la chaîne publique NHK.",
      "The Constitutional Democratic Party (CDP) on Saturday named its new secretary-general, public broadcaster NHK reported.", /CDP|Constitutional/],
  ]);
});

describe("content-omission: what a figure includes, said by \"some\"", () => {
  itAcceptsEach("content-omission", [
    ["Le musée des Beaux-Arts de Tournai exposera à partir de mars 150 dessins de Louis Gallait, dont certains inédits, a annoncé sa conservatrice.",
      "Tournai's Fine Arts Museum will show 150 drawings by Louis Gallait from March, some never exhibited before, its curator announced."],
  ]);
});

describe("role-reversal: two participants crossed around one verb the aligner linked, appositions between", () => {
  itFlagsEach("role-reversal", [
    // An apposition between the subject and its verb.
    ["Marie Lenoir, jusqu'ici directrice commerciale de l'aéroport de Liège, succédera le 1er avril à Paul Dumont à la tête de la société, a annoncé son conseil d'administration.",
      "Paul Dumont, until now sales director of Liège airport, will succeed Marie Lenoir as head of the company on April 1, its board announced.", /Dumont|Lenoir/],
    // A work's title between the verb and its object.
    ["La fondation Gulbenkian va prêter au Rijksmuseum, pour trois mois, « L'Annonciation » de Van Eyck, l'une des pièces maîtresses de ses collections, a annoncé sa directrice.",
      "The Rijksmuseum will lend Van Eyck's \"Annunciation\", one of the masterpieces of its collection, to the Gulbenkian Foundation for three months, its director announced.", /Rijksmuseum|Gulbenkian|Foundation/],
    // Passive on both sides is the same voice.
    ["La Japonaise Akane Yamaguchi, numéro deux mondiale, a été battue samedi en demi-finale de l'Open du Danemark par l'Espagnole Carolina Marín, 31 ans, qui s'est imposée en trois sets.",
      "Spain's 31-year-old Carolina Marín was beaten in the Denmark Open semi-final on Saturday by world number two Akane Yamaguchi of Japan, who won in three games.", /Marín|Yamaguchi/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Marie Lenoir, jusqu'ici directrice commerciale de l'aéroport de Liège, succédera le 1er avril à Paul Dumont à la tête de la société, a annoncé son conseil d'administration.",
      "Marie Lenoir, until now sales director of Liège airport, will succeed Paul Dumont as head of the company on April 1, its board announced."],
    ["La fondation Gulbenkian va prêter au Rijksmuseum, pour trois mois, « L'Annonciation » de Van Eyck, l'une des pièces maîtresses de ses collections, a annoncé sa directrice.",
      "The Gulbenkian Foundation will lend Van Eyck's \"Annunciation\", one of the masterpieces of its collection, to the Rijksmuseum for three months, its director announced."],
    ["La Japonaise Akane Yamaguchi, numéro deux mondiale, a été battue samedi en demi-finale de l'Open du Danemark par l'Espagnole Carolina Marín, 31 ans, qui s'est imposée en trois sets.",
      "Japan's world number two Akane Yamaguchi was beaten in the Denmark Open semi-final on Saturday by 31-year-old Spaniard Carolina Marín, who won in three games."],
    // A name in a noun's complement ("des Landes") is no subject of the verb.
    ["Selon la chambre d'agriculture des Landes, la récolte de maïs a reculé de 12 % en 2024 en Chalosse et dans le Marsan, en raison des pluies de printemps.",
      "The maize harvest in Chalosse and the Marsan fell by 12% in 2024 because of spring rains, according to the Landes chamber of agriculture."],
  ]);
});

describe("role-reversal: the crossing names each participant whole", () => {
  it("names “Marie Lenoir” and “Paul Dumont”, not the words the aligner paired", () => {
    const [finding] = findingsOf("role-reversal",
      "Marie Lenoir, jusqu'ici directrice commerciale de l'aéroport de Liège, succédera le 1er avril à Paul Dumont à la tête de la société, a annoncé son conseil d'administration.",
      "Paul Dumont, until now sales director of Liège airport, will succeed Marie Lenoir as head of the company on April 1, its board announced.");
    expect(finding?.message).toContain("has Marie Lenoir before the verb and Paul Dumont after it");
    // The quoted spans run from the first name's first word: the target's from "Paul Dumont", to "Marie Lenoir".
    expect(finding?.message).toMatch(/^The source “Marie Lenoir, jusqu'ici/);
    expect(finding?.message).toContain("the target “Paul Dumont, until now sales director of Liège airport, will succeed Marie Lenoir”");
  });
});
