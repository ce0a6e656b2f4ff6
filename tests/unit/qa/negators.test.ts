import { describe, expect, it } from "vitest";
import { findSourceNegators } from "@/lib/qa/negation/negators";
import { splitWords } from "@/lib/word-align/words";

describe("findSourceNegators", () => {
  it.each([
    ["Il n'avait, jusqu'alors, jamais cédé.", "n'avait, jusqu'alors, jamais"],
    ["Il n'avait — jusqu'alors — jamais cédé.", "n'avait — jusqu'alors — jamais"],
    ["Il n'avait (jusqu'alors) jamais cédé.", "n'avait (jusqu'alors) jamais"],
    ["Il n'a « jamais » cédé.", "n'a « jamais"],
  ])("pairs \"ne\" with its particle across an aside or quotes in %j", (text, negation) => {
    const words = splitWords(text, "source");
    const negators = findSourceNegators(text, words);
    expect(negators.map((negator) => text.slice(words[negator.first].start, words[negator.last].end))).toEqual([negation]);
  });
});
