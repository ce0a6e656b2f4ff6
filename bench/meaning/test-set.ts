import type { SegmentPair } from "@/lib/qa/types";
import { createRandom, shuffle } from "../qa/random";
import type { CorpusPair, Split } from "./corpus";
import { type Injection, injectMeaning, type MeaningKind } from "./inject-meaning";
import { collectNames } from "./inject-polarity";

export const SEED = 20261202;
/** At most this many pairs per kind and split get an injected error. */
export const PER_KIND = 80;
/** Rare kinds first, so they get the few pairs that allow them. */
const ORDER: MeaningKind[] = ["role-reversal", "entity", "omission", "negation", "grammar", "addition"];
/** Id suffix of the untouched copy of an injected pair, scored as a clean segment. */
export const TWIN_SUFFIX = "~twin";

/** One document per campaign: the injected pairs, their clean twins and the untouched pairs. */
export type MeaningDocument = { campaign: string; split: Split; pairs: SegmentPair[] };

export type MeaningTestSet = {
  documents: MeaningDocument[];
  /** Answer key by injected pair id. */
  key: Map<string, Injection & { split: Split }>;
  /** Clean segments (twins and untouched pairs) by split. */
  clean: Map<Split, Set<string>>;
};

/**
 * Injects at most PER_KIND errors of each kind into each split (seeded, deterministic). Names swapped
 * in come from the same split, so the held-out text never leaks into the dev set or the reverse.
 */
export function buildMeaningTestSet(corpus: CorpusPair[]): MeaningTestSet {
  const key: MeaningTestSet["key"] = new Map();
  const clean = new Map<Split, Set<string>>();
  const replaced = new Map<string, SegmentPair>();
  for (const split of ["dev", "held-out"] as const) {
    const random = createRandom(SEED + (split === "dev" ? 0 : 1));
    const pairs = corpus.filter((pair) => pair.split === split);
    const context = { names: collectNames(pairs) };
    const order = shuffle(pairs, random);
    for (const kind of ORDER) {
      let injected = 0;
      for (const pair of order) {
        if (injected >= PER_KIND) break;
        if (replaced.has(pair.id)) continue;
        const injection = injectMeaning(kind, { id: pair.id, source: pair.source, target: pair.target, kind: pair.kind }, random, context);
        if (!injection) continue;
        replaced.set(pair.id, injection.pair);
        key.set(pair.id, { ...injection, split });
        injected += 1;
      }
    }
    clean.set(split, new Set(pairs.flatMap((pair) => (replaced.has(pair.id) ? [`${pair.id}${TWIN_SUFFIX}`] : [pair.id]))));
  }
  const campaigns = [...new Set(corpus.map((pair) => pair.campaign))];
  const documents = campaigns.map((campaign) => {
    const pairs = corpus.filter((pair) => pair.campaign === campaign);
    const segments = pairs.flatMap((pair): SegmentPair[] => {
      const plain = { id: pair.id, source: pair.source, target: pair.target, kind: pair.kind };
      const injected = replaced.get(pair.id);
      return injected ? [injected, { ...plain, id: `${pair.id}${TWIN_SUFFIX}` }] : [plain];
    });
    return { campaign, split: pairs[0].split, pairs: segments };
  });
  return { documents, key, clean };
}
