import { z } from "zod";
import { limitedText, MAX_COMMENT_CHARS } from "@/lib/review/schema";

const id = (label: string) => z.string({ error: `${label} is required` }).min(1, `${label} is required`).max(100, `${label} is too long`);

export const addCommentSchema = z.object({
  segmentId: id("Segment id"),
  // Kept as typed (line breaks included); only an empty comment is refused.
  body: limitedText("Comment", MAX_COMMENT_CHARS).refine((body) => body.trim() !== "", { message: "Write something before posting the comment" }),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const deleteCommentSchema = z.object({ commentId: id("Comment id") });
export type DeleteCommentInput = z.input<typeof deleteCommentSchema>;

export const segmentCommentsSchema = z.object({ segmentId: id("Segment id") });
