import { afterAll, describe, expect, it } from "vitest";
import { enqueue, QUEUES, registerWorker, stopQueue } from "@/lib/jobs/queue";

afterAll(() => stopQueue());

describe("the background job queue", () => {
  it("runs a queued job in this process's worker with its data", async () => {
    const seen: Array<{ data: { n: number }; id: string }> = [];
    await registerWorker<{ n: number }>(QUEUES.qaDocument, async (data, id) => {
      seen.push({ data, id });
    });
    const id = await enqueue(QUEUES.qaDocument, { n: 42 });
    const deadline = Date.now() + 15_000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([{ data: { n: 42 }, id }]);
  });
});
