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

describe("name-mismatch: a body's name translated or described", () => {
  it.each([
    // The body opens the sentence: its first word is no less part of the translated name.
    ["Météo-France a placé onze départements en vigilance orange aux orages à partir de mercredi après-midi.",
      "The national weather service issued an amber thunderstorm warning for eleven departments from Wednesday afternoon."],
    // A name run together from French words, one of which the target translates.
    ["Un bébé panda est né au ZooParc de Beauval, le troisième en France depuis 2017.",
      "A baby panda has been born at Beauval zoo, the third in France since 2017."],
    // A name written twice, once as the target writes it, once inside a body's name the target describes.
    ["Le débit du Rhône a baissé de 15 % en cinquante ans, selon une étude de la Compagnie nationale du Rhône.",
      "The Rhône's flow has fallen by 15% in fifty years, according to a study by the company that manages the river."],
  ])("reads “%s” as rendered", (source, target) => {
    expect(findingsOf("name-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Météo-France a placé onze départements en vigilance orange aux orages à partir de mercredi après-midi.",
      "The national service issued an amber thunderstorm warning for eleven departments from Wednesday afternoon.", "France"],
    ["Un bébé panda est né au ZooParc de Beauval, le troisième en France depuis 2017.",
      "A baby panda has been born at Beauval, the third in France since 2017.", "ZooParc"],
    ["Le débit du Rhône a baissé de 15 % en cinquante ans, selon une étude de la Compagnie nationale du Rhône.",
      "The flow has fallen by 15% in fifty years, according to a study by the company that manages the river.", "Rhône"],
  ])("still names the name left out of “%s”", (source, target, name) => {
    const findings = findingsOf("name-mismatch", source, target);
    expect(findings.map((finding) => finding.message)).toEqual([`The name “${name}” is missing from the target.`]);
  });
});
