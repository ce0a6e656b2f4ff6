import type { CheckHit, SegmentCheck, Span } from "../types";

const ELISION = /[([]\s*(?:…|\.\.\.)\s*[,;]?\s*[)\]]/;
const BRACKETS: Array<[string, string]> = [["(", ")"], ["[", "]"], ["{", "}"]];

/** First bracket left open or closed without an opener, or null when every pair is balanced. */
function findUnbalanced(text: string): Span | null {
  for (const [open, close] of BRACKETS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === open) stack.push(i);
      if (text[i] === close && stack.pop() === undefined) return { start: i, end: i + 1 };
    }
    if (stack.length > 0) return { start: stack[0], end: stack[0] + 1 };
  }
  return null;
}

export const bracketMismatch: SegmentCheck = {
  id: "bracket-mismatch",
  category: "linguistic_punctuation",
  severity: "minor",
  title: "Brackets unbalanced or elision marks lost",
  run({ source, target }) {
    if (target.trim() === "") return [];
    const hits: CheckHit[] = [];
    const unbalanced = findUnbalanced(target);
    if (unbalanced && !findUnbalanced(source)) {
      const mark = target[unbalanced.start];
      hits.push({
        message: `The target's bracket “${mark}” has no partner, while the source's brackets are balanced.`,
        sourceSpan: null,
        targetSpan: unbalanced,
        key: `unbalanced|${mark}`,
      });
    }
    const elision = ELISION.exec(source);
    if (elision && !ELISION.test(target) && !/…|\.\.\./.test(target)) {
      hits.push({
        message: `The source marks a cut in a quotation with “${elision[0]}” but the target has no elision mark.`,
        sourceSpan: { start: elision.index, end: elision.index + elision[0].length },
        targetSpan: null,
        key: "elision",
      });
    }
    return hits;
  },
};
