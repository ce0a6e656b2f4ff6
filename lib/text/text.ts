// Text primitives shared by the word aligner and the checks: accent folding with stable offsets,
// word tokens, spans. Pure, and below both lib/word-align and lib/qa.
/** A half-open character range [start, end) of a text. */
export type Span = { start: number; end: number };

const COMBINING_MARKS = /[\u0300-\u036f]/g;

const FOLDED_CHARS = new Map<string, string>();

function foldChar(char: string): string {
  let folded = FOLDED_CHARS.get(char);
  if (folded === undefined) {
    const base = char.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
    folded = base.length === char.length ? base : char;
    FOLDED_CHARS.set(char, folded);
  }
  return folded;
}

/** Checks of one pair fold and tokenize the same two texts again and again: keep the last few results. */
function remember<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    value = compute(text);
    if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
  }
  return value;
}

const RECENT_FOLDS = new Map<string, string>();
const RECENT_TOKENS = new Map<string, Token[]>();

/** Lowercase and strip accents one character at a time, so offsets in the result match the input. */
export function foldText(text: string): string {
  return text.length < 40 ? foldUncached(text) : remember(RECENT_FOLDS, text, foldUncached);
}

function foldUncached(text: string): string {
  // ASCII lowercasing never changes length, and most text is mostly ASCII.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.replace(/[^\x00-\x7f]|[A-Z]+/g, (chunk) => (chunk.length === 1 ? foldChar(chunk) : chunk.toLowerCase()));
}

export function normaliseApostrophes(text: string): string {
  return text.replace(/[’ʼ`]/g, "'");
}

export type Token = { text: string; start: number; end: number };

// A word is what /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?/gu matches: letters and marks, joined by
// apostrophes and hyphens. Scanned by hand below: every check tokenizes every segment, and the
// regular expression cost more than the rest of the tokenizer.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NON_ASCII_LETTERS = new Map<number, boolean>();

function isLetterOrMark(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let value = NON_ASCII_LETTERS.get(code);
  if (value === undefined) {
    value = LETTER_OR_MARK.test(String.fromCodePoint(code));
    NON_ASCII_LETTERS.set(code, value);
  }
  return value;
}

/** Words with their offsets. The array is shared between callers: never mutate it. */
export function tokenizeWords(text: string): readonly Token[] {
  return remember(RECENT_TOKENS, text, tokenizeUncached);
}

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (!isLetterOrMark(code)) {
      i += width;
      continue;
    }
    const start = i;
    let end = i + width;
    // Joiners (' ’ -) belong to the word only when a letter follows them.
    for (let j = end; j < length; ) {
      const next = text.codePointAt(j)!;
      if (isLetterOrMark(next)) end = j += next > 0xffff ? 2 : 1;
      else if (next === 0x27 || next === 0x2019 || next === 0x2d) j += 1;
      else break;
    }
    tokens.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return tokens;
}

/** True when the word at `index` starts a sentence (text start, after . ! ? : or an opening quote/dash). */
export function isSentenceInitial(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s«“"„‘'(\[—–-]/.test(text[i])) i -= 1;
  return i < 0 || /[.!?:…;]/.test(text[i]);
}

export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function spanOf(token: { start: number; end: number }): Span {
  return { start: token.start, end: token.end };
}

/** Collapse whitespace and fold, for fingerprints. */
export function normaliseKey(text: string): string {
  return foldText(normaliseApostrophes(text)).replace(/\s+/g, " ").trim();
}

/** Strip French elisions so "d'Israël" and "l'ONU" give the name. */
export function stripElision(word: string): { word: string; offset: number } {
  const match = /^(?:[dlnjmstc]|qu|jusqu|lorsqu|puisqu)['’]/i.exec(word);
  return match ? { word: word.slice(match[0].length), offset: match[0].length } : { word, offset: 0 };
}

/**
 * `[...text.matchAll(regex)]` for a global `regex`, matched with `regex` itself: matchAll copies
 * the expression at every call, and the copy is compiled again (most of known-entities' time under
 * Node 20). Starts at `regex.lastIndex`, as matchAll does, and leaves it as it was.
 */
export function matchesOf(text: string, regex: RegExp): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`matchesOf needs a global regular expression: ${regex}`);
  const start = regex.lastIndex;
  const matches: RegExpExecArray[] = [];
  try {
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      matches.push(match);
      // An empty match moves on by one character (a whole surrogate pair in unicode mode), as matchAll does.
      if (match[0] === "") regex.lastIndex += regex.unicode && isSurrogatePairAt(text, regex.lastIndex) ? 2 : 1;
    }
  } finally {
    regex.lastIndex = start;
  }
  return matches;
}

function isSurrogatePairAt(text: string, index: number): boolean {
  const [high, low] = [text.charCodeAt(index), text.charCodeAt(index + 1)];
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
