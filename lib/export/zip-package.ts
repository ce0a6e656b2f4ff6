import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { writeChangeLogCsv, type ChangeLogEntry } from "@/lib/export/change-log";
import { writeCorrectedText } from "@/lib/export/corrected-text";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import type { ExportSegment, Source } from "@/lib/export/types";

export type ReviewPackageInput = {
  /** File name stem inside the zip, e.g. "mokhiber-resignation". */
  baseName: string;
  title: string;
  targetLeading: string;
  exportedAt: Date;
  /** Called once per file that needs the segments (text, then DOCX), so pass a fresh cursor each time. */
  segments: () => Source<ExportSegment>;
  changes: Source<ChangeLogEntry>;
  /** Written as-is as JSON (see `toScorecard` in report.ts). */
  scorecard: unknown;
  textExtension?: "txt" | "md";
};

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk, "utf8");
}

/** An entry stream whose failure fails the whole archive (archiver does not listen for it). */
function entryStream(archive: ZipArchive, chunks: AsyncIterable<string>): Readable {
  const stream = Readable.from(utf8(chunks));
  stream.on("error", (error) => archive.destroy(error));
  return stream;
}

async function fill(archive: ZipArchive, input: ReviewPackageInput): Promise<void> {
  const date = input.exportedAt;
  const name = (suffix: string) => `${input.baseName}.${suffix}`;
  const text = writeCorrectedText(input.segments(), { targetLeading: input.targetLeading });
  archive.append(entryStream(archive, text), { name: name(`corrected.${input.textExtension ?? "txt"}`), date });
  const docx = await writeTrackedDocx(input.segments(), { title: input.title, targetLeading: input.targetLeading, exportedAt: date });
  archive.append(docx, { name: name("tracked-changes.docx"), date });
  archive.append(entryStream(archive, writeChangeLogCsv(input.changes)), { name: name("change-log.csv"), date });
  archive.append(`${JSON.stringify(input.scorecard, null, 2)}\n`, { name: name("mqm-scorecard.json"), date });
  await archive.finalize();
}

/**
 * The review package the newsroom archives, as a zip stream: corrected English (text),
 * DOCX with tracked changes, change log CSV and MQM scorecard JSON. Pipe the returned stream
 * to the response or a file; failures surface as the stream's error.
 */
export function writeReviewPackage(input: ReviewPackageInput): ZipArchive {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  fill(archive, input).catch((error: unknown) => archive.destroy(error instanceof Error ? error : new Error(String(error))));
  return archive;
}
