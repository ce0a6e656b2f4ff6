import { describe, expect, it } from "vitest";
import { isPrefixedNegative } from "@/lib/qa/negation/negative-words";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news43, a blind batch on twenty new domains, had been written and counted.
describe("entity-mismatch: a country the source names more often than the target, another one never named standing in its slot", () => {
  itFlagsEach("entity-mismatch", [
    ["Le romancier irlandais Colm Tóibín présentera son livre le 12 mai à Caen, à l'invitation de l'ambassade d'Irlande et de la librairie Eureka.",
      "Irish novelist Colm Tóibín will present his book in Caen on 12 May at the invitation of the British embassy and the Eureka bookshop.", /^British$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le romancier irlandais Colm Tóibín présentera son livre le 12 mai à Caen, à l'invitation de l'ambassade d'Irlande et de la librairie Eureka.",
      "Irish novelist Colm Tóibín will present his book in Caen on 12 May at the invitation of the Irish embassy and the Eureka bookshop."],
    // The Canada the English names once less stands in no slot of the “British” of “British Columbia”.
    ["Le Yukon a obtenu d'Ottawa un prêt de 120 millions de dollars canadiens pour relier Whitehorse au réseau de la Colombie-Britannique.",
      "Yukon has secured a 120-million-Canadian-dollar loan from Ottawa to connect Whitehorse to British Columbia's grid."],
  ]);
});

describe("negation-mismatch: “inflatable” says no “not”: a negative prefix stands before a word the dictionary lists (“adequate”), not one made of two (“flat” + “able”)", () => {
  itFlagsEach("negation-mismatch", [
    ["Les organisateurs du festival de Dieppe n'ont pas autorisé samedi le lancement des grandes structures gonflables sur la plage.",
      "The organisers of the Dieppe festival allowed the large inflatable kites to be flown on the beach on Saturday.", /allowed/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Les organisateurs du festival de Dieppe n'ont pas autorisé samedi le lancement des grandes structures gonflables sur la plage.",
      "The organisers of the Dieppe festival did not allow the large inflatable kites to be flown on the beach on Saturday."],
    ["Le ministre a jugé la décision inacceptable et incompréhensible.", "The minister called the decision unacceptable and incomprehensible."],
  ]);
});

describe("isPrefixedNegative: what a prefix negates is a listed word", () => {
  it("reads “in-”, “un-”, “il-” before a dictionary word as a negation", () => {
    expect(["inadequate", "incredible", "illegal", "unable", "insufficient"].every(isPrefixedNegative)).toBe(true);
  });
  it("reads no negation in a word that opens on the letters alone", () => {
    expect(["inflatable", "important", "industrial", "interval"].some(isPrefixedNegative)).toBe(false);
  });
});

describe("role-reversal: a count before a participant's head stands for its phrase (“par deux individus” → “two people”)", () => {
  itFlagsEach("role-reversal", [
    ["Un paludier de Guérande a été agressé samedi par trois individus qui tentaient de voler du matériel agricole.",
      "A salt worker in Guérande assaulted three people on Saturday who were trying to steal farm equipment.", /assaulted three people/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Un paludier de Guérande a été agressé samedi par trois individus qui tentaient de voler du matériel agricole.",
      "A salt worker in Guérande was assaulted on Saturday by three people who were trying to steal farm equipment."],
    // "marqués par" says what marked the results, so the English may say what they showed: no agent is turned round.
    ["Le président a présenté les résultats annuels du groupe, marqués par un recul de 4 % des volumes de pneus vendus en Europe.",
      "The chief executive presented the group's annual results, which showed a 4% drop in tyre volumes sold in Europe."],
  ]);
});

describe("name readers: “PME” is a firm, “Tissus” a textile", () => {
  itAcceptsEach("name-mismatch", [
    ["La PME castraise Textiles du Thoré a été rachetée par le groupe lyonnais Filature Rhodanienne, qui reprend l'ensemble de ses 58 salariés et conserve le site d'Aussillon.",
      "Castres-based textile firm Textiles du Thoré has been taken over by the Lyon group Filature Rhodanienne, which is keeping all 58 employees and the Aussillon site."],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le musée des Tissus de Lyon rouvrira partiellement ses salles au printemps, selon un communiqué.",
      "The Lyon Textile Museum will partly reopen its galleries in the spring, according to a statement."],
  ]);
});

describe("content-omission: “la prolifération” is “the spread”, so a dropped member beside it stands out", () => {
  it("flags the dropped member", () => {
    expectOnlyFinding("content-omission", "Le lac Memphrémagog, à Magog, sera interdit aux embarcations à moteur à partir du 15 mai, a tranché le conseil municipal, qui souhaite ainsi limiter l'érosion des berges et la prolifération des algues bleu-vert.",
      "Motorboats will be banned from Lake Memphrémagog in Magog from 15 May, the city council has decided, in a bid to limit the spread of blue-green algae.", "l'érosion des berges", null);
  });
  itAcceptsEach("content-omission", [
    ["Le lac Memphrémagog, à Magog, sera interdit aux embarcations à moteur à partir du 15 mai, a tranché le conseil municipal, qui souhaite ainsi limiter l'érosion des berges et la prolifération des algues bleu-vert.",
      "Motorboats will be banned from Lake Memphrémagog in Magog from 15 May, the city council has decided, in a bid to limit shoreline erosion and the spread of blue-green algae."],
  ]);
});
