import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createRequestYield, isLongLived, requestEnded, requestStarted } from "@/lib/requests-in-flight";
import { createYieldToRequests } from "@/lib/yield-to-requests";

/** How long one call takes, in ms. */
function timed(call: () => void): number {
  const started = performance.now();
  call();
  return performance.now() - started;
}

// Lower bounds only where the wait is the point; upper bounds generous (the machine is shared).
describe("a background thread steps aside while requests are in flight", () => {
  it("never waits outside the Next server, where nothing counts requests", () => {
    expect(timed(createYieldToRequests(undefined))).toBeLessThan(50);
  });

  it("does not wait while no request is in flight", () => {
    const requestYield = createRequestYield({ maxPauseMs: 5000, runAfterPauseMs: 0 });
    expect(timed(createYieldToRequests(requestYield))).toBeLessThan(1000);
  });

  it("waits at most maxPauseMs while a request stays in flight, then works runAfterPauseMs before it waits again", () => {
    const requestYield = createRequestYield({ maxPauseMs: 300, runAfterPauseMs: 60_000 });
    let skipped = 0;
    const yieldToRequests = createYieldToRequests(requestYield, () => performance.now() + skipped);
    requestStarted(requestYield.inFlight);
    expect(timed(yieldToRequests)).toBeGreaterThanOrEqual(295);
    expect(timed(yieldToRequests)).toBeLessThan(150);
    skipped = 60_000;
    expect(timed(yieldToRequests)).toBeGreaterThanOrEqual(295);
  });

  it("resumes as soon as another thread ends the last request", async () => {
    const requestYield = createRequestYield({ maxPauseMs: 10_000, runAfterPauseMs: 0 });
    requestStarted(requestYield.inFlight);
    // Plain JavaScript: the thread ends the request 200 ms after it starts, as the server's main thread would.
    const ender = new Worker(
      `const { workerData, parentPort } = require("node:worker_threads");
       parentPort.postMessage("started");
       setTimeout(() => { if (Atomics.sub(workerData, 0, 1) === 1) Atomics.notify(workerData, 0); }, 200);`,
      { eval: true, workerData: requestYield.inFlight });
    await new Promise((resolve) => ender.once("message", resolve));
    const waited = timed(createYieldToRequests(requestYield));
    await ender.terminate();
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(5000);
  });
});

describe("the count of requests in flight", () => {
  it("wakes a thread waiting for zero when the last request ends, not before", async () => {
    const { inFlight } = createRequestYield();
    requestStarted(inFlight);
    requestStarted(inFlight);
    const waiter = new Worker(
      `const { workerData, parentPort } = require("node:worker_threads");
       parentPort.postMessage("waiting");
       parentPort.postMessage(Atomics.wait(workerData, 0, 2, 10000) + " " + Atomics.wait(workerData, 0, 1, 10000));`,
      { eval: true, workerData: inFlight });
    const messages: string[] = [];
    const answered = new Promise<void>((resolve) => waiter.on("message", (message: string) => (messages.push(message), messages.length === 2 && resolve())));
    await new Promise((resolve) => setTimeout(resolve, 300));
    requestEnded(inFlight);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(messages).toEqual(["waiting"]);
    requestEnded(inFlight);
    await answered;
    await waiter.terminate();
    expect(Atomics.load(inFlight, 0)).toBe(0);
    // The first wait (for 2) returns once the count is no longer 2 and the second, for 1, only at the notify of zero.
    expect(messages[1]).toMatch(/^(ok|not-equal) (ok|not-equal)$/);
  });

  it.each([
    ["text/event-stream", true],
    ["text/event-stream; charset=utf-8", true],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false],
    ["application/json", false],
    [undefined, false],
  ])("counts a request accepting %s as long-lived: %s", (accept, expected) => {
    expect(isLongLived({ accept })).toBe(expected);
  });
});
