import { cpus, loadavg } from "node:os";
import { startAppServer, signIn, type AppServer } from "./app-server";
import { measureInBrowser } from "./browser-timing";
import { fillWorkspaceDocument, openBenchDatabase } from "./database";
import { loadTest, type LoadResult } from "./load";

const SEGMENTS = 20_000;
const PAGE_RUNS = 10;
const BROWSER_RUNS = 5;
const REQUESTS_PER_SCENARIO = 2_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Time to the response headers and to the last byte of the document page, fetched with the session cookie. */
async function measurePage(url: string, cookie: string) {
  const firstByte: number[] = [];
  const lastByte: number[] = [];
  let bytes = 0;
  for (let run = 0; run < PAGE_RUNS + 2; run += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const headersAt = performance.now();
    if (response.status !== 200) throw new Error(`document page answered ${response.status}`);
    bytes = (await response.arrayBuffer()).byteLength;
    if (run < 2) continue; // warm-up: first compile of the route and the Prisma pool
    firstByte.push(headersAt - started);
    lastByte.push(performance.now() - started);
  }
  return { firstByteMs: median(firstByte), lastByteMs: median(lastByte), bytes };
}

async function measureLoad(baseUrl: string, cookie: string, documentId: string, segmentIds: string[]): Promise<LoadResult[]> {
  const pick = (i: number, stride: number) => segmentIds[(i * stride) % segmentIds.length];
  const common = { cookie, amount: REQUESTS_PER_SCENARIO };
  return [
    await loadTest({
      ...common, name: "GET a page of 100 segments (virtual list)", method: "GET", url: `${baseUrl}/api/documents/${documentId}/segments`,
      path: (i) => `/api/documents/${documentId}/segments?cursor=${(i * 100) % SEGMENTS}&limit=100`,
    }),
    await loadTest({
      ...common, name: "POST /api/issues (flag a span)", method: "POST", url: `${baseUrl}/api/issues`,
      body: (i) => ({ segmentId: pick(i, 7919), segmentVersion: 1, targetStart: 0, targetEnd: 8, category: "style", severity: "minor", comment: `bench ${i}` }),
    }),
    await loadTest({
      ...common, name: "POST /api/issues, 1 connection (service time, for scale)", method: "POST", url: `${baseUrl}/api/issues`, amount: 200, connections: 1,
      body: (i) => ({ segmentId: pick(i + 5_000, 7919), segmentVersion: 1, category: "style", severity: "neutral", comment: `bench solo ${i}` }),
    }),
    await loadTest({
      ...common, name: "POST /api/suggestions (suggest)", method: "POST", url: `${baseUrl}/api/suggestions`,
      body: (i) => ({ segmentId: pick(i, 104_729), baseVersion: 1, text: `Sentence ${i}: the UN fails again to protect Gaza's civilians.`, note: "bench", issueIds: [] }),
    }),
    // 50 reviewers each flagging or suggesting once a second (far busier than people are).
    await loadTest({
      ...common, name: "POST /api/issues, 50 clients at 1 request/s each", method: "POST", url: `${baseUrl}/api/issues`, amount: 500, connectionRate: 1,
      body: (i) => ({ segmentId: pick(i + 11_000, 7919), segmentVersion: 1, targetStart: 0, targetEnd: 8, category: "style", severity: "minor", comment: `paced ${i}` }),
    }),
    await loadTest({
      ...common, name: "POST /api/suggestions, 50 clients at 1 request/s each", method: "POST", url: `${baseUrl}/api/suggestions`, amount: 500, connectionRate: 1,
      body: (i) => ({ segmentId: pick(i + 13_000, 104_729), baseVersion: 1, text: `Sentence ${i}: paced suggestion for Gaza's civilians.`, note: "bench", issueIds: [] }),
    }),
  ];
}

/** Workspace benchmark: a 20,000-segment document served by the built app, in Chromium and under load. */
export async function run(): Promise<string> {
  const database = await openBenchDatabase();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  let server: AppServer | undefined;
  try {
    const { seedDemo } = await import("@/lib/demo/seed");
    const { getPrisma } = await import("@/lib/db/client");
    const { accounts } = await seedDemo();
    const translator = accounts.find((account) => account.role === "translator")!;
    const author = await getPrisma().user.findUniqueOrThrow({ where: { email: translator.email }, select: { id: true } });
    await getPrisma().$disconnect();
    const fillStarted = performance.now();
    const { documentId, segmentIds } = await fillWorkspaceDocument(database.url, SEGMENTS, author.id);
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    server = await startAppServer(database.url);
    const cookie = await signIn(server.baseUrl, translator.email, translator.password);
    console.error("bench: workspace: document page …");
    const page = await measurePage(`${server.baseUrl}/documents/${documentId}`, cookie);
    console.error("bench: workspace: Chromium …");
    const browser = await measureInBrowser(server.baseUrl, cookie, `/documents/${documentId}`, BROWSER_RUNS);
    console.error("bench: workspace: 50 concurrent clients …");
    const loads = await measureLoad(server.baseUrl, cookie, documentId, segmentIds);
    return report({ fillSeconds, page, browser, loads });
  } finally {
    await server?.stop();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}

type Report = {
  fillSeconds: number;
  page: Awaited<ReturnType<typeof measurePage>>;
  browser: Awaited<ReturnType<typeof measureInBrowser>>;
  loads: LoadResult[];
};

function report({ fillSeconds, page, browser, loads }: Report): string {
  const firstRows = median(browser.firstRowsMs);
  const worstP99 = Math.max(...loads.map((load) => load.p99Ms));
  return [
    "## Review workspace (issue 4)",
    "",
    `A ${SEGMENTS.toLocaleString("en")}-segment document (bulk-inserted in ${fillSeconds.toFixed(1)} s into a throw-away database), served by \`next start\` ` +
      "on loopback and opened by the demo translator. Page times are medians of " + `${PAGE_RUNS} fetches after 2 warm-ups; browser times medians of ${BROWSER_RUNS} loads in Chromium (1400×900).`,
    "",
    "| measure | result | target |",
    "|---|---|---|",
    `| server time to first byte, document page | ${ms(page.firstByteMs)} (last byte ${ms(page.lastByteMs)}, ${(page.bytes / 1024).toFixed(0)} KiB HTML) | |`,
    `| first rows visible in Chromium (navigation → row 1 visible) | **${ms(firstRows)}** (browser TTFB ${ms(median(browser.browserTtfbMs))}) | < 1,500 ms ${firstRows < 1500 ? "✅" : "❌"} |`,
    `| segment rows in the DOM after load | ${browser.domRowsAtStart} of ${SEGMENTS.toLocaleString("en")} | bounded |`,
    `| jump to the middle: rows loaded | ${ms(browser.jumpMs)}, then ${browser.domRowsAfterJump} rows in the DOM | |`,
    `| scrolling 300 px per frame, frame time p50 / p95 | ${browser.frameP50Ms.toFixed(1)} / ${browser.frameP95Ms.toFixed(1)} ms | no long frames |`,
    "",
    `Under load: ${REQUESTS_PER_SCENARIO.toLocaleString("en")} requests per line from 50 concurrent connections (autocannon, loopback), each on a different segment, signed in as the translator; the "1 request/s each" lines pace every connection like a (very busy) person instead of flooding.`,
    "",
    "| requests | done | errors / non-2xx | throughput | p50 | p99 | target p99 < 100 ms |",
    "|---|---|---|---|---|---|---|",
    ...loads.map((load) => `| ${load.name} | ${load.requests} | ${load.errors} / ${load.non2xx} | ${load.requestsPerSecond.toFixed(0)} req/s | ${ms(load.p50Ms)} | ${ms(load.p99Ms)} | ${load.p99Ms < 100 ? "✅" : "❌"} |`),
    "",
    `Worst p99: ${ms(worstP99)}. With 50 clients always waiting, latency ≈ 50 ÷ throughput (Little's law), so p99 < 100 ms needs > 500 req/s: ` +
      "compare the 1-connection line, which shows the time one request costs the server. The MQM score streams in after the first rows (Suspense).",
    `Machine load average while measuring: ${loadavg().map((value) => value.toFixed(1)).join(", ")} on ${cpus().length} CPUs.`,
  ].join("\n");
}
