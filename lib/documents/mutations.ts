import "server-only";
import type { AlignedSegment, AlignedText } from "@/lib/align/align";
import { alignTextsOffThread } from "@/lib/align/align-worker";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { insertRows, type BulkColumn } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { checkLanguagePair } from "@/lib/documents/detect-language";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/documents/schema";
import { AppError } from "@/lib/errors";
import { afterDocumentImported, refreshDocumentFindings } from "@/lib/findings/mutations";
import { startPacer } from "@/lib/jobs/pacing";

export type ImportResult = { documentId: string; segmentCount: number };

/**
 * Aligns a French text with its English adaptation and stores the document and its segments in
 * one transaction: on any error nothing is stored. After the commit the document's QA run is
 * queued (or, with `findings: "now"`, run before returning, as the demo seed wants).
 */
export async function importDocument(options: { viewer: Viewer; input: ImportDocumentInput; findings?: "queue" | "now" }): Promise<ImportResult> {
  const { viewer } = options;
  assertCan(viewer, "document.import");
  const input = importDocumentSchema.parse(options.input);
  if (!input.allowLanguageMismatch) {
    const problem = checkLanguagePair(input.sourceText, input.targetText);
    if (problem) throw new AppError({ code: "VALIDATION", message: problem });
  }
  const aligned = await alignTextsOffThread(input.sourceText, input.targetText, { sourceLanguage: "fr", targetLanguage: "en" });
  const result = await inTransaction(
    (tx) => storeAlignedDocument(tx, { viewer, title: input.title, provenance: input.provenance, seedKey: input.seedKey, aligned }),
    { timeout: 120_000 },
  );
  await startImportedDocumentQa(result.documentId, options.findings ?? "queue");
  return result;
}

/**
 * The one place every import use case (text, background job, bilingual) starts the document's
 * automatic QA run, after its transaction committed. Queueing never throws (afterDocumentImported).
 */
export async function startImportedDocumentQa(documentId: string, findings: "queue" | "now" = "queue"): Promise<void> {
  if (findings === "now") await refreshDocumentFindings({ documentId });
  else await afterDocumentImported(documentId);
}

const SEGMENT_BATCH = 1000;

type SegmentRow = AlignedSegment & { position: number };

/** The columns of a new segment row (INSERT … SELECT FROM unnest: lib/db/bulk-insert.ts). */
function segmentColumns(documentId: string): BulkColumn<SegmentRow>[] {
  return [
    { name: "document_id", type: "uuid", value: () => documentId },
    { name: "position", type: "int", value: (row) => row.position },
    { name: "source_text", type: "text", value: (row) => row.source },
    { name: "published_text", type: "text", value: (row) => row.target },
    { name: "current_text", type: "text", value: (row) => row.target },
    { name: "source_separator", type: "text", value: (row) => row.sourceSeparator },
    { name: "target_separator", type: "text", value: (row) => row.targetSeparator },
    { name: "source_breaks", type: "int[]", value: (row) => row.sourceBreaks },
    { name: "target_breaks", type: "int[]", value: (row) => row.targetBreaks },
    { name: "kind", type: "text", value: (row) => row.kind },
    { name: "confidence", type: "float8", value: (row) => row.confidence },
  ];
}

/**
 * Inside the caller's transaction: the document, its segments (1,000 per INSERT, with `onBatch`
 * after each, e.g. to report progress) and the "document.import" history row.
 */
export async function storeAlignedDocument(
  tx: Tx,
  options: {
    viewer: Viewer; title: string; provenance: string; seedKey?: string; aligned: AlignedText;
    historyDetails?: Record<string, string>; onBatch?: (stored: number, total: number) => Promise<void>;
  },
): Promise<ImportResult> {
  const { viewer, aligned } = options;
  const total = aligned.segments.length;
  const document = await tx.document.create({
    data: {
      title: options.title, provenance: options.provenance, seedKey: options.seedKey, createdById: viewer.userId,
      sourceLeading: aligned.sourceLeading, targetLeading: aligned.targetLeading,
    },
    select: { id: true },
  });
  const columns = segmentColumns(document.id);
  const pacer = startPacer();
  try {
    for (let start = 0; start < total; start += SEGMENT_BATCH) {
      const batch = aligned.segments.slice(start, start + SEGMENT_BATCH);
      await insertRows(tx, "segments", columns, batch.map((segment, k) => ({ ...segment, position: start + k })));
      await options.onBatch?.(start + batch.length, total);
      if (start + SEGMENT_BATCH < total) await pacer.pause();
    }
  } finally {
    pacer.stop();
  }
  await recordEvent(tx, {
    actorId: viewer.userId, action: "document.import", entityType: "document", entityId: document.id, documentId: document.id,
    after: { title: options.title, segments: total, provenance: options.provenance, ...options.historyDetails },
  });
  return { documentId: document.id, segmentCount: total };
}
