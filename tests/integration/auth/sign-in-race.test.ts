import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";

const PASSWORD = "correct horse battery";

// Counts the password checks Better Auth makes (argon2 verifications), nothing else changes.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: (hash: string, password: string) => ((checks.count += 1), original.verifyPassword(hash, password)) };
});
beforeEach(() => {
  checks.count = 0;
});

async function userWithPassword(): Promise<{ id: string; email: string }> {
  const user = await createUser({ role: "translator" });
  await getPrisma().account.create({ data: { id: randomUUID(), providerId: "credential", accountId: user.id, userId: user.id, password: await hashPassword(PASSWORD) } });
  return user;
}

/** Better Auth's own endpoint, with its hooks, as the route handler calls it. */
async function signIn(email: string, password: string, address: string): Promise<number> {
  const response = await getAuth().handler(new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", "x-recto-socket-address": address },
    body: JSON.stringify({ email, password }),
  }));
  await response.arrayBuffer();
  return response.status;
}

describe("parallel sign-ins against one account", () => {
  it("checks at most five passwords out of forty parallel wrong ones", async () => {
    const { email } = await userWithPassword();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(email, `wrong-${i}`, `10.9.0.${i}`)));
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 401)).toHaveLength(checks.count);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(35);
  });

  it("does not let the right password through behind 29 parallel wrong ones", async () => {
    const { email } = await userWithPassword();
    const wrong = Array.from({ length: 29 }, (_, i) => signIn(email, `wrong-${i}`, `10.8.0.${i}`));
    const statuses = await Promise.all([...wrong, signIn(email, PASSWORD, "10.8.1.1")]);
    // At most five attempts reach a password check; the right one gets in only if it was among them.
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
  });
});
