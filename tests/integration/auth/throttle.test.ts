import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, registerFailure, reserveSignInAttempt, recordSignInSuccess, type ThrottleState } from "@/lib/auth/throttle";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";

const T0 = new Date("2026-11-28T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

// Every attempt is reserved (counted as a failure) before its password is checked; each call
// reads and writes PostgreSQL only, so two calls stand for two app instances.
describe("sign-in throttling in PostgreSQL", () => {
  it("locks an account after five attempts, whichever instance saw them, with a clear message", async () => {
    const { email } = await createUser({ role: "translator" });
    const upper = email.toUpperCase();
    for (let i = 0; i < 5; i += 1) expect(await reserveSignInAttempt({ email: i % 2 ? upper : email, address: `10.0.0.${i}`, now: at(i) })).toEqual({ allowed: true });
    expect(await reserveSignInAttempt({ email, address: "10.0.0.10", now: at(4.5) })).toEqual({ allowed: false, message: "Too many failed sign-ins for this account; try again in 1 minute" });
    expect(await reserveSignInAttempt({ email, address: "10.0.0.10", now: at(5.1) })).toEqual({ allowed: true });
  });

  it("counts exactly as the pure policy does, lock doubling included", async () => {
    const { email } = await createUser({ role: "translator" });
    const key = `email:${email}`;
    let expected: ThrottleState | null = null;
    for (const minute of [0, 1, 2, 3, 4, 5.5, 8, 20, 200]) {
      await reserveSignInAttempt({ email, address: `10.4.0.${minute}`, now: at(minute) });
      expected = registerFailure(expected, at(minute), ACCOUNT_POLICY);
      const row = await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key } });
      expect({ failures: row.failures, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil }, `at minute ${minute}`).toEqual(expected);
    }
  });

  it("counts concurrent attempts from several instances exactly, and lets no more than five through", async () => {
    const { email } = await createUser({ role: "translator" });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => reserveSignInAttempt({ email, address: `10.1.0.${i}`, now: at(0) })));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    const row = await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(5);
  });

  it("locks an address after twenty attempts across accounts, and gives a locked address's count back to the account", async () => {
    const address = "192.0.2.20";
    for (let i = 0; i < 20; i += 1) await reserveSignInAttempt({ email: `nobody-${i}@example.test`, address, now: at(0) });
    const { email } = await createUser({ role: "translator" });
    expect(await reserveSignInAttempt({ email, address, now: at(0.2) }))
      .toEqual({ allowed: false, message: "Too many failed sign-ins from this address; try again in 1 minute" });
    expect((await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } })).failures).toBe(0);
  });

  it("clears the account and gives the address its reservation back on a successful sign-in", async () => {
    const { email } = await createUser({ role: "translator" });
    for (let i = 0; i < 4; i += 1) await reserveSignInAttempt({ email, address: "10.2.0.1", now: at(0) });
    await recordSignInSuccess({ email, address: "10.2.0.1" });
    expect(await getPrisma().signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
    expect((await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key: "ip:10.2.0.1" } })).failures).toBe(3);
  });
});
