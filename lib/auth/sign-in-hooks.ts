import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/auth/throttle";

const SIGN_IN_PATH = "/sign-in/email";

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request };

/** Email and client address of a sign-in request; the first x-forwarded-for hop is the client. */
function attemptOf(ctx: HookContext): { email: string; address: string } | null {
  if (ctx.path !== SIGN_IN_PATH) return null;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string") return null;
  const headers = ctx.headers ?? ctx.request?.headers;
  const address = headers?.get("x-forwarded-for")?.split(",")[0].trim() || headers?.get("x-real-ip") || "unknown";
  return { email, address };
}

/**
 * Sign-in throttling on Better Auth's own endpoint, so it holds for the sign-in page and for
 * direct HTTP calls alike: locked accounts/addresses and deactivated users are refused before the
 * password is checked; every wrong password counts.
 */
export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    const attempt = attemptOf(ctx);
    if (!attempt) return;
    const check = await checkSignInAllowed(attempt);
    if (check.allowed) return;
    throw new APIError(check.message.startsWith("Too many") ? "TOO_MANY_REQUESTS" : "UNAUTHORIZED", { message: check.message });
  }),
  after: createAuthMiddleware(async (ctx) => {
    const attempt = attemptOf(ctx);
    if (!attempt) return;
    if (ctx.context.newSession) {
      await recordSignInSuccess(attempt);
      return;
    }
    const returned = ctx.context.returned;
    if (!isAPIError(returned) || returned.statusCode !== 401) return;
    const locked = await recordSignInFailure(attempt);
    if (locked) throw new APIError("TOO_MANY_REQUESTS", { message: locked });
  }),
};
