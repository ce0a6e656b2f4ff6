import "server-only";
import PgBoss from "pg-boss";
import { runAsBackgroundWork } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

/** Queue names; one per kind of background work. */
export const QUEUES = {
  importDocument: "import-document",
  importBilingual: "import-bilingual",
  /** Dead letters of both import queues: jobs pg-boss failed or expired (lib/documents/import-reconcile.ts). */
  importFailed: "import-failed",
  qaDocument: "qa-document",
  /** One run over every live document (a global glossary or check change), fanned out by its worker. */
  qaAllDocuments: "qa-all-documents",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const globalForQueue = globalThis as unknown as { rectoQueue?: { url: string; boss: Promise<PgBoss> } };

/**
 * pg-boss on DATABASE_URL (its own `pgboss` schema, created on first start), started once per
 * process and shared; the queues are created on start.
 */
export function getQueue(): Promise<PgBoss> {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const cached = globalForQueue.rectoQueue;
  if (cached && cached.url === url) return cached.boss;
  const boss = startQueue(url);
  globalForQueue.rectoQueue = { url, boss };
  return boss;
}

/**
 * A new pg-boss on `url`, started, with Recto's queues. Processes start together (the web server and
 * its job process): pg-boss's `create_queue` run at the same time for the same name can deadlock in
 * PostgreSQL, so only missing queues are created, and a deadlocked creation is tried again.
 */
export async function startQueue(url: string): Promise<PgBoss> {
  const instance = new PgBoss({ connectionString: url, max: 4, application_name: "recto-jobs" });
  instance.on("error", (error) => console.error("recto jobs:", error));
  await instance.start();
  try {
    const existing = new Set((await instance.getQueues()).map((queue) => queue.name));
    for (const name of Object.values(QUEUES)) {
      if (!existing.has(name)) await createQueueRetryingDeadlocks(instance, name);
    }
  } catch (error) {
    await instance.stop({ graceful: false, wait: true });
    throw error;
  }
  return instance;
}

const DEADLOCK_DETECTED = "40P01";

async function createQueueRetryingDeadlocks(instance: PgBoss, name: QueueName, attempt = 1): Promise<void> {
  try {
    await instance.createQueue(name);
  } catch (error) {
    if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 5) throw error;
    await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    await createQueueRetryingDeadlocks(instance, name, attempt + 1);
  }
}

/** Queues one job; returns its pg-boss id. */
export async function enqueue<T extends object>(name: QueueName, data: T, options: PgBoss.SendOptions = {}): Promise<string> {
  const id = await (await getQueue()).send(name, data, { retryLimit: 0, ...options });
  if (!id) throw new Error(`pg-boss refused a job for ${name}`);
  return id;
}

/**
 * Queues at most one job per `key` in each `windowSeconds`-long time slot (pg-boss v10
 * `sendDebounced`: singletonKey + singletonSeconds + singletonNextSlot). When the current slot
 * already holds one, the job goes to the next slot and starts when that slot opens; when that one
 * is taken too, nothing is queued and null is returned: the waiting job has not started, so it
 * still sees whatever the caller changed. Either way a job starts after this call.
 */
export async function enqueueDebounced<T extends object>(name: QueueName, data: T, options: { key: string; windowSeconds: number }): Promise<string | null> {
  return (await getQueue()).sendDebounced(name, data, { retryLimit: 0 }, options.windowSeconds, options.key);
}

export type JobOutcome = { name: QueueName; jobId: string; milliseconds: number; error?: unknown };
let jobObserver: ((outcome: JobOutcome) => void) | null = null;

/** Calls `observer` after each job this process's workers ran, done or failed (`npm run worker` logs them). */
export function observeJobs(observer: (outcome: JobOutcome) => void): void {
  jobObserver = observer;
}

/**
 * Runs `handler` for each job of `name`, one at a time, in this process, as background work: its
 * database connections' backends yield the CPU to requests' (lib/db/client.ts, decision 022).
 */
export async function registerWorker<T extends object>(name: QueueName, handler: (data: T, jobId: string) => Promise<void>): Promise<void> {
  const boss = await getQueue();
  await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) {
      const started = performance.now();
      try {
        await runAsBackgroundWork(() => handler(job.data, job.id));
        jobObserver?.({ name, jobId: job.id, milliseconds: performance.now() - started });
      } catch (error) {
        jobObserver?.({ name, jobId: job.id, milliseconds: performance.now() - started, error });
        throw error;
      }
    }
  });
}

export async function stopQueue(): Promise<void> {
  const cached = globalForQueue.rectoQueue;
  if (!cached) return;
  globalForQueue.rectoQueue = undefined;
  await (await cached.boss).stop({ graceful: true, wait: true });
}
