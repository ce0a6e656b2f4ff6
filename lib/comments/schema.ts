import { z } from "zod";
import { rowId } from "@/lib/ids";
import { limitedText, MAX_COMMENT_CHARS } from "@/lib/review/schema";


export const addCommentSchema = z.object({
  segmentId: rowId("Segment"),
  // Kept as typed (line breaks included); only an empty comment is refused.
  body: limitedText("Comment", MAX_COMMENT_CHARS).refine((body) => body.trim() !== "", { message: "Write something before posting the comment" }),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const deleteCommentSchema = z.object({ commentId: rowId("Comment") });
export type DeleteCommentInput = z.input<typeof deleteCommentSchema>;

export const segmentCommentsSchema = z.object({ segmentId: rowId("Segment") });
