import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

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
