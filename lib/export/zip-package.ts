import { ZipArchive } from "archiver";
import { writeChangeLogCsv, type ChangeLogEntry } from "@/lib/export/change-log";
import { writeCorrectedText } from "@/lib/export/corrected-text";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { appendStream, appendText } from "@/lib/export/zip-entry";

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

async function fill(archive: ZipArchive, input: ReviewPackageInput): Promise<void> {
  const date = input.exportedAt;
  const name = (suffix: string) => `${input.baseName}.${suffix}`;
  const text = writeCorrectedText(input.segments(), { targetLeading: input.targetLeading });
  appendText(archive, text, { name: name(`corrected.${input.textExtension ?? "txt"}`), date });
  // archiver reads entries one after another, so the DOCX's own zip stream is consumed only in its turn.
  const docx = writeTrackedDocx(input.segments(), { title: input.title, targetLeading: input.targetLeading, exportedAt: date });
  appendStream(archive, docx, { name: name("tracked-changes.docx"), date });
  appendText(archive, writeChangeLogCsv(input.changes), { name: name("change-log.csv"), date });
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
