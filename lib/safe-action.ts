import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { requireApiViewer } from "@/lib/auth/session";
import { describeError } from "@/lib/describe-error";

/** Server actions: zod-parsed input; AppErrors reach the user as their message, others are logged. */
export const actionClient = createSafeActionClient({
  handleServerError(error) {
    return describeError(error).message;
  },
});

/** Actions that need a signed-in user get `ctx.viewer`. */
export const authedAction = actionClient.use(async ({ next }) => next({ ctx: { viewer: await requireApiViewer() } }));
