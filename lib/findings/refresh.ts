import "server-only";
import { insertRows, type BulkColumn } from "@/lib/db/bulk-insert";
import { getPrisma, type Tx } from "@/lib/db/client";
import { forEachPage } from "@/lib/db/read-in-pages";
import { announceAfterCommit, inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { startPacer } from "@/lib/jobs/pacing";
import { loadQaGlossary } from "@/lib/findings/glossary/queries";
import { dismissalKey, loadDocumentQaContext, readQaSegmentPage, type QaSegment } from "@/lib/findings/queries";
import { getStoredTranslationModel } from "@/lib/findings/translation-model";
import { DOCUMENT_WIDE_CHECKS, QA_PAGE_SEGMENTS, withDocumentCheck } from "@/lib/qa/checks-worker";
import { prepareChecks, runSegmentChecks } from "@/lib/qa/run-checks";
import type { DocumentStats, CheckResult } from "@/lib/qa/types";
import { estimateQuality, readQeConfig } from "@/lib/quality-estimation/estimate-quality";
import { QE_CHECK_ID } from "@/lib/quality-estimation/qe-findings";

/** Rows per INSERT (one array per column): a few milliseconds of the server's CPU per batch. */
const INSERT_BATCH = 2000;
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };
/** How long a document's length statistics are reused by one-segment refreshes. */
const STATS_TTL_MS = 10 * 60_000;

// One edited segment barely moves a median over a document; the document run recomputes it.
const statsCache = new Map<string, { stats: DocumentStats; at: number }>();

/** Calls `onPage` with each page of a document's segments in position order (QA_PAGE_SEGMENTS a page); it returns false to stop. */
function eachSegmentPage(documentId: string, onPage: (page: QaSegment[]) => Promise<void | boolean>): Promise<void> {
  return forEachPage((after, take) => readQaSegmentPage(documentId, after, take), onPage, QA_PAGE_SEGMENTS);
}

async function documentStats(documentId: string): Promise<DocumentStats> {
  const cached = statsCache.get(documentId);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.stats;
  const { stats } = await withDocumentCheck({}, "stats", async (run) => {
    await eachSegmentPage(documentId, (page) => run.measure(page));
    return run.finish();
  });
  statsCache.set(documentId, { stats, at: Date.now() });
  return stats;
}

export type QualityEstimationSummary = { status: "done"; findings: number; dropped: number } | { status: "skipped"; reason: string };

/**
 * The optional external quality-estimation provider (off unless RECTO_QE_URL is set): null when it
 * is not configured or the document turned `llm-qe` off. It is asked a page of segments at a time
 * (`eachPage`), all or nothing: one skipped page skips the run. A skipped run is logged with its reason.
 */
async function runQualityEstimation(documentId: string, disabledChecks: string[], eachPage: typeof eachSegmentPage): Promise<{ summary: QualityEstimationSummary; findings: CheckResult[] } | null> {
  if (disabledChecks.includes(QE_CHECK_ID)) return null;
  let config;
  try {
    config = readQeConfig();
  } catch (error) {
    const summary = { status: "skipped" as const, reason: (error as Error).message };
    console.warn(`recto: quality estimation skipped for document ${documentId}: ${summary.reason}`);
    return { summary, findings: [] };
  }
  if (!config) return null;
  const findings: CheckResult[] = [];
  let dropped = 0;
  let skipped: string | null = null;
  await eachPage(documentId, async (page) => {
    const outcome = await estimateQuality(page, config);
    if (outcome.status === "skipped") {
      skipped = outcome.reason;
      return false;
    }
    findings.push(...outcome.findings);
    dropped += outcome.dropped;
    return true;
  });
  if (skipped !== null) {
    console.warn(`recto: quality estimation skipped for document ${documentId}: ${skipped}`);
    return { summary: { status: "skipped", reason: skipped }, findings: [] };
  }
  return { summary: { status: "done", findings: findings.length, dropped }, findings };
}

/** Serialises every findings write of one document (job, segment refresh, toggles, dismissals) until commit. */
export async function lockDocumentFindings(tx: Tx, documentId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('findings'), hashtext(${documentId}))`;
}

/**
 * Stores new open findings in batches, leaving out dismissed patterns (read under the lock, so a
 * dismissal made during the run counts); a row whose (segment, check, fingerprint) already exists,
 * confirmed or dismissed, is kept as it is.
 */
export async function insertFindings(tx: Tx, documentId: string, findings: CheckResult[], versions: Map<string, number>): Promise<number> {
  const dismissals = await tx.findingDismissal.findMany({ where: { documentId }, select: { checkId: true, fingerprint: true } });
  const dismissed = new Set(dismissals.map((dismissal) => dismissalKey(dismissal.checkId, dismissal.fingerprint)));
  const rows = findings.filter((finding) => versions.has(finding.segmentId) && !dismissed.has(dismissalKey(finding.checkId, finding.fingerprint)));
  const columns: BulkColumn<CheckResult>[] = [
    { name: "document_id", type: "uuid", value: () => documentId },
    { name: "segment_id", type: "uuid", value: (finding) => finding.segmentId },
    { name: "check_id", type: "text", value: (finding) => finding.checkId },
    { name: "category", type: { enum: "mqm_category" }, value: (finding) => finding.category },
    { name: "severity", type: { enum: "severity" }, value: (finding) => finding.severity },
    { name: "message", type: "text", value: (finding) => finding.message },
    { name: "fingerprint", type: "text", value: (finding) => finding.fingerprint },
    { name: "segment_version", type: "int", value: (finding) => versions.get(finding.segmentId)! },
    { name: "source_start", type: "int", value: (finding) => finding.sourceSpan?.start ?? null },
    { name: "source_end", type: "int", value: (finding) => finding.sourceSpan?.end ?? null },
    { name: "target_start", type: "int", value: (finding) => finding.targetSpan?.start ?? null },
    { name: "target_end", type: "int", value: (finding) => finding.targetSpan?.end ?? null },
    { name: "evidence", type: "jsonb", value: (finding) => finding.evidence ?? null },
  ];
  let inserted = 0;
  const pacer = startPacer();
  try {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      inserted += await insertRows(tx, "findings", columns, rows.slice(start, start + INSERT_BATCH), { skipDuplicates: true });
      if (start + INSERT_BATCH < rows.length) await pacer.pause();
    }
  } finally {
    pacer.stop();
  }
  return inserted;
}

/**
 * Tells the document's open workspaces, once `tx` commits, that a QA run replaced findings: the open
 * segment's panel and the rows' badges reload. No history row: a run is nobody's change.
 */
function announceFindings(tx: Tx, documentId: string): void {
  announceAfterCommit(tx, { actorId: null, action: "findings.refresh", entityType: "document", entityId: documentId, documentId, segmentId: null });
}

/**
 * One page's findings in place of its segments' open ones, for the segments not edited since the
 * page was read (an edited one keeps its findings: its own refresh handles it). The document-wide
 * checks' and the quality estimation's findings are left to replaceDocumentFindings.
 */
async function replacePageFindings(documentId: string, page: QaSegment[], findings: CheckResult[]): Promise<number> {
  return inTransaction(async (tx) => {
    await lockDocumentFindings(tx, documentId);
    const read = new Map(page.map((segment) => [segment.id, segment.version]));
    const current = await tx.segment.findMany({ where: { id: { in: [...read.keys()] } }, select: { id: true, version: true } });
    const unchanged = new Map(current.filter((segment) => read.get(segment.id) === segment.version).map((segment) => [segment.id, segment.version]));
    await tx.finding.deleteMany({ where: { documentId, status: "open", segmentId: { in: [...unchanged.keys()] }, checkId: { notIn: [...DOCUMENT_WIDE_CHECKS, QE_CHECK_ID] } } });
    announceFindings(tx, documentId);
    return insertFindings(tx, documentId, findings, unchanged);
  }, TRANSACTION);
}

/**
 * The findings of `checkIds` (computed over the whole document) in place of the open ones, for the
 * segments whose version is still the one read (`versions`); the document's current versions are
 * compared a page at a time.
 */
async function replaceDocumentFindings(documentId: string, checkIds: string[], findings: CheckResult[], versions: Map<string, number>): Promise<number> {
  return inTransaction(async (tx) => {
    await lockDocumentFindings(tx, documentId);
    const found = new Set(findings.map((finding) => finding.segmentId));
    const changed: string[] = [];
    const unchanged = new Map<string, number>();
    const readVersions = (after: number, take: number) =>
      tx.segment.findMany({ where: { documentId, position: { gt: after } }, orderBy: { position: "asc" }, take, select: { id: true, position: true, version: true } });
    await forEachPage(readVersions, async (page) => {
      for (const segment of page) {
        if (versions.get(segment.id) !== segment.version) changed.push(segment.id);
        else if (found.has(segment.id)) unchanged.set(segment.id, segment.version);
      }
    });
    await tx.finding.deleteMany({ where: { documentId, status: "open", checkId: { in: checkIds }, ...(changed.length > 0 ? { segmentId: { notIn: changed } } : {}) } });
    announceFindings(tx, documentId);
    return insertFindings(tx, documentId, findings, unchanged);
  }, TRANSACTION);
}

/**
 * System use (the qa-document job): runs every enabled check on the document's current texts and
 * replaces its open findings; confirmed and dismissed rows stay. The document is read, checked (in
 * the process's QA thread, lib/qa/checks-worker.ts) and stored a page of QA_PAGE_SEGMENTS at a
 * time, each page's findings in a transaction of their own, so that neither the server's memory
 * nor a transaction grows with the document; the document-wide checks' findings follow in one
 * more. Pages are paced by the event loop's delay (lib/jobs/pacing.ts). A segment edited meanwhile
 * keeps its findings (its own refresh handles it). A run that fails part-way leaves the pages
 * already stored replaced; the job's retry replaces the rest. With scope "document-wide" (after
 * one segment's edit, whose own refresh covered the rest) only the document-wide checks run and
 * only their findings are replaced. A full run also asks the quality-estimation provider when one
 * is configured; if it is skipped, its stored findings stay and `qualityEstimation` says why.
 * Returns null when the document does not exist (any more).
 */
export async function refreshDocumentFindings(options: { documentId: string; scope?: "all" | "document-wide" }): Promise<{ openCount: number; qualityEstimation?: QualityEstimationSummary } | null> {
  const { documentId } = options;
  const onlyDocumentWide = options.scope === "document-wide";
  const context = await loadDocumentQaContext(documentId);
  if (!context) return null;
  // Segment id → version as read: a few dozen bytes a segment, to tell which were edited meanwhile.
  const versions = new Map<string, number>();
  let openCount = 0;
  const pacer = startPacer();
  try {
    const eachPage = (id: string, onPage: (page: QaSegment[]) => Promise<void | boolean>) =>
      eachSegmentPage(id, async (page) => {
        const goOn = await onPage(page);
        await pacer.pause();
        return goOn;
      });
    const { findings, stats } = await withDocumentCheck(context.qaOptions, onlyDocumentWide ? "document-wide" : "all", async (run) => {
      if (!onlyDocumentWide) await eachPage(documentId, (page) => run.measure(page));
      await eachPage(documentId, async (page) => {
        for (const segment of page) versions.set(segment.id, segment.version);
        const pageFindings = await run.check(page);
        if (!onlyDocumentWide) openCount += await replacePageFindings(documentId, page, pageFindings);
      });
      return run.finish();
    });
    statsCache.set(documentId, { stats, at: Date.now() });
    const qualityEstimation = onlyDocumentWide ? null : await runQualityEstimation(documentId, context.qaOptions.disabledChecks ?? [], eachPage);
    // Without a fresh answer from the quality-estimation provider, its stored findings stay.
    const checkIds = qualityEstimation?.summary.status === "done" ? [...DOCUMENT_WIDE_CHECKS, QE_CHECK_ID] : DOCUMENT_WIDE_CHECKS;
    openCount += await replaceDocumentFindings(documentId, checkIds, [...findings, ...(qualityEstimation?.findings ?? [])], versions);
    // Findings are derived data: recomputing them is not a change anyone made, so it is not audited
    // (confirming and dismissing them are).
    return { openCount, ...(qualityEstimation ? { qualityEstimation: qualityEstimation.summary } : {}) };
  } finally {
    pacer.stop();
  }
}

/**
 * System use, synchronous: re-checks one segment after its text changed (approval, direct edit)
 * against the document's length statistics, glossary and toggles, and replaces that segment's
 * open findings; other segments are not touched. Term consistency waits for the document run.
 * Call it after the edit's transaction commits (it reads the committed text). Returns null when the
 * document is deleted or the segment was edited again meanwhile.
 */
export async function refreshSegmentFindings(options: { segmentId: string }): Promise<{ openCount: number } | null> {
  const prisma = getPrisma();
  const segment = await prisma.segment.findUnique({
    where: { id: options.segmentId },
    select: { id: true, documentId: true, sourceText: true, currentText: true, kind: true, version: true, document: { select: { deletedAt: true, disabledChecks: true } } },
  });
  if (!segment) throw new AppError({ code: "NOT_FOUND", message: `Segment ${options.segmentId} does not exist.` });
  if (segment.document.deletedAt) return null;
  const { documentId } = segment;
  const [stats, qaGlossary, translationModel] = await Promise.all([documentStats(documentId), loadQaGlossary(prisma, documentId), getStoredTranslationModel(), prepareChecks()]);
  const pair = { id: segment.id, source: segment.sourceText, target: segment.currentText, kind: segment.kind };
  const findings = runSegmentChecks(pair, { ...qaGlossary, disabledChecks: segment.document.disabledChecks, documentStats: stats, translationModel });
  return inTransaction(async (tx) => {
    await lockDocumentFindings(tx, documentId);
    const now = await tx.segment.findUnique({ where: { id: segment.id }, select: { version: true } });
    // Edited again since we read it: that edit's own refresh wins.
    if (!now || now.version !== segment.version) return null;
    await tx.finding.deleteMany({ where: { segmentId: segment.id, status: "open", checkId: { notIn: DOCUMENT_WIDE_CHECKS } } });
    const openCount = await insertFindings(tx, documentId, findings, new Map([[segment.id, segment.version]]));
    return { openCount };
  }, TRANSACTION);
}
