/**
 * The runtime (issue 15): Node 20, the machines' system Node, against Node 24 LTS from the npm
 * registry's `node` package (node_modules/node, what npm scripts run on). Whole-process start-up
 * and `recto align` under GNU time, AsyncLocalStorage's cost on an await loop, and the Next.js
 * server: time to ready and CPU per request on a server-rendered page.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort } from "@/lib/db/embedded";
import { ensureCliBuilt } from "@/scripts/build-cli.mjs";
import { waitForNextReady } from "@/scripts/start-support";
import { cpuSeconds } from "../align/hunalign";
import { generateSyntheticBook } from "../align/synthetic-book";
import { openBenchDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNTIMES = [
  { label: "Node 20 (system)", binary: "/usr/bin/node" },
  { label: "Node 24 (npm `node`)", binary: path.join(ROOT, "node_modules/node/bin/node") },
];
const RUNS = 5;
const PAIRS = 3000;
const REQUESTS = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const version = (binary: string) => spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();

/** Median wall and CPU seconds of `runs` runs after a warm-up. */
function timeProcess(command: string[], runs = RUNS): { wall: number; cpu: number } {
  const once = () => {
    const started = performance.now();
    const result = spawnSync("/usr/bin/time", ["-v", ...command], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command.join(" ")} failed (${result.status}): ${result.stderr.slice(-300)}`);
    return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(result.stderr) ?? NaN };
  };
  once();
  const all = Array.from({ length: runs }, once);
  return { wall: median(all.map((r) => r.wall)), cpu: median(all.map((r) => r.cpu)) };
}

function asyncContext(binary: string): { plainMs: number; storeMs: number } {
  const runs = Array.from({ length: RUNS }, () => JSON.parse(spawnSync(binary, [path.join(import.meta.dirname, "async-context.mjs")], { encoding: "utf8" }).stdout));
  return { plainMs: median(runs.map((r) => r.plainMs)), storeMs: median(runs.map((r) => r.storeMs)) };
}

/** Server CPU seconds so far (utime + stime from /proc, clock ticks of 1/100 s). */
function processCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function nextServer(binary: string, databaseUrl: string) {
  const port = await findFreePort();
  const started = performance.now();
  const server = spawn(binary, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: "b".repeat(64), RECTO_BASE_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await waitForNextReady(server);
    const ready = (performance.now() - started) / 1000;
    const url = `http://127.0.0.1:${port}/sign-in`;
    await autocannon({ url, connections: 10, amount: 200 });
    const cpuBefore = processCpu(server.pid!);
    const result = await autocannon({ url, connections: 10, amount: REQUESTS });
    const cpuPerRequest = ((processCpu(server.pid!) - cpuBefore) / REQUESTS) * 1000;
    return { ready, cpuPerRequest, perSecond: result.requests.average, p99: result.latency.p99, failed: result.errors + result.non2xx };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

export async function run(): Promise<string> {
  const runtimes = RUNTIMES.filter((runtime) => existsSync(runtime.binary));
  await ensureCliBuilt();
  const folder = mkdtempSync(path.join(tmpdir(), "recto-bench-runtime-"));
  const database = await openBenchDatabase("runtime");
  const loadBefore = loadavg()[0];
  try {
    const book = generateSyntheticBook(PAIRS, 7);
    const files = { fr: path.join(folder, "fr.txt"), en: path.join(folder, "en.txt") };
    writeFileSync(files.fr, book.sourceText);
    writeFileSync(files.en, book.targetText);
    const rows: string[] = [];
    for (const { label, binary } of runtimes) {
      const cli = [binary, "--conditions=react-server", "bin/recto.mjs"];
      const bare = timeProcess([binary, "-e", "0"]);
      const help = timeProcess([...cli, "--help"]);
      const align = timeProcess([...cli, "align", "--source", files.fr, "--target", files.en], 3);
      const context = asyncContext(binary);
      const server = await nextServer(binary, database.url);
      const overhead = ((context.storeMs / context.plainMs - 1) * 100).toFixed(0);
      rows.push(
        `| ${label}, ${version(binary)} | ${bare.cpu.toFixed(2)} s | ${help.cpu.toFixed(2)} s | ${align.cpu.toFixed(2)} s | ` +
          `${context.plainMs.toFixed(0)} → ${context.storeMs.toFixed(0)} ms (+${overhead} %) | ${server.ready.toFixed(1)} s | ` +
          `${server.cpuPerRequest.toFixed(1)} ms | ${Math.round(server.perSecond)} req/s, p99 ${server.p99} ms${server.failed ? `, ${server.failed} failed` : ""} |`,
      );
    }
    return [
      "## Runtime: Node 20 against Node 24 LTS (issue 15)",
      "",
      `CPU seconds (user + system, GNU time, median of ${RUNS} runs after a warm-up; \`recto align\` 3 runs) for \`node -e 0\`, the built CLI's \`--help\` and \`recto align\` on ${PAIRS} synthetic sentence pairs. ` +
        "AsyncLocalStorage: CPU of 300,000 awaited steps without a store, then inside `als.run` with a read per step (bench/runtime/async-context.mjs; Next.js keeps every request's context in one). " +
        `Server: \`next start\` on the same build and a migrated bench database, seconds to "Ready", then ${REQUESTS} GET /sign-in over 10 connections (after 200 warm-up), server CPU per request from /proc.`,
      "",
      "| Runtime | `node -e 0` CPU | `recto --help` CPU | `recto align` CPU | AsyncLocalStorage, no store → store | `next start` to ready | Server CPU per request | Throughput |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
      `- Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on a machine shared with other work: compare CPU, not wall time.`,
    ].join("\n");
  } finally {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}
