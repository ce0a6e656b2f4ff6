import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { startImportJob } from "@/lib/documents/import-job";
import { getQueue } from "@/lib/jobs/queue";
import { BACKGROUND_NICE } from "@/lib/thread-priority";
import { startJobProcess, type JobProcess } from "@/scripts/job-process";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";

// This test process registers no job workers: whatever runs the jobs is the job process (decision 026).
let jobs: JobProcess;
const logs: string[] = [];
let output = "";
const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { output += chunk.toString(); done(); } });

beforeAll(async () => {
  await getQueue(); // pg-boss's schema exists before the job process starts
  jobs = startJobProcess({ databaseUrl: process.env.DATABASE_URL!, log: (line) => logs.push(line), output: { stdout: sink, stderr: sink } });
  await jobs.ready();
}, 180_000);

afterAll(async () => {
  await jobs?.stop();
}, 60_000);

/** Fields of /proc/<pid>[/task/<tid>]/stat after the command name (field 3 is at index 0). */
function statFields(path: string): string[] {
  const stat = readFileSync(path, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}
const sessionOf = (pid: number | "self") => Number(statFields(`/proc/${pid}/stat`)[6 - 3]);
const threadNices = (pid: number) => readdirSync(`/proc/${pid}/task`).map((tid) => Number(statFields(`/proc/${pid}/task/${tid}/stat`)[19 - 3]));
/** The job process and its descendants (tsx runs the script in a node child). */
function processTree(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children.flatMap(processTree)];
}

async function importText(title: string): Promise<string> {
  const editor = await createUser({ role: "editor" });
  const { jobId } = await startImportJob({ viewer: editor.viewer, input: { title, sourceText: "Le conseil a voté.", targetText: "The council voted." } });
  const row = await waitFor(() => getPrisma().importJob.findUniqueOrThrow({ where: { id: jobId } }), (job) => job.status === "succeeded" || job.status === "failed", 90_000);
  return row.status;
}

function expectLowered(pid: number): void {
  // Its own session (setsid), so its own autogroup on Linux: the server's group is not the one it slows.
  expect(sessionOf(pid)).toBe(pid);
  expect(sessionOf(pid)).not.toBe(sessionOf("self"));
  if (existsSync(`/proc/${pid}/autogroup`)) expect(readFileSync(`/proc/${pid}/autogroup`, "utf8")).toMatch(new RegExp(`nice ${BACKGROUND_NICE}\\s*$`));
  const tree = processTree(pid);
  expect(tree.length).toBeGreaterThanOrEqual(2); // tsx and the node process running scripts/worker.ts
  for (const member of tree) {
    expect(sessionOf(member)).toBe(pid);
    expect(threadNices(member).every((nice) => nice === BACKGROUND_NICE)).toBe(true);
  }
}

describe("the job process of npm start (scripts/job-process.ts)", () => {
  it("runs in a session of its own at the lowest priority, and processes a queued import", async () => {
    expectLowered(jobs.pid()!);
    expect(await importText("Job process import")).toBe("succeeded");
    // The job process ran it (its log line follows the job's end).
    expect(await waitFor(async () => output, (text) => /import-document job \S+ done/.test(text), 10_000)).toMatch(/import-document job \S+ done/);
  }, 180_000);

  it("is restarted, with a log line, after it is killed, and processes jobs again", async () => {
    const first = jobs.pid()!;
    const firstTree = processTree(first);
    process.kill(first, "SIGKILL");
    const second = await waitFor(async () => jobs.pid(), (pid) => pid !== undefined && pid !== first, 30_000);
    expect(second).not.toBe(first);
    await jobs.ready();
    expect(logs.join("\n")).toMatch(/the job process \(imports, QA runs\) was killed \(SIGKILL\); restarting it in 1 s/);
    // Nothing of the killed one is left running (tsx's node child would still hold the queue).
    for (const pid of firstTree) expect(existsSync(`/proc/${pid}`) && !/^\S+ \(\S+\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"))).toBe(false);
    expectLowered(second!);
    expect(await importText("After the restart")).toBe("succeeded");
  }, 180_000);
});
