import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { readInPages } from "@/lib/db/read-in-pages";
import { AppError } from "@/lib/errors";
import { loadQaGlossary } from "@/lib/findings/glossary/queries";
import { getStoredTranslationModel } from "@/lib/findings/translation-model";
import { evidenceSchema, findingFiltersSchema, findingPageSchema, type FindingFilters, type FindingStatus } from "@/lib/findings/schema";
import { prepareChecks, QA_CHECKS, runChecks } from "@/lib/qa/run-checks";
import type { Evidence, CheckResult, MqmCategory, QaOptions, SegmentPair, Severity, Span } from "@/lib/qa/types";
import { isUuid } from "@/lib/ids";
import { LIVE_DOCUMENT } from "@/lib/db/live";

export type FindingRow = {
  id: string;
  segmentId: string;
  /** 0-based reading position of the segment. */
  position: number;
  checkId: string;
  category: MqmCategory;
  severity: Severity;
  message: string;
  fingerprint: string;
  status: FindingStatus;
  sourceStart: number | null;
  sourceEnd: number | null;
  targetStart: number | null;
  targetEnd: number | null;
  sourceText: string;
  /** The segment's current English. */
  targetText: string;
  /** The segment changed since the finding was computed: its spans no longer point into these texts. */
  isStale: boolean;
};

export type FindingPage = { rows: FindingRow[]; total: number; cursor: number };

function documentNotFound(documentId: string): AppError {
  return new AppError({ code: "NOT_FOUND", message: `Document ${documentId} does not exist.` });
}

async function assertLiveDocument(documentId: string): Promise<{ title: string; disabledChecks: string[] }> {
  const document = isUuid(documentId)
    ? await getPrisma().document.findFirst({ where: { id: documentId, ...LIVE_DOCUMENT }, select: { title: true, disabledChecks: true } })
    : null;
  if (!document) throw documentNotFound(documentId);
  return document;
}

/** One page of a document's findings in reading order (then by check), with the segment's texts for display. */
export async function findFindings(options: {
  viewer: Viewer;
  documentId: string;
  filters?: Partial<Record<keyof FindingFilters, string | undefined>>;
  cursor?: number;
  limit?: number;
}): Promise<FindingPage> {
  assertCan(options.viewer, "segment.read");
  await assertLiveDocument(options.documentId);
  const filters = findingFiltersSchema.parse(options.filters ?? {});
  const { cursor, limit } = findingPageSchema.parse({ cursor: options.cursor, limit: options.limit });
  const where = { documentId: options.documentId, checkId: filters.checkId, status: filters.status, segmentId: filters.segmentId };
  const prisma = getPrisma();
  const [rows, total] = await Promise.all([
    prisma.finding.findMany({
      where,
      orderBy: [{ segment: { position: "asc" } }, { checkId: "asc" }, { id: "asc" }],
      skip: cursor,
      take: limit,
      select: {
        id: true, segmentId: true, checkId: true, category: true, severity: true, message: true, fingerprint: true, status: true,
        segmentVersion: true, sourceStart: true, sourceEnd: true, targetStart: true, targetEnd: true,
        segment: { select: { position: true, sourceText: true, currentText: true, version: true } },
      },
    }),
    prisma.finding.count({ where }),
  ]);
  return {
    total,
    cursor,
    rows: rows.map(({ segment, segmentVersion, ...row }) => ({
      ...row, position: segment.position, sourceText: segment.sourceText, targetText: segment.currentText, isStale: segmentVersion !== segment.version,
    })),
  };
}

/** Open findings per segment id (segments without any are left out), for workspace badges. */
export async function countOpenFindingsBySegment(options: { viewer: Viewer; documentId: string }): Promise<Record<string, number>> {
  assertCan(options.viewer, "segment.read");
  await assertLiveDocument(options.documentId);
  const groups = await getPrisma().finding.groupBy({ by: ["segmentId"], where: { documentId: options.documentId, status: "open" }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.segmentId, group._count._all]));
}

export type CheckSummary = { id: string; title: string; category: MqmCategory; severity: Severity; isEnabled: boolean; counts: Record<FindingStatus, number> };
export type QaOverview = { documentId: string; title: string; checks: CheckSummary[] };

/** A document's title and every QA check with whether it is on for the document and its findings counted by status. */
export async function getQaOverview(options: { viewer: Viewer; documentId: string }): Promise<QaOverview> {
  assertCan(options.viewer, "segment.read");
  const { title, disabledChecks } = await assertLiveDocument(options.documentId);
  const groups = await getPrisma().finding.groupBy({ by: ["checkId", "status"], where: { documentId: options.documentId }, _count: { _all: true } });
  const checks = QA_CHECKS.map((check) => {
    const counts: Record<FindingStatus, number> = { open: 0, confirmed: 0, dismissed: 0 };
    for (const group of groups) if (group.checkId === check.id) counts[group.status] = group._count._all;
    return { ...check, isEnabled: !disabledChecks.includes(check.id), counts };
  });
  return { documentId: options.documentId, title, checks };
}

/** What the QA engine needs for a live document besides its segments. */
export type DocumentQaContext = {
  /** The document's glossary and check toggles, and the stored segments' translation model, as lib/qa takes them. */
  qaOptions: QaOptions;
  /** `${checkId}\n${fingerprint}` of every dismissal in the document. */
  dismissed: Set<string>;
};

export type DocumentQaInput = DocumentQaContext & {
  pairs: SegmentPair[];
  /** Segment id → version the pair was read at. */
  versions: Map<string, number>;
};

export const dismissalKey = (checkId: string, fingerprint: string) => `${checkId}\n${fingerprint}`;

/** A checked segment as read: the pair lib/qa takes, with its position (for the next page) and version. */
export type QaSegment = SegmentPair & { position: number; version: number };

/** The `take` segments after `afterPosition`, in position order, with what the checks read. */
export async function readQaSegmentPage(documentId: string, afterPosition: number, take: number): Promise<QaSegment[]> {
  const rows = await getPrisma().segment.findMany({
    where: { documentId, position: { gt: afterPosition } },
    orderBy: { position: "asc" },
    take,
    select: { id: true, position: true, sourceText: true, currentText: true, kind: true, version: true },
  });
  return rows.map((row) => ({ id: row.id, source: row.sourceText, target: row.currentText, kind: row.kind, position: row.position, version: row.version }));
}

/** System use (jobs): the glossary, toggles, model and dismissals of a live document, or null when there is none. */
export async function loadDocumentQaContext(documentId: string): Promise<DocumentQaContext | null> {
  const db = getPrisma();
  const document = isUuid(documentId)
    ? await db.document.findFirst({ where: { id: documentId, ...LIVE_DOCUMENT }, select: { disabledChecks: true } })
    : null;
  if (!document) return null;
  const [qaGlossary, dismissals, translationModel] = await Promise.all([
    loadQaGlossary(db, documentId),
    db.findingDismissal.findMany({ where: { documentId }, select: { checkId: true, fingerprint: true } }),
    getStoredTranslationModel({ mayTrain: true }),
  ]);
  return {
    qaOptions: { ...qaGlossary, disabledChecks: document.disabledChecks, translationModel },
    dismissed: new Set(dismissals.map((dismissal) => dismissalKey(dismissal.checkId, dismissal.fingerprint))),
  };
}

/** System use (CLI): a live document's QA context and all its segments in memory, or null when there is none. */
export async function loadDocumentQaInput(documentId: string): Promise<DocumentQaInput | null> {
  const context = await loadDocumentQaContext(documentId);
  if (!context) return null;
  const segments = await readInPages((after, take) => readQaSegmentPage(documentId, after, take));
  return {
    ...context,
    pairs: segments.map((segment) => ({ id: segment.id, source: segment.source, target: segment.target, kind: segment.kind })),
    versions: new Map(segments.map((segment) => [segment.id, segment.version])),
  };
}

/**
 * System use (CLI): runs the checks on a stored document's current texts with its glossary and
 * check toggles, leaving out dismissed findings. Stores nothing.
 */
export async function computeDocumentFindings(options: { documentId: string }): Promise<CheckResult[]> {
  const input = await loadDocumentQaInput(options.documentId);
  if (!input) throw documentNotFound(options.documentId);
  await prepareChecks();
  const findings = runChecks(input.pairs, input.qaOptions);
  return findings.filter((finding) => !input.dismissed.has(dismissalKey(finding.checkId, finding.fingerprint)));
}

export type SegmentFinding = {
  id: string;
  checkId: string;
  checkTitle: string;
  category: MqmCategory;
  severity: Severity;
  message: string;
  fingerprint: string;
  /** Null when the segment changed since the finding was computed: its offsets would mark the wrong words. */
  sourceSpan: Span | null;
  targetSpan: Span | null;
  evidence: Evidence | null;
  isStale: boolean;
};

const CHECK_TITLES = new Map(QA_CHECKS.map((check) => [check.id, check.title]));

/** A segment's open findings in check order, for the workspace panel (the caller checked segment.read). */
export async function findOpenSegmentFindings(segment: { id: string; version: number }): Promise<SegmentFinding[]> {
  const rows = await getPrisma().finding.findMany({
    where: { segmentId: segment.id, status: "open" },
    orderBy: [{ checkId: "asc" }, { id: "asc" }],
    select: {
      id: true, checkId: true, category: true, severity: true, message: true, fingerprint: true, segmentVersion: true,
      sourceStart: true, sourceEnd: true, targetStart: true, targetEnd: true, evidence: true,
    },
  });
  return rows.map((row) => {
    const isStale = row.segmentVersion !== segment.version;
    const span = (start: number | null, end: number | null) => (isStale || start === null || end === null ? null : { start, end });
    return {
      id: row.id, checkId: row.checkId, checkTitle: CHECK_TITLES.get(row.checkId) ?? row.checkId, category: row.category, severity: row.severity,
      message: row.message, fingerprint: row.fingerprint, isStale,
      sourceSpan: span(row.sourceStart, row.sourceEnd), targetSpan: span(row.targetStart, row.targetEnd),
      evidence: isStale ? null : (evidenceSchema.safeParse(row.evidence).data ?? null),
    };
  });
}
