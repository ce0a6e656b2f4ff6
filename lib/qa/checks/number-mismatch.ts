import { compareNumbers, type NumberToken } from "../numbers";
import { normaliseKey, spanOf } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

function pairHit(source: NumberToken, target: NumberToken): CheckHit {
  return {
    message: `The source number “${source.text}” does not match “${target.text}” in the target.`,
    sourceSpan: spanOf(source),
    targetSpan: spanOf(target),
    key: `${normaliseKey(source.text)}|${normaliseKey(target.text)}`,
  };
}

/**
 * A number said in words of more than one part ("septante-deux", "vingt et un", "cent cinquante") is a
 * figure as much as digits are: a rendering drops it no more freely. A lone word ("deux", "dix") may be
 * said some other way ("a pair", "a couple", "both").
 */
function isCompoundWord(token: NumberToken): boolean {
  return /[-\s]/u.test(token.text.trim());
}

export const numberMismatch: SegmentCheck = {
  id: "number-mismatch",
  category: "accuracy_mistranslation",
  severity: "major",
  title: "Numbers differ between source and target",
  run({ source, target }) {
    if (target.trim() === "") return [];
    const { unmatchedSource, unmatchedTarget } = compareNumbers(source, target);
    const hits: CheckHit[] = [];
    const pairs = Math.min(unmatchedSource.length, unmatchedTarget.length);
    for (let i = 0; i < pairs; i += 1) {
      hits.push(pairHit(unmatchedSource[i], unmatchedTarget[i]));
    }
    for (const token of unmatchedSource.slice(pairs).filter((candidate) => !candidate.isWord || isCompoundWord(candidate))) {
      hits.push({
        message: `The source number “${token.text}” is missing from the target.`,
        sourceSpan: spanOf(token),
        targetSpan: null,
        key: `${normaliseKey(token.text)}|`,
      });
    }
    for (const token of unmatchedTarget.slice(pairs).filter((candidate) => !candidate.isWord)) {
      hits.push({
        message: `The target number “${token.text}” does not appear in the source.`,
        sourceSpan: null,
        targetSpan: spanOf(token),
        key: `|${normaliseKey(token.text)}`,
      });
    }
    return hits;
  },
};
