import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockDocumentFindings } from "@/lib/findings/refresh";
import { confirmFindingSchema, setCheckEnabledSchema, type ConfirmFindingInput, type SetCheckEnabledInput } from "@/lib/findings/schema";
import { enqueue, enqueueDebounced, QUEUES } from "@/lib/jobs/queue";
import { isTransitionError, nextSegmentStatus } from "@/lib/status/transitions";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";

export { refreshDocumentFindings, refreshSegmentFindings } from "@/lib/findings/refresh";
export { dismissFinding, dismissFindings } from "@/lib/findings/dismiss";

/** Queues a background QA run of a whole document (QUEUES.qaDocument → refreshDocumentFindings). */
export async function enqueueDocumentQa(options: { documentId: string }): Promise<string> {
  return enqueue(QUEUES.qaDocument, { documentId: options.documentId });
}

/**
 * Call after a document's import commits: its findings are computed in the background. Never
 * throws: the import stands even when the queue is unreachable (the failure is logged).
 */
export async function afterDocumentImported(documentId: string): Promise<void> {
  try {
    await enqueueDocumentQa({ documentId });
  } catch (error) {
    console.error(`recto: could not queue the QA run of imported document ${documentId}`, error);
  }
}

/** Glossary and check changes queue their QA run at most once per this many seconds (per document, or once for all). */
export const QA_AFTER_CHANGE_WINDOW_SECONDS = 5;

/**
 * After a glossary or check change: re-checks the document, or every live document for a global
 * change. Debounced like enqueueQaAfterEdit (docs/decisions/009): a burst of changes queues at most
 * a job per slot and key, and a global change is one job that re-checks each document in turn
 * rather than one job per document. The change is already committed, so a queue failure is logged.
 */
export async function enqueueQaAfterChange(documentId: string | null): Promise<void> {
  try {
    const window = { windowSeconds: QA_AFTER_CHANGE_WINDOW_SECONDS };
    if (documentId) await enqueueDebounced(QUEUES.qaDocument, { documentId }, { key: `all-checks:${documentId}`, ...window });
    else await enqueueDebounced(QUEUES.qaAllDocuments, {}, { key: "all-documents", ...window });
  } catch (error) {
    console.error("recto: could not queue a QA refresh", error);
  }
}

/** After a text change, a document's whole-document QA run is queued at most once per this many seconds. */
export const QA_AFTER_EDIT_WINDOW_SECONDS = 5;

/**
 * After a segment's text changed (approval, direct edit): queues the document-wide checks (term
 * consistency, length statistics) that the one-segment refresh leaves out, debounced per document,
 * so a burst of approvals yields about one run per QA_AFTER_EDIT_WINDOW_SECONDS, the last one
 * starting after the last change. Never throws: the change is already committed.
 */
export async function enqueueQaAfterEdit(documentId: string): Promise<void> {
  try {
    await enqueueDebounced(QUEUES.qaDocument, { documentId, scope: "document-wide" }, { key: documentId, windowSeconds: QA_AFTER_EDIT_WINDOW_SECONDS });
  } catch (error) {
    console.error(`recto: could not queue a QA refresh of document ${documentId}`, error);
  }
}

/** A reviewer agrees with an automatic finding: it becomes a normal issue (same spans, category, severity), authored by the viewer. */
export async function confirmFinding(options: { viewer: Viewer; input: ConfirmFindingInput }): Promise<{ issueId: string }> {
  const { viewer } = options;
  assertCan(viewer, "issue.flag");
  const { findingId } = confirmFindingSchema.parse(options.input);
  const prisma = getPrisma();
  const finding = await prisma.finding.findFirst({
    where: { id: findingId, ...IN_LIVE_DOCUMENT },
    select: {
      id: true, documentId: true, segmentId: true, checkId: true, category: true, severity: true, message: true, status: true, segmentVersion: true,
      sourceStart: true, sourceEnd: true, targetStart: true, targetEnd: true, segment: { select: { version: true } },
    },
  });
  if (!finding) throw new AppError({ code: "NOT_FOUND", message: `Finding ${findingId} does not exist.` });
  if (finding.status !== "open") throw new AppError({ code: "INVALID_STATE", message: `Finding ${findingId} is already ${finding.status}.` });
  if (finding.segmentVersion !== finding.segment.version) {
    throw new AppError({
      code: "CONFLICT",
      message: `This finding was computed on version ${finding.segmentVersion} of the segment; the segment is now at version ${finding.segment.version} — review the new text.`,
    });
  }
  return inTransaction(async (tx) => {
    const claimed = await tx.finding.updateMany({ where: { id: findingId, status: "open" }, data: { status: "confirmed", reviewedById: viewer.userId, reviewedAt: new Date() } });
    if (claimed.count === 0) throw new AppError({ code: "INVALID_STATE", message: `Finding ${findingId} was reviewed by someone else just now.` });
    await flagSegment(tx, finding.segmentId);
    const issue = await tx.issue.create({
      data: {
        documentId: finding.documentId, segmentId: finding.segmentId, authorId: viewer.userId, segmentVersion: finding.segmentVersion,
        sourceStart: finding.sourceStart, sourceEnd: finding.sourceEnd, targetStart: finding.targetStart, targetEnd: finding.targetEnd,
        category: finding.category, severity: finding.severity, comment: finding.message, findingId,
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "finding.confirm", entityType: "finding", entityId: findingId,
      documentId: finding.documentId, segmentId: finding.segmentId, before: { status: "open" }, after: { status: "confirmed", issueId: issue.id },
    });
    return { issueId: issue.id };
  });
}

async function flagSegment(tx: Tx, segmentId: string): Promise<void> {
  const segment = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { status: true } });
  // One connection per transaction: queries run one after the other.
  const openIssueCount = await tx.issue.count({ where: { segmentId, status: "open" } });
  const pendingSuggestionCount = await tx.suggestion.count({ where: { segmentId, status: "pending" } });
  try {
    const next = nextSegmentStatus(segment.status, "issue_flagged", { openIssueCount: openIssueCount + 1, pendingSuggestionCount });
    if (next !== segment.status) await tx.segment.update({ where: { id: segmentId }, data: { status: next } });
  } catch (error) {
    if (isTransitionError(error)) throw new AppError({ code: "INVALID_STATE", message: error.message });
    throw error;
  }
}

/**
 * Turns one QA check on or off for a document (editors/admins). Turning it off drops its open
 * findings at once; turning it on queues a re-check of the document.
 */
export async function setCheckEnabled(options: { viewer: Viewer; input: SetCheckEnabledInput }): Promise<{ disabledChecks: string[] }> {
  const { viewer } = options;
  assertCan(viewer, "issue.review");
  const input = setCheckEnabledSchema.parse(options.input);
  const prisma = getPrisma();
  const document = await prisma.document.findFirst({ where: { id: input.documentId, ...LIVE_DOCUMENT }, select: { id: true } });
  if (!document) throw new AppError({ code: "NOT_FOUND", message: `Document ${input.documentId} does not exist.` });
  const disabledChecks = await inTransaction(async (tx) => {
    await lockDocumentFindings(tx, input.documentId);
    const { disabledChecks: before } = await tx.document.findUniqueOrThrow({ where: { id: input.documentId }, select: { disabledChecks: true } });
    const after = input.enabled ? before.filter((id) => id !== input.checkId) : [...new Set([...before, input.checkId])];
    await tx.document.update({ where: { id: input.documentId }, data: { disabledChecks: after } });
    if (!input.enabled) await tx.finding.deleteMany({ where: { documentId: input.documentId, checkId: input.checkId, status: "open" } });
    await recordEvent(tx, {
      actorId: viewer.userId, action: input.enabled ? "document.qa-check-enable" : "document.qa-check-disable", entityType: "document",
      entityId: input.documentId, documentId: input.documentId, before: { disabledChecks: before }, after: { disabledChecks: after },
    });
    return after;
  });
  if (input.enabled) await enqueueQaAfterChange(input.documentId);
  return { disabledChecks };
}
