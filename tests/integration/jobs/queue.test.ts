import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { enqueue, QUEUES, registerWorker, startQueue, stopQueue } from "@/lib/jobs/queue";
import { withDatabase } from "@/tests/setup/database-url";
import { adminQuery } from "@/tests/setup/global-db";

afterAll(() => stopQueue());

describe("the background job queue", () => {
  it("runs a queued job in this process's worker with its data", async () => {
    const seen: Array<{ data: { n: number }; id: string }> = [];
    await registerWorker<{ n: number }>(QUEUES.qaDocument, async (data, id) => {
      seen.push({ data, id });
    });
    const id = await enqueue(QUEUES.qaDocument, { n: 42 });
    await vi.waitFor(() => expect(seen).toEqual([{ data: { n: 42 }, id }]), { timeout: 15_000, interval: 100 });
  });

  it("starts in several processes at once on a database without queues (pg-boss's create_queue deadlocked)", async () => {
    const serverUrl = inject("testServerUrl");
    const database = `recto_q_${randomBytes(5).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${database}"`);
    const url = withDatabase(serverUrl, database);
    try {
      const started = await Promise.allSettled([startQueue(url), startQueue(url), startQueue(url)]);
      for (const result of started) if (result.status === "fulfilled") await result.value.stop({ graceful: false, wait: true });
      expect(started.map((result) => (result.status === "rejected" ? String(result.reason) : "started"))).toEqual(["started", "started", "started"]);
      const queues = await adminQuery<{ name: string }>(url, "SELECT name FROM pgboss.queue WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY name");
      expect(queues.rows.map((row) => row.name)).toEqual(Object.values(QUEUES).sort());
    } finally {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
  }, 60_000);
});
