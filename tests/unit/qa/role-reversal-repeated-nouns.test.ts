import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

const SOURCE = "Le recteur de la Grande Mosquée de Paris a rendu visite mardi au grand rabbin de France, au lendemain de l'agression d'un rabbin à Orléans.";

describe("role-reversal: participants crossed around a verb when one of them is said twice", () => {
  it("flags a noun said twice on both sides whose first occurrence crossed the verb", () => {
    const target = "France's chief rabbi visited the rector of the Grand Mosque of Paris on Tuesday, a day after a rabbi was attacked in Orléans.";
    const [finding, ...rest] = findingsOf("role-reversal", SOURCE, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(/rabbi visited the rector$/);
  });

  it.each([
    "The rector of the Grand Mosque of Paris visited France's chief rabbi on Tuesday, a day after a rabbi was attacked in Orléans.",
    // The occurrences traded places with the clauses: neither says who visited whom.
    "A day after a rabbi was attacked in Orléans, the rector of the Grand Mosque of Paris visited France's chief rabbi on Tuesday.",
  ])("accepts %j", (target) => {
    expect(findingsOf("role-reversal", SOURCE, target)).toEqual([]);
  });
});

describe("role-reversal: a word said twice, once in a title the translation moved to the front", () => {
  it("accepts the defence of the budget and the Defence of the minister's title each linked to its own", () => {
    const source = "L'Allemagne consacrera 2 % de son PIB à la défense l'an prochain, a annoncé le ministre de la Défense, Boris Pistorius.";
    const target = "Defence Minister Boris Pistorius said Germany would spend 2% of its GDP on defence next year.";
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
