import "server-only";
import { alignTexts } from "@/lib/align/align";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { checkLanguagePair } from "@/lib/documents/detect-language";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/documents/schema";
import { AppError } from "@/lib/errors";

export type ImportResult = { documentId: string; segmentCount: number };

/**
 * Aligns a French text with its English adaptation and stores the document and its segments in
 * one transaction: on any error nothing is stored.
 */
export async function importDocument(options: { viewer: Viewer; input: ImportDocumentInput }): Promise<ImportResult> {
  const { viewer } = options;
  assertCan(viewer, "document.import");
  const input = importDocumentSchema.parse(options.input);
  if (!input.allowLanguageMismatch) {
    const problem = checkLanguagePair(input.sourceText, input.targetText);
    if (problem) throw new AppError({ code: "VALIDATION", message: problem });
  }
  const aligned = alignTexts(input.sourceText, input.targetText, { sourceLanguage: "fr", targetLanguage: "en" });
  const prisma = getPrisma();
  return prisma.$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          title: input.title,
          provenance: input.provenance,
          seedKey: input.seedKey,
          sourceLeading: aligned.sourceLeading,
          targetLeading: aligned.targetLeading,
          createdById: viewer.userId,
        },
        select: { id: true },
      });
      await tx.segment.createMany({
        data: aligned.segments.map((segment, position) => ({
          documentId: document.id,
          position,
          sourceText: segment.source,
          publishedText: segment.target,
          currentText: segment.target,
          sourceSeparator: segment.sourceSeparator,
          targetSeparator: segment.targetSeparator,
          sourceBreaks: segment.sourceBreaks,
          targetBreaks: segment.targetBreaks,
          kind: segment.kind,
          confidence: segment.confidence,
        })),
      });
      await recordEvent(tx, {
        actorId: viewer.userId,
        action: "document.import",
        entityType: "document",
        entityId: document.id,
        documentId: document.id,
        after: { title: input.title, segments: aligned.segments.length, provenance: input.provenance },
      });
      return { documentId: document.id, segmentCount: aligned.segments.length };
    },
    { timeout: 120_000 },
  );
}
