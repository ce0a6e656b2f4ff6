import { COMMON_SENTENCE_STARTERS, NON_FINAL_ABBREVIATIONS, NUMBER_PREFIX_ABBREVIATIONS } from "./abbreviations";

export type Language = "fr" | "en";
export type Sentence = { text: string; separator: string; paragraph: number; isHeading: boolean };
export type SegmentedText = { leading: string; sentences: Sentence[] };

const TERMINALS = ".!?…‽";
const CLOSERS = "\"'”’»›)]}*_";
const OPENERS = "\"'“‘«‹([{¿¡*_—–-";
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const BULLET = /^(?:[-*+•·▪◦–—]|\d{1,3}[.)]|[a-z][)])\s/u;
const MARKDOWN_HEADING = /^#{1,6}\s/;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const LOOK = 64;
/** Longer than the widths hard-wrapped text is wrapped at (72–80): a line this long was not wrapped. */
const LONG_LINE = 100;

type Cut = { end: number; next: number; isParagraphEnd: boolean };

function countLineBreaks(whitespace: string): number {
  return whitespace.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Splits text into sentences grouped into paragraphs, keeping every character (see the round-trip
 * invariant). `onePerLine` says the file's convention when the caller knows it (a part of a larger
 * text); by default it is read from the text itself (isOneParagraphPerLine).
 */
export function segmentText(input: string, language: Language, options: { onePerLine?: boolean } = {}): SegmentedText {
  const leading = /^\s*/u.exec(input)![0];
  const cuts = findCuts(input, leading.length, language, options.onePerLine ?? isOneParagraphPerLine(input));
  const sentences: Sentence[] = [];
  let start = leading.length;
  let paragraph = 0;
  for (const cut of cuts) {
    sentences.push({
      text: input.slice(start, cut.end),
      separator: input.slice(cut.end, cut.next),
      paragraph,
      isHeading: false,
    });
    start = cut.next;
    if (cut.isParagraphEnd) paragraph++;
  }
  return { leading, sentences: mergeHeadings(sentences) };
}

/**
 * The file's convention when it has no blank line: one paragraph per line (pasted from a web page or
 * a word processor), or hard-wrapped paragraphs. One paragraph per line needs a line longer than
 * any wrap width, and few lines that look wrapped: a line shorter than the usual length (the 90th
 * percentile) is wrapped when the next line's first word would not have fitted on it. Hard-wrapped
 * text has about half or more such lines, one paragraph per line under a tenth (measured on the demo
 * article and on Debian's catalogues).
 */
export function isOneParagraphPerLine(input: string): boolean {
  const lines = input.trim().split(LINE_BREAK).map((line) => line.trim());
  if (lines.length < 2 || lines.includes("") || !lines.some((line) => line.length > LONG_LINE)) return false;
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const usual = lengths[Math.floor(lengths.length * 0.9)];
  let wrapped = 0;
  for (let k = 1; k < lines.length; k++) {
    const length = lines[k - 1].length;
    if (length < usual && length + 1 + /^\S*/u.exec(lines[k])![0].length > usual) wrapped++;
  }
  return wrapped < 0.25 * (lines.length - 1);
}

function findCuts(input: string, from: number, language: Language, isOnePerLine: boolean): Cut[] {
  const cuts: Cut[] = [];
  if (from >= input.length) return cuts;
  const whitespace = /\s+/gu;
  whitespace.lastIndex = from;
  let lineStart = from;
  for (let match = whitespace.exec(input); match; match = whitespace.exec(input)) {
    const end = match.index;
    const next = end + match[0].length;
    if (next >= input.length) break;
    const breaks = countLineBreaks(match[0]);
    if (breaks >= 2 || (breaks === 1 && isOnePerLine)) {
      cuts.push({ end, next, isParagraphEnd: true });
    } else if (breaks === 1) {
      const line = input.slice(lineStart, end);
      const nextLine = input.slice(next, next + 8);
      const isHeadingEdge = MARKDOWN_HEADING.test(line) || MARKDOWN_HEADING.test(nextLine);
      if (isHeadingEdge || BULLET.test(nextLine) || endsSentence(input, end, next, language)) {
        cuts.push({ end, next, isParagraphEnd: isHeadingEdge });
      }
    } else if (endsSentence(input, end, next, language)) {
      cuts.push({ end, next, isParagraphEnd: false });
    }
    if (breaks > 0) lineStart = next;
  }
  let end = input.length;
  while (end > from && /\s/u.test(input[end - 1])) end--;
  cuts.push({ end, next: input.length, isParagraphEnd: true });
  return cuts;
}

/** Decides whether the whitespace input[end, next) separates two sentences. */
function endsSentence(input: string, end: number, next: number, language: Language): boolean {
  const before = input.slice(Math.max(0, end - LOOK), end);
  const after = input.slice(next, next + LOOK);
  let k = before.length;
  let closers = "";
  while (k > 0 && CLOSERS.includes(before[k - 1])) {
    const closer = before[--k];
    closers = closer + closers;
    // French closing guillemets are preceded by a (narrow) no-break space: "fin. »".
    if (closer === "»" || closer === "›") while (k > 0 && /[^\S\r\n]/u.test(before[k - 1])) k--;
  }
  let t = k;
  while (t > 0 && TERMINALS.includes(before[t - 1])) t--;
  if (t === k) return false;
  const terminal = before.slice(t, k);
  // An elision "(…)" or "[...]" inside a sentence is not an end.
  if (/^[.…]+$/u.test(terminal) && /[(\[]$/u.test(before.slice(0, t)) && /^[)\]]$/u.test(closers)) return false;
  const nextWord = firstWord(after);
  if (nextWord === null) return false;
  if (terminal === ".") {
    let w = t;
    while (w > 0 && !/\s/u.test(before[w - 1])) w--;
    const word = before.slice(w, t).replace(/^[("'“‘«[]+/u, "");
    if (isNonFinalAbbreviation(word, after, language)) return false;
    if (/^\d{1,3}$/u.test(word) && isLineStart(input, end - before.length + w)) return false;
    if (DOTTED_ACRONYM.test(word) || /^\p{Lu}$/u.test(word)) {
      return /^\p{Lu}{2,}$/u.test(word.replace(/\./gu, "")) && COMMON_SENTENCE_STARTERS.has(nextWord);
    }
  }
  return true;
}

function isNonFinalAbbreviation(word: string, after: string, language: Language): boolean {
  if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
  if (NUMBER_PREFIX_ABBREVIATIONS.has(word)) return /^\d/u.test(after);
  // French writes "c.-à-d." and "J.-C."; English "i.e." — covered by the dotted-acronym rule.
  return language === "fr" && /^(?:\p{L}\.-)+\p{L}+$/u.test(word);
}

/** Whether only blanks precede `index` on its line (a numbered-list marker such as "1. "). */
function isLineStart(input: string, index: number): boolean {
  return /(?:^|[\n\r\u2028\u2029])[^\S\r\n]*$/u.test(input.slice(Math.max(0, index - 16), index));
}

/** The next word if it can open a sentence (capital, digit, bullet or symbol), else null. */
function firstWord(after: string): string | null {
  if (BULLET.test(after) || MARKDOWN_HEADING.test(after)) return "";
  if (/^[»›”’)\]}]/u.test(after)) return null;
  let i = 0;
  while (i < after.length && (OPENERS.includes(after[i]) || /\s/u.test(after[i]))) i++;
  const rest = after.slice(i);
  if (rest === "" || /^\p{Ll}/u.test(rest)) return null;
  return /^[\p{L}\p{N}]*/u.exec(rest)![0];
}

/** A paragraph that is one short line without end punctuation (or a Markdown heading) is a heading. */
function mergeHeadings(sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].paragraph === sentences[i].paragraph) j++;
    const group = sentences.slice(i, j + 1);
    const text = group.map((s, g) => s.text + (g < group.length - 1 ? s.separator : "")).join("");
    if (isTitleLike(text)) {
      merged.push({ text, separator: sentences[j].separator, paragraph: sentences[i].paragraph, isHeading: true });
    } else {
      merged.push(...group);
    }
    i = j + 1;
  }
  return merged;
}

export function isTitleLike(text: string): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  if (countLineBreaks(text) > 0 || text.length > 100 || BULLET.test(text)) return false;
  if (text.split(/\s+/u).length > 12) return false;
  const core = text.replace(/[\s*_"'”’»)\]]+$/u, "");
  if (/[.!?…:;,]$/u.test(core)) return false;
  return /^(?:\*\*|__)?[\p{Lu}\p{N}«“"']/u.test(text);
}
