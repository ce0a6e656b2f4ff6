import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";

export type SegmentSeed = { source: string; target: string };

const DEFAULT_SEGMENTS: SegmentSeed[] = [
  { source: "Il dénonce l’offensive israélienne contre Gaza.", target: "He denounces the attack on Israel." },
  { source: "Il s’agit d’une lettre de démission.", target: "It is about of a resignation letter." },
];

/** A live document with aligned segments (version 1, unreviewed), written through Prisma. */
export async function createDocument(options: { createdById?: string; segments?: SegmentSeed[]; title?: string; allowSelfApproval?: boolean } = {}) {
  const segments = options.segments ?? DEFAULT_SEGMENTS;
  const document = await getPrisma().document.create({
    data: {
      title: options.title ?? `Document ${randomUUID().slice(0, 8)}`,
      createdById: options.createdById,
      allowSelfApproval: options.allowSelfApproval ?? false,
      segments: {
        create: segments.map((segment, position) => ({
          position, sourceText: segment.source, publishedText: segment.target, currentText: segment.target, kind: "1-1", confidence: 0.9,
        })),
      },
    },
    select: { id: true, segments: { orderBy: { position: "asc" }, select: { id: true, currentText: true, version: true } } },
  });
  return { id: document.id, segments: document.segments };
}
