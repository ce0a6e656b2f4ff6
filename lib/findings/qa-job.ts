import "server-only";
import { getPrisma } from "@/lib/db/client";
import { refreshDocumentFindings } from "@/lib/findings/refresh";
import { qaDocumentJobSchema } from "@/lib/findings/schema";
import { QUEUES, registerWorker } from "@/lib/jobs/queue";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";
import { LIVE_DOCUMENT } from "@/lib/db/live";

/** Registers the qa-document worker: each job re-checks one document (every check, or only the document-wide ones) and replaces those open findings. */
export async function registerWorkers(): Promise<void> {
  // The process starts this worker: the QA thread builds the speller and the grammar checker (seconds) now,
  // not in the first run; each run awaits them, so registering need not wait.
  void prepareChecksOffThread();
  await registerWorker(QUEUES.qaDocument, async (data) => {
    await refreshDocumentFindings(qaDocumentJobSchema.parse(data));
  });
  await registerWorker(QUEUES.qaAllDocuments, refreshAllDocuments);
}

/** A global change's one job: every live document, one after the other (a deleted one is skipped by the refresh). */
async function refreshAllDocuments(): Promise<void> {
  const documents = await getPrisma().document.findMany({ where: LIVE_DOCUMENT, orderBy: { createdAt: "asc" }, select: { id: true } });
  for (const { id } of documents) await refreshDocumentFindings({ documentId: id, scope: "all" });
}
