import "server-only";
import { getPrisma } from "@/lib/db/client";
import { assertFound, isUuid } from "@/lib/ids";

/** The fields every use case needs of a segment it is about to change or read. */
export const LIVE_SEGMENT_SELECT = { id: true, documentId: true, sourceText: true, currentText: true, status: true, version: true } as const;

/** A segment of a live (not deleted) document, or NOT_FOUND naming the id. */
export async function loadLiveSegment(segmentId: string) {
  const segment = isUuid(segmentId)
    ? await getPrisma().segment.findFirst({ where: { id: segmentId, document: { deletedAt: null } }, select: LIVE_SEGMENT_SELECT })
    : null;
  return assertFound(segment, "Segment", segmentId);
}
