import "server-only";
import { refreshDocumentFindings } from "@/lib/findings/refresh";
import { qaDocumentJobSchema } from "@/lib/findings/schema";
import { QUEUES, registerWorker } from "@/lib/jobs/queue";

/** Registers the qa-document worker: each job re-checks one document (every check, or only the document-wide ones) and replaces those open findings. */
export async function registerWorkers(): Promise<void> {
  await registerWorker(QUEUES.qaDocument, async (data) => {
    await refreshDocumentFindings(qaDocumentJobSchema.parse(data));
  });
}
