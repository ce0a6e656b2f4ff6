import "server-only";
import { assertCan, type Permission, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockDocumentFindings } from "@/lib/findings/refresh";
import { dismissFindingSchema, dismissFindingsSchema, type DismissFindingInput, type DismissFindingsInput } from "@/lib/findings/schema";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";

/** Dismissing silences a pattern for the whole document, for good: a reviewer's call, not a translator's. */
export const DISMISS_PERMISSION: Permission = "issue.review";

type Pattern = { documentId: string; checkId: string; fingerprints: string[]; reason: string };

/** Remembers each (check, fingerprint) as dismissed and closes the document's open findings that match. */
async function dismissPatterns(tx: Tx, viewer: Viewer, pattern: Pattern): Promise<number> {
  const { documentId, checkId, fingerprints, reason } = pattern;
  await tx.findingDismissal.createMany({
    data: fingerprints.map((fingerprint) => ({ documentId, checkId, fingerprint, reason, dismissedById: viewer.userId })),
    skipDuplicates: true,
  });
  const closed = await tx.finding.updateMany({
    where: { documentId, checkId, fingerprint: { in: fingerprints }, status: "open" },
    data: { status: "dismissed", reviewedById: viewer.userId, reviewedAt: new Date() },
  });
  return closed.count;
}

/**
 * Dismisses a finding and remembers it: every open finding of the same check on the same text in
 * this document closes with it, and refreshes never bring them back.
 */
export async function dismissFinding(options: { viewer: Viewer; input: DismissFindingInput }): Promise<{ dismissedCount: number }> {
  const { viewer } = options;
  assertCan(viewer, DISMISS_PERMISSION);
  const input = dismissFindingSchema.parse(options.input);
  const prisma = getPrisma();
  const finding = await prisma.finding.findFirst({
    where: { id: input.findingId, ...IN_LIVE_DOCUMENT },
    select: { id: true, documentId: true, segmentId: true, checkId: true, fingerprint: true, status: true },
  });
  if (!finding) throw new AppError({ code: "NOT_FOUND", message: `Finding ${input.findingId} does not exist.` });
  if (finding.status !== "open") throw new AppError({ code: "INVALID_STATE", message: `Finding ${input.findingId} is already ${finding.status}.` });
  return inTransaction(async (tx) => {
    await lockDocumentFindings(tx, finding.documentId);
    const dismissedCount = await dismissPatterns(tx, viewer, { documentId: finding.documentId, checkId: finding.checkId, fingerprints: [finding.fingerprint], reason: input.reason });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "finding.dismiss", entityType: "finding", entityId: finding.id, documentId: finding.documentId, segmentId: finding.segmentId,
      before: { status: "open" }, after: { status: "dismissed", checkId: finding.checkId, fingerprint: finding.fingerprint, reason: input.reason, dismissedCount },
    });
    return { dismissedCount };
  });
}

/**
 * Bulk dismissal in one document: all open findings of one check on one text (`fingerprint`), or
 * of one check altogether. Each distinct text is remembered; a text the check has not reported yet
 * is not (turn the check off for that).
 */
export async function dismissFindings(options: { viewer: Viewer; input: DismissFindingsInput }): Promise<{ dismissedCount: number }> {
  const { viewer } = options;
  assertCan(viewer, DISMISS_PERMISSION);
  const input = dismissFindingsSchema.parse(options.input);
  const prisma = getPrisma();
  const document = await prisma.document.findFirst({ where: { id: input.documentId, ...LIVE_DOCUMENT }, select: { id: true } });
  if (!document) throw new AppError({ code: "NOT_FOUND", message: `Document ${input.documentId} does not exist.` });
  return inTransaction(async (tx) => {
    await lockDocumentFindings(tx, input.documentId);
    const open = await tx.finding.findMany({
      where: { documentId: input.documentId, checkId: input.checkId, status: "open", fingerprint: input.fingerprint },
      distinct: ["fingerprint"],
      select: { fingerprint: true },
    });
    const fingerprints = input.fingerprint ? [input.fingerprint] : open.map((row) => row.fingerprint);
    const dismissedCount = fingerprints.length > 0
      ? await dismissPatterns(tx, viewer, { documentId: input.documentId, checkId: input.checkId, fingerprints, reason: input.reason })
      : 0;
    await recordEvent(tx, {
      actorId: viewer.userId, action: "finding.dismiss-bulk", entityType: "document", entityId: input.documentId, documentId: input.documentId,
      after: { checkId: input.checkId, fingerprints, reason: input.reason, dismissedCount },
    });
    return { dismissedCount };
  });
}
