import type { Split } from "./corpus";
import type { MeaningKind } from "./inject-meaning";
import type { MeaningTestSet } from "./test-set";

/** One check (or pofilter test) raised on one segment. */
export type Alarm = { pairId: string; checkId: string };
export type Tally = { injected: number; caught: number };

export type MeaningScore = {
  /** By split, then kind: injected pairs and those on which an accepted check spoke. */
  byKind: Map<Split, Map<MeaningKind, Tally>>;
  /** By split, then check: injections it caught (of a kind it counts for) and clean segments it alarmed on. */
  byCheck: Map<Split, Map<string, { caught: number; falseAlarms: number }>>;
  /** By split: clean segments, and those with an alarm of any accepted check. */
  clean: Map<Split, { segments: number; alarmed: number }>;
};

const SPLITS: Split[] = ["dev", "held-out"];

/**
 * Scores alarms against the answer key. `accepted` says which check ids count for each kind; only
 * those checks count as false alarms on clean segments (a form check speaking on a clean twin is
 * not this bench's business).
 */
export function scoreMeaning(alarms: Alarm[], testSet: MeaningTestSet, accepted: Record<MeaningKind, readonly string[]>): MeaningScore {
  const counted = new Set(Object.values(accepted).flat());
  const checksOn = new Map<string, Set<string>>();
  for (const { pairId, checkId } of alarms) {
    if (!counted.has(checkId)) continue;
    checksOn.set(pairId, (checksOn.get(pairId) ?? new Set()).add(checkId));
  }
  const byKind = new Map(SPLITS.map((split) => [split, new Map<MeaningKind, Tally>()]));
  const byCheck = new Map(SPLITS.map((split) => [split, new Map([...counted].map((id) => [id, { caught: 0, falseAlarms: 0 }]))]));
  for (const [pairId, answer] of testSet.key) {
    const tally = byKind.get(answer.split)!.get(answer.kind) ?? { injected: 0, caught: 0 };
    byKind.get(answer.split)!.set(answer.kind, tally);
    tally.injected += 1;
    const hits = [...(checksOn.get(pairId) ?? [])].filter((id) => accepted[answer.kind].includes(id));
    if (hits.length > 0) tally.caught += 1;
    for (const id of hits) byCheck.get(answer.split)!.get(id)!.caught += 1;
  }
  const clean = new Map<Split, { segments: number; alarmed: number }>();
  for (const split of SPLITS) {
    const ids = testSet.clean.get(split) ?? new Set<string>();
    let alarmed = 0;
    for (const id of ids) {
      const checks = checksOn.get(id);
      if (!checks) continue;
      alarmed += 1;
      for (const checkId of checks) byCheck.get(split)!.get(checkId)!.falseAlarms += 1;
    }
    clean.set(split, { segments: ids.size, alarmed });
  }
  return { byKind, byCheck, clean };
}

/** Caught ÷ injected over the given kinds of one split. */
export function recallOver(score: MeaningScore, split: Split, kinds: readonly MeaningKind[]): Tally {
  const tallies = kinds.map((kind) => score.byKind.get(split)!.get(kind) ?? { injected: 0, caught: 0 });
  return tallies.reduce((sum, tally) => ({ injected: sum.injected + tally.injected, caught: sum.caught + tally.caught }), { injected: 0, caught: 0 });
}
