/**
 * Dictionary-free anchors: tokens that survive French→English translation unchanged — numbers
 * (locale separators removed), names and cognates (accent-folded 5-letter prefixes), and
 * punctuation marks such as quotes, question marks and parentheses.
 */
export type SentenceAnchors = { keys: Int32Array; total: number };
/** `uniquePairs` lists [source, target] sentence pairs sharing a key found in no other sentence of either side. */
export type AnchorSet = {
  source: SentenceAnchors[];
  target: SentenceAnchors[];
  weights: Float64Array;
  uniquePairs: [number, number][];
};

const NUMBER = /\d{1,3}(?:[ \u00A0\u202F\u2009.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu;
const PREFIX_LENGTH = 5;
const BASE_WEIGHT = { number: 1.5, digit: 0.6, word: 0.8, name: 1, mark: 0.4 } as const;

/** `isStrong`: a number or a capitalised word inside the sentence, which a translation should keep. */
type VisitKey = (key: string, base: number, isStrong: boolean) => void;

/** Visits the anchor keys of one sentence, e.g. "1 400" and "1,400" both give "#1400"; "Israël" and "Israel" give "wisrae". */
function visitAnchorKeys(text: string, visit: VisitKey): void {
  let words = text;
  if (/\d/u.test(text)) {
    for (const match of text.matchAll(NUMBER)) {
      const digits = match[0].replace(/\D/gu, "").replace(/^0+(?=\d)/u, "");
      const isStrong = digits.length > 1;
      visit(`#${digits}`, isStrong ? BASE_WEIGHT.number : BASE_WEIGHT.digit, isStrong);
    }
    words = text.replace(NUMBER, " ");
  }
  if (/[^\u0000-\u007f]/u.test(words)) words = foldAccents(words);
  visitWordKeys(words, visit);
  if (ANY_MARK.test(text)) for (const [mark, pattern] of MARKS) if (pattern.test(text)) visit(mark, BASE_WEIGHT.mark, false);
}

/** Word keys by a manual scan: this runs on every sentence of a book. */
function visitWordKeys(text: string, visit: VisitKey): void {
  let isFirst = true;
  for (let k = 0; k < text.length; ) {
    if (!isLetter(text.charCodeAt(k), text[k])) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < text.length && isLetter(text.charCodeAt(end), text[end])) end++;
    const length = end - k;
    const head = text.slice(k, Math.min(end, k + PREFIX_LENGTH));
    const lower = head.toLowerCase();
    const isName = !isFirst && lower[0] !== head[0];
    if (length >= PREFIX_LENGTH || (isName && length >= 2)) visit(`w${lower}`, isName ? BASE_WEIGHT.name : BASE_WEIGHT.word, isName);
    isFirst = false;
    k = end;
  }
}

function isLetter(code: number, char: string): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(char);
}

const LETTER = /\p{L}/u;
const ANY_MARK = /[?!«»“”"(…]|\.\.\./u;
const MARKS: [string, RegExp][] = [
  ["p?", /\?/u],
  ["p!", /!/u],
  ["pq", /[«»“”"]/u],
  ["p(", /\(/u],
  ["p…", /…|\.\.\./u],
];

export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Interns the keys of both sides and weighs each by 1/√(sentence frequency), so a name on every page
 * counts less than a rare number. Keys found on one side only are dropped (most French words never
 * match English), except strong ones: a number or name with no counterpart is evidence of an
 * added or dropped sentence.
 */
export function buildAnchors(sourceTexts: string[], targetTexts: string[]): AnchorSet {
  const ids = new Map<string, number>();
  const bases: number[] = [];
  const strong: boolean[] = [];
  const extract = (texts: string[]) =>
    texts.map((text) => {
      const list: number[] = [];
      visitAnchorKeys(text, (key, base, isStrong) => {
        let id = ids.get(key);
        if (id === undefined) {
          id = bases.length;
          ids.set(key, id);
          bases.push(base);
          strong.push(false);
        }
        if (base > bases[id]) bases[id] = base;
        if (isStrong) strong[id] = true;
        list.push(id);
      });
      return list;
    });
  const source = extract(sourceTexts);
  const target = extract(targetTexts);
  const sourceFrequency = sentenceFrequency(source, bases.length);
  const targetFrequency = sentenceFrequency(target, bases.length);
  const weights = new Float64Array(bases.length);
  for (let id = 0; id < bases.length; id++) {
    const frequency = Math.max(sourceFrequency[id], targetFrequency[id]);
    const isShared = sourceFrequency[id] > 0 && targetFrequency[id] > 0;
    weights[id] = isShared || strong[id] ? bases[id] / Math.sqrt(frequency) : 0;
  }
  const pack = (lists: number[][]): SentenceAnchors[] =>
    lists.map((list) => {
      const keys = Int32Array.from(list.filter((id) => weights[id] > 0)).sort();
      let total = 0;
      for (const id of keys) total += weights[id];
      return { keys, total };
    });
  return { source: pack(source), target: pack(target), weights, uniquePairs: uniquePairs(source, target, sourceFrequency, targetFrequency, bases) };
}

function uniquePairs(source: number[][], target: number[][], sourceFrequency: Uint32Array, targetFrequency: Uint32Array, bases: number[]): [number, number][] {
  const isUnique = (id: number) => sourceFrequency[id] === 1 && targetFrequency[id] === 1 && bases[id] >= BASE_WEIGHT.word;
  const targetOf = new Map<number, number>();
  target.forEach((list, y) => list.forEach((id) => isUnique(id) && targetOf.set(id, y)));
  const pairs: [number, number][] = [];
  source.forEach((list, x) => list.forEach((id) => isUnique(id) && pairs.push([x, targetOf.get(id)!])));
  return pairs;
}

function sentenceFrequency(lists: number[][], size: number): Uint32Array {
  const frequency = new Uint32Array(size);
  for (const list of lists) for (const id of new Set(list)) frequency[id]++;
  return frequency;
}

/** Weight of the keys two sentences share (multiset intersection of two sorted key arrays). */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += weights[a[i]];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
