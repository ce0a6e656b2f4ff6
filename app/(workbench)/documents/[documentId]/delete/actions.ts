"use server";

import { revalidatePath } from "next/cache";
import { deleteDocument } from "@/lib/documents/lifecycle";
import { deleteDocumentSchema } from "@/lib/documents/schema";
import { authedAction } from "@/lib/safe-action";

/** Soft delete (editors and admins): the document leaves the lists; its rows and history stay. */
export const deleteDocumentAction = authedAction.inputSchema(deleteDocumentSchema).action(async ({ parsedInput, ctx }) => {
  await deleteDocument({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/");
});
