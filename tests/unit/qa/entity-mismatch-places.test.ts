import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

const GUILVINEC = "Les pêcheurs bretons ont manifesté au Guilvinec contre la fermeture du golfe de Gascogne pendant un mois.";

// French place names as news English writes them (clean news adaptations, issue 12).
describe("entity-mismatch on French place names", () => {
  it("reads “Le Guilvinec” for “au Guilvinec” and “the Bay of Biscay” for “le golfe de Gascogne”", () => {
    expect(findingsOf("entity-mismatch", GUILVINEC, "Breton fishermen protested in Le Guilvinec against the closure of the Bay of Biscay for a month.")).toEqual([]);
  });

  it("still flags another port in the place of Le Guilvinec", () => {
    expect(findingsOf("entity-mismatch", GUILVINEC, "Breton fishermen protested in Le Havre against the closure of the Bay of Biscay for a month.")).toHaveLength(1);
  });
});

describe("entity-mismatch on a French holiday", () => {
  const SOURCE = "Le défilé du 14 Juillet a réuni quelque 6 500 militaires sur les Champs-Élysées.";

  it("reads “Bastille Day” as the 14 Juillet", () => {
    expect(findingsOf("entity-mismatch", SOURCE, "Some 6,500 troops took part in the Bastille Day parade on the Champs-Elysees.")).toEqual([]);
  });

  it("still flags another holiday in its place", () => {
    expect(findingsOf("entity-mismatch", SOURCE, "Some 6,500 troops took part in the Toussaint parade on the Champs-Elysees.")).toHaveLength(1);
  });
});

// A city named by its adjective ("un fonds londonien", "le club lyonnais"): another city in its place is a swap.
describe("entity-mismatch on a city named by its adjective", () => {
  itFlagsEach("entity-mismatch", [
    ["L'Autorité des marchés financiers a infligé une amende de 20 millions d'euros à un fonds spéculatif londonien.", "France's markets regulator, the AMF, has fined a New York hedge fund €20 million.", /New York/],
    ["Le club lyonnais a recruté un attaquant brésilien pour trois saisons.", "The Marseille club has signed a Brazilian striker for three seasons.", /Marseille/],
    ["Le pape Léon XIV a nommé jeudi l'archevêque de Marseille, le cardinal Jean-Marc Aveline, à la tête du dicastère.", "Pope Leo XIV on Thursday appointed Cardinal Jean-Marc Aveline, the archbishop of Lyon, to head the dicastery.", /Lyon/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["L'Autorité des marchés financiers a infligé une amende de 20 millions d'euros à un fonds spéculatif londonien.", "France's markets regulator, the AMF, has fined a London hedge fund €20 million."],
    ["Le club lyonnais a recruté un attaquant brésilien pour trois saisons.", "The Lyon club has signed a Brazilian striker for three seasons."],
    ["La justice parisienne a ouvert une enquête sur le club marseillais.", "Paris prosecutors have opened an investigation into the Marseille club."],
    ["Le pape Léon XIV a nommé jeudi l'archevêque de Marseille, le cardinal Jean-Marc Aveline, à la tête du dicastère.", "Pope Leo XIV on Thursday appointed Cardinal Jean-Marc Aveline, the archbishop of Marseille, to head the dicastery."],
  ]);
});
