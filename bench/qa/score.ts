/** An alarm: one check type raised on one pair (several findings of one type on a pair count once). */
export type Alarm = { pairId: string; checkId: string };
export type AnswerKey = Map<string, { checkId: string; description: string }>;

export type Score = {
  recall: Map<string, { injected: number; caught: number }>;
  truePositives: number;
  falsePositives: number;
  falseByCheck: Map<string, number>;
  precision: number;
};

/**
 * An injected pair is caught when an alarm of its injected type is raised on it. Alarms on clean pairs
 * are false positives; alarms of another type on an injected pair are neither (an omission also
 * loses numbers), so precision is measured on the clean pairs.
 */
export function scoreAlarms(alarms: Alarm[], key: AnswerKey, checkIds: string[]): Score {
  const seen = new Set<string>();
  const recall = new Map(checkIds.map((id) => [id, { injected: 0, caught: 0 }]));
  for (const { checkId } of key.values()) recall.get(checkId)!.injected += 1;
  const falseByCheck = new Map<string, number>();
  let [truePositives, falsePositives] = [0, 0];
  for (const alarm of alarms) {
    const id = `${alarm.pairId}|${alarm.checkId}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const answer = key.get(alarm.pairId);
    if (answer?.checkId === alarm.checkId) {
      recall.get(alarm.checkId)!.caught += 1;
      truePositives += 1;
    } else if (!answer) {
      falsePositives += 1;
      falseByCheck.set(alarm.checkId, (falseByCheck.get(alarm.checkId) ?? 0) + 1);
    }
  }
  return { recall, truePositives, falsePositives, falseByCheck, precision: truePositives / Math.max(1, truePositives + falsePositives) };
}
