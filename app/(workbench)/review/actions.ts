"use server";

import { revalidatePath } from "next/cache";
import { approveSuggestion, batchApproveSuggestions, rejectSuggestion } from "@/lib/review/mutations";
import { approveSuggestionSchema, batchApproveSchema, rejectSuggestionSchema } from "@/lib/review/schema";
import { authedAction } from "@/lib/safe-action";

// The review queue's actions: parse (inputSchema), call one lib use case, refresh the queue.

export const approveSuggestionAction = authedAction.inputSchema(approveSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  const result = await approveSuggestion({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
  return { status: result.suggestion.status, version: result.segment.version };
});

export const rejectSuggestionAction = authedAction.inputSchema(rejectSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await rejectSuggestion({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
});

export const batchApproveAction = authedAction.inputSchema(batchApproveSchema).action(async ({ parsedInput, ctx }) => {
  const result = await batchApproveSuggestions({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/review");
  return result;
});
