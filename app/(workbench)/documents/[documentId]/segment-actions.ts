"use server";

import { revalidatePath } from "next/cache";
import { addComment, deleteComment } from "@/lib/comments/mutations";
import { findSegmentComments } from "@/lib/comments/queries";
import { addCommentSchema, deleteCommentSchema, segmentCommentsSchema } from "@/lib/comments/schema";
import { findSegmentGlossaryMatches } from "@/lib/findings/glossary/matches";
import { markSegmentReviewedSchema } from "@/lib/review/schema";
import { markSegmentReviewed } from "@/lib/review/segment-mutations";
import { authedAction } from "@/lib/safe-action";

// The reviewed mark, the comment thread and the glossary matches of the segment panel.

export const markSegmentReviewedAction = authedAction.inputSchema(markSegmentReviewedSchema).action(async ({ parsedInput, ctx }) => {
  const result = await markSegmentReviewed({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/documents/[documentId]", "page");
  return result;
});

export const loadCommentsAction = authedAction
  .inputSchema(segmentCommentsSchema)
  .action(async ({ parsedInput, ctx }) => findSegmentComments({ viewer: ctx.viewer, segmentId: parsedInput.segmentId }));

export const addCommentAction = authedAction.inputSchema(addCommentSchema).action(async ({ parsedInput, ctx }) => {
  const comment = await addComment({ viewer: ctx.viewer, input: parsedInput });
  return { commentId: comment.id };
});

export const deleteCommentAction = authedAction.inputSchema(deleteCommentSchema).action(async ({ parsedInput, ctx }) => {
  await deleteComment({ viewer: ctx.viewer, input: parsedInput });
});

export const loadGlossaryMatchesAction = authedAction
  .inputSchema(segmentCommentsSchema)
  .action(async ({ parsedInput, ctx }) => findSegmentGlossaryMatches({ viewer: ctx.viewer, segmentId: parsedInput.segmentId }));
