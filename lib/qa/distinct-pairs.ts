import type { CheckResult, SegmentPair } from "./types";

/** What a segment check reads of a pair: its texts and bead shape, never its id. */
const pairKey = (pair: SegmentPair) => JSON.stringify([pair.source, pair.target, pair.kind ?? null]);

/**
 * The first pair of each distinct (source, target, kind), in pair order, and `spread`, which
 * turns their findings (one list per distinct pair) into each pair's findings, in pair order: a
 * repeat gets copies of the first one's findings under its own segment id.
 */
export function distinctPairs(pairs: readonly SegmentPair[]): { distinct: SegmentPair[]; spread: (found: readonly CheckResult[][]) => CheckResult[][] } {
  const positions = new Map<string, number>();
  const distinct: SegmentPair[] = [];
  const isFirst: boolean[] = [];
  const positionOf = pairs.map((pair) => {
    const key = pairKey(pair);
    let position = positions.get(key);
    isFirst.push(position === undefined);
    if (position === undefined) {
      position = distinct.push(pair) - 1;
      positions.set(key, position);
    }
    return position;
  });
  const spread = (found: readonly CheckResult[][]) => pairs.map((pair, index) => {
    const findings = found[positionOf[index]];
    return isFirst[index] ? findings : findings.map((finding) => ({ ...finding, segmentId: pair.id }));
  });
  return { distinct, spread };
}

/**
 * Each pair's findings, in pair order, with `check` run once per distinct (source, target, kind)
 * (`distinctPairs`). Sound for checks that read only the pair and inputs fixed for the whole run
 * (glossary, document statistics); a file of 10,000 pairs drawn from a few thousand sentences
 * repeats most of them.
 */
export function checkDistinctPairs(pairs: readonly SegmentPair[], check: (pair: SegmentPair) => CheckResult[]): CheckResult[][] {
  const { distinct, spread } = distinctPairs(pairs);
  return spread(distinct.map(check));
}
