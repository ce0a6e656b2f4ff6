import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isLocalBackend } from "@/lib/db/backend-priority";
import { getPrisma, runAsBackgroundWork } from "@/lib/db/client";
import { enqueue, QUEUES, registerWorker, stopQueue } from "@/lib/jobs/queue";

afterAll(() => stopQueue());

const backendPid = async () => (await getPrisma().$queryRaw<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`)[0].pid;
/** The nice value in /proc/<pid>/stat (the 19th field; the name in brackets may hold spaces). */
const niceOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[16]);
/** The autogroup's nice ("/autogroup-42 nice 19"), or null where the kernel schedules without autogroups. */
const autogroupNiceOf = (pid: number) => {
  try {
    return Number(/nice (-?\d+)/.exec(readFileSync(`/proc/${pid}/autogroup`, "utf8"))![1]);
  } catch {
    return null;
  }
};

// The test database is this machine's PostgreSQL (or the embedded one), so its backends are local processes.
describe("background work's database connections", () => {
  it("leaves a request's backend at normal priority", async () => {
    const pid = await backendPid();
    expect(niceOf(pid)).toBe(0);
    expect(autogroupNiceOf(pid) ?? 0).toBe(0);
  });

  it("runs background work on backends the OS schedules last, process and autogroup", async () => {
    const requestPid = await backendPid();
    const pid = await runAsBackgroundWork(async () => {
      await backendPid();
      return backendPid();
    });
    expect(pid).not.toBe(requestPid);
    expect(niceOf(pid)).toBe(19);
    const autogroup = autogroupNiceOf(pid);
    if (autogroup !== null) expect(autogroup).toBe(19);
  });

  it("runs a queued job as background work", async () => {
    const seen: number[] = [];
    await registerWorker<{ n: number }>(QUEUES.qaAllDocuments, async () => {
      await backendPid();
      seen.push(niceOf(await backendPid()));
    });
    await enqueue(QUEUES.qaAllDocuments, { n: 1 });
    await vi.waitFor(() => expect(seen).toEqual([19]), { timeout: 15_000, interval: 100 });
  });

  it("never takes another process for a backend", async () => {
    const pid = await backendPid();
    expect(isLocalBackend(process.pid, null)).toBe(false);
    expect(isLocalBackend(pid, 1)).toBe(false);
    const port = (await getPrisma().$queryRaw<Array<{ port: number | null }>>`SELECT inet_client_port() AS port`)[0].port;
    expect(isLocalBackend(pid, port)).toBe(true);
  });
});
