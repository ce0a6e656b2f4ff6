import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { signInNewAccounts, startAppServer, type AppServer } from "../workspace/app-server";
import { fillWorkspaceDocument } from "../workspace/database";
import { floodTest, type LoadResult } from "../workspace/load";
import { openBenchDatabase } from "../support/database";
import { openViewer, treeRss, type Viewer } from "./viewers";

const SEGMENTS = 5_000;
const VIEWERS = 50;
/** A second, larger set of open streams, for memory per connection with less noise. */
const MANY_VIEWERS = 500;
const FLAGS = 60;
const FLAG_GAP_MS = 150;
/** Flags per throughput round; rounds alternate 1 and 2 instances, so a change in the machine's other load hits both. */
const THROUGHPUT_FLAGS = 750;
const THROUGHPUT_ROUNDS = 2;
const FLOOD_CONNECTIONS = 50;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(0)} ms`;
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** Opens `count` streams spread over the instances, and what each instance's RSS grew by once they are open. */
async function openViewers(servers: AppServer[], documentId: string, cookies: string[], count: number): Promise<{ viewers: Viewer[]; bytesPerConnection: number }> {
  const before = servers.map((server) => treeRss(server.pid));
  const viewers = await Promise.all(Array.from({ length: count }, (_, n) => openViewer(servers[n % servers.length].baseUrl, documentId, cookies[n % cookies.length])));
  await sleep(2_000);
  const grown = servers.reduce((sum, server, k) => sum + treeRss(server.pid) - before[k], 0);
  return { viewers, bytesPerConnection: grown / count };
}

type Latency = { samples: number[]; fromSend: number[]; slowestViewer: number[]; early: number; missing: number };

/**
 * One editor flags a different segment every FLAG_GAP_MS, alternately through each instance; for each
 * flag, the time from its HTTP response to the `change` event's arrival at each viewer (an event that
 * arrives before the response counts as 0 ms).
 */
async function measureLatency(servers: AppServer[], editor: string, segmentIds: string[], viewers: Viewer[]): Promise<Latency> {
  const latency: Latency = { samples: [], fromSend: [], slowestViewer: [], early: 0, missing: 0 };
  const answered: { segmentId: string; sentAt: number; at: number }[] = [];
  for (let n = 0; n < FLAGS; n += 1) {
    const { baseUrl } = servers[n % servers.length];
    const segmentId = segmentIds[n * 37];
    const sentAt = performance.now();
    const response = await fetch(`${baseUrl}/api/issues`, {
      method: "POST",
      headers: { cookie: editor, origin: baseUrl, "content-type": "application/json" },
      body: JSON.stringify({ segmentId, segmentVersion: 1, targetStart: 0, targetEnd: 8, category: "style", severity: "minor", comment: `latency ${n}` }),
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`a flag answered ${response.status}`);
    answered.push({ segmentId, sentAt, at: performance.now() });
    await sleep(FLAG_GAP_MS);
  }
  await sleep(3_000);
  for (const flag of answered) {
    const delays = viewers.map((viewer) => viewer.arrivals.find((arrival) => arrival.segmentIds.includes(flag.segmentId))?.at);
    latency.missing += delays.filter((at) => at === undefined).length;
    const arrived = delays.filter((at) => at !== undefined);
    latency.fromSend.push(...arrived.map((at) => at - flag.sentAt));
    const received = arrived.map((at) => at - flag.at);
    latency.early += received.filter((delay) => delay < 0).length;
    const clamped = received.map((delay) => Math.max(0, delay));
    latency.samples.push(...clamped);
    latency.slowestViewer.push(Math.max(...clamped));
  }
  latency.samples.sort((x, y) => x - y);
  latency.fromSend.sort((x, y) => x - y);
  latency.slowestViewer.sort((x, y) => x - y);
  return latency;
}

type Throughput = { name: string; requests: number; errors: number; seconds: number; perSecond: number; p50Ms: number; p99Ms: number };

/** Flags as fast as FLOOD_CONNECTIONS clients can send them, split evenly over `servers`, each on a different segment. */
async function measureThroughput(name: string, servers: AppServer[], cookies: string[], segmentIds: string[], offset: number, load = { flags: THROUGHPUT_FLAGS, connections: FLOOD_CONNECTIONS }): Promise<Throughput> {
  const started = performance.now();
  const results: LoadResult[] = await Promise.all(
    servers.map((server, k) =>
      floodTest({
        name, method: "POST", url: `${server.baseUrl}/api/issues`, cookies, amount: load.flags / servers.length, connections: Math.max(1, load.connections / servers.length),
        body: (i) => ({ segmentId: segmentIds[(offset + k + i * servers.length) % segmentIds.length], segmentVersion: 1, targetStart: 0, targetEnd: 8, category: "style", severity: "minor", comment: `${name} ${i}` }),
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  return {
    name, requests, seconds, perSecond: requests / seconds,
    errors: results.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
    p50Ms: Math.max(...results.map((result) => result.p50Ms)), p99Ms: Math.max(...results.map((result) => result.p99Ms)),
  };
}

/** Rounds of one configuration as one line: totals, and the worst round's percentiles. */
function combine(rounds: Throughput[]): Throughput {
  const requests = rounds.reduce((sum, line) => sum + line.requests, 0);
  const seconds = rounds.reduce((sum, line) => sum + line.seconds, 0);
  return {
    name: rounds[0].name, requests, seconds, perSecond: requests / seconds,
    errors: rounds.reduce((sum, line) => sum + line.errors, 0),
    p50Ms: Math.max(...rounds.map((line) => line.p50Ms)), p99Ms: Math.max(...rounds.map((line) => line.p99Ms)),
  };
}

/** Live updates across two `next start` instances on one database (issue 16). */
export async function run(): Promise<string> {
  const database = await openBenchDatabase("live");
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  const servers: AppServer[] = [];
  try {
    const { seedDemo } = await import("@/lib/demo/seed");
    const { getPrisma } = await import("@/lib/db/client");
    const { accounts } = await seedDemo();
    const admin = accounts.find((account) => account.role === "admin")!;
    const translator = await getPrisma().user.findUniqueOrThrow({ where: { email: accounts.find((account) => account.role === "translator")!.email }, select: { id: true } });
    const { documentId, segmentIds } = await fillWorkspaceDocument(database.url, SEGMENTS, translator.id);
    const authSecret = randomBytes(32).toString("hex");
    servers.push(await startAppServer(database.url, { authSecret }), await startAppServer(database.url, { authSecret }));
    const [editor] = await signInNewAccounts(servers[0].baseUrl, admin.email, 1, "editor");
    const reviewers = await signInNewAccounts(servers[0].baseUrl, admin.email, VIEWERS, "translator");
    await getPrisma().$disconnect();

    // Warm-up: the first request to each route loads its code; each instance builds its QA checker at start.
    for (const server of servers) (await openViewer(server.baseUrl, documentId, reviewers[0])).close();
    const warm = await measureThroughput("warm-up", servers, reviewers, segmentIds.slice(4_000), 0, { flags: 40, connections: 2 });
    if (warm.errors > 0) throw new Error(`warm-up flags failed: ${warm.errors}`);
    await sleep(5_000);

    console.error(`bench: live: ${VIEWERS} viewers …`);
    const few = await openViewers(servers, documentId, reviewers, VIEWERS);
    const latency = await measureLatency(servers, editor, segmentIds, few.viewers);
    for (const viewer of few.viewers) viewer.close();
    await sleep(2_000);
    console.error(`bench: live: ${MANY_VIEWERS} viewers …`);
    const many = await openViewers(servers, documentId, reviewers, MANY_VIEWERS);
    for (const viewer of many.viewers) viewer.close();
    await sleep(2_000);

    console.error("bench: live: throughput …");
    const throughputSegments = segmentIds.slice(0, 4_000);
    const rounds: Throughput[] = [];
    for (let round = 0; round < THROUGHPUT_ROUNDS; round += 1) {
      rounds.push(await measureThroughput("1 instance", servers.slice(0, 1), reviewers, throughputSegments, round * 2 * THROUGHPUT_FLAGS));
      rounds.push(await measureThroughput("2 instances", servers, reviewers, throughputSegments, (round * 2 + 1) * THROUGHPUT_FLAGS));
    }
    const throughput = ["1 instance", "2 instances"].map((name) => combine(rounds.filter((line) => line.name === name)));
    return report({ latency, few: few.bytesPerConnection, many: many.bytesPerConnection, throughput });
  } finally {
    for (const server of servers) await server.stop();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}

function report(options: { latency: Latency; few: number; many: number; throughput: Throughput[] }): string {
  const { latency } = options;
  const p99 = percentile(latency.samples, 99);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    "## Live updates on two instances (issue 16)",
    "",
    `Two \`next start\` instances on one PostgreSQL database (loopback, the same machine), a ${SEGMENTS.toLocaleString("en")}-segment document. ` +
      `${VIEWERS} viewers, each its own signed-in account, hold the document's event stream (\`GET /api/documents/:id/events\`, plain HTTP clients, not browsers), ` +
      `alternately on each instance. An editor flags ${FLAGS} different segments one after the other (${FLAG_GAP_MS} ms apart), alternately through each instance; ` +
      "latency runs from the flag's HTTP response (body read) to the `change` event's arrival at a viewer, all clocks in one process.",
    "",
    "| measure | result | target |",
    "|---|---|---|",
    `| flag → event at a viewer, p50 / p95 / p99 (${latency.samples.length} deliveries) | ${ms(percentile(latency.samples, 50))} / ${ms(percentile(latency.samples, 95))} / **${ms(p99)}** | p99 < 500 ms ${p99 < 500 ? "✅" : "❌"} |`,
    `| flag request sent → event at a viewer, p50 / p95 / p99 | ${ms(percentile(latency.fromSend, 50))} / ${ms(percentile(latency.fromSend, 95))} / ${ms(percentile(latency.fromSend, 99))} | |`,
    `| flag → event at the slowest of the ${VIEWERS} viewers, p50 / p99 (per flag) | ${ms(percentile(latency.slowestViewer, 50))} / ${ms(percentile(latency.slowestViewer, 99))} | |`,
    `| events that arrived before the flag's response / never arrived | ${latency.early} / ${latency.missing} | 0 missing ${latency.missing === 0 ? "✅" : "❌"} |`,
    `| memory per open stream, ${VIEWERS} streams (RSS growth of both instances ÷ streams) | ${kib(options.few)} | |`,
    `| memory per open stream, ${MANY_VIEWERS} streams | ${kib(options.many)} | |`,
    "",
    `Flag throughput on one database: ${THROUGHPUT_ROUNDS} rounds of ${THROUGHPUT_FLAGS.toLocaleString("en")} flags per configuration, alternating 1 and 2 instances ` +
      `(\`POST /api/issues\`, each on a different segment), from ${FLOOD_CONNECTIONS} connections each sending the next flag when the last is answered; ` +
      "with 2 instances, half the connections and flags go to each. No streams open. Errors: failed requests and answers other than 201 " +
      "(on an overloaded machine, 500s from Prisma's P2028: a transaction waited over 2 s for a pooled connection).",
    "",
    "| instances | flags | errors | wall time | throughput | p50 | p99 (worst round and instance) |",
    "|---|---|---|---|---|---|---|",
    ...options.throughput.map((line) => `| ${line.name} | ${line.requests} | ${line.errors} | ${line.seconds.toFixed(1)} s | **${line.perSecond.toFixed(0)} flags/s** | ${ms(line.p50Ms)} | ${ms(line.p99Ms)} |`),
    "",
    `Both instances, PostgreSQL and the load generator share ${cpus().length} CPUs, so a second instance adds no CPU here; on separate machines it would. ` +
      `Load average while measuring: ${loadavg().map((value) => value.toFixed(1)).join(", ")}.`,
  ].join("\n");
}
