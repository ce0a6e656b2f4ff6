// `npm run worker`: runs the background jobs (imports, QA runs) in a process of its own, beside any
// number of web servers on the same PostgreSQL (set RECTO_RUN_JOBS=worker on those so that they
// leave the jobs to workers). Needs DATABASE_URL, already migrated by `npm start` or `npm run db:migrate`.
// SIGTERM or Ctrl-C: finishes the jobs in hand, then exits. `npm start` runs one itself (scripts/job-process.ts).
import { readEnv } from "@/lib/env";

const log = (line: string) => console.log(`recto worker: ${line}`);

async function main(): Promise<void> {
  const { DATABASE_URL: url, RECTO_PARENT_PID: parentPid } = readEnv();
  if (!url) {
    throw new Error("DATABASE_URL is not set: point it at the web server's PostgreSQL (the worker cannot share the embedded one that `npm start` runs).");
  }
  const { startWorkers } = await import("@/lib/workers");
  const { observeJobs, stopQueue } = await import("@/lib/jobs/queue");
  observeJobs(({ name, jobId, milliseconds, error }) => {
    const took = `${(milliseconds / 1000).toFixed(1)} s`;
    if (error === undefined) log(`${name} job ${jobId} done in ${took}`);
    else log(`${name} job ${jobId} failed after ${took}: ${error instanceof Error ? error.message : String(error)}`);
  });
  await startWorkers();
  log(`processing background jobs (imports, QA runs) from ${new URL(url).host}${new URL(url).pathname}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping: finishing the jobs in hand …");
    await stopQueue();
    const { getPrisma } = await import("@/lib/db/client");
    await getPrisma().$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop()); // on, not once: tsx may relay a second one (stop runs once)
  process.on("SIGTERM", () => void stop());
  // The job process of `npm start` (its own session, decision 026) never outlives it, even when
  // `npm start` is killed without a chance to stop it.
  if (parentPid !== undefined) setInterval(() => isRunning(parentPid) || void stop(), PARENT_CHECK_MS).unref();
}

const PARENT_CHECK_MS = 2_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

main().catch((error: unknown) => {
  console.error(`recto worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
