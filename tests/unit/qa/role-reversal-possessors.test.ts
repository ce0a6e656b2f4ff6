import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// A company name opening the sentence and a possessive object: "Bridgestone closed Michelin's plant".
describe("role-reversal: an opening name and an English possessive object", () => {
  it.each([
    ["Michelin a fermé l'usine de Bridgestone à Béthune.", "Bridgestone closed Michelin's plant in Béthune."],
    // An irregular past ("sold") is a verb after its subject whatever its ending.
    ["Pfizer a vendu le laboratoire de Sanofi.", "Sanofi sold Pfizer's laboratory."],
  ])("flags %j rendered %j", (source, target) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(finding.message).toContain("in each other's place");
    expect(targetTextOf(finding, target)).toMatch(/^(?:Bridgestone|Sanofi)/);
  });

  it.each([
    ["Michelin a fermé l'usine de Bridgestone à Béthune.", "Michelin closed Bridgestone's plant in Béthune."],
    ["Pfizer a vendu le laboratoire de Sanofi.", "Pfizer sold Sanofi's laboratory."],
    ["Pfizer a vendu le laboratoire de Sanofi.", "Sanofi's laboratory was sold by Pfizer."],
    // A capital opening the sentence with no name behind it on the other side stays unread.
    ["Ensuite, le conseil a vendu le terrain.", "Then the council sold the land."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});

describe("role-reversal: one noun twice, its complements given in the other order", () => {
  it("accepts the occurrences in the English order", () => {
    const source = "Le pape François a nommé vendredi un nouvel archevêque de Paris, Mgr Laurent Ulrich, jusqu'ici archevêque de Lille.";
    expect(findingsOf("role-reversal", source, "Pope Francis on Friday named Archbishop Laurent Ulrich, until now archbishop of Lille, as the new archbishop of Paris.")).toEqual([]);
  });

  it("still flags two different nouns whose complements traded places", () => {
    const source = "Un musée de Marseille a acheté le tableau à un collectionneur d'Amsterdam.";
    expect(findingsOf("role-reversal", source, "An Amsterdam museum bought the painting from a Marseille collector.")).not.toEqual([]);
  });
});
