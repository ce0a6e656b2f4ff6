import "server-only";
import { assertCan, can, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { loadLiveSegment } from "@/lib/db/live";

export type SegmentComment = Awaited<ReturnType<typeof findSegmentComments>>[number];

/** A segment's discussion, oldest first; deleted comments are left out. `canDelete` is for this viewer. */
export async function findSegmentComments(options: { viewer: Viewer; segmentId: string }) {
  const { viewer } = options;
  assertCan(viewer, "segment.read");
  const segment = await loadLiveSegment(options.segmentId);
  const comments = await getPrisma().comment.findMany({
    where: { segmentId: segment.id, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
  return comments.map((comment) => ({ ...comment, canDelete: comment.author.id === viewer.userId || can(viewer, "issue.review") }));
}
