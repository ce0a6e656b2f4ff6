import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";

const PASSWORD = "a long enough phrase";
const BASE = "http://127.0.0.1:3000/api/auth";

async function userWithPassword(options: { banned?: boolean } = {}) {
  const user = await createUser({ role: "translator", name: "Real Name" });
  await getPrisma().account.create({ data: { id: randomUUID(), providerId: "credential", accountId: user.id, userId: user.id, password: await hashPassword(PASSWORD) } });
  if (options.banned) await getPrisma().user.update({ where: { id: user.id }, data: { banned: true } });
  return user;
}

/** Better Auth's endpoint as the route handler calls it. */
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await getAuth().handler(new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://127.0.0.1:3000", [SOCKET_ADDRESS_HEADER]: "198.51.100.1", ...headers },
    body: JSON.stringify(body),
  }));
  const text = await response.text();
  return { status: response.status, text, cookie: response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ") };
}

async function signedIn(): Promise<{ id: string; email: string; cookie: string }> {
  const user = await userWithPassword();
  const { status, cookie } = await post("/sign-in/email", { email: user.email, password: PASSWORD }, { [SOCKET_ADDRESS_HEADER]: `10.70.${Math.floor(Math.random() * 250)}.1` });
  expect(status).toBe(200);
  return { ...user, cookie };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}


describe("sign-in addresses", () => {
  it("throttles by the socket's address, however the client rotates X-Forwarded-For", async () => {
    const socket = "203.0.113.50";
    for (let i = 0; i < 20; i += 1) {
      await post("/sign-in/email", { email: `nobody-${i}@example.test`, password: "wrong-password" }, { [SOCKET_ADDRESS_HEADER]: socket, "x-forwarded-for": `192.0.2.${i}` });
    }
    const refused = await post("/sign-in/email", { email: "someone@example.test", password: "wrong-password" }, { [SOCKET_ADDRESS_HEADER]: socket, "x-forwarded-for": "192.0.2.200" });
    expect(refused.status).toBe(429);
    expect(refused.text).toContain("from this address");
  });
});

describe("deactivated accounts", () => {
  it("get the wrong-password answer, in comparable time", async () => {
    const active = await userWithPassword();
    const banned = await userWithPassword({ banned: true });
    const wrong = await post("/sign-in/email", { email: active.email, password: "not the password" }, { [SOCKET_ADDRESS_HEADER]: "10.60.0.1" });
    const deactivated = await post("/sign-in/email", { email: banned.email, password: PASSWORD }, { [SOCKET_ADDRESS_HEADER]: "10.60.0.2" });
    expect(deactivated.status).toBe(wrong.status);
    expect(JSON.parse(deactivated.text).message).toBe(JSON.parse(wrong.text).message);
    const times = { wrong: [] as number[], deactivated: [] as number[] };
    for (let i = 0; i < 6; i += 1) {
      const [other, bannedUser] = [await userWithPassword(), await userWithPassword({ banned: true })];
      times.wrong.push(await timed(() => post("/sign-in/email", { email: other.email, password: "not the password" }, { [SOCKET_ADDRESS_HEADER]: `10.61.0.${i}` })));
      times.deactivated.push(await timed(() => post("/sign-in/email", { email: bannedUser.email, password: PASSWORD }, { [SOCKET_ADDRESS_HEADER]: `10.62.0.${i}` })));
    }
    // Both verify an argon2 hash (about 100 ms here); before, a deactivated account answered in a fifth of that.
    // The fastest of each: a busy machine only adds time, so the minimum shows the work each answer does.
    expect(Math.min(...times.deactivated) / Math.min(...times.wrong)).toBeGreaterThan(0.5);
  });
});

describe("self-service account changes", () => {
  it("refuses renaming oneself: the endpoint is closed, the name unchanged", async () => {
    const user = await signedIn();
    for (const body of [{ name: "" }, { name: "Editor" }, { name: "x".repeat(200_000) }, { name: "\u202Eevil" }, { image: "javascript:alert(1)" }]) {
      const response = await post("/update-user", body, { cookie: user.cookie });
      expect(response.status).toBe(404);
    }
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, image: true } })).toEqual({ name: "Real Name", image: null });
  });

  it("refuses a common new password with the policy's message", async () => {
    const user = await signedIn();
    const response = await post("/change-password", { currentPassword: PASSWORD, newPassword: "password" }, { cookie: user.cookie });
    expect(response.status).toBe(422);
    expect(JSON.parse(response.text).message).toContain("too common");
  });

  it("throttles wrong current passwords: the sixth is refused before it is checked, even the right one", async () => {
    const user = await signedIn();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post("/change-password", { currentPassword: `wrong ${i}`, newPassword: "a brand new phrase" }, { cookie: user.cookie })).status);
    expect(statuses.every((status) => status === 400)).toBe(true);
    const sixth = await post("/change-password", { currentPassword: PASSWORD, newPassword: "a brand new phrase" }, { cookie: user.cookie });
    expect(sixth.status).toBe(429);
    expect(JSON.parse(sixth.text).message).toContain("Too many failed password checks");
  });

  it("refuses a NUL character in sign-in with 422, not 500", async () => {
    const user = await userWithPassword();
    const response = await post("/sign-in/email", { email: user.email, password: "pass\u0000word" }, { [SOCKET_ADDRESS_HEADER]: "10.63.0.1" });
    expect(response.status).toBe(422);
  });
});
