import "server-only";
import type { AlignedText } from "@/lib/align/align";
import { alignTextsOffThread } from "@/lib/align/align-worker";
import { assertCan, mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/documents/schema";
import { startImportedDocumentQa, storeAlignedDocument } from "@/lib/documents/mutations";
import { describeError } from "@/lib/describe-error";
import { AppError } from "@/lib/errors";
import { beatWhileRunning } from "@/lib/documents/import-reconcile";
import { enqueue, QUEUES, registerWorker } from "@/lib/jobs/queue";
import { isUuid } from "@/lib/ids";

/** What pg-boss carries: the import job row to report on and the texts (up to 20 MB a side, as jsonb). */
export type ImportJobData = { importJobId: string; input: ImportDocumentInput };

export type ImportJobStatus = {
  id: string;
  title: string;
  status: "queued" | "running" | "succeeded" | "failed";
  /** 0..1 */
  progress: number;
  message: string;
  error: string | null;
  documentId: string | null;
};

/** Segments written per INSERT inside the import transaction; progress is reported after each batch. */

/**
 * Queues an import to run in the server's background worker; returns the ImportJob id whose row
 * reports status and progress. Validates the input first, so a bad text never reaches the queue.
 */
export async function startImportJob(options: { viewer: Viewer; input: ImportDocumentInput }): Promise<{ jobId: string }> {
  assertCan(options.viewer, "document.import");
  const input = importDocumentSchema.parse(options.input);
  const prisma = getPrisma();
  const job = await prisma.importJob.create({
    data: { title: input.title, createdById: options.viewer.userId, message: "Waiting for the background worker…" },
    select: { id: true },
  });
  try {
    await enqueue<ImportJobData>(QUEUES.importDocument, { importJobId: job.id, input }, { deadLetter: QUEUES.importFailed });
  } catch (error) {
    await prisma.importJob.update({ where: { id: job.id }, data: { status: "failed", error: "The job queue refused the import; try again." } });
    throw error;
  }
  return { jobId: job.id };
}

/** The job's status for its creator or an admin; NOT_FOUND for anyone else, so ids do not leak. */
export async function getImportJob(options: { viewer: Viewer; jobId: string }): Promise<ImportJobStatus> {
  const { viewer, jobId } = options;
  const job = isUuid(jobId)
    ? await getPrisma().importJob.findUnique({
        where: { id: jobId },
        select: { id: true, title: true, status: true, progress: true, message: true, error: true, documentId: true, createdById: true },
      })
    : null;
  if (!job || (job.createdById !== viewer.userId && viewer.role !== "admin")) {
    throw new AppError({ code: "NOT_FOUND", message: `Import job ${jobId} does not exist.` });
  }
  return { id: job.id, title: job.title, status: job.status, progress: job.progress, message: job.message, error: job.error, documentId: job.documentId };
}

/** Progress goes through the shared pool, not the import transaction, so pollers see it at once. */
export async function report(importJobId: string, data: { progress?: number; message?: string; status?: "running" }): Promise<void> {
  await getPrisma().importJob.update({ where: { id: importJobId }, data, select: { id: true } });
}

/** The job's creator, with the rights they have now (a demoted editor's queued import fails). */
export async function creatorOf(importJobId: string): Promise<Viewer> {
  const job = await getPrisma().importJob.findUniqueOrThrow({
    where: { id: importJobId },
    select: { createdBy: { select: { id: true, role: true, name: true, banned: true } } },
  });
  const user = job.createdBy;
  if (user.banned) throw new AppError({ code: "FORBIDDEN", message: "The account that started this import is deactivated." });
  return mintViewer({ id: user.id, role: user.role as Role, name: user.name });
}

type StoreInput = { importJobId: string; viewer: Viewer; title: string; provenance: string; aligned: AlignedText };

/** The same store as a synchronous import, reporting progress after each batch of segments. */
async function storeDocument(input: StoreInput): Promise<{ documentId: string; segmentCount: number }> {
  const { importJobId, viewer, title, provenance, aligned } = input;
  const onBatch = (done: number, total: number) =>
    report(importJobId, { progress: 0.3 + (0.65 * done) / total, message: `Stored ${done.toLocaleString("en")} of ${total.toLocaleString("en")} segments…` });
  return inTransaction(
    (tx) => storeAlignedDocument(tx, { viewer, title, provenance, aligned, onBatch, historyDetails: { importJobId } }),
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
}

/** The worker's body: align, store, and keep the ImportJob row saying where it is or why it failed. */
export async function runImportJob(data: ImportJobData): Promise<void> {
  const { importJobId } = data;
  let stage = "checking the import";
  const stopBeating = beatWhileRunning(importJobId);
  try {
    const viewer = await creatorOf(importJobId);
    assertCan(viewer, "document.import");
    const input = importDocumentSchema.parse(data.input);
    stage = "aligning the texts";
    await report(importJobId, { status: "running", progress: 0.05, message: "Aligning sentences…" });
    const aligned = await alignTextsOffThread(input.sourceText, input.targetText, { sourceLanguage: "fr", targetLanguage: "en" });
    await report(importJobId, { progress: 0.3, message: `Aligned ${aligned.segments.length.toLocaleString("en")} segments; storing them…` });
    stage = "storing the segments";
    const result = await storeDocument({ importJobId, viewer, title: input.title, provenance: input.provenance, aligned });
    await getPrisma().importJob.update({
      where: { id: importJobId },
      data: { status: "succeeded", progress: 1, documentId: result.documentId, message: `Imported ${result.segmentCount.toLocaleString("en")} segments.` },
    });
    await startImportedDocumentQa(result.documentId);
  } catch (error) {
    const message = describeError(error).message;
    await getPrisma().importJob.update({ where: { id: importJobId }, data: { status: "failed", error: message, message: `The import failed while ${stage}; nothing was stored.` } });
  } finally {
    stopBeating();
  }
}

/** Registers the import worker on QUEUES.importDocument (lib/workers.ts calls this at server start). */
export async function registerWorkers(): Promise<void> {
  await registerWorker<ImportJobData>(QUEUES.importDocument, runImportJob);
}
