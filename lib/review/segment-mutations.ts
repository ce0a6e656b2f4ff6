import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { inTransaction } from "@/lib/db/transaction";
import { lockLiveSegment, segmentStatusIn, setSegmentStatus, staleVersionError } from "@/lib/review/guards";
import { markSegmentReviewedSchema, type MarkSegmentReviewedInput } from "@/lib/review/schema";

/**
 * A reviewer read the segment version they saw and found nothing to fix: unreviewed → reviewed
 * (lib/status/transitions.ts). Anyone who may flag an issue may say there is none. Marking a
 * segment that is already reviewed changes nothing and records nothing.
 */
export async function markSegmentReviewed(options: { viewer: Viewer; input: MarkSegmentReviewedInput }) {
  const { viewer } = options;
  assertCan(viewer, "issue.flag");
  const input = markSegmentReviewedSchema.parse(options.input);
  return inTransaction(async (tx) => {
    const segment = await lockLiveSegment(tx, input.segmentId);
    if (segment.version !== input.segmentVersion) {
      throw staleVersionError({ what: "Your review", baseVersion: input.segmentVersion, currentVersion: segment.version, currentText: segment.currentText });
    }
    if (segment.status === "reviewed") return { segmentId: segment.id, status: segment.status, version: segment.version };
    const status = await segmentStatusIn(tx, segment.id, segment.status, "segment_reviewed");
    await setSegmentStatus(tx, segment.id, segment.status, status);
    await recordEvent(tx, {
      actorId: viewer.userId, action: "segment.review", entityType: "segment", entityId: segment.id,
      documentId: segment.documentId, segmentId: segment.id,
      before: { status: segment.status }, after: { status, version: segment.version },
    });
    return { segmentId: segment.id, status, version: segment.version };
  });
}
