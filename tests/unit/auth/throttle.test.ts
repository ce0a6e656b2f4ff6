import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, ADDRESS_POLICY, decideThrottle, describeLock, registerFailure, type ThrottleState } from "@/lib/auth/throttle";

const T0 = new Date("2026-11-28T09:00:00+01:00");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function failTimes(times: number[], policy = ACCOUNT_POLICY): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const minute of times) state = registerFailure(state, at(minute), policy);
  return state;
}

describe("deciding whether a sign-in may be tried", () => {
  it("allows a key with no failures", () => {
    expect(decideThrottle(null, T0)).toEqual({ allowed: true });
  });

  it.each([
    ["four failures in a minute", [0, 0, 0, 1], true],
    ["five failures in fifteen minutes", [0, 3, 6, 9, 14], false],
    ["five failures spread over an hour", [0, 16, 32, 48, 64], true],
  ])("after %s an account is allowed: %s", (_name, times, allowed) => {
    const last = times.at(-1)!;
    expect(decideThrottle(failTimes(times), at(last)).allowed).toBe(allowed);
  });

  it("locks for one minute on the fifth failure, then doubles: 2, 4, 8 … capped at an hour", () => {
    let state: ThrottleState | null = failTimes([0, 0, 0, 0]);
    let now = 0;
    const locks: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      state = registerFailure(state, at(now), ACCOUNT_POLICY);
      const lockMinutes = (state.lockedUntil!.getTime() - at(now).getTime()) / 60_000;
      locks.push(lockMinutes);
      now += lockMinutes;
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("refuses while locked and allows again when the lock ends", () => {
    const state = failTimes([0, 0, 0, 0, 0, 1, 3]);
    expect(decideThrottle(state, at(3.5))).toEqual({ allowed: false, retryAfterMs: 3.5 * 60_000 });
    expect(decideThrottle(state, at(7)).allowed).toBe(true);
  });

  it("starts a fresh window after fifteen quiet minutes past the last lock", () => {
    const locked = failTimes([0, 0, 0, 0, 0]);
    expect(registerFailure(locked, at(17), ACCOUNT_POLICY)).toEqual({ failures: 1, windowStartedAt: at(17), lockedUntil: null });
    expect(registerFailure(locked, at(10), ACCOUNT_POLICY).failures).toBe(6);
  });

  it("gives an address twenty failures before locking", () => {
    const times = Array.from({ length: 19 }, () => 0);
    expect(decideThrottle(failTimes(times, ADDRESS_POLICY), at(0)).allowed).toBe(true);
    expect(decideThrottle(failTimes([...times, 1], ADDRESS_POLICY), at(1)).allowed).toBe(false);
  });

  it.each([
    ["account", 4 * 60_000, "Too many failed sign-ins for this account; try again in 4 minutes"],
    ["account", 10_000, "Too many failed sign-ins for this account; try again in 1 minute"],
    ["address", 61_000, "Too many failed sign-ins from this address; try again in 2 minutes"],
  ] as const)("tells the %s how long to wait (%i ms)", (scope, ms, message) => {
    expect(describeLock(scope, ms)).toBe(message);
  });
});
