import { describe, expect, it } from "vitest";
import { EXPECTED_CHECKS, type Injection } from "@/bench/meaning/inject-meaning";
import { recallOver, scoreMeaning } from "@/bench/meaning/score";
import type { MeaningTestSet } from "@/bench/meaning/test-set";

function injection(id: string, kind: Injection["kind"]): Injection & { split: "dev" | "held-out" } {
  return { pair: { id, source: "", target: "" }, kind, variant: "v", expectedChecks: EXPECTED_CHECKS[kind], before: "", after: "", split: id.startsWith("d") ? "dev" : "held-out" };
}

const testSet: MeaningTestSet = {
  documents: [],
  key: new Map([
    ["d1", injection("d1", "negation")],
    ["d2", injection("d2", "entity")],
    ["h1", injection("h1", "omission")],
  ]),
  clean: new Map([
    ["dev", new Set(["d1~twin", "d2~twin", "d3"])],
    ["held-out", new Set(["h1~twin", "h2"])],
  ]),
};

describe("meaning bench scoring", () => {
  it("counts an injection caught when any check of its kind speaks, and only those", () => {
    const score = scoreMeaning([
      { pairId: "d1", checkId: "negation-mismatch" },
      { pairId: "d1", checkId: "negation-mismatch" },
      { pairId: "d2", checkId: "role-reversal" },
      { pairId: "h1", checkId: "content-omission" },
    ], testSet, EXPECTED_CHECKS);
    expect(score.byKind.get("dev")!.get("negation")).toEqual({ injected: 1, caught: 1 });
    expect(score.byKind.get("dev")!.get("entity")).toEqual({ injected: 1, caught: 0 });
    expect(score.byKind.get("held-out")!.get("omission")).toEqual({ injected: 1, caught: 1 });
    expect(recallOver(score, "dev", ["negation", "entity"])).toEqual({ injected: 2, caught: 1 });
    expect(score.byCheck.get("dev")!.get("negation-mismatch")).toEqual({ caught: 1, falseAlarms: 0 });
  });

  it("counts clean twins and untouched pairs with a meaning alarm as false alarms, ignoring form checks", () => {
    const score = scoreMeaning([
      { pairId: "d1~twin", checkId: "negation-mismatch" },
      { pairId: "d1~twin", checkId: "name-mismatch" },
      { pairId: "d3", checkId: "spelling" },
      { pairId: "h2", checkId: "omission" },
    ], testSet, EXPECTED_CHECKS);
    expect(score.clean.get("dev")).toEqual({ segments: 3, alarmed: 1 });
    expect(score.clean.get("held-out")).toEqual({ segments: 2, alarmed: 1 });
    expect(score.byCheck.get("dev")!.get("name-mismatch")).toEqual({ caught: 0, falseAlarms: 1 });
    expect(score.byCheck.get("dev")!.has("spelling")).toBe(false);
  });
});
