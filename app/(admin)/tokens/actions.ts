"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { authedAction } from "@/lib/safe-action";

// The same use cases as POST /api/v1/tokens and POST /api/v1/tokens/:id/revoke.

export const createApiTokenAction = authedAction.inputSchema(createApiTokenSchema).action(async ({ parsedInput, ctx }) => {
  const { name, token } = await createApiToken({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/tokens");
  return { name, token };
});

export const revokeApiTokenAction = authedAction.inputSchema(revokeApiTokenSchema).action(async ({ parsedInput, ctx }) => {
  await revokeApiToken({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/tokens");
});
