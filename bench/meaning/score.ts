import type { Split } from "./corpus";
import type { MeaningKind } from "./inject-meaning";
import type { MeaningTestSet } from "./test-set";

/** One check (or pofilter test) raised on one segment. */
export type Alarm = { pairId: string; checkId: string };
export type Tally = { injected: number; caught: number };

export type MeaningScore = {
  /** By split, then kind: injected pairs and those on which an accepted check spoke. */
  byKind: Map<Split, Map<MeaningKind, Tally>>;
  /** The same by "kind/variant" ("negation/remove-not"). */
  byVariant: Map<Split, Map<string, Tally>>;
  /** By split, then check: injections it caught (of a kind it counts for) and clean segments it alarmed on. */
  byCheck: Map<Split, Map<string, { caught: number; falseAlarms: number }>>;
  /** By split: clean segments, and those with an alarm of any accepted check. */
  clean: Map<Split, { segments: number; alarmed: number }>;
};

const SPLITS: Split[] = ["dev", "held-out"];

function count<K>(table: Map<K, Tally>, name: K, caught: boolean): void {
  const tally = table.get(name) ?? { injected: 0, caught: 0 };
  table.set(name, tally);
  tally.injected += 1;
  if (caught) tally.caught += 1;
}

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
  const byVariant = new Map(SPLITS.map((split) => [split, new Map<string, Tally>()]));
  const byCheck = new Map(SPLITS.map((split) => [split, new Map([...counted].map((id) => [id, { caught: 0, falseAlarms: 0 }]))]));
  for (const [pairId, answer] of testSet.key) {
    const hits = [...(checksOn.get(pairId) ?? [])].filter((id) => accepted[answer.kind].includes(id));
    count(byKind.get(answer.split)!, answer.kind, hits.length > 0);
    count(byVariant.get(answer.split)!, `${answer.kind}/${answer.variant}`, hits.length > 0);
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
  return { byKind, byVariant, byCheck, clean };
}

/** Caught ÷ injected over the given kinds of one split. */
export function recallOver(score: MeaningScore, split: Split, kinds: readonly MeaningKind[]): Tally {
  const tallies = kinds.map((kind) => score.byKind.get(split)!.get(kind) ?? { injected: 0, caught: 0 });
  return tallies.reduce((sum, tally) => ({ injected: sum.injected + tally.injected, caught: sum.caught + tally.caught }), { injected: 0, caught: 0 });
}

/** Clean segments of a clean-only set with an alarm of any accepted check, and by check. */
export type CleanOnlyScore = { segments: number; alarmed: number; byCheck: Map<string, number> };

export function scoreCleanOnly(alarms: Alarm[], ids: Set<string>, accepted: Record<MeaningKind, readonly string[]>): CleanOnlyScore {
  const counted = new Set(Object.values(accepted).flat());
  const checksOn = new Map<string, Set<string>>();
  for (const { pairId, checkId } of alarms) {
    if (counted.has(checkId) && ids.has(pairId)) checksOn.set(pairId, (checksOn.get(pairId) ?? new Set()).add(checkId));
  }
  const byCheck = new Map([...counted].map((id) => [id, 0]));
  for (const checks of checksOn.values()) for (const id of checks) byCheck.set(id, byCheck.get(id)! + 1);
  return { segments: ids.size, alarmed: checksOn.size, byCheck };
}
