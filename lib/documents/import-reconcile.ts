import "server-only";
import { getPrisma } from "@/lib/db/client";
import { getQueue, QUEUES, registerWorker } from "@/lib/jobs/queue";

/** What an interrupted import's row says: the transaction never committed, so nothing was stored. */
export const INTERRUPTED_MESSAGE = "The import was interrupted (the server stopped or the job timed out); nothing was stored. Import the file again.";

/**
 * A row untouched for this long, whose job is not waiting and was not just taken, is an orphan: a
 * running import touches its row every IMPORT_HEARTBEAT_MS, and a row without a job may be one
 * whose job is being queued right now.
 */
const ORPHAN_AFTER_SECONDS = 60;
/** How often a running import touches its row (beatWhileRunning), well inside ORPHAN_AFTER_SECONDS. */
export const IMPORT_HEARTBEAT_MS = 10_000;

/**
 * Touches the import's row every `intervalMs` until the returned stop is called: proof to every
 * other process (web instances, workers) that this one is still running it. Never throws.
 */
export function beatWhileRunning(importJobId: string, intervalMs = IMPORT_HEARTBEAT_MS): () => void {
  const timer = setInterval(() => {
    getPrisma().importJob.updateMany({ where: { id: importJobId, status: { in: ["queued", "running"] } }, data: { updatedAt: new Date() } })
      .catch((error: unknown) => console.error(`recto: could not mark import ${importJobId} as still running`, error));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Marks one import's row failed unless it already finished, and deletes its stored upload; returns whether the row changed. */
export async function failInterruptedImport(importJobId: string, error: string): Promise<boolean> {
  const prisma = getPrisma();
  const { count } = await prisma.importJob.updateMany({
    where: { id: importJobId, status: { in: ["queued", "running"] } },
    data: { status: "failed", error, message: INTERRUPTED_MESSAGE },
  });
  await prisma.importUploadChunk.deleteMany({ where: { importJobId } });
  return count === 1;
}

/**
 * At start: import rows still "queued" or "running" that nobody runs any more. A process that stops
 * leaves its active jobs to no one, and pg-boss would only expire them much later. Another instance
 * or worker may be running a job taken long ago, so a row counts as orphaned by its heartbeat
 * (beatWhileRunning), not by when this process started. Uploads of ended imports are deleted.
 * Returns how many rows were failed.
 */
export async function reconcileImportJobs(): Promise<number> {
  await getQueue(); // pg-boss creates its schema on start
  const queues = [QUEUES.importDocument, QUEUES.importBilingual];
  const failed = await getPrisma().$executeRaw`
    UPDATE import_jobs AS row SET status = 'failed', message = ${INTERRUPTED_MESSAGE},
      error = 'The server stopped while this import was running.', updated_at = now()
    WHERE row.status IN ('queued', 'running')
      AND row.updated_at < now() - make_interval(secs => ${ORPHAN_AFTER_SECONDS})
      AND NOT EXISTS (
        SELECT 1 FROM pgboss.job AS job
        WHERE job.name = ANY(${queues}::text[]) AND job.data->>'importJobId' = row.id::text
          AND (job.state IN ('created', 'retry') OR (job.state = 'active' AND job.started_on >= now() - make_interval(secs => ${ORPHAN_AFTER_SECONDS}))))`;
  // Uploads of imports that ended without their job's cleanup (a process stopped mid-job).
  await getPrisma().$executeRaw`DELETE FROM import_upload_chunks AS chunk USING import_jobs AS row WHERE chunk.import_job_id = row.id AND row.status IN ('failed', 'succeeded')`;
  return failed;
}

/** Fails the rows of import jobs pg-boss failed or expired (the import queues' dead letters), then reconciles what the last run left. */
export async function registerWorkers(): Promise<void> {
  const failed = await reconcileImportJobs();
  if (failed > 0) console.warn(`recto: ${failed} import job(s) were interrupted when the server last stopped; marked failed.`);
  await registerWorker<{ importJobId?: string }>(QUEUES.importFailed, async (data) => {
    if (data.importJobId) await failInterruptedImport(data.importJobId, "The background job failed or timed out before the import finished.");
  });
}
