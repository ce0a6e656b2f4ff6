"use server";

import { revalidatePath } from "next/cache";
import { createGlossaryEntry, deleteGlossaryEntry, updateGlossaryEntry } from "@/lib/findings/glossary/mutations";
import { createGlossaryEntrySchema, deleteGlossaryEntrySchema, updateGlossaryEntryRequestSchema } from "@/lib/findings/glossary/schema";
import { authedAction } from "@/lib/safe-action";

// Glossary changes re-check the affected documents in the background; refresh the glossary page now.
export const createGlossaryEntryAction = authedAction.inputSchema(createGlossaryEntrySchema).action(async ({ parsedInput, ctx }) => {
  const result = await createGlossaryEntry({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/glossary");
  return result;
});

export const updateGlossaryEntryAction = authedAction.inputSchema(updateGlossaryEntryRequestSchema).action(async ({ parsedInput, ctx }) => {
  const { updatedAt } = await updateGlossaryEntry({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/glossary");
  return { entryId: parsedInput.entryId, updatedAt };
});

export const deleteGlossaryEntryAction = authedAction.inputSchema(deleteGlossaryEntrySchema).action(async ({ parsedInput, ctx }) => {
  await deleteGlossaryEntry({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/glossary");
  return { entryId: parsedInput.entryId };
});
