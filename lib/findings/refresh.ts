import "server-only";
import { insertRows, type BulkColumn } from "@/lib/db/bulk-insert";
import { getPrisma, type Tx } from "@/lib/db/client";
import { readInPages } from "@/lib/db/read-in-pages";
import { AppError } from "@/lib/errors";
import { startPacer } from "@/lib/jobs/pacing";
import { loadQaGlossary } from "@/lib/findings/glossary/queries";
import { dismissalKey, loadDocumentQaInput, readSegmentTexts } from "@/lib/findings/queries";
import { getStoredTranslationModel } from "@/lib/findings/translation-model";
import { checkDocumentOffThread, DOCUMENT_WIDE_CHECKS } from "@/lib/qa/checks-worker";
import { prepareChecks, runSegmentChecks } from "@/lib/qa/run-checks";
import type { DocumentStats, CheckResult, SegmentPair } from "@/lib/qa/types";
import { estimateQuality, readQeConfig } from "@/lib/quality-estimation/estimate-quality";
import { QE_CHECK_ID } from "@/lib/quality-estimation/qe-findings";

/** Rows per INSERT (one array per column): a few milliseconds of the server's CPU per batch. */
const INSERT_BATCH = 2000;
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };
/** How long a document's length statistics are reused by one-segment refreshes. */
const STATS_TTL_MS = 10 * 60_000;

// One edited segment barely moves a median over a document; the document run recomputes it.
const statsCache = new Map<string, { stats: DocumentStats; at: number }>();

async function documentStats(documentId: string): Promise<DocumentStats> {
  const cached = statsCache.get(documentId);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.stats;
  const texts = await readSegmentTexts(documentId);
  const pairs = texts.map((row) => ({ id: row.id, source: row.sourceText, target: row.currentText }));
  const { stats } = await checkDocumentOffThread(pairs, {}, "stats");
  statsCache.set(documentId, { stats, at: Date.now() });
  return stats;
}

/** A document's segment versions now, read a page at a time (inside the run's transaction). */
function readSegmentVersions(tx: Tx, documentId: string) {
  return readInPages((after, take) => tx.segment.findMany({ where: { documentId, position: { gt: after } }, orderBy: { position: "asc" }, take, select: { id: true, position: true, version: true } }));
}

export type QualityEstimationSummary = { status: "done"; findings: number; dropped: number } | { status: "skipped"; reason: string };

/**
 * The optional external quality-estimation provider (off unless RECTO_QE_URL is set): null when it
 * is not configured or the document turned `llm-qe` off. A skipped run is logged with its reason.
 */
async function runQualityEstimation(documentId: string, pairs: SegmentPair[], disabledChecks: string[]): Promise<{ summary: QualityEstimationSummary; findings: CheckResult[] } | null> {
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
  const outcome = await estimateQuality(pairs, config);
  if (outcome.status === "skipped") {
    console.warn(`recto: quality estimation skipped for document ${documentId}: ${outcome.reason}`);
    return { summary: outcome, findings: [] };
  }
  return { summary: { status: "done", findings: outcome.findings.length, dropped: outcome.dropped }, findings: outcome.findings };
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
 * System use (the qa-document job): runs every enabled check on the document's current texts and
 * replaces its open findings in one transaction; confirmed and dismissed rows stay. With scope
 * "document-wide" (after one segment's edit, whose own refresh covered the rest) only the
 * document-wide checks run and only their findings are replaced: on a 20,000-segment document
 * about 150 ms instead of seconds of CPU. The checks run in the process's QA thread
 * (lib/qa/checks-worker.ts), off the event loop, before the transaction; a
 * segment edited meanwhile keeps its findings (its own refresh handles it). A full run also asks the
 * quality-estimation provider when one is configured; if it is skipped, its stored findings stay and
 * `qualityEstimation` says why. Returns null when the document does not exist (any more).
 */
export async function refreshDocumentFindings(options: { documentId: string; scope?: "all" | "document-wide" }): Promise<{ openCount: number; qualityEstimation?: QualityEstimationSummary } | null> {
  const { documentId } = options;
  const onlyDocumentWide = options.scope === "document-wide";
  const prisma = getPrisma();
  const input = await loadDocumentQaInput(documentId);
  if (!input) return null;
  const { findings, stats } = await checkDocumentOffThread(input.pairs, input.qaOptions, onlyDocumentWide ? "document-wide" : "all");
  statsCache.set(documentId, { stats, at: Date.now() });
  const qualityEstimation = onlyDocumentWide ? null : await runQualityEstimation(documentId, input.pairs, input.qaOptions.disabledChecks ?? []);
  findings.push(...(qualityEstimation?.findings ?? []));
  return prisma.$transaction(async (tx) => {
    await lockDocumentFindings(tx, documentId);
    const current = await readSegmentVersions(tx, documentId);
    const changed = current.filter((segment) => input.versions.get(segment.id) !== segment.version).map((segment) => segment.id);
    const unchanged = new Map(current.filter((segment) => input.versions.get(segment.id) === segment.version).map((segment) => [segment.id, segment.version]));
    await tx.finding.deleteMany({
      where: {
        documentId, status: "open",
        ...(changed.length > 0 ? { segmentId: { notIn: changed } } : {}),
        // Without a fresh answer from the quality-estimation provider, its stored findings stay.
        ...(onlyDocumentWide ? { checkId: { in: DOCUMENT_WIDE_CHECKS } } : qualityEstimation?.summary.status === "done" ? {} : { checkId: { not: QE_CHECK_ID } }),
      },
    });
    const openCount = await insertFindings(tx, documentId, findings, unchanged);
    // Findings are derived data: recomputing them is not a change anyone made, so it is not audited
    // (confirming and dismissing them are).
    return { openCount, ...(qualityEstimation ? { qualityEstimation: qualityEstimation.summary } : {}) };
  }, TRANSACTION);
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
  return prisma.$transaction(async (tx) => {
    await lockDocumentFindings(tx, documentId);
    const now = await tx.segment.findUnique({ where: { id: segment.id }, select: { version: true } });
    // Edited again since we read it: that edit's own refresh wins.
    if (!now || now.version !== segment.version) return null;
    await tx.finding.deleteMany({ where: { segmentId: segment.id, status: "open", checkId: { notIn: DOCUMENT_WIDE_CHECKS } } });
    const openCount = await insertFindings(tx, documentId, findings, new Map([[segment.id, segment.version]]));
    return { openCount };
  }, TRANSACTION);
}
