import "server-only";
import { Prisma } from "@/generated/prisma/client";
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

type ThrottleKey = { key: string; scope: ThrottleScope; policy: ThrottlePolicy };

function keysOf(email: string, address: string): ThrottleKey[] {
  return [
    { key: `email:${email.trim().toLowerCase()}`, scope: "account", policy: ACCOUNT_POLICY },
    { key: `ip:${address}`, scope: "address", policy: ADDRESS_POLICY },
  ];
}

export type SignInCheck = { allowed: true } | { allowed: false; message: string };

/**
 * One failure more on `key`, unless it is locked: registerFailure as a single upsert, so the row
 * is locked only for this statement and concurrent attempts are counted one after another (no
 * transaction holds a pooled connection while it waits). Returns false when the key was locked.
 */
async function countFailureUnlessLocked({ key, policy }: ThrottleKey, now: Date): Promise<boolean> {
  const at = Prisma.sql`${now}::timestamptz`;
  const lockFor = (failures: Prisma.Sql) => Prisma.sql`${at} + LEAST(${policy.baseLockMs}::float8 * power(2, ${failures} - ${policy.maxFailures}::int), ${policy.maxLockMs}::float8) * interval '1 millisecond'`;
  const isFresh = Prisma.sql`(${at} - GREATEST(t.window_started_at, COALESCE(t.locked_until, '-infinity'::timestamptz)) > ${policy.windowMs}::float8 * interval '1 millisecond')`;
  const failures = Prisma.sql`(CASE WHEN ${isFresh} THEN 1 ELSE t.failures + 1 END)`;
  const rows = await getPrisma().$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttles AS t (key, failures, window_started_at, locked_until)
    VALUES (${key}, 1, ${at}, CASE WHEN 1 >= ${policy.maxFailures}::int THEN ${lockFor(Prisma.sql`1`)} END)
    ON CONFLICT (key) DO UPDATE SET
      failures = ${failures},
      window_started_at = CASE WHEN ${isFresh} THEN ${at} ELSE t.window_started_at END,
      locked_until = CASE WHEN ${failures} >= ${policy.maxFailures}::int THEN ${lockFor(failures)} WHEN ${isFresh} THEN NULL ELSE t.locked_until END
    WHERE t.locked_until IS NULL OR t.locked_until <= ${at}
    RETURNING t.failures`;
  return rows.length === 1;
}

/**
 * Reserves one attempt before any password is verified: refused when the account or the address
 * is locked, otherwise counted as a failure on both. Each count is one atomic statement, so of any
 * number of parallel attempts at most `maxFailures` reach the password check; a right password
 * gives its reservation back (`recordSignInSuccess`). Every instance shares the rows.
 */
async function reserveAttempt(keys: ThrottleKey[], now: Date): Promise<SignInCheck> {
  const counted: ThrottleKey[] = [];
  for (const throttleKey of keys) {
    if (await countFailureUnlessLocked(throttleKey, now)) {
      counted.push(throttleKey);
      continue;
    }
    // Locked: give back what this attempt counted on the keys before, and say which one is locked.
    for (const { key } of counted) await getPrisma().$executeRaw`UPDATE sign_in_throttles SET failures = GREATEST(failures - 1, 0) WHERE key = ${key}`;
    const state = await getPrisma().signInThrottle.findUnique({ where: { key: throttleKey.key } });
    const decision = decideThrottle(state, now);
    return { allowed: false, message: describeLock(throttleKey.scope, decision.allowed ? 0 : decision.retryAfterMs) };
  }
  return { allowed: true };
}

/** Before verifying a sign-in password: a locked account or address is refused, else the attempt is reserved. */
export function reserveSignInAttempt(options: { email: string; address: string; now?: Date }): Promise<SignInCheck> {
  return reserveAttempt(keysOf(options.email, options.address), options.now ?? new Date());
}

/** Before verifying a signed-in user's current password (password change): the same, per user. */
export function reservePasswordCheck(options: { userId: string; now?: Date }): Promise<SignInCheck> {
  return reserveAttempt([{ key: `password-change:${options.userId}`, scope: "account", policy: ACCOUNT_POLICY }], options.now ?? new Date());
}

/** After a right current password on a password change: its failures are forgotten. */
export async function recordPasswordCheckSuccess(options: { userId: string }): Promise<void> {
  await getPrisma().signInThrottle.deleteMany({ where: { key: `password-change:${options.userId}` } });
}

/** The lock message, when the reserved attempt that just failed locked the account or the address. */
export async function lockAfterFailure(options: { email: string; address: string; now?: Date }): Promise<string | null> {
  const now = options.now ?? new Date();
  for (const { key, scope } of keysOf(options.email, options.address)) {
    const decision = decideThrottle(await getPrisma().signInThrottle.findUnique({ where: { key } }), now);
    if (!decision.allowed) return describeLock(scope, decision.retryAfterMs);
  }
  return null;
}

/**
 * A successful sign-in clears the account's failures and gives back the address's reservation
 * (the address keeps its earlier failures until the window ends).
 */
export async function recordSignInSuccess(options: { email: string; address: string }): Promise<void> {
  const [account, address] = keysOf(options.email, options.address);
  await getPrisma().$transaction([
    getPrisma().signInThrottle.deleteMany({ where: { key: account.key } }),
    getPrisma().$executeRaw`UPDATE sign_in_throttles SET failures = GREATEST(failures - 1, 0) WHERE key = ${address.key}`,
  ]);
}
