import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { fillBenchDocument, openBenchDatabase } from "./database";
import type { Row } from "./one-format";

const SEGMENTS = 100_000;
const MiB = 1024 * 1024;
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** One export in a fresh Node process (bench/export/one-format.ts), so its peak memory is its own. */
async function measure(format: string, databaseUrl: string, documentId: string, adminId: string): Promise<Row> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [TSX, "--conditions=react-server", path.join(import.meta.dirname, "one-format.ts"), format, documentId, adminId],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: MiB },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Row;
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
    const { EXPORT_FORMATS } = await import("@/lib/export/schema");
    for (const format of EXPORT_FORMATS) {
      console.error(`bench: export ${format} …`);
      rows.push(await measure(format, database.url, documentId, adminId));
    }
  } finally {
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
  return [
    "## Export (issue 6)",
    "",
    `One document of ${SEGMENTS.toLocaleString("en")} segments (every 10th approved with a changed text, every 25th with a pending suggestion, every 50th with an issue), ` +
      `bulk-inserted in ${fillSeconds.toFixed(1)} s into a throw-away database, then exported to each format into a byte-counting sink. ` +
      "Segments are read 2,000 at a time by position; each format runs in a fresh Node process whose peak RSS is sampled every 10 ms during the export (the whole process: Node, Prisma, the writers; RSS before: that process once connected).",
    "",
    "| Format | Time | Output | Peak RSS | RSS before |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| \`${row.format}\` | ${row.seconds.toFixed(2)} s | ${(row.bytes / MiB).toFixed(1)} MiB | ${row.peakRssMiB.toFixed(0)} MiB | ${row.startRssMiB.toFixed(0)} MiB |`),
    "",
    "Every format streams, the DOCX included (alone and inside the package): the `docx` library builds only its small package parts, and the body XML is written segment by segment.",
  ].join("\n");
}
