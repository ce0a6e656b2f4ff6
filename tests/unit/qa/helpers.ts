import { beforeAll, expect, it } from "vitest";
import { prepareChecks, runSegmentChecks } from "@/lib/qa/run-checks";
import type { CheckResult, DocumentStats, QaOptions } from "@/lib/qa/types";

// The speller and the aligner's lexicon (FreeDict when installed) take seconds to build on a busy machine.
beforeAll(() => prepareChecks(), 60_000);

/** Findings of one check for one pair. */
export function findingsOf(checkId: string, source: string, target: string, options: QaOptions & { kind?: string; documentStats?: DocumentStats } = {}): CheckResult[] {
  return runSegmentChecks({ id: "seg-1", source, target, kind: options.kind }, options).filter((finding) => finding.checkId === checkId);
}

/** The target text a finding points at. */
export function targetTextOf(finding: CheckResult, target: string): string | null {
  return finding.targetSpan ? target.slice(finding.targetSpan.start, finding.targetSpan.end) : null;
}

export function sourceTextOf(finding: CheckResult, source: string): string | null {
  return finding.sourceSpan ? source.slice(finding.sourceSpan.start, finding.sourceSpan.end) : null;
}

/**
 * The one finding `checkId` raises on `wrong`, pointing at `targetText` and `sourceText`, and none
 * on `right`, its corrected twin.
 */
export function expectFlaggedNotTwin(checkId: string, source: string, wrong: string, right: string, targetText: string, sourceText: string | null): void {
  expectOnlyFinding(checkId, source, wrong, sourceText, targetText);
  expect(findingsOf(checkId, source, right)).toEqual([]);
}

/** The one finding `checkId` raises on the pair, pointing at `sourceText` and `targetText`; returned for further checks. */
export function expectOnlyFinding(checkId: string, source: string, target: string, sourceText: string | null, targetText: string | null): CheckResult {
  const [finding, ...rest] = findingsOf(checkId, source, target);
  expect(rest).toEqual([]);
  expect(sourceTextOf(finding, source)).toBe(sourceText);
  expect(targetTextOf(finding, target)).toBe(targetText);
  return finding;
}

/** One test per case: `checkId` raises exactly one finding, its target span matching `where`. */
export function itFlagsEach(checkId: string, cases: Array<[string, string, RegExp]>): void {
  it.each(cases)("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf(checkId, source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });
}

/** One test per case: `checkId` raises nothing on the pair. */
export function itAcceptsEach(checkId: string, cases: Array<[string, string]>): void {
  it.each(cases)("accepts %j rendered %j", (source, target) => {
    expect(findingsOf(checkId, source, target)).toEqual([]);
  });
}
