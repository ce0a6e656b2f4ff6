import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Free but faithful English adaptations of French news (bench/meaning/news/clean-dev4.json), each beside
// a twin that does add or drop something, so that a fix covers the class without blinding the check.
describe("clean adaptations", () => {
  describe("content-addition: a French word the dictionary cannot render, explained in several English words", () => {
    it.each([
      ["Le bruit des avions empoisonne la vie de milliers de riverains dans le Val-d'Oise.",
        "Aircraft noise is making life miserable for thousands of people living near the airport in the Val-d'Oise."],
      ["L'écrivaine a été élue à l'Académie française au fauteuil de Jean d'Ormesson.",
        "The writer has been elected to the Académie française, taking the seat once held by Jean d'Ormesson."],
    ])("reads “%s” as rendered", (source, target) => {
      expect(findingsOf("content-addition", source, target)).toEqual([]);
    });

    it("still names words added beside a French word the dictionary renders", () => {
      const target = "Aircraft noise is making life miserable for thousands of residents living near the new airport in the Val-d'Oise.";
      const [finding, ...rest] = findingsOf("content-addition", "Le bruit des avions empoisonne la vie de milliers d'habitants dans le Val-d'Oise.", target);
      expect(rest).toEqual([]);
      expect(targetTextOf(finding, target)).toBe("near the new airport");
    });
  });
});
