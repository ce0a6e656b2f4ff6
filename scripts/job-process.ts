// The job process (decision 026): `npm start` and the benches run the background jobs (imports, QA
// runs) in a child process of their own session, lowered, and the web server with
// RECTO_RUN_JOBS=worker, so that the jobs' threads and V8's helpers never compete with the
// server's main thread inside one scheduling group.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lowerProcessPriority } from "@/lib/thread-priority";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const WORKER_SCRIPT = path.join(ROOT, "scripts/worker.ts");
/** What scripts/worker.ts prints once its workers are registered. */
const READY = /processing background jobs/;
/** How long a stopping job process may finish the jobs in hand before it is killed (pg-boss retries them). */
const STOP_GRACE_MS = 15_000;
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A job process that ran this long before dying is restarted after the first delay again. */
const STABLE_AFTER_MS = 60_000;

export type JobProcess = {
  /** The running job process's id (its session's leader); undefined between a crash and the restart. */
  pid: () => number | undefined;
  /** Resolves once the current job process processes jobs. */
  ready: () => Promise<void>;
  /** Stops it (SIGTERM, which finishes the jobs in hand; SIGKILL to its process group after STOP_GRACE_MS) and never restarts it. */
  stop: () => Promise<void>;
};

export type JobProcessOptions = {
  databaseUrl: string;
  /** Recto's own log lines (start, crash, restart). */
  log: (line: string) => void;
  /** Where the job process's own output goes (default: this process's stdout and stderr). */
  output?: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
};

/**
 * Starts `scripts/worker.ts` in a session of its own (`setsid`: on Linux its own autogroup), lowers
 * its autogroup and threads to nice 19 where the platform allows (else it just runs), and restarts
 * it after an unexpected exit, waiting 1 s, then twice as long after each quick crash, at most 30 s.
 * The job process stops by itself when this process is gone (RECTO_PARENT_PID).
 */
export function startJobProcess(options: JobProcessOptions): JobProcess {
  const output = options.output ?? { stdout: process.stdout, stderr: process.stderr };
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let ready: Promise<void> = Promise.resolve();
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restartDelay = FIRST_RESTART_DELAY_MS;

  const launch = () => {
    const startedAt = Date.now();
    const current = spawn(process.execPath, [TSX_CLI, "--conditions=react-server", WORKER_SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: options.databaseUrl, RECTO_PARENT_PID: String(process.pid) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // setsid(): a session, so an autogroup, and a process group of its own
    });
    child = current;
    if (current.pid !== undefined) lowerProcessTree(current.pid);
    current.stderr!.pipe(output.stderr, { end: false });
    ready = new Promise((resolve) => {
      let tail: string | undefined = "";
      current.stdout!.on("data", (chunk: Buffer) => {
        output.stdout.write(chunk);
        if (tail === undefined) return;
        tail = (tail + chunk.toString()).slice(-200);
        if (!READY.test(tail)) return;
        tail = undefined;
        // Again, now that tsx's node child and every startup thread exist.
        if (current.pid !== undefined) lowerProcessTree(current.pid);
        resolve();
      });
    });
    exited = new Promise((resolve) => {
      let done = false;
      const onExit = (how: string) => {
        if (done) return;
        done = true;
        killGroup(current, "SIGKILL"); // what is left of its process group (tsx's child, when tsx itself was killed)
        if (child === current) child = undefined;
        resolve();
        if (stopping) return;
        restartDelay = Date.now() - startedAt >= STABLE_AFTER_MS ? FIRST_RESTART_DELAY_MS : restartDelay;
        options.log(`the job process (imports, QA runs) ${how}; restarting it in ${restartDelay / 1000} s (queued jobs wait meanwhile)`);
        restartTimer = setTimeout(launch, restartDelay);
        restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
      };
      current.once("exit", (code, signal) => onExit(signal ? `was killed (${signal})` : `exited unexpectedly (code ${code})`));
      current.once("error", (error) => onExit(`could not run (${error.message})`));
    });
  };

  launch();
  return {
    pid: () => child?.pid,
    ready: () => ready,
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      const current = child;
      if (!current) return;
      terminate(current);
      const forced = setTimeout(() => killGroup(current, "SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(forced);
    },
  };
}

/**
 * SIGTERM to the node process tsx runs the worker in, which finishes the jobs in hand: not to tsx
 * itself, which relays a signal and SIGKILLs its child unless it answers within ~60 ms, as a
 * nice-19 process on a busy machine may not. While tsx has not started it yet, to the whole group.
 */
function terminate(child: ChildProcess): void {
  const workers = child.pid === undefined ? [] : childrenOf(child.pid);
  if (workers.length === 0) return killGroup(child, "SIGTERM");
  for (const pid of workers) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Gone meanwhile.
    }
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already (or there are no process groups here: the child alone).
    try {
      child.kill(signal);
    } catch {
      // Gone.
    }
  }
}

/** Lowers process `pid` and its descendants (tsx runs the script in a node child of its own). */
function lowerProcessTree(pid: number): void {
  for (const queue = [pid]; queue.length > 0; ) {
    const id = queue.pop()!;
    lowerProcessPriority(id);
    queue.push(...childrenOf(id));
  }
}

/** The child processes of `pid` (Linux /proc); none where there is no /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}
