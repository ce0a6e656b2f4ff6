import { vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getImportJob, type ImportJobStatus } from "@/lib/documents/import-job";

/** Polls the job row as the progress bar does, until it has finished; `seen` is every progress read, to check it never goes back. */
export async function waitForImportJob(viewer: Viewer, jobId: string): Promise<{ final: ImportJobStatus; seen: number[] }> {
  const seen: number[] = [];
  const final = await vi.waitFor(async () => {
    const job = await getImportJob({ viewer, jobId });
    seen.push(job.progress);
    if (job.status !== "succeeded" && job.status !== "failed") throw new Error(`import job ${jobId} is still ${job.status} at ${job.progress}`);
    return job;
  }, { timeout: 90_000, interval: 50 });
  return { final, seen };
}
