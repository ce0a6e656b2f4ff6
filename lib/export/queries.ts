import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangeLogEntry } from "@/lib/export/change-log";
import type { ReportIssue } from "@/lib/export/report";
import { issueSpanText, toChangeLogEntries, toExportSegment, type SegmentRow, type SuggestionRow } from "@/lib/export/segment-rows";
import type { ExportSegment } from "@/lib/exchange/types";
import { computeMqmScore, countWords, type MqmScore } from "@/lib/review/mqm-score";
import { isUuid } from "@/lib/ids";
import { LIVE_DOCUMENT } from "@/lib/db/live";

/** Segments read per query: the export never holds more than one page of a document. */
export const EXPORT_PAGE_SIZE = 2_000;

/** History actions that change a segment's English without a suggestion. */
const EDIT_ACTIONS = ["segment.edit"];

export type ExportDocumentHeader = {
  id: string;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  sourceLeading: string;
  targetLeading: string;
};

/** The live document to export; NOT_FOUND naming the id otherwise. */
export async function getExportDocument(options: { viewer: Viewer; documentId: string }): Promise<ExportDocumentHeader> {
  assertCan(options.viewer, "export.run");
  const document = isUuid(options.documentId)
    ? await getPrisma().document.findFirst({
        where: { id: options.documentId, ...LIVE_DOCUMENT },
        select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, sourceLeading: true, targetLeading: true },
      })
    : null;
  if (!document) throw new AppError({ code: "NOT_FOUND", message: `Document ${options.documentId} does not exist.` });
  return document;
}

export type BlockingIssueCounts = { major: number; critical: number };

/** Open major and critical issues per document (documents without any are absent). */
export async function findBlockingIssueCounts(options: { viewer: Viewer; documentId?: string }): Promise<Map<string, BlockingIssueCounts>> {
  assertCan(options.viewer, "export.run");
  const rows = await getPrisma().issue.groupBy({
    by: ["documentId", "severity"],
    where: { status: "open", severity: { in: ["major", "critical"] }, ...(options.documentId ? { documentId: options.documentId } : {}) },
    _count: { _all: true },
  });
  const counts = new Map<string, BlockingIssueCounts>();
  for (const row of rows) {
    const entry = counts.get(row.documentId) ?? { major: 0, critical: 0 };
    entry[row.severity as keyof BlockingIssueCounts] = row._count._all;
    counts.set(row.documentId, entry);
  }
  return counts;
}

type SegmentRecord = Omit<SegmentRow, "suggestions" | "edits"> & {
  version: number;
  suggestions: Array<Omit<SuggestionRow, "createdAt" | "reviewedAt"> & { createdAt: string; reviewedAt: string | null }>;
  edits: Array<{ actorName: string; at: string; after: unknown }>;
};

/**
 * One page of segments with their issues, open/approved suggestions and direct edits, aggregated
 * as JSON in a single statement: one round trip per page instead of one per relation, which is
 * what keeps a 100,000-segment export within seconds (correlated subqueries measured faster
 * here than page-wide joins).
 */
function segmentPage(documentId: string, after: number, pageSize: number, changedOnly: boolean) {
  return getPrisma().$queryRaw<SegmentRecord[]>`
    SELECT s.position, s.source_text AS "sourceText", s.published_text AS "publishedText", s.current_text AS "currentText",
      s.source_separator AS "sourceSeparator", s.target_separator AS "targetSeparator", s.status::text AS status, s.version,
      COALESCE((SELECT json_agg(json_build_object('category', i.category, 'severity', i.severity, 'status', i.status,
          'comment', i.comment, 'authorName', u.name) ORDER BY i.created_at, i.id)
        FROM issues i JOIN users u ON u.id = i.author_id WHERE i.segment_id = s.id), '[]') AS issues,
      COALESCE((SELECT json_agg(json_build_object('id', g.id, 'status', g.status, 'text', g.text, 'approvedText', g.approved_text, 'note', g.note,
          'authorName', a.name, 'reviewerName', r.name, 'createdAt', g.created_at, 'reviewedAt', g.reviewed_at,
          'resolvedIssues', (SELECT COALESCE(json_agg(x.category || '/' || x.severity), '[]') FROM suggestion_issues si JOIN issues x ON x.id = si.issue_id WHERE si.suggestion_id = g.id)))
        FROM suggestions g JOIN users a ON a.id = g.author_id LEFT JOIN users r ON r.id = g.reviewer_id
        WHERE g.segment_id = s.id AND g.status IN ('pending', 'approved', 'approved_with_edits')), '[]') AS suggestions,
      COALESCE((SELECT json_agg(json_build_object('actorName', COALESCE(u.name, 'unknown'), 'at', h.at, 'after', h.after))
        FROM history_events h LEFT JOIN users u ON u.id = h.actor_id
        WHERE h.segment_id = s.id AND h.action = ANY(${EDIT_ACTIONS})), '[]') AS edits
    FROM segments s
    WHERE s.document_id = ${documentId}::uuid AND s.position > ${after}
      AND (NOT ${changedOnly} OR s.status = 'approved' OR s.version > 1
        OR EXISTS (SELECT 1 FROM suggestions g WHERE g.segment_id = s.id AND g.status IN ('approved', 'approved_with_edits')))
    ORDER BY s.position
    LIMIT ${pageSize}`;
}

function toRow(record: SegmentRecord): SegmentRow {
  return {
    ...record,
    suggestions: record.suggestions.map((suggestion) => ({
      ...suggestion,
      createdAt: new Date(suggestion.createdAt),
      reviewedAt: suggestion.reviewedAt === null ? null : new Date(suggestion.reviewedAt),
    })),
    edits: record.edits.map((edit) => ({ ...edit, at: new Date(edit.at) })),
  };
}

/** Pages through a document's segments by position (keyset), one statement per page. */
async function* segmentRows(documentId: string, changedOnly: boolean, pageSize: number): AsyncGenerator<SegmentRow> {
  let after = -1;
  for (;;) {
    const page = await segmentPage(documentId, after, pageSize, changedOnly);
    for (const record of page) yield toRow(record);
    if (page.length < pageSize) return;
    after = page[page.length - 1].position;
  }
}

/**
 * Streams the document's segments in position order, mapped for the writers, reading
 * `pageSize` segments at a time; call it again for a second pass.
 */
export async function* streamExportSegments(options: { viewer: Viewer; documentId: string; pageSize?: number }): AsyncGenerator<ExportSegment> {
  assertCan(options.viewer, "export.run");
  for await (const row of segmentRows(options.documentId, false, options.pageSize ?? EXPORT_PAGE_SIZE)) yield toExportSegment(row);
}

/** Streams every approved change (suggestion approvals and direct edits), by segment, oldest first. */
export async function* streamChangeLog(options: { viewer: Viewer; documentId: string }): AsyncGenerator<ChangeLogEntry> {
  assertCan(options.viewer, "export.run");
  for await (const row of segmentRows(options.documentId, true, EXPORT_PAGE_SIZE)) yield* toChangeLogEntries(row);
}

/** Streams all issues of the document in segment order, with the span texts they point at. */
export async function* streamReportIssues(options: { viewer: Viewer; documentId: string }): AsyncGenerator<ReportIssue> {
  assertCan(options.viewer, "export.run");
  let after = -1;
  for (;;) {
    const page = await getPrisma().segment.findMany({
      where: { documentId: options.documentId, position: { gt: after }, issues: { some: {} } },
      orderBy: { position: "asc" },
      take: EXPORT_PAGE_SIZE,
      select: {
        position: true, sourceText: true, publishedText: true, currentText: true, version: true,
        issues: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            category: true, severity: true, status: true, comment: true, resolution: true, createdAt: true, segmentVersion: true,
            targetStart: true, targetEnd: true, sourceStart: true, sourceEnd: true, author: { select: { name: true } },
          },
        },
      },
    });
    for (const segment of page) {
      for (const issue of segment.issues) {
        const target = issueSpanText(segment, { segmentVersion: issue.segmentVersion, start: issue.targetStart, end: issue.targetEnd });
        const hasSource = issue.sourceStart !== null && issue.sourceEnd !== null;
        yield {
          segmentPosition: segment.position,
          targetSpanText: target,
          sourceSpanText: hasSource ? segment.sourceText.slice(issue.sourceStart!, issue.sourceEnd!) : null,
          category: issue.category,
          severity: issue.severity,
          status: issue.status,
          authorName: issue.author.name,
          comment: issue.comment,
          resolution: issue.resolution,
          createdAt: issue.createdAt,
        };
      }
    }
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page[page.length - 1].position;
  }
}

/** MQM score of the document: all issues against the word count of the whole source, read page by page. */
export async function getMqmSummary(options: { viewer: Viewer; documentId: string; sourceLanguage: string }): Promise<MqmScore> {
  assertCan(options.viewer, "export.run");
  const prisma = getPrisma();
  const groups = await prisma.issue.groupBy({ by: ["category", "severity", "status"], where: { documentId: options.documentId }, _count: { _all: true } });
  let words = 0;
  let after = -1;
  for (;;) {
    const page = await prisma.segment.findMany({
      where: { documentId: options.documentId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: EXPORT_PAGE_SIZE * 5,
      select: { position: true, sourceText: true },
    });
    for (const segment of page) words += countWords(segment.sourceText, options.sourceLanguage);
    if (page.length < EXPORT_PAGE_SIZE * 5) break;
    after = page[page.length - 1].position;
  }
  const issues = groups.flatMap((group) => Array.from({ length: group._count._all }, () => ({ category: group.category, severity: group.severity, status: group.status })));
  return computeMqmScore(issues, words);
}
