import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { checkDistinctPairs } from "@/lib/qa/distinct-pairs";
import { prepareChecks, runChecks } from "@/lib/qa/run-checks";
import { runChecksBesideGrammarThread } from "@/lib/qa/run-checks-threaded";
import type { CheckResult, SegmentPair } from "@/lib/qa/types";

// The word aligner runs once per checked pair (the checks share it): counting its calls counts the pairs checked.
vi.mock("@/lib/word-align/align-words", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/word-align/align-words")>();
  return { ...actual, alignWords: vi.fn(actual.alignWords) };
});
const alignCalls = () => vi.mocked(alignWords).mock.calls.length;

beforeAll(() => prepareChecks(), 60_000);
beforeEach(() => {
  vi.mocked(alignWords).mockClear();
});

const HAMAS = { source: "Au moins 1 400 personnes ont été tuées samedi dans les attaques du Hamas.", target: "At least 1,500 people were killed on Saturday in Hamas attacks." };
const ISRAEL = { source: "Le Haut-Commissaire a condamné l’attaque d’Israël contre le camp.", target: "The High Commissioner condemned the attack on Israel against the camp." };

function finding(segmentId: string, message: string): CheckResult {
  return { segmentId, checkId: "number-mismatch", category: "accuracy_mistranslation", severity: "major", message, sourceSpan: null, targetSpan: { start: 0, end: 5 }, fingerprint: `number-mismatch:${message}` };
}

describe("checkDistinctPairs", () => {
  it("checks a repeated pair once and gives each repeat the findings under its own id", () => {
    const checked: string[] = [];
    const check = (pair: SegmentPair) => {
      checked.push(pair.id);
      return [finding(pair.id, pair.target)];
    };
    const pairs = [{ id: "a", ...HAMAS }, { id: "b", ...ISRAEL }, { id: "c", ...HAMAS }, { id: "d", ...HAMAS }];
    const findings = checkDistinctPairs(pairs, check);
    expect(checked).toEqual(["a", "b"]);
    expect(findings).toEqual([[finding("a", HAMAS.target)], [finding("b", ISRAEL.target)], [finding("c", HAMAS.target)], [finding("d", HAMAS.target)]]);
  });

  it("checks pairs apart when their source, target or bead shape differ", () => {
    const checked: string[] = [];
    const pairs = [
      { id: "a", ...HAMAS }, { id: "b", ...HAMAS, source: ISRAEL.source }, { id: "c", ...HAMAS, target: ISRAEL.target },
      { id: "d", ...HAMAS, kind: "1-1" }, { id: "e", ...HAMAS, kind: "2-1" }, { id: "f", ...HAMAS, kind: "2-1" },
    ];
    checkDistinctPairs(pairs, (pair) => (checked.push(pair.id), []));
    expect(checked).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("document runs check each distinct pair once", { timeout: 120_000 }, () => {
  const once = [{ id: "p1", ...HAMAS }, { id: "p2", ...ISRAEL }];
  const repeated = [...once, { id: "p3", ...HAMAS }, { id: "p4", ...ISRAEL }, { id: "p5", ...HAMAS }];

  it("runChecks aligns only the distinct pairs, and a repeat's findings carry its own id", () => {
    runChecks(once);
    const distinctCalls = alignCalls();
    expect(distinctCalls).toBeGreaterThan(0);
    vi.mocked(alignWords).mockClear();
    const findings = runChecks(repeated);
    expect(alignCalls()).toBe(distinctCalls);
    const of = (id: string) => findings.filter((hit) => hit.segmentId === id).map((hit) => ({ ...hit, segmentId: "" }));
    expect(of("p1").length).toBeGreaterThan(0);
    expect(of("p3")).toEqual(of("p1"));
    expect(of("p5")).toEqual(of("p1"));
  });

  it("runChecksBesideGrammarThread aligns only the distinct pairs and finds what runChecks finds", async () => {
    const expected = runChecks(repeated);
    vi.mocked(alignWords).mockClear();
    runChecks(once);
    const distinctCalls = alignCalls();
    vi.mocked(alignWords).mockClear();
    expect(await runChecksBesideGrammarThread(repeated)).toEqual(expected);
    expect(alignCalls()).toBe(distinctCalls);
  });
});
