"use server";

import { revalidatePath } from "next/cache";
import { mergeSegmentWithNext, moveSentence, splitSegment } from "@/lib/alignment/mutations";
import { mergeSegmentSchema, moveSentenceSchema, splitSegmentSchema } from "@/lib/alignment/schema";
import { authedAction } from "@/lib/safe-action";

// Alignment fixes: parse, call lib, refresh the document views (positions and texts change).
function refreshDocument() {
  revalidatePath("/documents/[documentId]", "page");
  revalidatePath("/documents/[documentId]/text", "page");
}

export const mergeSegmentAction = authedAction.inputSchema(mergeSegmentSchema).action(async ({ parsedInput, ctx }) => {
  const result = await mergeSegmentWithNext({ viewer: ctx.viewer, input: parsedInput });
  refreshDocument();
  return result;
});

export const splitSegmentAction = authedAction.inputSchema(splitSegmentSchema).action(async ({ parsedInput, ctx }) => {
  const result = await splitSegment({ viewer: ctx.viewer, input: parsedInput });
  refreshDocument();
  return result;
});

export const moveSentenceAction = authedAction.inputSchema(moveSentenceSchema).action(async ({ parsedInput, ctx }) => {
  const result = await moveSentence({ viewer: ctx.viewer, input: parsedInput });
  refreshDocument();
  return result;
});
