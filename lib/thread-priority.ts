import { setPriority } from "node:os";

/** The lowest scheduling priority (nice 19): the thread runs on a core the server's main thread leaves idle. */
export const BACKGROUND_NICE = 19;

/**
 * Lowers the calling thread's CPU priority to BACKGROUND_NICE. Called first thing inside a worker
 * thread that does background work (a bilingual file's parse, the QA run): on Linux setpriority(2)
 * with pid 0 renices the calling thread only, so the main thread, which answers requests, keeps
 * its priority and wins every core it contends for (decision 018). Where the platform refuses, the
 * thread keeps its priority: this is a preference, never a failure.
 */
export function lowerThisThreadPriority(): void {
  try {
    setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not permitted or not supported here: background work simply competes as before.
  }
}
