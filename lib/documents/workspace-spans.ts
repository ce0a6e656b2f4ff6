/** A highlighted range of a text, in UTF-16 offsets (start inclusive, end exclusive). */
export type Highlight = { id: string; start: number; end: number };

/** A run of text and the highlights covering all of it (none for plain text). */
export type TextPiece = { text: string; ids: string[] };

/**
 * Cuts `text` at every highlight boundary so overlapping highlights can be drawn as nested
 * marks. Out-of-range or empty highlights are clamped or dropped; the pieces always
 * concatenate back to `text`.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): TextPiece[] {
  const valid = highlights
    .map((h) => ({ id: h.id, start: Math.max(0, Math.min(h.start, text.length)), end: Math.max(0, Math.min(h.end, text.length)) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const ids = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.id);
    const last = pieces.at(-1);
    if (last && sameIds(last.ids, ids)) last.text += text.slice(start, end);
    else pieces.push({ text: text.slice(start, end), ids });
  }
  return pieces.length > 0 ? pieces : [{ text, ids: [] }];
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Grows a selection to whole words, so a sloppy drag still flags “attack on Israel”, not “ttack on Isr”. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}'’-]/u.test(char);
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  // A double-click then shift-click takes the comma or full stop after the last word; a span of
  // punctuation alone is kept (a punctuation error is flagged as it is).
  if (/[\p{L}\p{N}]/u.test(text.slice(from, to))) {
    while (from < to && /[\s,;:.!?]/.test(text[from])) from += 1;
    while (to > from && /[\s,;:.!?]/.test(text[to - 1])) to -= 1;
  }
  // Grow only across letters: a span may start after an elision (“l’|offensive”) or stop before “'s”.
  while (from > 0 && isLetter(text[from - 1]) && isWordChar(text[from])) from -= 1;
  while (to < text.length && isLetter(text[to]) && isWordChar(text[to - 1])) to += 1;
  return { start: from, end: to };
}

/** A run of one piece's text: a word (its index among the text's words) or the text between words. */
export type WordRun = { text: string; word: number | null; start: number };

const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.,-]*[\p{L}\p{M}\p{N}])?/gu;

/** The words of a text (letters and digits, with inner apostrophes, hyphens and number separators). */
export function findWords(text: string): { start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Cuts the piece of `text` from `start` to `end` into words and the runs between them, so each word
 * can be its own element. A word cut by a highlight boundary appears in both pieces with the same index.
 */
export function splitWords(text: string, words: readonly { start: number; end: number }[], start: number, end: number): WordRun[] {
  const runs: WordRun[] = [];
  let at = start;
  words.forEach((word, index) => {
    const from = Math.max(word.start, start);
    const to = Math.min(word.end, end);
    if (to <= from) return;
    if (from > at) runs.push({ text: text.slice(at, from), word: null, start: at });
    runs.push({ text: text.slice(from, to), word: index, start: from });
    at = to;
  });
  if (at < end) runs.push({ text: text.slice(at, end), word: null, start: at });
  return runs;
}
