import type { CheckResult, SegmentPair } from "./types";

/** What a segment check reads of a pair: its texts and bead shape, never its id. */
const pairKey = (pair: SegmentPair) => JSON.stringify([pair.source, pair.target, pair.kind ?? null]);

/**
 * Each pair's findings, in pair order, with `check` run once per distinct (source, target, kind):
 * a repeat gets copies of the first one's findings under its own segment id. Sound for checks
 * that read only the pair and inputs fixed for the whole run (glossary, document statistics); a
 * file of 10,000 pairs drawn from a few thousand sentences repeats most of them.
 */
export function checkDistinctPairs(pairs: readonly SegmentPair[], check: (pair: SegmentPair) => CheckResult[]): CheckResult[][] {
  const checked = new Map<string, CheckResult[]>();
  return pairs.map((pair) => {
    const key = pairKey(pair);
    const earlier = checked.get(key);
    if (earlier) return earlier.map((finding) => ({ ...finding, segmentId: pair.id }));
    const findings = check(pair);
    checked.set(key, findings);
    return findings;
  });
}
