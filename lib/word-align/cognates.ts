import type { WordInfo } from "./words";

/** French endings and their usual English counterparts: nation/nation, société/society, politique/politic(al). */
const SUFFIX_RULES: Array<[RegExp, string]> = [
  [/ites?$/, "ity"], [/iques?$/, "ic"], [/euses?$|eux$/, "ous"], [/aires?$/, "ary"], [/oires?$/, "ory"], [/ismes?$/, "ism"],
  [/istes?$/, "ist"], [/elles?$|els?$/, "al"], [/ives?$|ifs?$/, "ive"], [/eurs?$|rices?$/, "or"], [/ies?$/, "y"],
  [/iens?$|iennes?$/, "ian"], [/ains?$|aines?$/, "an"], [/ees?$|es$/, "ed"], [/ment$/, "ment"], [/ants?$|antes?$/, "ant"],
  [/er$/, "e"], [/re$/, "er"], [/que$/, "c"], [/s$/, ""],
];

/** French spelling habits inside words: qu/c, ph/f, y/i are left; accents are already folded. */
function anglicise(folded: string): string {
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (pattern.test(folded)) return folded.replace(pattern, replacement);
  }
  return folded;
}

const ANGLICISED = new Map<string, string>();

function anglicised(folded: string): string {
  let value = ANGLICISED.get(folded);
  if (value === undefined) {
    value = anglicise(folded);
    if (ANGLICISED.size > 100_000) ANGLICISED.clear();
    ANGLICISED.set(folded, value);
  }
  return value;
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/**
 * How much a French word and an English word look like one word (0–1): identical, same stem,
 * the same after French→English suffix rules (-ité/-ity, -ique/-ic, -eux/-ous), or sharing most of
 * a long prefix (gouvernement/government shares "gov" only, so it is the lexicon's job).
 */
export function cognateScore(source: WordInfo, target: WordInfo): number {
  const [a, b] = [source.folded, target.folded];
  if (a === b) return a.length >= 2 ? 1 : 0;
  if (source.isFunction || target.isFunction || source.isNumber || target.isNumber) return 0;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.length < 4 || b.length < 4) return 0;
  if (source.stem === target.stem && source.stem.length >= 4) return 0.9;
  const english = anglicised(a);
  if (english === b || (english.length >= 4 && english.slice(0, -1) === target.stem.slice(0, english.length - 1) && Math.abs(english.length - target.stem.length) <= 2)) return 0.85;
  const prefix = commonPrefix(a, b);
  const shorter = Math.min(a.length, b.length);
  if (prefix >= 5 && prefix >= 0.7 * shorter) return 0.75;
  if (prefix >= 4 && prefix >= 0.8 * shorter) return 0.7;
  // Spellings apart only by vowels or doubled letters in a long word: raffinerie/refinery, appartement/apartment.
  const [french, englishSingular] = [a.replace(/s$/, ""), b.replace(/ies$/, "y").replace(/s$/, "")];
  if (Math.min(french.length, englishSingular.length) >= MIN_SKELETON_LENGTH && consonants(englishSingular) === consonants(french)) return 0.7;
  return 0;
}

const MIN_SKELETON_LENGTH = 8;

/** A folded word's consonants, each run of one letter written once: "raffinerie" and "refinery" both give "rfnr". */
function consonants(folded: string): string {
  return folded.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}
