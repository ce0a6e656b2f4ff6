import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { startImportJob } from "@/lib/documents/import-job";
import { enqueueDocumentQa, enqueueQaAfterChange, QA_AFTER_CHANGE_WINDOW_SECONDS } from "@/lib/findings/mutations";
import { getQueue, QUEUES } from "@/lib/jobs/queue";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";

// This test process registers no job workers: whatever runs the jobs is the `npm run worker` child.
const ROOT = path.resolve(import.meta.dirname, "../../..");
let worker: ChildProcess;
let output = "";

beforeAll(async () => {
  await getQueue(); // pg-boss's schema exists before the worker starts
  worker = spawn("npm", ["run", "--silent", "worker"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, RECTO_RUN_JOBS: "worker" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: npm, tsx and node stop together
  });
  worker.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ready = await waitFor(async () => output, (text) => /processing background jobs/.test(text) || worker.exitCode !== null, 120_000);
  expect(ready).toMatch(/processing background jobs/);
}, 180_000);

afterAll(async () => {
  if (worker?.exitCode !== null || !worker.pid) return;
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  process.kill(-worker.pid, "SIGTERM");
  await exited;
}, 60_000);

/** pg-boss's rows of one queue whose data field `field` is `value`. */
async function jobsOf(queue: string, field: string, value: string) {
  return getPrisma().$queryRaw<Array<{ id: string; state: string }>>`SELECT id::text, state::text FROM pgboss.job WHERE name = ${queue} AND data->>${field} = ${value}`;
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe("the worker process (npm run worker)", () => {
  it("runs a queued import, the QA run it queues, and a QA run queued by hand, each exactly once", async () => {
    const editor = await createUser({ role: "editor" });
    const { jobId } = await startImportJob({
      viewer: editor.viewer,
      input: { title: "Worker import", sourceText: "Au moins 1 400 personnes ont été tuées. Le conseil a voté.", targetText: "At least 1,500 people were killed. The council voted." },
    });
    const row = await waitFor(() => getPrisma().importJob.findUniqueOrThrow({ where: { id: jobId } }), (job) => job.status === "succeeded" || job.status === "failed", 90_000);
    expect(row).toMatchObject({ status: "succeeded", error: null });
    const documentId = row.documentId!;
    const byHand = await enqueueDocumentQa({ documentId });

    const qaJobs = await waitFor(() => jobsOf(QUEUES.qaDocument, "documentId", documentId), (jobs) => jobs.length === 2 && jobs.every((job) => job.state === "completed"), 90_000);
    expect(qaJobs.map((job) => job.state)).toEqual(["completed", "completed"]);
    expect(qaJobs.map((job) => job.id)).toContain(byHand);
    const importJobs = await jobsOf(QUEUES.importDocument, "importJobId", jobId);
    expect(importJobs).toEqual([{ id: expect.any(String), state: "completed" }]);
    // The QA runs stored findings (1 400 → 1,500) …
    expect(await getPrisma().finding.count({ where: { documentId, checkId: "number-mismatch" } })).toBe(1);
    // … and each job was run once, by the worker.
    for (const job of [...importJobs, ...qaJobs]) expect(occurrences(output, `job ${job.id} done`)).toBe(1);
  }, 180_000);

  it("queues one glossary change's QA run once, however many instances send it", async () => {
    // Another app instance: its own pg-boss on the same database.
    const other = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 2 });
    await other.start();
    try {
      const [{ start }] = await getPrisma().$queryRaw<[{ start: Date }]>`SELECT clock_timestamp() AS start`;
      for (let change = 0; change < 3; change += 1) {
        await enqueueQaAfterChange(null);
        await other.sendDebounced(QUEUES.qaAllDocuments, {}, { retryLimit: 0 }, QA_AFTER_CHANGE_WINDOW_SECONDS, "all-documents");
      }
      // Six sends from two instances: at most one job for the current slot and one for the next
      // (created now), and a run is due (queued now, or already queued for this slot before).
      const rows = await getPrisma().$queryRaw<{ created: Date; slot: Date | null }[]>`
        SELECT created_on AS created, singleton_on AS slot FROM pgboss.job WHERE name = ${QUEUES.qaAllDocuments}
        UNION ALL SELECT created_on, singleton_on FROM pgboss.archive WHERE name = ${QUEUES.qaAllDocuments}`;
      expect(rows.filter((row) => row.created >= start).length).toBeLessThanOrEqual(2);
      const slotStart = Math.floor(start.getTime() / 1000 / QA_AFTER_CHANGE_WINDOW_SECONDS) * QA_AFTER_CHANGE_WINDOW_SECONDS * 1000;
      expect(rows.filter((row) => row.slot !== null && row.slot.getTime() >= slotStart).length).toBeGreaterThanOrEqual(1);
    } finally {
      await other.stop({ graceful: false, wait: true });
    }
  }, 60_000);
});
