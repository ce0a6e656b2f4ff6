import "server-only";
import { getPrisma } from "@/lib/db/client";
import { getQueue, QUEUES, registerWorker } from "@/lib/jobs/queue";

/** What an interrupted import's row says: the transaction never committed, so nothing was stored. */
export const INTERRUPTED_MESSAGE = "The import was interrupted (the server stopped or the job timed out); nothing was stored. Import the file again.";

/** A row without any pg-boss job may be one whose job is being queued right now; older ones are orphans. */
const ORPHAN_AFTER_SECONDS = 60;

/** Marks one import's row failed unless it already finished; returns whether it changed. */
export async function failInterruptedImport(importJobId: string, error: string): Promise<boolean> {
  const { count } = await getPrisma().importJob.updateMany({
    where: { id: importJobId, status: { in: ["queued", "running"] } },
    data: { status: "failed", error, message: INTERRUPTED_MESSAGE },
  });
  return count === 1;
}

/**
 * At server start: import rows still "queued" or "running" whose pg-boss job is not waiting to
 * run. Workers run inside the server process (lib/workers.ts), so a job that was active when
 * the server stopped has no one left to finish it, and pg-boss would only expire it much later.
 * Returns how many rows were failed.
 */
export async function reconcileImportJobs(): Promise<number> {
  await getQueue(); // pg-boss creates its schema on start
  const queues = [QUEUES.importDocument, QUEUES.importBilingual];
  // A job this process took is live: only jobs taken before it started are orphans.
  const startedAt = new Date(Date.now() - process.uptime() * 1000);
  return getPrisma().$executeRaw`
    UPDATE import_jobs AS row SET status = 'failed', message = ${INTERRUPTED_MESSAGE},
      error = 'The server stopped while this import was running.', updated_at = now()
    WHERE row.status IN ('queued', 'running')
      AND NOT EXISTS (
        SELECT 1 FROM pgboss.job AS job
        WHERE job.name = ANY(${queues}::text[]) AND job.data->>'importJobId' = row.id::text AND (job.state IN ('created', 'retry') OR (job.state = 'active' AND job.started_on >= ${startedAt})))
      AND (row.status = 'running' OR row.updated_at < now() - make_interval(secs => ${ORPHAN_AFTER_SECONDS}))`;
}

/** Fails the rows of import jobs pg-boss failed or expired (the import queues' dead letters), then reconciles what the last run left. */
export async function registerWorkers(): Promise<void> {
  const failed = await reconcileImportJobs();
  if (failed > 0) console.warn(`recto: ${failed} import job(s) were interrupted when the server last stopped; marked failed.`);
  await registerWorker<{ importJobId?: string }>(QUEUES.importFailed, async (data) => {
    if (data.importJobId) await failInterruptedImport(data.importJobId, "The background job failed or timed out before the import finished.");
  });
}
