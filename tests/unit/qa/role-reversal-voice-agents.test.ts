import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

describe("role-reversal: a passive agent past a score, and “se faire” with an infinitive as a passive", () => {
  it.each([
    // The score stands between the English participle and its agent.
    ["La France a été dominée par l'Italie (21-24) samedi au Stade de France.", "Italy were outplayed 24-21 by France at the Stade de France on Saturday.", "Italy were outplayed 24-21 by France"],
    // "se faire surprendre par" is a passive: France is the one surprised.
    ["La France s'est fait surprendre par l'Italie samedi au Stade de France.", "Italy were stunned by France at the Stade de France on Saturday.", "Italy were stunned by France"],
    ["La France s'est fait surprendre par l'Italie (21-24) samedi au Stade de France.", "Italy were stunned 24-21 by France at the Stade de France on Saturday.", "Italy were stunned 24-21 by France"],
  ])("flags %j rendered %j", (source, target, targetText) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it.each([
    ["La France a été dominée par l'Italie (21-24) samedi au Stade de France.", "France were outplayed 24-21 by Italy at the Stade de France on Saturday."],
    ["La France s'est fait surprendre par l'Italie samedi au Stade de France.", "France were stunned by Italy at the Stade de France on Saturday."],
    ["La France s'est fait surprendre par l'Italie (21-24) samedi au Stade de France.", "Italy stunned France 24-21 at the Stade de France on Saturday."],
    ["Le ministre s'est fait opérer mardi à Paris.", "The minister had surgery in Paris on Tuesday."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
