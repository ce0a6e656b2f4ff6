import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { segmentFiltersSchema, segmentPageSchema, type SegmentFilters } from "@/lib/documents/schema";
import { segmentWhereSql } from "@/lib/documents/workspace-sql";
import type { DocumentCounts, DocumentScoreReport, SegmentRow } from "@/lib/documents/workspace-types";
import { segmentVersions } from "@/lib/documents/workspace-versions";
import { AppError } from "@/lib/errors";
import { findOpenSegmentFindings } from "@/lib/findings/queries";
import { computeMqmScore, countWords, type MqmScore } from "@/lib/review/mqm-score";
import { alignWords } from "@/lib/word-align/align-words";
import { suggestionTextHash } from "@/lib/review/suggestion-hash";
import { isUuid } from "@/lib/ids";
import type { SegmentStatus } from "@/lib/status/transitions";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "@/lib/db/live";


export type DocumentSummary = {
  id: string;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  provenance: string;
  createdAt: Date;
  segmentCount: number;
  statusCounts: Record<SegmentStatus, number>;
};

/** Live documents, newest first, with segment counts per review status. */
export async function findDocuments(options: { viewer: Viewer }): Promise<DocumentSummary[]> {
  assertCan(options.viewer, "segment.read");
  const prisma = getPrisma();
  const [documents, counts] = await Promise.all([
    prisma.document.findMany({
      where: LIVE_DOCUMENT,
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, createdAt: true },
    }),
    prisma.segment.groupBy({ by: ["documentId", "status"], where: IN_LIVE_DOCUMENT, _count: { _all: true } }),
  ]);
  return documents.map((document) => {
    const statusCounts: Record<SegmentStatus, number> = { unreviewed: 0, flagged: 0, corrected: 0, approved: 0, reviewed: 0 };
    for (const row of counts) if (row.documentId === document.id) statusCounts[row.status] = row._count._all;
    const segmentCount = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
    return { ...document, segmentCount, statusCounts };
  });
}

/** One live document with its segments in order; NOT_FOUND naming the id otherwise. */
export async function getDocument(options: { viewer: Viewer; documentId: string }) {
  assertCan(options.viewer, "segment.read");
  const prisma = getPrisma();
  const document = isUuid(options.documentId)
    ? await prisma.document.findFirst({
        where: { id: options.documentId, ...LIVE_DOCUMENT },
        select: {
          id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, createdAt: true,
          segments: {
            orderBy: { position: "asc" },
            select: { id: true, position: true, sourceText: true, publishedText: true, currentText: true, kind: true, confidence: true, status: true, version: true },
          },
        },
      })
    : null;
  if (!document) throw documentNotFound(options.documentId);
  return document;
}

function documentNotFound(documentId: string): AppError {
  return new AppError({ code: "NOT_FOUND", message: `Document ${documentId} does not exist.` });
}

/** A deleted document is gone for readers: its segments, search, issues and score answer NOT_FOUND. */
async function assertLive(documentId: string): Promise<void> {
  const live = await getPrisma().document.findFirst({ where: { id: documentId, ...LIVE_DOCUMENT }, select: { id: true } });
  if (!live) throw documentNotFound(documentId);
}

export type DocumentHeader = Omit<DocumentSummary, "createdAt"> & {
  allowSelfApproval: boolean;
  /** Server time (ms) when the counts' read began: the workspace keeps the newest counts it has seen. */
  readAt: number;
};

/** A live document's title, languages and status counts, without its segments. */
export async function getDocumentHeader(options: { viewer: Viewer; documentId: string }): Promise<DocumentHeader> {
  assertCan(options.viewer, "segment.read");
  const readAt = Date.now();
  const prisma = getPrisma();
  const where = { id: options.documentId, ...LIVE_DOCUMENT };
  const [document, counts] = isUuid(options.documentId)
    ? await Promise.all([
        prisma.document.findFirst({ where, select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, allowSelfApproval: true } }),
        prisma.segment.groupBy({ by: ["status"], where: { documentId: options.documentId }, _count: { _all: true } }),
      ])
    : [null, []];
  if (!document) throw documentNotFound(options.documentId);
  const statusCounts: Record<SegmentStatus, number> = { unreviewed: 0, flagged: 0, corrected: 0, approved: 0, reviewed: 0 };
  for (const row of counts) statusCounts[row.status] = row._count._all;
  const segmentCount = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
  return { ...document, segmentCount, statusCounts, readAt };
}

export type SegmentPage = { rows: SegmentRow[]; total: number; cursor: number };

/**
 * One page of a document's segments in reading order, filtered (status, open-issue category and
 * severity, low confidence, full-text or substring search in either language). `cursor` is the
 * row index in the filtered list, so a virtualized list can fetch any window of it.
 */
export async function findSegments(options: {
  viewer: Viewer;
  documentId: string;
  filters?: Partial<SegmentFilters>;
  cursor?: number;
  limit?: number;
}): Promise<SegmentPage> {
  assertCan(options.viewer, "segment.read");
  if (!isUuid(options.documentId)) throw documentNotFound(options.documentId);
  const filters = segmentFiltersSchema.parse(options.filters ?? {});
  const { cursor, limit } = segmentPageSchema.parse({ cursor: options.cursor, limit: options.limit });
  const prisma = getPrisma();
  const where = segmentWhereSql(options.documentId, filters);
  const [rows, counted] = await Promise.all([
    assertLive(options.documentId),
    // The page is cut first, so the per-row subqueries run for its rows only, not the skipped ones.
    prisma.$queryRaw<SegmentRow[]>(Prisma.sql`
      SELECT s.id, s.position, s.source_text AS "sourceText", s.current_text AS "currentText",
        s.current_text <> s.published_text AS "isChanged", s.kind, s.confidence, s.status::text AS status, s.version,
        (SELECT count(*)::int FROM suggestions g WHERE g.segment_id = s.id AND g.status = 'pending') AS "pendingSuggestionCount",
        (SELECT count(*)::int FROM findings f WHERE f.segment_id = s.id AND f.status = 'open') AS "openFindingCount",
        (SELECT coalesce(json_agg(json_build_object('id', i.id, 'category', i.category, 'severity', i.severity,
            'segmentVersion', i.segment_version, 'targetStart', i.target_start, 'targetEnd', i.target_end,
            'sourceStart', i.source_start, 'sourceEnd', i.source_end) ORDER BY i.created_at), '[]'::json)
          FROM issues i WHERE i.segment_id = s.id AND i.status = 'open') AS issues
      FROM (SELECT s.id FROM segments s WHERE ${where} ORDER BY s.position OFFSET ${cursor} LIMIT ${limit}) AS page
      JOIN segments s ON s.id = page.id
      ORDER BY s.position`),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM segments s WHERE ${where}`),
  ]).then(([, ...pages]) => pages);
  return { rows, total: counted[0]?.total ?? 0, cursor };
}

/** `readAt`: server time (ms) when the read began, as in DocumentHeader. */
export type DocumentScore = MqmScore & { openIssueCount: number; readAt: number };

/** The document's MQM score over every segment's French words (issue 4's formula, via computeMqmScore). */
export async function getDocumentScore(options: { viewer: Viewer; documentId: string }): Promise<DocumentScore> {
  assertCan(options.viewer, "segment.read");
  if (!isUuid(options.documentId)) throw documentNotFound(options.documentId);
  const readAt = Date.now();
  await assertLive(options.documentId);
  // Counted in PostgreSQL: a live update refetches this in every open tab, and a document may hold 100,000s of issues.
  const [words, groups] = await Promise.all([
    countSourceWords(options.documentId),
    getPrisma().issue.groupBy({ by: ["category", "severity", "status"], where: { documentId: options.documentId }, _count: { _all: true } }),
  ]);
  const issues = groups.map(({ category, severity, status, _count }) => ({ category, severity, status, count: _count._all }));
  const openIssueCount = issues.reduce((sum, group) => sum + (group.status === "open" ? group.count : 0), 0);
  return { ...computeMqmScore(issues, words), openIssueCount, readAt };
}

/** The MQM panel: the score and its breakdown, and the document's issues (findDocumentIssues' first 200). */
export async function getDocumentScoreReport(options: { viewer: Viewer; documentId: string }): Promise<DocumentScoreReport> {
  const [{ readAt, ...score }, issues] = await Promise.all([getDocumentScore(options), findDocumentIssues(options)]);
  return { score, issues, readAt };
}

/** The header's counts alone, for a workspace that heard of someone else's change (no segments, no issue list). */
export async function getDocumentCounts(options: { viewer: Viewer; documentId: string }): Promise<DocumentCounts> {
  const [header, score] = await Promise.all([getDocumentHeader(options), getDocumentScore(options)]);
  const readAt = Math.min(header.readAt, score.readAt);
  const { score: value, penaltyPer1000Words, issueCount, openIssueCount } = score;
  return { segmentCount: header.segmentCount, statusCounts: header.statusCounts, score: { score: value, penaltyPer1000Words, issueCount, openIssueCount }, readAt };
}

const WORD_COUNT_BATCH = 2_000;
const wordCounts = new Map<string, { stamp: string; words: number }>();

/**
 * French words of a document (countWords, exact). Counting 20,000 segments takes seconds of CPU,
 * so it runs in batches that yield to other requests, and is cached until the French changes
 * (segment count or total length: what an alignment fix changes).
 */
async function countSourceWords(documentId: string): Promise<number> {
  const prisma = getPrisma();
  const [{ stamp }] = await prisma.$queryRaw<{ stamp: string }[]>(Prisma.sql`
    SELECT count(*) || ':' || coalesce(sum(length(source_text)), 0) AS stamp FROM segments WHERE document_id = ${documentId}::uuid`);
  const cached = wordCounts.get(documentId);
  if (cached?.stamp === stamp) return cached.words;
  let words = 0;
  for (let after = -1; ; ) {
    const batch = await prisma.segment.findMany({
      where: { documentId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: WORD_COUNT_BATCH,
      select: { position: true, sourceText: true },
    });
    if (batch.length === 0) break;
    for (const segment of batch) words += countWords(segment.sourceText, "fr");
    after = batch[batch.length - 1].position;
    await new Promise((resolve) => setImmediate(resolve));
  }
  wordCounts.set(documentId, { stamp, words });
  return words;
}

/** The document's issues (open first, then newest), with the segment number and author. */
export async function findDocumentIssues(options: { viewer: Viewer; documentId: string; limit?: number }) {
  assertCan(options.viewer, "segment.read");
  if (!isUuid(options.documentId)) throw documentNotFound(options.documentId);
  await assertLive(options.documentId);
  return getPrisma().issue.findMany({
    where: { documentId: options.documentId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: options.limit ?? 200,
    select: {
      id: true, category: true, severity: true, status: true, comment: true,
      segment: { select: { id: true, position: true } },
      author: { select: { name: true } },
    },
  });
}

/**
 * Everything the workspace shows for one segment: its issues and suggestions in every state, its
 * history, and the English versions it went through (published, each approved change, current).
 */
export async function getSegmentDetail(options: { viewer: Viewer; segmentId: string }) {
  assertCan(options.viewer, "segment.read");
  const prisma = getPrisma();
  const person = { select: { id: true, name: true } };
  const segment = isUuid(options.segmentId)
    ? await prisma.segment.findFirst({
        where: { id: options.segmentId, ...IN_LIVE_DOCUMENT },
        select: {
          id: true, documentId: true, position: true, sourceText: true, publishedText: true, currentText: true,
          kind: true, confidence: true, status: true, version: true, sourceBreaks: true, targetBreaks: true,
          issues: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true, category: true, severity: true, comment: true, status: true, resolution: true, segmentVersion: true,
              targetStart: true, targetEnd: true, sourceStart: true, sourceEnd: true, createdAt: true, author: person, resolvedBy: person,
            },
          },
          suggestions: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true, text: true, note: true, baseVersion: true, status: true, approvedText: true, rejectionReason: true,
              reviewComment: true, createdAt: true, reviewedAt: true, author: person, reviewer: person, issues: { select: { issueId: true } },
            },
          },
        },
      })
    : null;
  if (!segment) throw new AppError({ code: "NOT_FOUND", message: `Segment ${options.segmentId} does not exist.` });
  const history = await prisma.historyEvent.findMany({
    where: { segmentId: segment.id },
    orderBy: { at: "desc" },
    take: 100,
    select: { id: true, at: true, action: true, actor: { select: { name: true } } },
  });
  const next = await prisma.segment.findFirst({ where: { documentId: segment.documentId, position: { gt: segment.position } }, select: { id: true } });
  const findings = await findOpenSegmentFindings(segment);
  // The open segment's word links, so hovering or focusing a word lights its counterpart.
  const alignment = alignWords(segment.sourceText, segment.currentText);
  const suggestions = segment.suggestions.map((suggestion) => ({ ...suggestion, textHash: suggestionTextHash(suggestion.text) }));
  return {
    ...segment, suggestions, isLast: next === null, history: history.map((event) => ({ ...event, id: String(event.id) })), versions: segmentVersions(segment), findings, alignment,
  };
}

/** Every segment's English, published and current, with the newest pending suggestion, in order. */
export async function findCorrections(options: { viewer: Viewer; documentId: string }) {
  assertCan(options.viewer, "segment.read");
  if (!isUuid(options.documentId)) throw documentNotFound(options.documentId);
  return getPrisma().segment.findMany({
    where: { documentId: options.documentId, ...IN_LIVE_DOCUMENT },
    orderBy: { position: "asc" },
    select: {
      id: true, position: true, publishedText: true, currentText: true, targetSeparator: true, status: true,
      suggestions: { where: { status: "pending" }, orderBy: { createdAt: "desc" }, take: 1, select: { text: true, author: { select: { name: true } } } },
    },
  });
}
