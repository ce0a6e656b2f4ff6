import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { clientAddressOf } from "@/lib/auth/client-address";
import { verifyDummyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import {
  lockAfterFailure, recordPasswordCheckSuccess, recordSignInSuccess, reservePasswordCheck, reserveSignInAttempt,
} from "@/lib/auth/throttle";
import { getPrisma } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

const SIGN_IN_PATH = "/sign-in/email";
const CHANGE_PASSWORD_PATH = "/change-password";
/** Better Auth's own wording for a wrong email or password, used for deactivated accounts too. */
const WRONG_CREDENTIALS = "Invalid email or password";

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request };
type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

let proxyHops: number | undefined;

/** Email, password and client address of a sign-in request (lib/auth/client-address.ts says whose address). */
function attemptOf(ctx: HookContext): { email: string; password: string; address: string } | null {
  if (ctx.path !== SIGN_IN_PATH) return null;
  const { email, password } = (ctx.body ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email !== "string") return null;
  const headers = ctx.headers ?? ctx.request?.headers ?? new Headers();
  proxyHops ??= readEnv().RECTO_PROXY_HOPS;
  return { email, password: typeof password === "string" ? password : "", address: clientAddressOf(headers, proxyHops) };
}

function refuseNul(...values: string[]): void {
  if (values.some((value) => value.includes("\u0000"))) {
    throw new APIError("UNPROCESSABLE_ENTITY", { message: "Email and password must not contain NUL characters." });
  }
}

/**
 * Sign-in: the attempt is reserved (counted) before Better Auth verifies the password, so parallel
 * requests cannot get round the lock. A deactivated account costs a dummy verification and gets
 * the wrong-password answer, so neither its message nor its timing tells it apart.
 */
async function beforeSignIn(ctx: HookContext): Promise<void> {
  const attempt = attemptOf(ctx);
  if (!attempt) return;
  refuseNul(attempt.email, attempt.password);
  const check = await reserveSignInAttempt(attempt);
  if (!check.allowed) throw new APIError("TOO_MANY_REQUESTS", { message: check.message });
  const user = await getPrisma().user.findUnique({ where: { email: attempt.email.trim().toLowerCase() }, select: { banned: true } });
  if (!user?.banned) return;
  await verifyDummyPassword(attempt.password);
  throw new APIError("UNAUTHORIZED", { message: WRONG_CREDENTIALS, code: "INVALID_EMAIL_OR_PASSWORD" });
}

/** Password change: the same policy as everywhere, and wrong current passwords are throttled per user. */
async function beforeChangePassword(ctx: AuthContext): Promise<void> {
  const session = await getSessionFromCtx(ctx);
  if (!session) return;
  const { newPassword, currentPassword } = (ctx.body ?? {}) as { newPassword?: unknown; currentPassword?: unknown };
  if (typeof newPassword !== "string" || typeof currentPassword !== "string") return;
  refuseNul(currentPassword);
  const problem = passwordProblem(newPassword);
  if (problem) throw new APIError("UNPROCESSABLE_ENTITY", { message: problem });
  const check = await reservePasswordCheck({ userId: session.user.id });
  if (!check.allowed) throw new APIError("TOO_MANY_REQUESTS", { message: check.message.replace("sign-ins", "password checks") });
}

export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path === CHANGE_PASSWORD_PATH) return beforeChangePassword(ctx);
    return beforeSignIn(ctx);
  }),
  after: createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    if (ctx.path === CHANGE_PASSWORD_PATH) {
      const session = ctx.context.session;
      if (session && !isAPIError(returned)) await recordPasswordCheckSuccess({ userId: session.user.id });
      return;
    }
    const attempt = attemptOf(ctx);
    if (!attempt) return;
    if (ctx.context.newSession) {
      await recordSignInSuccess(attempt);
      return;
    }
    if (!isAPIError(returned) || returned.statusCode !== 401) return;
    const locked = await lockAfterFailure(attempt);
    if (locked) throw new APIError("TOO_MANY_REQUESTS", { message: locked });
  }),
};
