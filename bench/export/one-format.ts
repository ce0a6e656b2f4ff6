// Child process of the export benchmark (bench/export/index.ts): exports one format of the bench
// document and prints its measurements as JSON, so every format's peak memory starts from a fresh process.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

export type Row = { format: string; seconds: number; bytes: number; peakRssMiB: number; startRssMiB: number };

const MiB = 1024 * 1024;

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

async function main(): Promise<void> {
  const [format, documentId, adminId] = process.argv.slice(2);
  const { mintViewer } = await import("@/lib/auth/permissions");
  const { exportDocument } = await import("@/lib/export/mutations");
  const { EXPORT_FORMATS } = await import("@/lib/export/schema");
  const { getPrisma } = await import("@/lib/db/client");
  if (!EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) throw new Error(`unknown format ${format}`);
  const viewer = mintViewer({ id: adminId, role: "admin", name: "Bench Admin" });
  await getPrisma().$queryRaw`SELECT 1`; // open the pool before the baseline
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const { sink, bytes } = countingSink();
  const started = performance.now();
  try {
    const result = await exportDocument({ viewer, documentId, format: format as (typeof EXPORT_FORMATS)[number], override: true });
    await pipeline(result.stream, sink);
  } finally {
    clearInterval(sampler);
    await getPrisma().$disconnect();
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  const row: Row = { format, seconds: (performance.now() - started) / 1000, bytes: bytes(), peakRssMiB: peak / MiB, startRssMiB: startRss / MiB };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
