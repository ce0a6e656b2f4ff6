import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Event-loop delay (90th percentile over a batch's cycle) at or under which the server counts as
 * quiet: the background job pauses only PACE.quietRatio of its work.
 */
export const PACE = {
  quietLagMs: 10,
  /** At or over this delay the server's own requests are waiting: the job pauses PACE.busyRatio of its work. */
  busyLagMs: 40,
  quietRatio: 0.1,
  /** 2: the job works at most a third of the time, so it takes at most 3× as long. */
  busyRatio: 2,
  /** No single pause is longer than this, whatever one batch cost. */
  maxPauseMs: 2000,
} as const;

/**
 * How long a background job (an import's inserts, a QA run's writes) pauses after a batch that took
 * `workMs`, given the main thread's event-loop delay `lagMs` meanwhile: a tenth of its work while
 * the loop is quiet, twice its work once requests wait, linear in between. The pause is a share of
 * the work done, so the job slows by a bounded factor (at most 1 + PACE.busyRatio) and never stops.
 */
export function pauseAfterBatch(workMs: number, lagMs: number): number {
  const busy = Math.min(1, Math.max(0, (lagMs - PACE.quietLagMs) / (PACE.busyLagMs - PACE.quietLagMs)));
  const ratio = PACE.quietRatio + busy * (PACE.busyRatio - PACE.quietRatio);
  return Math.min(PACE.maxPauseMs, Math.max(0, workMs) * ratio);
}

export type Pacer = {
  /** After a batch: waits pauseAfterBatch(the time since the last pause ended, the event-loop delay meanwhile). */
  pause: () => Promise<void>;
  /** Stops measuring the event loop; call when the job ends. */
  stop: () => void;
};

/**
 * A pacer for one background job running on the server's main thread. It watches the event loop's
 * delay (which grows when requests wait for the CPU, whoever takes it: this job's PostgreSQL
 * backend, its threads or other processes) and spaces the job's batches accordingly.
 */
const RESOLUTION_MS = 10;

export function startPacer(): Pacer {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  let cycleStart = performance.now();
  return {
    pause: async () => {
      const workMs = performance.now() - cycleStart;
      // The histogram holds the intervals between the monitor's ticks, in nanoseconds: the delay is
      // what exceeds the resolution. An empty one (a cycle under a tick) reads as quiet. The next
      // window spans this pause and the next batch, so it sees the requests served meanwhile.
      const lagMs = delay.count === 0 ? 0 : delay.percentile(90) / 1e6 - RESOLUTION_MS;
      delay.reset();
      const pauseMs = pauseAfterBatch(workMs, lagMs);
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      cycleStart = performance.now();
    },
    stop: () => delay.disable(),
  };
}
