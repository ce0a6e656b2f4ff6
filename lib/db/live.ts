import "server-only";
import { getPrisma } from "@/lib/db/client";
import { assertFound, isUuid } from "@/lib/ids";

/**
 * The one filter for "not deleted" documents (deletion is soft: lib/documents/lifecycle.ts).
 * Spread it into a document query, `where: { id, ...LIVE_DOCUMENT }`; rows that belong to a
 * document (segments, findings, issues, suggestions, comments) use IN_LIVE_DOCUMENT.
 */
export const LIVE_DOCUMENT = { deletedAt: null } as const;
/** Rows of a live document: `where: { id, ...IN_LIVE_DOCUMENT }`. */
export const IN_LIVE_DOCUMENT = { document: LIVE_DOCUMENT } as const;

/** The fields every use case needs of a segment it is about to change or read. */
export const LIVE_SEGMENT_SELECT = { id: true, documentId: true, sourceText: true, currentText: true, status: true, version: true } as const;

/** A segment of a live (not deleted) document, or NOT_FOUND naming the id. */
export async function loadLiveSegment(segmentId: string) {
  const segment = isUuid(segmentId)
    ? await getPrisma().segment.findFirst({ where: { id: segmentId, ...IN_LIVE_DOCUMENT }, select: LIVE_SEGMENT_SELECT })
    : null;
  return assertFound(segment, "Segment", segmentId);
}
