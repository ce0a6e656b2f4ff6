import { diffWords, toHunks } from "@/lib/diff/word-diff";

/** One approved change, as text to find elsewhere and the text that replaces it. */
export type CorrectionPattern = { find: string; replace: string };

/** Changes closer than this many words are one correction ("the attack on Israel" → "Israel's offensive on Gaza"). */
const MERGE_GAP_WORDS = 2;
/** A pattern needs this many words, so "Mr." alone never matches every "Mr." in the memory. */
const MIN_PATTERN_WORDS = 3;
const TRAILING_PUNCTUATION = /[\s,.;:!?»")\]]+$/u;
const LEADING_PUNCTUATION = /^[\s«"(\[]+/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const wordCount = (text: string) => text.split(/\s+/).filter((word) => WORD_CHARACTER.test(word)).length;

type Span = { start: number; end: number; after: string };

function mergeHunks(before: string, after: string): Span[] {
  const spans: Span[] = [];
  for (const hunk of toHunks(diffWords(before, after))) {
    const last = spans.at(-1);
    if (last && wordCount(before.slice(last.end, hunk.start)) <= MERGE_GAP_WORDS) {
      last.after += before.slice(last.end, hunk.start) + hunk.after;
      last.end = hunk.end;
    } else {
      spans.push({ start: hunk.start, end: hunk.end, after: hunk.after });
    }
  }
  return spans;
}

/** Widens the span to whole whitespace-separated words, then by neighbouring words until it is long enough. */
function widen(text: string, span: Span): { start: number; end: number } {
  let start = span.start;
  let end = span.end;
  while (start > 0 && !/\s/.test(text[start - 1])) start -= 1;
  while (end < text.length && !/\s/.test(text[end])) end += 1;
  let takeLeft = false;
  while (wordCount(text.slice(start, end)) < MIN_PATTERN_WORDS && (start > 0 || end < text.length)) {
    if ((takeLeft && start > 0) || end >= text.length) {
      start = text.lastIndexOf(" ", Math.max(0, start - 2)) + 1;
      while (start > 0 && /\s/.test(text[start - 1]) && /\s/.test(text[start])) start -= 1;
    } else {
      const next = text.slice(end).search(/\S\s|\S$/);
      end = next < 0 ? text.length : end + next + 1;
    }
    takeLeft = !takeLeft;
  }
  return { start, end };
}

/**
 * What an approved correction changed, as patterns to look for in other segments: each change
 * (nearby changes merged) with enough surrounding words to be specific, outer punctuation trimmed.
 * Pure; `before` is the published text, `after` the approved one.
 */
export function findCorrectionPatterns(before: string, after: string): CorrectionPattern[] {
  const patterns: CorrectionPattern[] = [];
  for (const span of mergeHunks(before, after)) {
    const wide = widen(before, span);
    let left = before.slice(wide.start, span.start);
    let right = before.slice(span.end, wide.end);
    const leftTrim = left.match(LEADING_PUNCTUATION)?.[0].length ?? 0;
    left = left.slice(leftTrim);
    const rightTrim = right.match(TRAILING_PUNCTUATION)?.[0].length ?? 0;
    right = right.slice(0, right.length - rightTrim);
    const find = left + before.slice(span.start, span.end) + right;
    const replace = left + span.after + right;
    if (find.trim() === "" || find === replace || wordCount(find) < 2) continue;
    if (!patterns.some((pattern) => pattern.find === find)) patterns.push({ find, replace });
  }
  return patterns;
}

const isBoundary = (text: string, index: number) => index <= 0 || index >= text.length || !WORD_CHARACTER.test(text[index]);

/** Applies one pattern at every whole-word occurrence; null when it does not occur (or is already fixed there). */
export function applyCorrectionPattern(text: string, pattern: CorrectionPattern): string | null {
  const offsetInReplace = pattern.replace.indexOf(pattern.find);
  let result = "";
  let from = 0;
  let isChanged = false;
  for (let index = text.indexOf(pattern.find); index >= 0; index = text.indexOf(pattern.find, index + 1)) {
    const end = index + pattern.find.length;
    if (index < from || !isBoundary(text, index - 1) || !isBoundary(text, end)) continue;
    // "attack" → "attack on Gaza": where the segment already says the replacement, leave it.
    if (offsetInReplace >= 0 && text.startsWith(pattern.replace, index - offsetInReplace)) continue;
    result += text.slice(from, index) + pattern.replace;
    from = end;
    isChanged = true;
  }
  return isChanged ? result + text.slice(from) : null;
}

/** The text with every pattern applied, or null when none occurs in it. */
export function applyCorrectionPatterns(text: string, patterns: readonly CorrectionPattern[]): string | null {
  let current = text;
  let isChanged = false;
  for (const pattern of patterns) {
    const next = applyCorrectionPattern(current, pattern);
    if (next !== null) {
      current = next;
      isChanged = true;
    }
  }
  return isChanged ? current : null;
}
