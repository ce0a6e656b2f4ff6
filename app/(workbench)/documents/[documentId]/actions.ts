"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSegmentDetail } from "@/lib/documents/queries";
import {
  approveSuggestion, closeIssue, createSuggestion, editSegmentText, flagIssue, rejectSuggestion, reopenSegment, updateIssue,
  updateSuggestion, withdrawSuggestion,
} from "@/lib/review/mutations";
import {
  approveSuggestionRequestSchema, closeIssueSchema, createSuggestionSchema, editSegmentSchema, flagIssueSchema, rejectSuggestionSchema,
  reopenSegmentSchema, updateIssueSchema, updateSuggestionSchema, withdrawSuggestionSchema,
} from "@/lib/review/schema";
import { authedAction } from "@/lib/safe-action";

// One action per use case: parse (inputSchema), call lib, refresh the workspace and text views.
function refreshWorkspace() {
  revalidatePath("/documents/[documentId]", "page");
  revalidatePath("/documents/[documentId]/text", "page");
}

export const loadSegmentAction = authedAction
  .inputSchema(z.object({ segmentId: z.string().min(1).max(100) }))
  .action(async ({ parsedInput, ctx }) => getSegmentDetail({ viewer: ctx.viewer, segmentId: parsedInput.segmentId }));

export const flagIssueAction = authedAction.inputSchema(flagIssueSchema).action(async ({ parsedInput, ctx }) => {
  const result = await flagIssue({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
  return { issueId: result.issue.id };
});

export const updateIssueAction = authedAction.inputSchema(updateIssueSchema).action(async ({ parsedInput, ctx }) => {
  await updateIssue({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const closeIssueAction = authedAction.inputSchema(closeIssueSchema).action(async ({ parsedInput, ctx }) => {
  await closeIssue({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const createSuggestionAction = authedAction.inputSchema(createSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await createSuggestion({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const updateSuggestionAction = authedAction.inputSchema(updateSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await updateSuggestion({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const withdrawSuggestionAction = authedAction.inputSchema(withdrawSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await withdrawSuggestion({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const approveSuggestionAction = authedAction.inputSchema(approveSuggestionRequestSchema).action(async ({ parsedInput, ctx }) => {
  await approveSuggestion({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const rejectSuggestionAction = authedAction.inputSchema(rejectSuggestionSchema).action(async ({ parsedInput, ctx }) => {
  await rejectSuggestion({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const reopenSegmentAction = authedAction.inputSchema(reopenSegmentSchema).action(async ({ parsedInput, ctx }) => {
  await reopenSegment({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});

export const editSegmentAction = authedAction.inputSchema(editSegmentSchema).action(async ({ parsedInput, ctx }) => {
  await editSegmentText({ viewer: ctx.viewer, input: parsedInput });
  refreshWorkspace();
});
