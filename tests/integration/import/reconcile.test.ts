import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { beatWhileRunning, INTERRUPTED_MESSAGE, registerWorkers } from "@/lib/documents/import-reconcile";
import { getQueue, QUEUES, stopQueue } from "@/lib/jobs/queue";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";

beforeAll(async () => void (await getQueue()));
afterAll(() => stopQueue());

const row = (id: string) => getPrisma().importJob.findUniqueOrThrow({ where: { id }, select: { status: true, progress: true, message: true, error: true } });

/**
 * An import row at `progress` and its pg-boss job as the queue holds it; `taken` = a worker fetched it
 * (state active); `lastBeatSecondsAgo` = when the process running it last touched the row.
 */
async function importJob(options: { status: "queued" | "running"; taken: boolean; startedBeforeThisProcess?: boolean; lastBeatSecondsAgo?: number }) {
  const editor = await createUser({ role: "editor" });
  const updatedAt = new Date(Date.now() - (options.lastBeatSecondsAgo ?? 0) * 1000);
  const job = await getPrisma().importJob.create({ data: { title: "Book", createdById: editor.id, status: options.status, progress: options.status === "running" ? 0.43 : 0, updatedAt }, select: { id: true } });
  const boss = await getQueue();
  const bossId = await boss.send(QUEUES.importBilingual, { importJobId: job.id }, { retryLimit: 0, deadLetter: QUEUES.importFailed });
  if (options.taken) {
    await getPrisma().$executeRaw`UPDATE pgboss.job SET state = 'active', started_on = ${options.startedBeforeThisProcess ? new Date(Date.now() - 3_600_000) : new Date()} WHERE id = ${bossId}::uuid`;
  }
  return { importJobId: job.id, bossId: bossId! };
}

describe("reconciling interrupted import jobs", () => {
  it("fails, at start-up, the rows of jobs the stopped server was running, deletes their uploads, and leaves waiting and live ones alone", async () => {
    const interrupted = await importJob({ status: "running", taken: true, startedBeforeThisProcess: true, lastBeatSecondsAgo: 120 });
    const waiting = await importJob({ status: "queued", taken: false });
    const live = await importJob({ status: "running", taken: true });
    const chunk = (importJobId: string) => ({ importJobId, seq: 0, data: new Uint8Array([0x3c, 0x3f]) });
    await getPrisma().importUploadChunk.createMany({ data: [chunk(interrupted.importJobId), chunk(waiting.importJobId), chunk(live.importJobId)] });
    await registerWorkers();
    expect(await row(interrupted.importJobId)).toMatchObject({ status: "failed", progress: 0.43, message: INTERRUPTED_MESSAGE, error: "The server stopped while this import was running." });
    expect(await row(waiting.importJobId)).toMatchObject({ status: "queued" });
    expect(await row(live.importJobId)).toMatchObject({ status: "running" });
    const uploads = await getPrisma().importUploadChunk.findMany({ select: { importJobId: true } });
    expect(uploads.map((upload) => upload.importJobId).sort()).toEqual([waiting.importJobId, live.importJobId].sort());
  });

  it("leaves alone an import another instance started before this one and is still running (its row keeps beating)", async () => {
    const elsewhere = await importJob({ status: "running", taken: true, startedBeforeThisProcess: true, lastBeatSecondsAgo: 5 });
    const justTaken = await importJob({ status: "queued", taken: true, lastBeatSecondsAgo: 600 });
    await registerWorkers();
    expect(await row(elsewhere.importJobId)).toMatchObject({ status: "running", progress: 0.43 });
    expect(await row(justTaken.importJobId)).toMatchObject({ status: "queued" });
  });

  it("keeps a running import's row beating, so no other process takes it for an orphan", async () => {
    const { importJobId } = await importJob({ status: "running", taken: true, lastBeatSecondsAgo: 120 });
    const stop = beatWhileRunning(importJobId, 50);
    try {
      const beaten = await waitFor(() => getPrisma().importJob.findUniqueOrThrow({ where: { id: importJobId }, select: { updatedAt: true } }), (value) => Date.now() - value.updatedAt.getTime() < 10_000);
      expect(Date.now() - beaten.updatedAt.getTime()).toBeLessThan(10_000);
    } finally {
      stop();
    }
  });

  it("fails the row when pg-boss fails the job (its dead letter)", async () => {
    await registerWorkers();
    const { importJobId, bossId } = await importJob({ status: "running", taken: true });
    await (await getQueue()).fail(QUEUES.importBilingual, bossId, { message: "job failed by timeout in active state" });
    const final = await waitFor(() => row(importJobId), (value) => value.status !== "running");
    expect(final).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGE, error: "The background job failed or timed out before the import finished." });
  });
});
