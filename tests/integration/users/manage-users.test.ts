import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, setUserRole } from "@/lib/users/mutations";
import { findUsers } from "@/lib/users/queries";
import { createUser as seedUser } from "@/tests/factories/users";

async function passwordHashOf(userId: string) {
  const account = await getPrisma().account.findFirstOrThrow({ where: { userId, providerId: "credential" } });
  return account.password!;
}

async function addSession(userId: string) {
  await getPrisma().session.create({ data: { id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
}

async function lastEvent(entityId: string) {
  return getPrisma().historyEvent.findFirstOrThrow({ where: { entityId }, orderBy: { id: "desc" } });
}

describe("an admin managing users", () => {
  it("creates a user with a random initial password shown once, stored only as an argon2id hash, and audited without it", async () => {
    const admin = await seedUser({ role: "admin" });
    const email = `New.Person-${randomUUID().slice(0, 6)}@Example.test`;
    const { user, password } = await createUser({ viewer: admin.viewer, input: { email, name: "New Person", role: "editor" } });
    expect(user).toMatchObject({ email: email.toLowerCase(), name: "New Person", role: "editor", banned: false });
    expect(password).toMatch(/^[\w-]{16}$/);
    const hash = await passwordHashOf(user.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, password)).toBe(true);
    const event = await lastEvent(user.id);
    expect(event).toMatchObject({ action: "user.create", actorId: admin.id, after: { email: email.toLowerCase(), role: "editor" } });
    expect(JSON.stringify([event.before, event.after])).not.toContain(password);
    expect((await findUsers({ viewer: admin.viewer })).some((listed) => listed.id === user.id)).toBe(true);
  });

  it("refuses a second account with the same email", async () => {
    const admin = await seedUser({ role: "admin" });
    const existing = await seedUser({ role: "translator" });
    await expect(createUser({ viewer: admin.viewer, input: { email: existing.email, name: "Twin", role: "translator" } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: `A user with email ${existing.email} already exists.` });
  });

  it("sets a role, recording before and after, but not on oneself", async () => {
    const admin = await seedUser({ role: "admin" });
    const translator = await seedUser({ role: "translator" });
    await expect(setUserRole({ viewer: admin.viewer, input: { userId: translator.id, role: "editor" } })).resolves.toMatchObject({ role: "editor" });
    expect(await lastEvent(translator.id)).toMatchObject({ action: "user.set_role", before: { role: "translator" }, after: { role: "editor" } });
    await expect(setUserRole({ viewer: admin.viewer, input: { userId: admin.id, role: "translator" } })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("resets a password: a new one shown once, the old one stops working, sessions end", async () => {
    const admin = await seedUser({ role: "admin" });
    const created = await createUser({ viewer: admin.viewer, input: { email: `reset-${randomUUID().slice(0, 6)}@example.test`, name: "R", role: "translator" } });
    await addSession(created.user.id);
    const { password } = await resetUserPassword({ viewer: admin.viewer, input: { userId: created.user.id } });
    const hash = await passwordHashOf(created.user.id);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, created.password)).toBe(false);
    expect(await getPrisma().session.count({ where: { userId: created.user.id } })).toBe(0);
    expect(await lastEvent(created.user.id)).toMatchObject({ action: "user.reset_password", after: { sessionsEnded: 1 } });
  });

  it("deactivates a user: sessions end, their history stays, and they can be reactivated", async () => {
    const admin = await seedUser({ role: "admin" });
    const translator = await seedUser({ role: "translator" });
    await addSession(translator.id);
    await getPrisma().historyEvent.create({ data: { actorId: translator.id, action: "issue.flag", entityType: "issue", entityId: randomUUID() } });
    await expect(deactivateUser({ viewer: admin.viewer, input: { userId: translator.id, reason: "Left the team" } })).resolves.toMatchObject({ banned: true });
    expect(await getPrisma().session.count({ where: { userId: translator.id } })).toBe(0);
    expect(await getPrisma().historyEvent.count({ where: { actorId: translator.id } })).toBe(1);
    expect(await lastEvent(translator.id)).toMatchObject({ action: "user.deactivate", before: { banned: false }, after: { banned: true, reason: "Left the team", sessionsEnded: 1 } });
    await expect(deactivateUser({ viewer: admin.viewer, input: { userId: translator.id } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(reactivateUser({ viewer: admin.viewer, input: { userId: translator.id } })).resolves.toMatchObject({ banned: false });
    await expect(deactivateUser({ viewer: admin.viewer, input: { userId: admin.id } })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it.each(["translator", "editor"] as const)("refuses the %s role every user action, naming the permission", async (role) => {
    const { viewer } = await seedUser({ role });
    const target = await seedUser({ role: "translator" });
    const attempts = [
      () => createUser({ viewer, input: { email: "x@example.test", name: "X", role: "admin" } }),
      () => setUserRole({ viewer, input: { userId: target.id, role: "admin" } }),
      () => resetUserPassword({ viewer, input: { userId: target.id } }),
      () => deactivateUser({ viewer, input: { userId: target.id } }),
      () => findUsers({ viewer }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/user\.manage/) });
  });

  it("names an unknown user id", async () => {
    const admin = await seedUser({ role: "admin" });
    await expect(resetUserPassword({ viewer: admin.viewer, input: { userId: "ghost" } })).rejects.toMatchObject({ code: "NOT_FOUND", message: "User ghost does not exist." });
  });
});
