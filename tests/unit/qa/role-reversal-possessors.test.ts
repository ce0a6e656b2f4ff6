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
