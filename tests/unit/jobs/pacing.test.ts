import { describe, expect, it } from "vitest";
import { PACE, pauseAfterBatch } from "@/lib/jobs/pacing";

describe("pauseAfterBatch", () => {
  it("pauses a tenth of the work while the event loop is quiet", () => {
    expect(pauseAfterBatch(200, 0)).toBeCloseTo(200 * PACE.quietRatio);
    expect(pauseAfterBatch(200, PACE.quietLagMs)).toBeCloseTo(200 * PACE.quietRatio);
  });

  it("pauses twice the work once requests wait, and no more however late the loop runs", () => {
    expect(pauseAfterBatch(200, PACE.busyLagMs)).toBeCloseTo(200 * PACE.busyRatio);
    expect(pauseAfterBatch(200, 10 * PACE.busyLagMs)).toBeCloseTo(200 * PACE.busyRatio);
  });

  it("grows linearly with the delay between quiet and busy", () => {
    const middle = (PACE.quietLagMs + PACE.busyLagMs) / 2;
    expect(pauseAfterBatch(100, middle)).toBeCloseTo(100 * (PACE.quietRatio + PACE.busyRatio) / 2);
    const pauses = [0, 15, 20, 25, 30, 35, 40, 60].map((lag) => pauseAfterBatch(100, lag));
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b));
  });

  it("keeps the job's slowdown bounded: work plus pause is at most 1 + busyRatio times the work", () => {
    for (const work of [1, 50, 400, 900]) for (const lag of [0, 20, 45, 500]) expect(work + pauseAfterBatch(work, lag)).toBeLessThanOrEqual(work * (1 + PACE.busyRatio));
  });

  it("caps one pause at maxPauseMs and never returns a negative pause", () => {
    expect(pauseAfterBatch(60_000, 500)).toBe(PACE.maxPauseMs);
    expect(pauseAfterBatch(-5, 500)).toBe(0);
    expect(pauseAfterBatch(0, 0)).toBe(0);
  });
});
