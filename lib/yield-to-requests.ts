import type { RequestYield } from "./requests-in-flight";

/**
 * Returns the function a background thread calls between small pieces of work (a segment, a batch
 * of units): it blocks the calling thread while the server answers requests, until their count
 * drops to zero (the main thread notifies) or `maxPauseMs` pass. A wait cut short by `maxPauseMs`
 * is followed by `runAfterPauseMs` of work without waiting, so under constant load the thread still
 * works half the time. Without a count (outside the Next server) it never waits.
 * Blocks with Atomics.wait: call it only on a worker thread, never on an event loop serving requests.
 */
export function createYieldToRequests(requestYield: RequestYield | undefined, clock: () => number = () => performance.now()): () => void {
  if (!requestYield) return () => undefined;
  const { inFlight, maxPauseMs, runAfterPauseMs } = requestYield;
  let runUntil = Number.NEGATIVE_INFINITY;
  return () => {
    if (Atomics.load(inFlight, 0) <= 0 || clock() < runUntil) return;
    const deadline = clock() + maxPauseMs;
    for (let count = Atomics.load(inFlight, 0); count > 0; count = Atomics.load(inFlight, 0)) {
      const remaining = deadline - clock();
      if (remaining <= 0) {
        runUntil = clock() + runAfterPauseMs;
        return;
      }
      // Woken by the main thread's notify at zero, or by the deadline; a count changed meanwhile returns at once.
      Atomics.wait(inFlight, 0, count, remaining);
    }
  };
}
