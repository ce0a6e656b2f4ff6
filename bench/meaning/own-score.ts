// Hand-written case batches (bench/meaning/news/): each case is a French sentence, its faithful English and
// an English with one error of a kind. Scored for own-cases.ts (one batch, may print dev cases) and
// counts.ts (every batch, counts only).
import { readFileSync } from "node:fs";
import path from "node:path";
import { runChecks } from "@/lib/qa/run-checks";
import type { CheckResult } from "@/lib/qa/types";
import { EXPECTED_CHECKS, type MeaningKind } from "./inject-meaning";

export type OwnCase = { id: string; kind: MeaningKind; domain: string; source: string; faithful: string; erroneous: string };
/** The role batches' own form (news/roles-own*.json): a correct and a reversed English. */
type RoleCase = { id: string; domain: string; source: string; correct: string; reversed: string };

export type OwnCaseResult = { one: OwnCase; isCaught: boolean; errorFindings: CheckResult[]; cleanAlarms: CheckResult[] };
export type OwnScore = { results: OwnCaseResult[]; recall: Map<MeaningKind, { caught: number; total: number }>; alarms: number };

/** A batch file's cases, the role batches' ones as role-reversal cases. */
export function readOwnCases(file: string): OwnCase[] {
  const parsed = JSON.parse(readFileSync(path.resolve(file), "utf8")) as OwnCase[] | { cases: RoleCase[] };
  if (Array.isArray(parsed)) return parsed;
  return parsed.cases.map(({ id, domain, source, correct, reversed }) => ({ id, kind: "role-reversal", domain, source, faithful: correct, erroneous: reversed }));
}

/**
 * Recall by kind on the erroneous renderings, and the faithful renderings with an alarm of any meaning
 * check. All the cases are one document, as a translator's file would be: the length checks read its ratio.
 */
export function scoreOwnCases(cases: OwnCase[]): OwnScore {
  const pairs = cases.flatMap((one) => [
    { id: `${one.id}:clean`, source: one.source, target: one.faithful },
    { id: `${one.id}:error`, source: one.source, target: one.erroneous },
  ]);
  const findings = runChecks(pairs);
  const counted = new Set(Object.values(EXPECTED_CHECKS).flat());
  const recall: OwnScore["recall"] = new Map();
  const results = cases.map((one): OwnCaseResult => {
    const of = (suffix: string) => findings.filter((finding) => finding.segmentId === `${one.id}:${suffix}`);
    const errorFindings = of("error");
    const isCaught = errorFindings.some((finding) => EXPECTED_CHECKS[one.kind].includes(finding.checkId));
    const score = recall.get(one.kind) ?? { caught: 0, total: 0 };
    recall.set(one.kind, { caught: score.caught + (isCaught ? 1 : 0), total: score.total + 1 });
    return { one, isCaught, errorFindings, cleanAlarms: of("clean").filter((finding) => counted.has(finding.checkId)) };
  });
  return { results, recall, alarms: results.filter((result) => result.cleanAlarms.length > 0).length };
}

/** "recall 21/30 {…by kind}; faithful with an alarm: 1/30" */
export function describeOwnScore(score: OwnScore): string {
  const total = [...score.recall.values()].reduce((sum, one) => ({ caught: sum.caught + one.caught, total: sum.total + one.total }), { caught: 0, total: 0 });
  const byKind = JSON.stringify(Object.fromEntries([...score.recall].map(([kind, one]) => [kind, `${one.caught}/${one.total}`])));
  return `recall ${total.caught}/${total.total} ${byKind}; faithful with an alarm: ${score.alarms}/${score.results.length}`;
}
