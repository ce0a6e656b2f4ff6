import "server-only";
import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { insertRows, type BulkColumn } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { readBilingualOffThread } from "@/lib/documents/bilingual-worker";
import { importedNoteIssue, importedSegmentStatus, languagePairProblem } from "@/lib/documents/bilingual-trust";
import type { SegmentStatus } from "@/lib/status/transitions";
import { startImportedDocumentQa, type ImportResult } from "@/lib/documents/mutations";
import { bilingualImportLimits } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { startPacer } from "@/lib/jobs/pacing";
import { bilingualFormat, type BilingualFormat } from "@/lib/exchange/bilingual-stream";
import { importBilingualSchema, type ImportBilingualInput } from "@/lib/documents/schema";
import type { BilingualUnit } from "@/lib/exchange/types";

export type BilingualImportResult = ImportResult & { format: BilingualFormat; issueCount: number; skippedUnits: number };
/** After each stored batch: segments stored so far and the share of the file read (0..1). */
export type BilingualProgress = (stored: number, fractionRead: number) => Promise<void>;

/** Units with text on neither side carry nothing to review; they are counted, not stored. */
const isEmptyUnit = (unit: BilingualUnit) => unit.source === "" && !unit.target;

const segmentKind = (unit: BilingualUnit) => (unit.source === "" ? "0-1" : unit.target ? "1-1" : "1-0");

/** The file's size limit as a message naming it and its setting; `bytes` null when only "more" is known (a streamed upload). */
export function bilingualTooLarge(fileName: string, bytes: number | null, maxMegabytes: number): AppError {
  const size = bytes === null ? "" : `${(bytes / 1024 / 1024).toFixed(1)} MB, `;
  return new AppError({
    code: "TOO_LARGE",
    message: `${fileName} is ${size}over the ${maxMegabytes} MB limit for bilingual files (RECTO_MAX_BILINGUAL_MB); split it into smaller files.`,
  });
}

type SegmentRow = { id: string; position: number; unit: BilingualUnit; status: SegmentStatus };
type IssueRow = ReturnType<typeof importedNoteIssue> & { segmentId: string };

function segmentColumns(documentId: string): BulkColumn<SegmentRow>[] {
  return [
    { name: "id", type: "uuid", value: (row) => row.id },
    { name: "document_id", type: "uuid", value: () => documentId },
    { name: "position", type: "int", value: (row) => row.position },
    { name: "source_text", type: "text", value: (row) => row.unit.source },
    { name: "published_text", type: "text", value: (row) => row.unit.target ?? "" },
    { name: "current_text", type: "text", value: (row) => row.unit.target ?? "" },
    // Segments are separated by blank lines; the last one's separators are cleared at the end.
    { name: "source_separator", type: "text", value: () => "\n\n" },
    { name: "target_separator", type: "text", value: () => "\n\n" },
    { name: "kind", type: "text", value: (row) => segmentKind(row.unit) },
    { name: "confidence", type: "float8", value: () => 1 },
    { name: "status", type: { enum: "segment_status" }, value: (row) => row.status },
  ];
}

function issueColumns(documentId: string): BulkColumn<IssueRow>[] {
  return [
    { name: "document_id", type: "uuid", value: () => documentId },
    { name: "segment_id", type: "uuid", value: (row) => row.segmentId },
    { name: "author_id", type: "text", value: (row) => row.authorId },
    { name: "segment_version", type: "int", value: () => 1 },
    { name: "category", type: { enum: "mqm_category" }, value: (row) => row.category },
    { name: "severity", type: { enum: "severity" }, value: (row) => row.severity },
    { name: "status", type: { enum: "issue_status" }, value: (row) => row.status },
    { name: "comment", type: "text", value: (row) => row.comment },
    { name: "resolved_by_id", type: "text", value: (row) => row.resolvedById ?? null },
    { name: "resolved_at", type: "timestamptz", value: (row) => row.resolvedAt?.toISOString() ?? null },
  ];
}


type StoreOptions = { viewer: Viewer; input: ReturnType<typeof importBilingualSchema.parse>; onProgress?: BilingualProgress };

/** Inside the caller's transaction: the document, its segments and issues batch by batch as the file is read, and the history row. */
async function storeBilingualFile(tx: Tx, options: StoreOptions): Promise<BilingualImportResult> {
  const { viewer, input } = options;
  const { maxBytes, maxUnits } = bilingualImportLimits();
  const format = bilingualFormat(input.fileName);
  const document = await tx.document.create({
    data: { title: input.title, provenance: input.provenance || `Imported from ${input.fileName}`, createdById: viewer.userId },
    select: { id: true },
  });
  const totals = { segments: 0, issues: 0, skipped: 0, sourceLanguage: null as string | null, targetLanguage: null as string | null };
  const request = { fileName: input.fileName, format, maxBytes, maxUnits, path: input.path, bytes: input.bytes };
  const pacer = startPacer();
  try {
    await readBilingualOffThread(request, async (batch) => {
      const units = batch.units.filter((unit) => !isEmptyUnit(unit));
      Object.assign(totals, { skipped: totals.skipped + batch.units.length - units.length, sourceLanguage: batch.sourceLanguage, targetLanguage: batch.targetLanguage });
      if (totals.segments === 0) {
        // The first batch's text decides when the declared languages are not French → English.
        const sample = { source: units.map((unit) => unit.source).join("\n"), target: units.map((unit) => unit.target ?? "").join("\n") };
        const languageProblem = languagePairProblem(batch, input.fileName, sample);
        if (languageProblem) throw new AppError({ code: "VALIDATION", message: languageProblem });
      }
      const placed = units.map((unit, k) => ({ id: randomUUID(), position: totals.segments + k, unit }));
      const issues = placed.flatMap((row) => row.unit.notes.map((note) => ({ segmentId: row.id, ...importedNoteIssue(note, viewer.userId) })));
      const openIssues = new Map<string, number>();
      for (const issue of issues) if (issue.status === "open") openIssues.set(issue.segmentId, (openIssues.get(issue.segmentId) ?? 0) + 1);
      const rows = placed.map((row) => ({ ...row, status: importedSegmentStatus(openIssues.get(row.id) ?? 0) }));
      // Each INSERT keeps a PostgreSQL backend busy; the pauses leave the CPU to reviewers' requests.
      await insertRows(tx, "segments", segmentColumns(document.id), rows);
      await pacer.pause();
      await insertRows(tx, "issues", issueColumns(document.id), issues);
      totals.segments += rows.length;
      totals.issues += issues.length;
      await options.onProgress?.(totals.segments, batch.totalChars === 0 ? 1 : batch.readChars / batch.totalChars);
      await pacer.pause();
    });
  } finally {
    pacer.stop();
  }
  if (totals.segments === 0) throw new AppError({ code: "VALIDATION", message: `${input.fileName} has no translation units with text.` });
  await tx.$executeRaw`UPDATE segments SET source_separator = '', target_separator = '' WHERE document_id = ${document.id}::uuid AND position = ${totals.segments - 1}`;
  await tx.document.update({
    where: { id: document.id },
    // Accepted files are French → English, whatever a tool's default declaration said.
    data: { sourceLanguage: "fr", targetLanguage: "en" },
    select: { id: true },
  });
  const after = { title: input.title, format, fileName: input.fileName, segments: totals.segments, issues: totals.issues, skippedUnits: totals.skipped };
  await recordEvent(tx, { actorId: viewer.userId, action: "document.import", entityType: "document", entityId: document.id, documentId: document.id, after });
  return { documentId: document.id, segmentCount: totals.segments, format, issueCount: totals.issues, skippedUnits: totals.skipped };
}

/**
 * Imports an XLIFF 1.2/2.0, TMX, CSV or TSV file (its bytes, or a path on the server) as one
 * document whose segments are the file's aligned units, in one transaction: on any error nothing is
 * stored. The file is read in a worker thread and stored 1,000 units per INSERT, so neither the
 * event loop nor memory grows with the file; it may hold RECTO_MAX_BILINGUAL_MB and
 * RECTO_MAX_IMPORT_UNITS at most (TOO_LARGE naming the limit). Malformed XML is a VALIDATION error
 * naming the line and column. After the commit the document's QA run is queued.
 */
export async function importBilingualFile(options: { viewer: Viewer; input: ImportBilingualInput; onProgress?: BilingualProgress }): Promise<BilingualImportResult> {
  const { viewer } = options;
  assertCan(viewer, "document.import");
  const input = importBilingualSchema.parse(options.input);
  const { maxBytes, maxMegabytes } = bilingualImportLimits();
  const size = input.bytes?.length ?? (await stat(input.path!)).size;
  if (size > maxBytes) throw bilingualTooLarge(input.fileName, size, maxMegabytes);
  const result = await inTransaction((tx) => storeBilingualFile(tx, { viewer, input, onProgress: options.onProgress }), {
    timeout: 30 * 60_000,
    maxWait: 30_000,
  });
  await startImportedDocumentQa(result.documentId);
  return result;
}
