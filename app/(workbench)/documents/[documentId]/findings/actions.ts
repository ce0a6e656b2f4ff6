"use server";

import { revalidatePath } from "next/cache";
import { confirmFinding, dismissFinding, dismissFindings, setCheckEnabled } from "@/lib/findings/mutations";
import { confirmFindingSchema, dismissFindingSchema, dismissFindingsSchema, setCheckEnabledSchema } from "@/lib/findings/schema";
import { authedAction } from "@/lib/safe-action";

// Findings review: parse, call lib, refresh the findings page and the workspace (badges, issues).
function refreshViews() {
  revalidatePath("/documents/[documentId]/findings", "page");
  revalidatePath("/documents/[documentId]", "page");
}

export const confirmFindingAction = authedAction.inputSchema(confirmFindingSchema).action(async ({ parsedInput, ctx }) => {
  const result = await confirmFinding({ viewer: ctx.viewer, input: parsedInput });
  refreshViews();
  return result;
});

export const dismissFindingAction = authedAction.inputSchema(dismissFindingSchema).action(async ({ parsedInput, ctx }) => {
  const result = await dismissFinding({ viewer: ctx.viewer, input: parsedInput });
  refreshViews();
  return result;
});

export const dismissFindingsAction = authedAction.inputSchema(dismissFindingsSchema).action(async ({ parsedInput, ctx }) => {
  const result = await dismissFindings({ viewer: ctx.viewer, input: parsedInput });
  refreshViews();
  return result;
});

export const setCheckEnabledAction = authedAction.inputSchema(setCheckEnabledSchema).action(async ({ parsedInput, ctx }) => {
  const result = await setCheckEnabled({ viewer: ctx.viewer, input: parsedInput });
  refreshViews();
  return result;
});
