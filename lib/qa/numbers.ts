import { hyphenatedCardinal, STRONG_NUMBER_WORDS as STRONG_WORDS } from "@/lib/text/number-words";
import { foldText, tokenizeWords, matchesOf } from "@/lib/text/text";

export type Language = "fr" | "en";

/**
 * A number found in text. `keys` are the values it may stand for (a French "1,400" may be 1.4,
 * an English one 1400), so two tokens agree when their keys intersect. A weak token ("un",
 * "one", "first") may satisfy a match but is never reported on its own.
 */
export type NumberToken = {
  text: string;
  start: number;
  end: number;
  keys: string[];
  isWord: boolean;
  isWeak: boolean;
};

const SPACE_GROUPED = /(?<!\d|\d[.,])\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?(?![\d])/g;
const PLAIN = /(?<!\d|\d[.,])\d+(?:[.,]\d+)*/g;

const SCALES: Record<Language, Record<string, number>> = {
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, mille: 1e3 },
  en: { million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, thousand: 1e3, trillion: 1e12, bn: 1e9 },
};

const WEAK_WORDS: Record<Language, Record<string, number[]>> = {
  fr: { un: [1], une: [1], premier: [1], premiere: [1], second: [2], seconde: [2], deuxieme: [2], troisieme: [3], double: [2], moitie: [0.5] },
  en: { one: [1], first: [1], second: [2], third: [3], twice: [2], both: [2], double: [2], half: [0.5], once: [1], couple: [2], pair: [2], fortnight: [14, 15, 2], decade: [10] },
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A well-formed Roman numeral, in either case, up to 3999: "XIV", "xix"; not the "lill" of "Lille", nor "civil". */
const WELL_FORMED_ROMAN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;
/** The French ordinal endings a Roman numeral takes: "XIXe", "Ier", "Ire", "IIIème", "XVIes". */
const ROMAN_ORDINAL_ENDINGS = ["e", "er", "re", "ere", "ère", "eme", "ème", "ieme", "ième"].flatMap((ending) => [ending, `${ending}s`]);

/**
 * Whether a word is a Roman numeral: with a French ordinal ending ("XIXe", "Ier"), or also bare ("XIV")
 * when `ending` is "optional". Capitalised names made of the same letters ("Lille", "Civil") are none.
 */
export function isRomanNumeral(word: string, ending: "ordinal" | "optional"): boolean {
  if (ending === "optional" && WELL_FORMED_ROMAN.test(word)) return true;
  const lower = word.toLowerCase();
  return ROMAN_ORDINAL_ENDINGS.some((one) => lower.endsWith(one) && WELL_FORMED_ROMAN.test(lower.slice(0, -one.length)));
}

export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN[numeral[i]];
    total += value < (ROMAN[numeral[i + 1]] ?? 0) ? -value : value;
  }
  return total;
}

function key(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** Readings of "1,400", "2.5", "1.400,5" under both conventions. */
function readDigits(raw: string): number[] {
  const compact = raw.replace(/[ \u00A0\u202F\u2009]/g, "");
  const groups = compact.split(/[.,]/);
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return [Number(compact)];
  if (separators.length === 1) {
    const decimal = Number(`${groups[0]}.${groups[1]}`);
    return groups[1].length === 3 ? [Number(groups.join("")), decimal] : [decimal];
  }
  const last = separators[separators.length - 1];
  const allSame = separators.every((separator) => separator === last);
  const tailGroupsOfThree = groups.slice(1).every((group) => group.length === 3);
  if (allSame && tailGroupsOfThree) return [Number(groups.join(""))];
  if (!allSame && groups.slice(1, -1).every((group) => group.length === 3)) {
    return [Number(`${groups.slice(0, -1).join("")}.${groups[groups.length - 1]}`)];
  }
  return [Number(groups.join(""))];
}

function scaleAfter(text: string, end: number, language: Language): number | null {
  const match = /^[ \u00A0\u202F]*([\p{L}]+)/u.exec(text.slice(end, end + 14));
  if (!match) return null;
  return Object.hasOwn(SCALES[language], foldText(match[1])) ? SCALES[language][foldText(match[1])] : null;
}

function clockReadings(text: string, token: { end: number }, value: number, language: Language): number[] {
  const after = text.slice(token.end, token.end + 8);
  if (language === "fr" && value > 12 && value <= 24 && /^\s?h(?![\p{L}])|^\s?h\d/u.test(after)) return [value - 12];
  if (language === "en" && value >= 1 && value <= 12 && /^(?::\d\d)?\s?[ap]\.?m\b/i.test(after)) return [value + 12];
  return [];
}

/** "the '90s", "les années 70": a two-digit decade stands for 1970 as well as 70. */
function isTwoDigitDecade(text: string, start: number, digits: string): boolean {
  return digits.length === 2 && (text[start - 1] === "'" || text[start - 1] === "’" || /ann[ée]es\s+$/i.test(text.slice(Math.max(0, start - 8), start)));
}

function digitTokens(text: string, language: Language): NumberToken[] {
  const tokens: NumberToken[] = [];
  const covered = new Set<number>();
  // Both patterns start with a digit.
  for (const pattern of /\d/.test(text) ? [SPACE_GROUPED, PLAIN] : []) {
    for (const match of matchesOf(text, pattern)) {
      if (covered.has(match.index)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (tokens.some((token) => start < token.end && end > token.start)) continue;
      covered.add(start);
      const values = readDigits(match[0]);
      const scale = scaleAfter(text, end, language);
      const extra = values.flatMap((value) => [
        ...(scale ? [value * scale] : []),
        ...clockReadings(text, { end }, value, language),
        ...(isTwoDigitDecade(text, start, match[0]) ? [1900 + value, 2000 + value] : []),
      ]);
      tokens.push({ text: match[0], start, end, keys: [...values, ...extra].map(key), isWord: false, isWeak: false });
    }
  }
  if (language === "fr") {
    for (const match of matchesOf(text, /\b([IVXLC]{2,}(?=e\b|er\b|ème|eme)|[IVXLC](?=er\b|ème|eme|e\s+(?:siècle|millénaire|République|arrondissement|Reich)))(?:e|er|ème|eme)\b/gu)) {
      const value = romanValue(match[1]);
      // "XVIIIème siècle" is also "the 1700s".
      // "Louis Ier" is "Louis I", which English leaves as a letter: never reported alone.
      const isRegnal = match[0].endsWith("er") && match[1] === "I";
      tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, keys: [key(value), key((value - 1) * 100)], isWord: false, isWeak: isRegnal });
    }
  }
  return tokens;
}

// Maps, not plain objects: a word such as "constructor" must not find Object's prototype.
const STRONG = { fr: new Map(Object.entries(STRONG_WORDS.fr)), en: new Map(Object.entries(STRONG_WORDS.en)) };
const WEAK = { fr: new Map(Object.entries(WEAK_WORDS.fr)), en: new Map(Object.entries(WEAK_WORDS.en)) };

/** English ordinals whose cardinal is not the ordinal less "th": "first" is "one", "twelfth" "twelve". */
const ENGLISH_IRREGULAR_ORDINALS: Record<string, string> = { first: "one", second: "two", third: "three", fifth: "five", eighth: "eight", ninth: "nine", twelfth: "twelve" };

/** The cardinal an ordinal word is made from (folded): "vingt-troisieme" → "vingt-trois", "onzieme" → "onze", "twenty-third" → "twenty-three", "fortieth" → "forty". */
function cardinalOfOrdinal(folded: string, language: Language): string[] {
  const cut = folded.lastIndexOf("-") + 1;
  const [head, last] = [folded.slice(0, cut), folded.slice(cut)];
  if (language === "fr") {
    if (!/iemes?$/.test(last) || last.length < 6) return [];
    const stem = last.replace(/iemes?$/, "").replace(/^cinqu$/, "cinq").replace(/^neuv$/, "neuf");
    return [`${head}${stem}`, `${head}${stem}e`];
  }
  if (Object.hasOwn(ENGLISH_IRREGULAR_ORDINALS, last)) return [`${head}${ENGLISH_IRREGULAR_ORDINALS[last]}`];
  if (/ieth$/.test(last)) return [`${head}${last.replace(/ieth$/, "y")}`];
  return /[^aeiou]th$/.test(last) && last.length > 4 ? [`${head}${last.replace(/th$/, "")}`] : [];
}

function wordValues(folded: string, language: Language): { values: number[]; isWeak: boolean } | null {
  const cardinal = cardinalValues(folded, language);
  if (cardinal) return cardinal;
  // An ordinal reads as its cardinal: "le vingt-troisième accord" is "the 23rd agreement". A one-word one ("fourth") is weak as "third" is.
  for (const candidate of cardinalOfOrdinal(folded, language)) {
    const reading = cardinalValues(candidate, language);
    if (reading) return { values: reading.values, isWeak: reading.isWeak || !folded.includes("-") };
  }
  return null;
}

function cardinalValues(folded: string, language: Language): { values: number[]; isWeak: boolean } | null {
  const strong = STRONG[language];
  const strongValues = strong.get(folded);
  if (strongValues) return { values: strongValues, isWeak: false };
  const weakValues = WEAK[language].get(folded);
  if (weakValues) return { values: weakValues, isWeak: true };
  const hyphenated = hyphenatedCardinal(folded, language);
  return hyphenated === undefined ? null : { values: [hyphenated], isWeak: false };
}

function wordTokens(text: string, language: Language): NumberToken[] {
  const tokens: NumberToken[] = [];
  const folded = foldText(text);
  for (const token of tokenizeWords(text)) {
    // "d'un million", "qu'une": the number after an elided word.
    const elided = language === "fr" ? /^(?:d|l|qu|j|n|s)['’]/iu.exec(token.text)?.[0].length ?? 0 : 0;
    const whole = elided === 0 ? token : { ...token, text: token.text.slice(elided), start: token.start + elided };
    let [word, reading] = [whole, wordValues(folded.slice(whole.start, whole.end), language)];
    // "a six-year-old boy", "a two-day strike": an English compound adjective opens with its number.
    const head = language === "en" && !reading && whole.text.includes("-") ? /^(\p{L}+)-\p{L}/u.exec(whole.text)?.[1] : undefined;
    if (head) [word, reading] = [{ ...whole, text: head, end: whole.start + head.length }, wordValues(folded.slice(whole.start, whole.start + head.length), language)];
    if (!reading) continue;
    const before = foldText(text.slice(Math.max(0, word.start - 5), word.start));
    if (language === "fr" && /^cents?$/.test(foldText(word.text)) && /pour\s$/.test(before)) continue;
    // "150 millions d'euros": a scale after a figure is part of it (read by scaleAfter), not "millions" of something.
    if (Object.hasOwn(SCALES[language], foldText(word.text)) && /\d[ \u00A0\u202F]*$/.test(text.slice(Math.max(0, word.start - 3), word.start))) continue;
    const scale = scaleAfter(text, word.end, language);
    const values = scale ? [...reading.values, ...reading.values.map((value) => value * scale)] : reading.values;
    tokens.push({ ...word, keys: values.map(key), isWord: true, isWeak: reading.isWeak });
  }
  return tokens;
}

/** "dix sept", "vingt et un", "quatre vingts": French compounds written without hyphens. */
function mergeFrenchCompounds(text: string, tokens: NumberToken[]): NumberToken[] {
  const merged: NumberToken[] = [];
  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    const [left, right] = [Number(previous?.keys[0]), Number(token.keys[0])];
    const isCompound = previous?.isWord && token.isWord && /^\s+(?:et\s+)?$/.test(text.slice(previous.end, token.start)) &&
      ((left % 10 === 0 && left >= 10 && left <= 90 && right > 0 && right < 10) || (left === 4 && right === 20));
    if (!isCompound) {
      merged.push(token);
      continue;
    }
    const value = left === 4 ? 80 : left + right;
    merged[merged.length - 1] = { ...previous, text: text.slice(previous.start, token.end), end: token.end, keys: [key(value)], isWeak: false };
  }
  return merged;
}

/** Numbers written with digits or spelled out, in text order. */
export function extractNumbers(text: string, language: Language): NumberToken[] {
  const words = language === "fr" ? mergeFrenchCompounds(text, wordTokens(text, language)) : wordTokens(text, language);
  return [...digitTokens(text, language), ...words].sort((a, b) => a.start - b.start);
}

export type NumberComparison = { unmatchedSource: NumberToken[]; unmatchedTarget: NumberToken[] };

function matchInto(from: NumberToken[], to: NumberToken[], usedFrom: Set<NumberToken>, usedTo: Set<NumberToken>) {
  for (const token of from) {
    if (usedFrom.has(token)) continue;
    const partner = to.find((candidate) => !usedTo.has(candidate) && candidate.keys.some((k) => token.keys.includes(k)));
    if (partner) {
      usedFrom.add(token);
      usedTo.add(partner);
    }
  }
}

/** The last pair compared: the number, omission and addition checks each ask for the same pair in turn. */
let lastComparison: { source: string; target: string; result: Readonly<NumberComparison> } | null = null;

/**
 * Pairs source and target numbers by value: digits first, then digits against words, then words.
 * The answer is shared by callers asking for the same pair: read it, never change it.
 */
export function compareNumbers(source: string, target: string): Readonly<NumberComparison> {
  if (lastComparison?.source === source && lastComparison.target === target) return lastComparison.result;
  const result = compareNumbersUncached(source, target);
  lastComparison = { source, target, result };
  return result;
}

function compareNumbersUncached(source: string, target: string): NumberComparison {
  const sourceTokens = extractNumbers(source, "fr");
  const targetTokens = extractNumbers(target, "en");
  const usedSource = new Set<NumberToken>();
  const usedTarget = new Set<NumberToken>();
  const digits = (tokens: NumberToken[]) => tokens.filter((token) => !token.isWord);
  const words = (tokens: NumberToken[]) => tokens.filter((token) => token.isWord);
  matchInto(digits(sourceTokens), digits(targetTokens), usedSource, usedTarget);
  matchInto(digits(sourceTokens), words(targetTokens), usedSource, usedTarget);
  matchInto(digits(targetTokens), words(sourceTokens), usedTarget, usedSource);
  matchInto(words(sourceTokens), words(targetTokens), usedSource, usedTarget);
  const isOpen = (used: Set<NumberToken>) => (token: NumberToken) => !used.has(token) && !token.isWeak;
  return {
    unmatchedSource: sourceTokens.filter(isOpen(usedSource)),
    unmatchedTarget: targetTokens.filter(isOpen(usedTarget)),
  };
}
