import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type SegmentStatus = "unreviewed" | "flagged" | "corrected" | "approved";

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
      where: { deletedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, createdAt: true },
    }),
    prisma.segment.groupBy({ by: ["documentId", "status"], where: { document: { deletedAt: null } }, _count: { _all: true } }),
  ]);
  return documents.map((document) => {
    const statusCounts: Record<SegmentStatus, number> = { unreviewed: 0, flagged: 0, corrected: 0, approved: 0 };
    for (const row of counts) if (row.documentId === document.id) statusCounts[row.status] = row._count._all;
    const segmentCount = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
    return { ...document, segmentCount, statusCounts };
  });
}

/** One live document with its segments in order; NOT_FOUND naming the id otherwise. */
export async function getDocument(options: { viewer: Viewer; documentId: string }) {
  assertCan(options.viewer, "segment.read");
  const prisma = getPrisma();
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.documentId);
  const document = isUuid
    ? await prisma.document.findFirst({
        where: { id: options.documentId, deletedAt: null },
        select: {
          id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, createdAt: true,
          segments: {
            orderBy: { position: "asc" },
            select: { id: true, position: true, sourceText: true, publishedText: true, currentText: true, kind: true, confidence: true, status: true, version: true },
          },
        },
      })
    : null;
  if (!document) throw new AppError({ code: "NOT_FOUND", message: `Document ${options.documentId} does not exist.` });
  return document;
}
