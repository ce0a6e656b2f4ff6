import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

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
