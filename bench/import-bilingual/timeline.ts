// Where reviewers' time goes while an import and its QA run go on: samples every 200 ms what the
// server's threads and PostgreSQL's processes do, and writes a table of 5-second buckets beside the
// reviewers' latencies. Written only when BENCH_IMPORT_TIMELINE names a file: it reads /proc and
// pg_stat_activity, so it runs on the server's machine only.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { percentile } from "../workspace/load";

const SAMPLE_MS = 200;
const BUCKET_MS = 5000;
const TICKS_PER_SECOND = 100;

type Sample = {
  at: number;
  /** CPU seconds so far by thread group of the server ("main", "workers", "other") and of PostgreSQL (by backend kind). */
  cpu: Record<string, number>;
  /** Seconds spent runnable but waiting for a CPU (/proc schedstat), for the request path: the server's main thread, the reviewers' backends, this bench process. */
  waited: Record<string, number>;
  walBytes: number;
  /** What the reviewers' backends are doing: "COMMIT:Lock/object", "INSERT:running" … */
  waits: Record<string, number>;
  vacuuming: string[];
  checkpointBuffers: number;
  machine: MachineSample;
};

/** Machine-wide: dirty and under-writeback page cache (MB), bytes written to and ms spent writing on block devices, idle and total CPU ticks. */
type MachineSample = { dirtyMb: number; diskWrittenBytes: number; diskWriteMs: number; idleTicks: number; allTicks: number };

function machineSample(): MachineSample {
  const meminfo = readFileSync("/proc/meminfo", "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(meminfo)?.[1] ?? 0);
  let diskWrittenBytes = 0;
  let diskWriteMs = 0;
  for (const line of readFileSync("/proc/diskstats", "utf8").split("\n")) {
    const fields = line.trim().split(/\s+/);
    // Whole disks only (vda, sda, nvme0n1), not their partitions or zram/loop devices.
    if (!/^(vd[a-z]|sd[a-z]|xvd[a-z]|nvme\d+n\d+)$/.test(fields[2] ?? "")) continue;
    diskWrittenBytes += Number(fields[9]) * 512;
    diskWriteMs += Number(fields[10]);
  }
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return { dirtyMb: (kb("Dirty") + kb("Writeback")) / 1024, diskWrittenBytes, diskWriteMs, idleTicks: cpu[3] + cpu[4], allTicks: cpu.reduce((sum, value) => sum + value, 0) };
}

function cpuSeconds(pid: number, tid?: number): number {
  try {
    const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Seconds thread `tid` of `pid` has waited on a run queue, from schedstat; 0 when gone or without schedstats. */
function runQueueSeconds(pid: number, tid = pid): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1]) / 1e9;
  } catch {
    return 0;
  }
}

function niceOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  } catch {
    return 0;
  }
}

/** The server's threads, grouped: its main thread, its worker threads at nice 19 (import, QA), and the rest (libuv pool, V8 helpers, unreniced workers); a thread gone meanwhile reads as nice 0. */
function serverCpu(pid: number, into: Record<string, number>): void {
  for (const task of readdirSync(`/proc/${pid}/task`).map(Number)) {
    const group = task === pid ? "server main" : niceOf(task) > 0 ? "server nice 19" : "server other";
    into[group] = (into[group] ?? 0) + cpuSeconds(pid, task);
  }
}

export type Timeline = { stop: () => Promise<void>; write: (file: string, answers: Array<{ at: number; ms: number }>, marks: Record<string, number>) => void };

/** CPU seconds of process `pid` and its descendants (the job process: tsx and its node child); 0 when gone. */
function treeCpu(pid: number): number {
  let total = 0;
  for (const queue = [pid]; queue.length > 0; ) {
    const id = queue.pop()!;
    total += cpuSeconds(id);
    try {
      queue.push(...readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

export async function startTimeline(databaseUrl: string, serverPid: number, jobPid: () => number | undefined = () => undefined): Promise<Timeline> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "bench-timeline" });
  await client.connect();
  const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0].name;
  // PostgreSQL 17 moved the checkpointer's counters out of pg_stat_bgwriter.
  const { rows: [{ split }] } = await client.query<{ split: boolean }>("SELECT to_regclass('pg_catalog.pg_stat_checkpointer') IS NOT NULL AS split");
  const checkpointQuery = split ? "SELECT buffers_written::text AS buffers FROM pg_stat_checkpointer" : "SELECT buffers_checkpoint::text AS buffers FROM pg_stat_bgwriter";
  const samples: Sample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = performance.now();
      const cpu: Record<string, number> = {};
      serverCpu(serverPid, cpu);
      const waited: Record<string, number> = { "server main": runQueueSeconds(serverPid), "bench main": runQueueSeconds(process.pid), "pg requests": 0 };
      const jobs = jobPid();
      if (jobs !== undefined) cpu["job process"] = treeCpu(jobs);
      const activity = await client.query<{ pid: number; backend_type: string; state: string | null; wait: string | null; query: string | null; datname: string | null }>(
        `SELECT pid, backend_type, state, wait_event_type || '/' || wait_event AS wait, left(query, 12) AS query, datname FROM pg_stat_activity WHERE pid <> pg_backend_pid()`);
      const waits: Record<string, number> = {};
      for (const row of activity.rows) {
        const lowered = row.backend_type === "client backend" && niceOf(row.pid) > 0;
        const kind = row.backend_type !== "client backend" ? `pg ${row.backend_type}` : row.datname !== database ? "pg other databases" : lowered ? "pg background" : "pg requests";
        cpu[kind] = (cpu[kind] ?? 0) + cpuSeconds(row.pid);
        if (kind === "pg requests") waited[kind] += runQueueSeconds(row.pid);
        if (kind === "pg requests" && row.state === "active") {
          const key = `${(row.query ?? "").split(/\s/)[0]}:${row.wait ?? "running"}`;
          waits[key] = (waits[key] ?? 0) + 1;
        }
      }
      const wal = await client.query<{ bytes: string }>("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text AS bytes");
      const vacuum = await client.query<{ relname: string; phase: string }>(
        "SELECT c.relname, p.phase FROM pg_stat_progress_vacuum p JOIN pg_class c ON c.oid = p.relid");
      const checkpoint = await client.query<{ buffers: string }>(checkpointQuery);
      samples.push({
        at, cpu, waited, waits, walBytes: Number(wal.rows[0].bytes), checkpointBuffers: Number(checkpoint.rows[0].buffers),
        vacuuming: vacuum.rows.map((row) => `${row.relname} ${row.phase}`), machine: machineSample(),
      });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, SAMPLE_MS - (performance.now() - at))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
    },
    write: (file, answers, marks) => writeFileSync(file, render(samples, answers, marks)),
  };
}

const WAITED_KEYS = ["server main", "pg requests", "bench main"];

function render(samples: Sample[], answers: Array<{ at: number; ms: number }>, marks: Record<string, number>): string {
  if (samples.length < 2) return "too few samples\n";
  const origin = samples[0].at;
  const cpuKeys = [...new Set(samples.flatMap((sample) => Object.keys(sample.cpu)))].sort();
  const header = ["t (s)", "marks", "flags", "p50", "p99", ">100ms", "WAL MB/s", "ckpt buf/s", "dirty MB", "disk MB/s", "disk write ms/s", "machine idle %", ...cpuKeys.map((key) => `${key} %`), ...WAITED_KEYS.map((key) => `${key} run-queue ms/s`), "reviewers' backends (sampled)", "vacuum"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (let from = origin; from < samples.at(-1)!.at; from += BUCKET_MS) {
    const inBucket = samples.filter((sample) => sample.at >= from && sample.at < from + BUCKET_MS);
    if (inBucket.length < 2) continue;
    const [first, last] = [inBucket[0], inBucket.at(-1)!];
    const seconds = (last.at - first.at) / 1000;
    const latencies = answers.filter((answer) => answer.at >= from && answer.at < from + BUCKET_MS).map((answer) => answer.ms).sort((a, b) => a - b);
    const waits: Record<string, number> = {};
    for (const sample of inBucket) for (const [key, count] of Object.entries(sample.waits)) waits[key] = (waits[key] ?? 0) + count;
    const topWaits = Object.entries(waits).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([key, count]) => `${key} ${count}`).join(", ");
    const marked = Object.entries(marks).filter(([, at]) => at >= from && at < from + BUCKET_MS).map(([name]) => name).join(", ");
    lines.push(`| ${[
      ((from - origin) / 1000).toFixed(0), marked, latencies.length,
      latencies.length ? percentile(latencies, 50).toFixed(0) : "", latencies.length ? percentile(latencies, 99).toFixed(0) : "",
      latencies.filter((ms) => ms > 100).length,
      ((last.walBytes - first.walBytes) / 1e6 / seconds).toFixed(1), ((last.checkpointBuffers - first.checkpointBuffers) / seconds).toFixed(0),
      last.machine.dirtyMb.toFixed(0), ((last.machine.diskWrittenBytes - first.machine.diskWrittenBytes) / 1e6 / seconds).toFixed(1),
      ((last.machine.diskWriteMs - first.machine.diskWriteMs) / seconds).toFixed(0),
      ((100 * (last.machine.idleTicks - first.machine.idleTicks)) / Math.max(1, last.machine.allTicks - first.machine.allTicks)).toFixed(0),
      ...cpuKeys.map((key) => ((100 * ((last.cpu[key] ?? 0) - (first.cpu[key] ?? 0))) / seconds).toFixed(0)),
      ...WAITED_KEYS.map((key) => ((1000 * ((last.waited[key] ?? 0) - (first.waited[key] ?? 0))) / seconds).toFixed(0)),
      topWaits, [...new Set(inBucket.flatMap((sample) => sample.vacuuming))].join(", "),
    ].join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
