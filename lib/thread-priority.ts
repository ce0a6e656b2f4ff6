import { readdirSync, writeFileSync } from "node:fs";
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

/**
 * Asks the OS to run process `pid` (of this machine) only on CPU that others leave idle: its
 * session's autogroup (`/proc/<pid>/autogroup`) and each of its threads at BACKGROUND_NICE. With
 * Linux's autogroup scheduling a nice value only orders threads within one session, so a process
 * in a session of its own (a PostgreSQL backend, decision 022; the job process of `npm start`,
 * decision 026) weighs as much as the web server whatever its threads' nice: the autogroup's nice
 * is what lowers it. Threads the process starts later inherit the nice of the thread starting them.
 * Where the platform or the OS refuses, the process keeps its priority: a preference, never a
 * failure. Returns whether anything was lowered.
 */
export function lowerProcessPriority(pid: number): boolean {
  let lowered = false;
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(BACKGROUND_NICE));
    lowered = true;
  } catch {
    // No autogroup scheduling here (or not permitted): the threads' nice values are what count.
  }
  // setpriority(2) on Linux renices one thread (the one whose id is given), so each in turn.
  for (const tid of threadsOf(pid)) {
    try {
      setPriority(tid, BACKGROUND_NICE);
      lowered = true;
    } catch {
      // Another user's process (a system PostgreSQL, a server not running as root), or gone.
    }
  }
  return lowered;
}

/** The thread ids of process `pid` (Linux /proc), or the pid alone where there is no /proc. */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [pid];
  }
}
