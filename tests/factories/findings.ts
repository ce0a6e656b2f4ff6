import { getPrisma } from "@/lib/db/client";

export type PairSpec = { source: string; target: string; kind?: string };

/**
 * A document whose segments are the given pairs, written straight through Prisma (no aligner), with
 * a unique title. Returns the ids in reading order.
 */
export async function createQaDocument(options: { createdById: string; pairs: PairSpec[]; disabledChecks?: string[] }): Promise<{ documentId: string; segmentIds: string[] }> {
  const prisma = getPrisma();
  const document = await prisma.document.create({
    data: { title: `QA test ${crypto.randomUUID().slice(0, 8)}`, createdById: options.createdById, disabledChecks: options.disabledChecks ?? [] },
    select: { id: true },
  });
  await prisma.segment.createMany({
    data: options.pairs.map((pair, position) => ({
      documentId: document.id, position, sourceText: pair.source, publishedText: pair.target, currentText: pair.target,
      kind: pair.kind ?? "1-1", confidence: 0.9,
    })),
  });
  const segments = await prisma.segment.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" }, select: { id: true } });
  return { documentId: document.id, segmentIds: segments.map((segment) => segment.id) };
}

/** A direct edit of a segment's English as the review code would make it: new text, next version. */
export async function editSegmentText(segmentId: string, currentText: string): Promise<void> {
  await getPrisma().segment.update({ where: { id: segmentId }, data: { currentText, version: { increment: 1 } } });
}

/** The document's findings as plain rows, in a stable order, for assertions. */
export async function listFindings(documentId: string) {
  return getPrisma().finding.findMany({
    where: { documentId },
    orderBy: [{ segment: { position: "asc" } }, { checkId: "asc" }, { fingerprint: "asc" }],
    select: { id: true, segmentId: true, checkId: true, fingerprint: true, status: true, segmentVersion: true, createdAt: true },
  });
}

/** An open finding written straight through Prisma, as the QA job stores them (with evidence, when given). */
export async function createFinding(options: {
  documentId: string;
  segmentId: string;
  checkId: string;
  message: string;
  severity?: "neutral" | "minor" | "major" | "critical";
  sourceSpan?: { start: number; end: number };
  targetSpan?: { start: number; end: number };
  evidence?: { links: { source: { start: number; end: number } | null; target: { start: number; end: number } | null; score: number }[] };
}): Promise<{ id: string }> {
  return getPrisma().finding.create({
    data: {
      documentId: options.documentId, segmentId: options.segmentId, checkId: options.checkId, category: "accuracy_mistranslation",
      severity: options.severity ?? "major", message: options.message, fingerprint: `${options.checkId}:${crypto.randomUUID()}`, segmentVersion: 1,
      sourceStart: options.sourceSpan?.start, sourceEnd: options.sourceSpan?.end, targetStart: options.targetSpan?.start, targetEnd: options.targetSpan?.end,
      evidence: options.evidence,
    },
    select: { id: true },
  });
}
