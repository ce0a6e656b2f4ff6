import type { SegmentPair } from "@/lib/qa/types";
import { INJECTORS } from "./inject";
import { createRandom, type Random, shuffle } from "./random";
import type { AnswerKey } from "./score";

export const SEED = 20261128;
/** At most this many pairs injected per check type. */
export const PER_CHECK = 60;
/** Rare kinds first, so they get the few pairs that allow them. */
const ORDER = ["role-reversal", "date-mismatch", "quote-mismatch", "terminology", "bracket-mismatch", "number-mismatch", "name-mismatch",
  "untranslated", "omission", "addition", "repeated-word", "spelling", "punctuation"];

export type TestSet = { pairs: SegmentPair[]; key: AnswerKey; cleanIds: Set<string>; syntheticTrapIds: Set<string> };

/** How many clean pairs are copied with a shared number rewritten in each language's own format. */
const SYNTHETIC_TRAPS = 120;
const YEAR = /(?<![\d.,])1[0-9]{3}(?![\d]|[.,]\d)/;

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The same quantity written the French way and the English way: "12 683"/"12,683", "4,7"/"4.7", "7 %"/"7%". */
function localeForms(variant: number, random: Random): [string, string] {
  if (variant === 0) {
    const value = 1000 + random.int(98_999);
    return [groupThousands(value, "\u202f"), groupThousands(value, ",")];
  }
  if (variant === 1) {
    const [whole, tenth] = [1 + random.int(98), 1 + random.int(9)];
    return [`${whole},${tenth}`, `${whole}.${tenth}`];
  }
  const percent = 1 + random.int(98);
  return [`${percent}\u00a0%`, `${percent}%`];
}

/**
 * False-positive traps the corpus lacks: copies of clean pairs whose shared number (a year, mostly)
 * is rewritten in both languages' formats. Deterministic; ids start with "trap-".
 */
function buildLocaleTraps(clean: SegmentPair[], random: Random): SegmentPair[] {
  const traps: SegmentPair[] = [];
  for (const pair of clean) {
    if (traps.length >= SYNTHETIC_TRAPS) break;
    const shared = YEAR.exec(pair.source)?.[0];
    const pattern = new RegExp(`(?<![\\d.,])${shared}(?![\\d]|[.,]\\d)`);
    if (!shared || !pattern.test(pair.target)) continue;
    const [french, english] = localeForms(traps.length % 3, random);
    traps.push({ id: `trap-${traps.length + 1}`, source: pair.source.replace(pattern, french), target: pair.target.replace(pattern, english), kind: "1-1" });
  }
  return traps;
}

/** Replaces some corpus pairs by copies with one injected error each (seeded); the rest stay clean. */
export function buildTestSet(corpus: SegmentPair[]): TestSet {
  const random = createRandom(SEED);
  const order = shuffle(corpus, random);
  const replaced = new Map<string, SegmentPair>();
  const key: AnswerKey = new Map();
  for (const checkId of ORDER) {
    let injected = 0;
    for (const pair of order) {
      if (injected >= PER_CHECK) break;
      if (replaced.has(pair.id)) continue;
      const result = INJECTORS[checkId](pair, random, corpus);
      if (!result) continue;
      replaced.set(pair.id, result.pair);
      key.set(pair.id, { checkId, description: result.description });
      injected += 1;
    }
  }
  const clean = corpus.filter((pair) => !replaced.has(pair.id));
  const traps = buildLocaleTraps(shuffle(clean, random), random);
  const pairs = [...corpus.map((pair) => replaced.get(pair.id) ?? pair), ...traps];
  return { pairs, key, cleanIds: new Set([...clean, ...traps].map((pair) => pair.id)), syntheticTrapIds: new Set(traps.map((pair) => pair.id)) };
}

const LOCALE_FORMS = /\b[IVXLC]+(?:e|er|ème)\b|\d[ \u00A0\u202F]\d{3}\b|\d,\d|\s%|\b(?:deux|trois|quatre|cinq|six|sept|huit|dix|vingt|cent|mille|premi[eè]re?|dizaine|années)\b|\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

/** Clean corpus pairs whose French writes numbers or dates the French way: the natural false-positive traps. */
export function findLocaleTraps(pairs: SegmentPair[], cleanIds: Set<string>): SegmentPair[] {
  return pairs.filter((pair) => cleanIds.has(pair.id) && !pair.id.startsWith("trap-") && LOCALE_FORMS.test(pair.source));
}
