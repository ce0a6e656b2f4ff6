import "server-only";
import { getPrisma } from "@/lib/db/client";

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };
export type ThrottlePolicy = { maxFailures: number; windowMs: number; baseLockMs: number; maxLockMs: number };
export type ThrottleScope = "account" | "address";

const MINUTE = 60_000;

/** 5 failures in 15 minutes lock an account for 1 minute, doubling with each further failure, up to an hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, baseLockMs: MINUTE, maxLockMs: 60 * MINUTE };
/** An address gets more room (an office shares one), then locks the same way. */
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * MINUTE, baseLockMs: MINUTE, maxLockMs: 60 * MINUTE };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Pure: may this key try now? Refused while locked. */
export function decideThrottle(state: ThrottleState | null, now: Date): ThrottleDecision {
  if (state?.lockedUntil && state.lockedUntil > now) return { allowed: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  return { allowed: true };
}

/**
 * Pure: the state after one more failure. Failures count within a window that restarts after a
 * quiet `windowMs` (measured from the window start or the last lock's end, whichever is later);
 * from `maxFailures` on, each failure locks for baseLockMs × 2^(extra failures), capped.
 */
export function registerFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const lastActivity = Math.max(state?.windowStartedAt.getTime() ?? 0, state?.lockedUntil?.getTime() ?? 0);
  const isFresh = !state || now.getTime() - lastActivity > policy.windowMs;
  const failures = isFresh ? 1 : state.failures + 1;
  const windowStartedAt = isFresh ? now : state.windowStartedAt;
  if (failures < policy.maxFailures) return { failures, windowStartedAt, lockedUntil: isFresh ? null : state.lockedUntil };
  const lockMs = Math.min(policy.baseLockMs * 2 ** (failures - policy.maxFailures), policy.maxLockMs);
  return { failures, windowStartedAt, lockedUntil: new Date(now.getTime() + lockMs) };
}

/** "Too many failed sign-ins for this account; try again in 4 minutes". */
export function describeLock(scope: ThrottleScope, retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE));
  const who = scope === "account" ? "for this account" : "from this address";
  return `Too many failed sign-ins ${who}; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function keysOf(email: string, address: string) {
  return [
    { key: `email:${email.trim().toLowerCase()}`, scope: "account" as const, policy: ACCOUNT_POLICY },
    { key: `ip:${address}`, scope: "address" as const, policy: ADDRESS_POLICY },
  ];
}

export type SignInCheck = { allowed: true } | { allowed: false; message: string };

/**
 * Before verifying a password: refuses a locked account or address, and a deactivated account
 * (with the same wording as a wrong password, so the check reveals nothing new).
 */
export async function checkSignInAllowed(options: { email: string; address: string; now?: Date }): Promise<SignInCheck> {
  const now = options.now ?? new Date();
  const prisma = getPrisma();
  for (const { key, scope } of keysOf(options.email, options.address)) {
    const state = await prisma.signInThrottle.findUnique({ where: { key } });
    const decision = decideThrottle(state, now);
    if (!decision.allowed) return { allowed: false, message: describeLock(scope, decision.retryAfterMs) };
  }
  const user = await prisma.user.findUnique({ where: { email: options.email.trim().toLowerCase() }, select: { banned: true } });
  if (user?.banned) return { allowed: false, message: "Email or password is wrong, or the account is deactivated." };
  return { allowed: true };
}

/**
 * Counts a failed sign-in against the account and the address, row-locked so that every app
 * instance sees the same count. Returns the lock message when this failure locked either.
 */
export async function recordSignInFailure(options: { email: string; address: string; now?: Date }): Promise<string | null> {
  const now = options.now ?? new Date();
  let message: string | null = null;
  await getPrisma().$transaction(async (tx) => {
    for (const { key, scope, policy } of keysOf(options.email, options.address)) {
      await tx.$executeRaw`INSERT INTO sign_in_throttles (key, failures, window_started_at) VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
      const [row] = await tx.$queryRaw<{ failures: number; window_started_at: Date; locked_until: Date | null }[]>`
        SELECT failures, window_started_at, locked_until FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
      const next = registerFailure({ failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }, now, policy);
      await tx.signInThrottle.update({ where: { key }, data: next });
      const decision = decideThrottle(next, now);
      if (!decision.allowed) message ??= describeLock(scope, decision.retryAfterMs);
    }
  });
  return message;
}

/** A successful sign-in clears the account's failures (the address keeps its count until the window ends). */
export async function recordSignInSuccess(options: { email: string }): Promise<void> {
  await getPrisma().signInThrottle.deleteMany({ where: { key: `email:${options.email.trim().toLowerCase()}` } });
}
