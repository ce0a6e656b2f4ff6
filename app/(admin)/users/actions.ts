"use server";

import { revalidatePath } from "next/cache";
import { setSelfApproval } from "@/lib/documents/lifecycle";
import { setSelfApprovalSchema } from "@/lib/documents/schema";
import { authedAction } from "@/lib/safe-action";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, setUserRole } from "@/lib/users/mutations";
import { createUserSchema, resetPasswordSchema, setActiveSchema, setRoleSchema } from "@/lib/users/schema";

// Admin user management: one lib use case per action; passwords come back once and are never stored in clear.

export const createUserAction = authedAction.inputSchema(createUserSchema).action(async ({ parsedInput, ctx }) => {
  const { user, password } = await createUser({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/users");
  return { email: user.email, password };
});

export const setRoleAction = authedAction.inputSchema(setRoleSchema).action(async ({ parsedInput, ctx }) => {
  await setUserRole({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/users");
});

export const resetPasswordAction = authedAction.inputSchema(resetPasswordSchema).action(async ({ parsedInput, ctx }) => {
  const { user, password } = await resetUserPassword({ viewer: ctx.viewer, input: parsedInput });
  return { email: user.email, password };
});

export const setActiveAction = authedAction.inputSchema(setActiveSchema).action(async ({ parsedInput, ctx }) => {
  const { userId, isActive, reason } = parsedInput;
  if (isActive) await reactivateUser({ viewer: ctx.viewer, input: { userId } });
  else await deactivateUser({ viewer: ctx.viewer, input: { userId, reason } });
  revalidatePath("/users");
});

export const setSelfApprovalAction = authedAction.inputSchema(setSelfApprovalSchema).action(async ({ parsedInput, ctx }) => {
  await setSelfApproval({ viewer: ctx.viewer, input: parsedInput });
  revalidatePath("/users");
});
