import { afterAll, describe, expect, it, vi } from "vitest";
import { enqueue, QUEUES, registerWorker, stopQueue } from "@/lib/jobs/queue";

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
});
