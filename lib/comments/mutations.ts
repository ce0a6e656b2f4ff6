import "server-only";
import { assertCan, can, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertFound, isUuid } from "@/lib/ids";
import { IN_LIVE_DOCUMENT, loadLiveSegment } from "@/lib/db/live";
import { inTransaction } from "@/lib/db/transaction";
import { addCommentSchema, deleteCommentSchema, type AddCommentInput, type DeleteCommentInput } from "./schema";

/** Adds a comment to a segment's discussion; anyone who can read the segment may take part. */
export async function addComment(options: { viewer: Viewer; input: AddCommentInput }) {
  const { viewer } = options;
  assertCan(viewer, "segment.read");
  const input = addCommentSchema.parse(options.input);
  const segment = await loadLiveSegment(input.segmentId);
  return inTransaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { documentId: segment.documentId, segmentId: segment.id, authorId: viewer.userId, body: input.body },
      select: { id: true, body: true, createdAt: true },
    });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "comment.create", entityType: "comment", entityId: comment.id,
      documentId: segment.documentId, segmentId: segment.id, after: { body: comment.body },
    });
    return comment;
  });
}

/**
 * Hides a comment from the discussion (the row and its history stay). Its author may delete it, and
 * so may editors, who moderate the discussion.
 */
export async function deleteComment(options: { viewer: Viewer; input: DeleteCommentInput }) {
  const { viewer } = options;
  assertCan(viewer, "segment.read");
  const input = deleteCommentSchema.parse(options.input);
  const found = isUuid(input.commentId)
    ? await getPrisma().comment.findFirst({
        where: { id: input.commentId, deletedAt: null, ...IN_LIVE_DOCUMENT },
        select: { id: true, authorId: true, body: true, documentId: true, segmentId: true },
      })
    : null;
  const comment = assertFound(found, "Comment", input.commentId);
  if (comment.authorId !== viewer.userId && !can(viewer, "issue.review")) {
    throw new AppError({ code: "FORBIDDEN", message: "Only the comment's author or an editor can delete this comment." });
  }
  await inTransaction(async (tx) => {
    await tx.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    await recordEvent(tx, {
      actorId: viewer.userId, action: "comment.delete", entityType: "comment", entityId: comment.id,
      documentId: comment.documentId, segmentId: comment.segmentId, before: { body: comment.body },
    });
  });
  return { commentId: comment.id };
}
