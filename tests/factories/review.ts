import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";

/** A pending suggestion written through Prisma (the segment status is the caller's business). */
export async function createSuggestion(options: { segmentId: string; authorId: string; text?: string; baseVersion?: number }) {
  const prisma = getPrisma();
  const segment = await prisma.segment.findUniqueOrThrow({ where: { id: options.segmentId }, select: { documentId: true, version: true, currentText: true } });
  return prisma.suggestion.create({
    data: {
      documentId: segment.documentId,
      segmentId: options.segmentId,
      authorId: options.authorId,
      text: options.text ?? `${segment.currentText} (${randomUUID().slice(0, 8)})`,
      baseVersion: options.baseVersion ?? segment.version,
    },
    select: { id: true, text: true, baseVersion: true },
  });
}
