import "server-only";
import type { Readable } from "node:stream";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { utf8Stream } from "@/lib/exchange/chunks";
import { writeCorrectedText } from "@/lib/export/corrected-text";
import { writeTrackedDocx } from "@/lib/export/docx-tracked";
import { toExportFileName, toFileStem } from "@/lib/export/file-names";
import {
  findBlockingIssueCounts, getExportDocument, getMqmSummary, streamChangeLog, streamExportSegments, streamReportIssues,
  type BlockingIssueCounts, type ExportDocumentHeader,
} from "@/lib/export/queries";
import { toScorecard, writeIssuesCsv, writeIssuesJson } from "@/lib/export/report";
import { writeReportHtml } from "@/lib/export/report-html";
import { CORRECTED_TEXT_FORMATS, exportDocumentSchema, type ExportDocumentInput, type ExportFormat } from "@/lib/export/schema";
import { writeTmx } from "@/lib/exchange/tmx-writer";
import { writeXliff12 } from "@/lib/exchange/xliff-12-writer";
import { writeXliff20 } from "@/lib/exchange/xliff-20-writer";
import { writeReviewPackage } from "@/lib/export/zip-package";

export type ExportResult = { stream: Readable; fileName: string; contentType: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xliff12: "application/xliff+xml; charset=utf-8",
  xliff20: "application/xliff+xml; charset=utf-8",
  tmx: "application/x-tmx+xml; charset=utf-8",
  "report-csv": "text/csv; charset=utf-8",
  "report-json": "application/json; charset=utf-8",
  "report-html": "text/html; charset=utf-8",
  package: "application/zip",
};

function gateMessage(counts: BlockingIssueCounts): string {
  const parts = [counts.critical ? `${counts.critical} critical` : "", counts.major ? `${counts.major} major` : ""].filter(Boolean);
  const total = counts.critical + counts.major;
  return `${parts.join(" and ")} issue${total === 1 ? " is" : "s are"} still open; resolve ${total === 1 ? "it" : "them"} first, or export with the override (it is recorded in the audit log).`;
}

type Job = { viewer: Viewer; document: ExportDocumentHeader; includePending: boolean; exportedAt: Date };

function render(format: ExportFormat, job: Job): Readable | Promise<Readable> {
  const { viewer, document, includePending, exportedAt } = job;
  const segments = () => streamExportSegments({ viewer, documentId: document.id });
  const xliff = { original: document.title, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage };
  const report = { title: document.title, exportedAt };
  const summary = () => getMqmSummary({ viewer, documentId: document.id, sourceLanguage: document.sourceLanguage });
  const issues = () => streamReportIssues({ viewer, documentId: document.id });
  async function* reportWith(writer: typeof writeIssuesJson): AsyncGenerator<string> {
    yield* writer(report, await summary(), issues());
  }
  switch (format) {
    case "txt":
    case "md":
      return utf8Stream(writeCorrectedText(segments(), { targetLeading: document.targetLeading, includePending }));
    case "docx":
      return writeTrackedDocx(segments(), { title: document.title, targetLeading: document.targetLeading, exportedAt });
    case "xliff12":
      return utf8Stream(writeXliff12(segments(), xliff));
    case "xliff20":
      return utf8Stream(writeXliff20(segments(), xliff));
    case "tmx":
      return utf8Stream(writeTmx(segments(), { sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage }));
    case "report-csv":
      return utf8Stream(writeIssuesCsv(issues()));
    case "report-json":
      return utf8Stream(reportWith(writeIssuesJson));
    case "report-html":
      return utf8Stream(reportWith(writeReportHtml));
    case "package":
      return packageStream(job);
  }
}

async function packageStream(job: Job): Promise<Readable> {
  const { viewer, document, exportedAt } = job;
  const summary = await getMqmSummary({ viewer, documentId: document.id, sourceLanguage: document.sourceLanguage });
  return writeReviewPackage({
    baseName: toFileStem(document.title),
    title: document.title,
    targetLeading: document.targetLeading,
    exportedAt,
    segments: () => streamExportSegments({ viewer, documentId: document.id }),
    changes: streamChangeLog({ viewer, documentId: document.id }),
    scorecard: toScorecard({ title: document.title, exportedAt }, summary),
  });
}

/**
 * Exports a document as a stream (admin only). Every export writes a "document.export" audit row;
 * corrected-text formats are refused with INVALID_STATE while major or critical issues are open,
 * unless `override`, which the audit row records with the open counts.
 */
export async function exportDocument(options: { viewer: Viewer } & ExportDocumentInput): Promise<ExportResult> {
  const { viewer } = options;
  assertCan(viewer, "export.run");
  const input = exportDocumentSchema.parse(options);
  const document = await getExportDocument({ viewer, documentId: input.documentId });
  const isGated = CORRECTED_TEXT_FORMATS.has(input.format);
  const blocking = (await findBlockingIssueCounts({ viewer, documentId: document.id })).get(document.id);
  if (isGated && blocking && !input.override) {
    throw new AppError({ code: "INVALID_STATE", message: gateMessage(blocking), details: blocking });
  }
  const exportedAt = new Date();
  await inTransaction(async (tx) => {
    await recordEvent(tx, {
      actorId: viewer.userId,
      action: "document.export",
      entityType: "document",
      entityId: document.id,
      documentId: document.id,
      after: { format: input.format, includePending: input.includePending, override: input.override, ...(isGated && blocking ? { openIssues: blocking } : {}) },
    });
  });
  const stream = await render(input.format, { viewer, document, includePending: input.includePending, exportedAt });
  return { stream, fileName: toExportFileName(document.title, input.format), contentType: CONTENT_TYPES[input.format] };
}
