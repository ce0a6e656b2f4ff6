import { describe, expect, it } from "vitest";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/auth/throttle";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";

const T0 = new Date("2026-11-28T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

// Each call reads and writes PostgreSQL only, so two calls stand for two app instances.
describe("sign-in throttling in PostgreSQL", () => {
  it("locks an account after five failures, whichever instance saw them, with a clear message", async () => {
    const { email } = await createUser({ role: "translator" });
    const upper = email.toUpperCase();
    for (let i = 0; i < 4; i += 1) expect(await recordSignInFailure({ email: i % 2 ? upper : email, address: `10.0.0.${i}`, now: at(i) })).toBeNull();
    expect(await checkSignInAllowed({ email, address: "10.0.0.9", now: at(4) })).toEqual({ allowed: true });
    expect(await recordSignInFailure({ email: upper, address: "10.0.0.9", now: at(4) })).toBe("Too many failed sign-ins for this account; try again in 1 minute");
    expect(await checkSignInAllowed({ email, address: "10.0.0.10", now: at(4.5) })).toEqual({ allowed: false, message: "Too many failed sign-ins for this account; try again in 1 minute" });
    expect(await checkSignInAllowed({ email, address: "10.0.0.10", now: at(5.1) })).toEqual({ allowed: true });
  });

  it("counts concurrent failures from two instances exactly", async () => {
    const { email } = await createUser({ role: "translator" });
    await Promise.all(Array.from({ length: 5 }, () => recordSignInFailure({ email, address: "10.1.0.1", now: at(0) })));
    const row = await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(5);
    expect((await checkSignInAllowed({ email, address: "10.1.0.2", now: at(0.5) })).allowed).toBe(false);
  });

  it("locks an address after twenty failures across accounts", async () => {
    const address = "192.0.2.20";
    for (let i = 0; i < 20; i += 1) await recordSignInFailure({ email: `nobody-${i}@example.test`, address, now: at(0) });
    expect(await checkSignInAllowed({ email: "someone-else@example.test", address, now: at(0.2) }))
      .toEqual({ allowed: false, message: "Too many failed sign-ins from this address; try again in 1 minute" });
  });

  it("resets the account's count on a successful sign-in", async () => {
    const { email } = await createUser({ role: "translator" });
    for (let i = 0; i < 4; i += 1) await recordSignInFailure({ email, address: "10.2.0.1", now: at(0) });
    await recordSignInSuccess({ email });
    expect(await recordSignInFailure({ email, address: "10.2.0.1", now: at(1) })).toBeNull();
    expect((await getPrisma().signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } })).failures).toBe(1);
  });

  it("refuses a deactivated account with the wrong-password wording", async () => {
    const { id, email } = await createUser({ role: "translator" });
    await getPrisma().user.update({ where: { id }, data: { banned: true } });
    expect(await checkSignInAllowed({ email, address: "10.3.0.1" })).toEqual({ allowed: false, message: "Email or password is wrong, or the account is deactivated." });
  });
});
