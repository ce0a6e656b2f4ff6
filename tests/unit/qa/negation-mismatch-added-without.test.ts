import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// An English "without" added with a noun of its own renders no French negation: the French one is still lost.
describe("negation-mismatch beside an added “without”", () => {
  it.each([
    ["Le maire a affirmé lundi que la commune ne fermerait pas l'école du village à la rentrée.",
      "The mayor said on Monday that the town would close the village school in September without a vote of the council.", "ne fermerait pas"],
  ])("flags “%s” rendered as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    // The "without" renders the French negation: its noun renders the French one.
    ["Ces travailleurs n'ont pas de papiers depuis des années.", "These workers have been without papers for years."],
    ["Il est parti sans dire au revoir et n'est jamais revenu.", "He left without saying goodbye and never came back."],
    ["Le maire a affirmé que la commune ne fermerait pas l'école du village.", "The mayor said the town would not close the village school, without giving details."],
  ])("does not flag “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});

// An affirmative French word reworded by a "without" phrase: "ferme" is a sentence "without remission".
describe("negation-mismatch on a French word reworded with “without”", () => {
  it("does not flag the word the “without” phrase stands for", () => {
    expect(findingsOf("negation-mismatch", "Condamné à six ans de prison, dont trois ferme, pour escroquerie, l'homme d'affaires a fait appel.",
      "Sentenced to six years in prison, three of them without remission, for fraud, the businessman has appealed.")).toEqual([]);
  });

  it.each([
    // "avec sursis" turned round: "suspended" is the opposite of "without remission".
    ["Condamné à six ans de prison, dont trois avec sursis, pour escroquerie, l'homme d'affaires a fait appel.",
      "Sentenced to six years in prison, three of them without remission, for fraud, the businessman has appealed."],
    // No French word left unrendered where the "without" stands: it adds a negation.
    ["Le maire a inauguré samedi la nouvelle médiathèque du quartier.", "The mayor opened the district's new library on Saturday without ceremony."],
  ])("still flags “%s” rendered as “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toHaveLength(1);
  });
});
