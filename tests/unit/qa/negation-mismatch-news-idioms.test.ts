import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// News English says a French negation with a verb and its particle.
describe("negation-mismatch on a verb that says no with its particle", () => {
  it.each([
    ["L'opposition n'a pas réussi à faire tomber le gouvernement.", "The opposition fell short of toppling the government."],
    ["Les négociations entre les syndicats et la direction n'ont pas abouti.", "Talks between the unions and management broke down."],
  ])("reads the negation of “%s” in “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["L'opposition n'a pas réussi à faire tomber le gouvernement.", "The opposition succeeded in toppling the government.", "n'a pas"],
    ["Les négociations entre les syndicats et la direction n'ont pas abouti.", "Talks between the unions and management succeeded.", "n'ont pas"],
  ])("still flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });
});
