import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fillBenchDocument, openBenchDatabase } from "./database";

const SEGMENTS = 100_000;
const MiB = 1024 * 1024;

type Row = { format: string; seconds: number; bytes: number; peakRssMiB: number; startRssMiB: number };

/** A sink that only counts bytes, standing in for the HTTP response or the file. */
function countingSink(): { sink: Writable; bytes: () => number } {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  return { sink, bytes: () => bytes };
}

async function measure(format: string, body: (sink: Writable) => Promise<void>): Promise<Row> {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const { sink, bytes } = countingSink();
  const started = performance.now();
  try {
    await body(sink);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { format, seconds: (performance.now() - started) / 1000, bytes: bytes(), peakRssMiB: peak / MiB, startRssMiB: startRss / MiB };
}

/** Export benchmark: a 100,000-segment document to every format, timed, with peak resident memory. */
export async function run(): Promise<string> {
  const database = await openBenchDatabase();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  const rows: Row[] = [];
  let fillSeconds = 0;
  try {
    const fillStarted = performance.now();
    const { documentId, adminId } = await fillBenchDocument(database.url, SEGMENTS);
    fillSeconds = (performance.now() - fillStarted) / 1000;
    const { mintViewer } = await import("@/lib/auth/permissions");
    const { exportDocument } = await import("@/lib/export/mutations");
    const { EXPORT_FORMATS } = await import("@/lib/export/schema");
    const viewer = mintViewer({ id: adminId, role: "admin", name: "Bench Admin" });
    for (const format of EXPORT_FORMATS) {
      console.error(`bench: export ${format} …`);
      rows.push(await measure(format, async (sink) => {
        const result = await exportDocument({ viewer, documentId, format, override: true });
        await pipeline(result.stream, sink);
      }));
    }
  } finally {
    const { getPrisma } = await import("@/lib/db/client");
    await getPrisma().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
  return [
    "## Export (issue 6)",
    "",
    `One document of ${SEGMENTS.toLocaleString("en")} segments (every 10th approved with a changed text, every 25th with a pending suggestion, every 50th with an issue), ` +
      `bulk-inserted in ${fillSeconds.toFixed(1)} s into a throw-away database, then exported to each format into a byte-counting sink. ` +
      "Segments are read 2,000 at a time by position; peak RSS is sampled every 10 ms during each export (the whole process: Node, Prisma, the writers).",
    "",
    "| Format | Time | Output | Peak RSS | RSS before |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| \`${row.format}\` | ${row.seconds.toFixed(2)} s | ${(row.bytes / MiB).toFixed(1)} MiB | ${row.peakRssMiB.toFixed(0)} MiB | ${row.startRssMiB.toFixed(0)} MiB |`),
    "",
    "Every format streams, the DOCX included (alone and inside the package): the `docx` library builds only its small package parts, and the body XML is written segment by segment.",
  ].join("\n");
}
