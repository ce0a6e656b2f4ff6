"use server";

import { revalidatePath } from "next/cache";
import { propagateCorrection } from "@/lib/memory/mutations";
import { findPropagationCandidates, findSegmentMatches } from "@/lib/memory/queries";
import { propagateCorrectionSchema, segmentMemorySchema } from "@/lib/memory/schema";
import { authedAction } from "@/lib/safe-action";

// The translation memory beside the open segment: its matches, and propagating its approved fix.

export const loadMemoryMatchesAction = authedAction
  .inputSchema(segmentMemorySchema)
  .action(async ({ parsedInput, ctx }) => findSegmentMatches({ viewer: ctx.viewer, segmentId: parsedInput.segmentId }));

export const loadPropagationCandidatesAction = authedAction
  .inputSchema(segmentMemorySchema)
  .action(async ({ parsedInput, ctx }) => findPropagationCandidates({ viewer: ctx.viewer, segmentId: parsedInput.segmentId }));

export const propagateCorrectionAction = authedAction.inputSchema(propagateCorrectionSchema).action(async ({ parsedInput, ctx }) => {
  const results = await propagateCorrection({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/documents/[documentId]", "page");
  return results;
});
