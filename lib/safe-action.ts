import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { requireApiViewer } from "@/lib/auth/session";
import { describeError } from "@/lib/describe-error";
import type { ActionError } from "@/lib/errors";

/** What an action's client sees for a thrown error: the same code, message and details as the HTTP API. */
export function toActionError(error: unknown): ActionError {
  const { code, message, details, fields } = describeError(error).body.error;
  return { code, message, details: details ?? (fields ? { fields } : undefined) };
}

/**
 * Server actions: zod-parsed input; a thrown error reaches the client as `serverError` =
 * `{ code, message, details }` (AppErrors as they are; others logged and hidden).
 */
export const actionClient = createSafeActionClient({ handleServerError: toActionError });

/** Actions that need a signed-in user get `ctx.viewer`. */
export const authedAction = actionClient.use(async ({ next }) => next({ ctx: { viewer: await requireApiViewer() } }));
