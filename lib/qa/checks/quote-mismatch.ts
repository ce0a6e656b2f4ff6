import type { CheckHit, SegmentCheck, Span } from "../types";
import { matchesOf } from "@/lib/text/text";

const DOUBLE_QUOTES = /[«»“”„"]/;
const ANY_QUOTE = /[«»“”„"‘‹›]|(?:^|\s)'\S/;

type QuoteBalance = { isBalanced: boolean; firstUnclosed: Span | null };

function balanceOf(text: string): QuoteBalance {
  const pairs: Array<[string, string]> = [["«", "»"], ["“", "”"]];
  for (const [open, close] of pairs) {
    let depth = 0;
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === open) depth += 1;
      if (text[i] === close) depth -= 1;
      if (depth < 0) return { isBalanced: false, firstUnclosed: { start: i, end: i + 1 } };
    }
    if (depth > 0) {
      const at = text.lastIndexOf(open);
      return { isBalanced: false, firstUnclosed: { start: at, end: at + 1 } };
    }
  }
  const straight = matchesOf(text, /"/g);
  if (straight.length % 2 === 1) {
    const at = straight[straight.length - 1].index;
    return { isBalanced: false, firstUnclosed: { start: at, end: at + 1 } };
  }
  return { isBalanced: true, firstUnclosed: null };
}

function firstQuoteSpan(text: string): Span | null {
  const match = DOUBLE_QUOTES.exec(text);
  if (!match) return null;
  const close = text.slice(match.index + 1).search(/[»”"]/);
  return { start: match.index, end: close >= 0 ? match.index + close + 2 : match.index + 1 };
}

export const quoteMismatch: SegmentCheck = {
  id: "quote-mismatch",
  category: "linguistic_punctuation",
  severity: "minor",
  title: "Quotation marks missing or unbalanced",
  run({ source, target }) {
    if (target.trim() === "") return [];
    const hits: CheckHit[] = [];
    const sourceQuote = firstQuoteSpan(source);
    if (sourceQuote && !ANY_QUOTE.test(target)) {
      const quoted = source.slice(sourceQuote.start, sourceQuote.end);
      hits.push({
        message: `The source quotes ${quoted.length > 40 ? `${quoted.slice(0, 40)}…` : quoted} but the target has no quotation marks.`,
        sourceSpan: sourceQuote,
        targetSpan: null,
        key: "no-quotes",
        severity: "major",
      });
    }
    const targetBalance = balanceOf(target);
    // A quotation may run across paragraphs, so only a target less balanced than its source is suspect.
    if (!targetBalance.isBalanced && balanceOf(source).isBalanced) {
      const mark = targetBalance.firstUnclosed ? target.slice(targetBalance.firstUnclosed.start, targetBalance.firstUnclosed.end) : "";
      hits.push({
        message: `The target's quotation mark ${mark} is not closed or opened, while the source's quotes are balanced.`,
        sourceSpan: null,
        targetSpan: targetBalance.firstUnclosed,
        key: `unbalanced|${mark}`,
      });
    }
    return hits;
  },
};
