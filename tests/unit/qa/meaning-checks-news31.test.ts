import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

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
