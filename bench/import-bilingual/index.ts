import { readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { openBenchDatabase as openSharedBenchDatabase } from "../support/database";
import { signIn, signInNewAccounts, startAppServer, type AppServer } from "../workspace/app-server";
import { fillWorkspaceDocument } from "../workspace/database";
import { percentile, reviewersTest, type LoadResult } from "../workspace/load";
import { startTimeline } from "./timeline";

const REVIEWERS = 50;
const SEGMENTS = 2_000;
/** The XLIFF the editor uploads: units of ~400 bytes up to this size (the default RECTO_MAX_BILINGUAL_MB; BENCH_IMPORT_MB for a quicker look). */
const XLIFF_BYTES = Number(process.env.BENCH_IMPORT_MB ?? 49) * 1024 * 1024;
/** A file to write a 5-second timeline of the import to: reviewers' latency beside CPU, WAL and PostgreSQL's waits (timeline.ts). */
const TIMELINE_FILE = process.env.BENCH_IMPORT_TIMELINE;
const LINE_SECONDS = 60;
/** The reviewers' window during the import: until the import and the document's QA run end, at most this. */
const IMPORT_LINE_MAX_SECONDS = 600;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function benchXliff(): { body: Buffer; units: number } {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="bench" datatype="plaintext"><body>\n'];
  let size = parts[0].length;
  let units = 0;
  while (size < XLIFF_BYTES) {
    units += 1;
    const unit = `<trans-unit id="u${units}"><source>Phrase ${units} : l’ONU « échoue » encore à protéger les civils de Gaza, déplore le diplomate dans sa lettre.</source>` +
      `<target state="translated">Sentence ${units}: the UN is "failing" again to protect the civilians of Gaza, laments the diplomat in his letter.</target>` +
      `<note from="bench">Checked ${units}</note></trans-unit>\n`;
    parts.push(unit);
    size += Buffer.byteLength(unit);
  }
  parts.push("</body></file></xliff>\n");
  return { body: Buffer.from(parts.join("")), units };
}

/** Resident memory (kB → bytes) of a process and its descendants, from /proc. */
function treeRss(pid: number): number {
  const rss = (id: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0) * 1024;
  const children = (id: number): number[] => {
    try {
      return readdirSync(`/proc/${id}/task`).flatMap((task) => readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  let total = 0;
  for (const queue = [pid]; queue.length > 0; ) {
    const id = queue.pop()!;
    try {
      total += rss(id);
    } catch {
      continue;
    }
    queue.push(...children(id));
  }
  return total;
}

/** Resolves once no QA run of any document is waiting or running (pg-boss's own table), polling every 500 ms. */
async function qaRunsDone(databaseUrl: string): Promise<void> {
  const { QUEUES } = await import("@/lib/jobs/queue");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ pending: number }>(
        "SELECT count(*)::int AS pending FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')", [QUEUES.qaDocument]);
      if (rows[0].pending === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}

async function importWhileReviewing(databaseUrl: string, server: AppServer, editorCookie: string, load: (until: Promise<unknown>) => Promise<LoadResult>) {
  const { body, units } = benchXliff();
  const baseUrl = server.baseUrl;
  // The server and its job process (decision 026), each with its descendants.
  const appRss = () => treeRss(server.pid) + (server.jobPid() === undefined ? 0 : treeRss(server.jobPid()!));
  const baselineRss = appRss();
  let peakRss = baselineRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, appRss())), 100);
  const timeline = TIMELINE_FILE ? await startTimeline(databaseUrl, server.pid, server.jobPid) : undefined;
  let importAndQaEnded!: () => void;
  const reviewers = load(new Promise<void>((resolve) => (importAndQaEnded = resolve)));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const started = performance.now();
  const query = new URLSearchParams({ title: "Bench XLIFF", fileName: "bench.xlf" });
  const response = await fetch(`${baseUrl}/import-bilingual/submit?${query}`, { method: "POST", headers: { cookie: editorCookie, origin: baseUrl }, body: new Uint8Array(body) });
  const submitted = (await response.json()) as { jobId?: string };
  if (response.status !== 202 || !submitted.jobId) throw new Error(`the XLIFF upload answered ${response.status} ${JSON.stringify(submitted)}`);
  const uploadSeconds = (performance.now() - started) / 1000;
  let job: { status: string; error: string | null; message: string };
  do {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await (await fetch(`${baseUrl}/import/jobs/${submitted.jobId}`, { headers: { cookie: editorCookie } })).json();
  } while (job.status === "queued" || job.status === "running");
  const importEnded = performance.now();
  // The peak so far is the import's own; the QA run follows it: which of the two holds memory.
  const importPeakRss = peakRss;
  const importSeconds = (importEnded - started) / 1000;
  await qaRunsDone(databaseUrl);
  const qaSeconds = (performance.now() - started) / 1000;
  importAndQaEnded();
  const result = await reviewers;
  clearInterval(sampler);
  await timeline?.stop();
  timeline?.write(TIMELINE_FILE!, result.answers ?? [], { upload: started, "import ended": importEnded, "QA ended": started + qaSeconds * 1000 });
  const phase = (from: number, to: number) => {
    const sorted = (result.answers ?? []).filter((answer) => answer.at >= from && answer.at < to).map((answer) => answer.ms).sort((a, b) => a - b);
    return { count: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
  };
  const phases = { importing: phase(started, importEnded), qaRun: phase(importEnded, Infinity) };
  if (job.status !== "succeeded") throw new Error(`the XLIFF import failed: ${job.error ?? job.message}`);
  return { result, phases, units, bytes: body.length, uploadSeconds, importSeconds, qaSeconds, baselineRss, importPeakRss, peakRss, message: job.message };
}

/** 50 reviewers flag spans while an editor imports a 49 MB XLIFF through the bilingual import page's endpoint. */
export async function run(): Promise<string> {
  const database = await openSharedBenchDatabase("import-bilingual");
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  let server: AppServer | undefined;
  try {
    const { seedDemo } = await import("@/lib/demo/seed");
    const { getPrisma } = await import("@/lib/db/client");
    const { accounts } = await seedDemo();
    const editor = accounts.find((account) => account.role === "editor")!;
    const admin = await getPrisma().user.findUniqueOrThrow({ where: { email: accounts.find((account) => account.role === "admin")!.email }, select: { id: true, email: true } });
    const { segmentIds } = await fillWorkspaceDocument(database.url, SEGMENTS, admin.id);
    server = await startAppServer(database.url);
    const cookies = await signInNewAccounts(server.baseUrl, admin.email, REVIEWERS, "translator");
    await getPrisma().$disconnect();
    const editorCookie = await signIn(server.baseUrl, editor.email, editor.password);
    const url = `${server.baseUrl}/api/issues`;
    const startLoad = loadavg().map((value) => value.toFixed(1)).join(", ");
    const flag = (i: number) => ({ segmentId: segmentIds[(i * 7919) % segmentIds.length], segmentVersion: 1, targetStart: 0, targetEnd: 8, category: "style", severity: "minor", comment: `during import ${i}` });
    await reviewersTest({ name: "warm-up", url, method: "POST", cookies: cookies.slice(0, 5), body: flag, seconds: 3, rampUpRequests: 1, seed: 1 });
    console.error("bench: import-bilingual: 50 reviewers without an import (control) …");
    const control = await reviewersTest({ name: "control", url, method: "POST", cookies, body: flag, seconds: LINE_SECONDS, rampUpRequests: 2, seed: 40 });
    console.error("bench: import-bilingual: 50 reviewers while a 49 MB XLIFF is imported …");
    const line = await importWhileReviewing(database.url, server, editorCookie, (until) =>
      reviewersTest({ name: "POST /api/issues", url, method: "POST", cookies, body: flag, seconds: IMPORT_LINE_MAX_SECONDS, rampUpRequests: 2, seed: 41, until }));
    const { result } = line;
    return [
      "## Bilingual import under load (issue 14)",
      "",
      `${REVIEWERS} reviewer accounts flag spans (one autocannon client each, one request per second, as in the workspace section) on a ${SEGMENTS.toLocaleString("en")}-segment document ` +
        `for ${LINE_SECONDS} s without an import (control), then until an import and the QA run after it end; 3 s into that window, the demo editor uploads a ${mib(line.bytes)} XLIFF 1.2 (${line.units.toLocaleString("en")} units, each with a note) to \`POST /import-bilingual/submit\` ` +
        "and polls the job until it ends, then waits for the document's QA run (pg-boss's queue empty). The jobs run as `npm start` runs them, in a low-priority job process beside the server (decision 026); " +
        "the resident memory of both process trees is sampled every 100 ms from /proc.",
      "",
      "| measure | result | target |",
      "|---|---|---|",
      `| control, same ${LINE_SECONDS} s without an import: done, errors / non-2xx, p50 / p99 | ${control.requests}, ${control.errors} / ${control.non2xx}, ${ms(control.p50Ms)} / ${ms(control.p99Ms)} | |`,
      `| QA run of the imported document finished | ${line.qaSeconds.toFixed(1)} s after the upload started | |`,
      `| reviewers' flags during the import and its QA run: done, errors / non-2xx | ${result.requests}, ${result.errors} / ${result.non2xx} | |`,
      `| reviewers' flags: p50 / p99 | ${ms(result.p50Ms)} / **${ms(result.p99Ms)}** | p99 < 100 ms ${result.p99Ms < 100 ? "✅" : "❌"} |`,
      `| … while the file is parsed and stored: done, p50 / p99 | ${line.phases.importing.count}, ${ms(line.phases.importing.p50Ms)} / ${ms(line.phases.importing.p99Ms)} | |`,
      `| … while the QA run checks the imported document: done, p50 / p99 | ${line.phases.qaRun.count}, ${ms(line.phases.qaRun.p50Ms)} / ${ms(line.phases.qaRun.p99Ms)} | |`,
      `| upload answered (202, stored in PostgreSQL) | ${line.uploadSeconds.toFixed(1)} s | |`,
      `| import finished ("${line.message}") | ${line.importSeconds.toFixed(1)} s after the upload started | |`,
      `| resident memory of the server and its job process: before the import → peak | ${mib(line.baselineRss)} → ${mib(line.peakRss)} (+${mib(line.peakRss - line.baselineRss)}) | bounded |`,
      `| … peak while the file is parsed and stored | ${mib(line.importPeakRss)} (+${mib(line.importPeakRss - line.baselineRss)}) | |`,
      "",
      `Machine load average before the control line: ${startLoad}; at the end: ${loadavg().map((value) => value.toFixed(1)).join(", ")} on ${cpus().length} CPUs (other work shares the machine).`,
    ].join("\n");
  } finally {
    await server?.stop();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}
