"use server";

import { revalidatePath } from "next/cache";
import { approveSuggestion, batchApproveSuggestions, rejectSuggestion } from "@/lib/review/mutations";
import { approveSuggestionRequestSchema, batchApproveRequestSchema, rejectSuggestionSchema } from "@/lib/review/schema";
import { authedAction } from "@/lib/safe-action";

// The review queue's actions: parse (inputSchema), call one lib use case, refresh the queue.

export const approveSuggestionAction = authedAction.inputSchema(approveSuggestionRequestSchema).action(async ({ parsedInput, ctx }) => {
  const result = await approveSuggestion({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
  return { status: result.suggestion.status, version: result.segment.version };
});

export const rejectSuggestionAction = authedAction.inputSchema(rejectSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await rejectSuggestion({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
});

export const batchApproveAction = authedAction.inputSchema(batchApproveRequestSchema).action(async ({ parsedInput, ctx }) => {
  const result = await batchApproveSuggestions({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
  return result;
});
