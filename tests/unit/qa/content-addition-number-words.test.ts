import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Issue 12: a figure written in words that the French gives nowhere ("a three-shot lead", "killing
// two soldiers"), beside the faithful English without it. English writes the French's figures as
// digits or words alike, so a number word is an addition only when no French figure is left for it.

/** French, English with the added figure, the words reported, the faithful English. */
const ADDED_FIGURES: Array<[string, string, string, string]> = [
  ["Les grévistes ont bloqué le dépôt pendant la nuit.", "The strikers blocked the depot for two nights.", "for two",
    "The strikers blocked the depot overnight."],
  ["L'entreprise a annoncé la suppression de postes dans son usine de Lorraine.",
    "The company announced it would cut hundreds of jobs at its plant in Lorraine.", "hundreds",
    "The company announced it would cut jobs at its plant in Lorraine."],
  ["La police a interpellé un suspect à Lille.", "Police arrested three suspects in Lille.", "three", "Police arrested a suspect in Lille."],
];

describe("content-addition of a figure in words", () => {
  it.each(ADDED_FIGURES)("reports the figure the French gives nowhere: %s", (source, target, figure) => {
    const found = findingsOf("content-addition", source, target);
    expect(found.map((finding) => targetTextOf(finding, target))).toContain(figure);
  });

  it.each(ADDED_FIGURES)("is quiet on the faithful English: %s", (source, _target, _figure, faithful) => {
    expect(findingsOf("content-addition", source, faithful)).toEqual([]);
  });

  it.each([
    // The French gives the figure in digits, or in words; "you two" addresses a pair.
    ["Deux soldats ont été tués jeudi soir près de Belgorod.", "Two soldiers were killed near Belgorod on Thursday evening."],
    ["Le déficit est au plus bas depuis 3 ans.", "The deficit is at its lowest in three years."],
    ["Si vous voulez vous battre, allez dehors.", "If you two want to fight, go outside."],
  ])("is quiet when the figure is the French's, or names no count: %s", (source, target) => {
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});
