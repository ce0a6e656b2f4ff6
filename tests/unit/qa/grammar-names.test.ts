import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

const SOURCE = "Le forfait de ski a augmenté de 5 % en moyenne cette saison, selon Domaines skiables de France.";

// A French name kept in the English is no agreement error (clean news adaptations, issue 12).
describe("grammar on French names kept in the English", () => {
  it("reads the capitalised “Skiables” of a kept French name as part of the name", () => {
    expect(findingsOf("grammar", SOURCE, "Ski passes cost 5% more on average this season, according to industry body Domaines Skiables de France.")).toEqual([]);
  });

  it("still flags a lower-case adjective given the French plural", () => {
    expect(findingsOf("grammar", SOURCE, "Ski passes cost 5% more on average this season across the skiables areas.")).toHaveLength(1);
  });
});
