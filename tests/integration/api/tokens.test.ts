import { describe, expect, it } from "vitest";
import { createApiToken, createApiTokenAsOperator, revokeApiToken } from "@/lib/api-tokens/mutations";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { authenticateApiToken } from "@/lib/auth/api-token-viewer";
import { hashToken } from "@/lib/auth/api-token";
import { getPrisma } from "@/lib/db/client";
import { deactivateUser, setUserRole } from "@/lib/users/mutations";
import { createUser } from "@/tests/factories/users";
import { callApi } from "./call-api";

describe("API tokens", () => {
  it("are shown once and stored only as their hash, with an audit row", async () => {
    const admin = await createUser({ role: "admin" });
    const created = await createApiToken({ viewer: admin.viewer, input: { name: "CMS import", role: "editor" } });
    const row = await getPrisma().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(JSON.stringify(await findApiTokens({ viewer: admin.viewer }))).not.toContain(created.token);
    const events = await getPrisma().historyEvent.findMany({ where: { entityId: created.id }, select: { action: true, actorId: true, after: true } });
    expect(events).toEqual([{ action: "api_token.create", actorId: admin.id, after: { name: "CMS import", role: "editor", userId: admin.id } }]);
  });

  it("act as their user with the token's role, never more than the user has now", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor" });
    const { token } = await createApiToken({ viewer: admin.viewer, input: { name: "over-scoped", role: "admin", userId: editor.id } });
    expect(await authenticateApiToken(token)).toMatchObject({ userId: editor.id, role: "editor" });
    expect((await callApi("GET", "/users", { token })).status).toBe(403);
    await setUserRole({ viewer: admin.viewer, input: { userId: editor.id, role: "translator" } });
    expect(await authenticateApiToken(token)).toMatchObject({ role: "translator" });
    const scoped = await createApiToken({ viewer: admin.viewer, input: { name: "read only", role: "translator" } });
    expect(await authenticateApiToken(scoped.token)).toMatchObject({ userId: admin.id, role: "translator" });
    expect((await callApi("GET", "/users", { token: scoped.token })).status).toBe(403);
  });

  it("stop working when revoked or when their user is deactivated", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor" });
    const revoked = await createApiToken({ viewer: admin.viewer, input: { name: "old script", role: "editor", userId: editor.id } });
    const deactivated = await createApiToken({ viewer: admin.viewer, input: { name: "their script", role: "editor", userId: editor.id } });
    expect((await callApi("GET", "/documents", { token: revoked.token })).status).toBe(200);
    await revokeApiToken({ viewer: admin.viewer, input: { tokenId: revoked.id } });
    const refused = await callApi("GET", "/documents", { token: revoked.token });
    expect(refused.body.error).toEqual({ code: "UNAUTHENTICATED", message: "The API token is unknown or revoked; ask an admin for a new one." });
    await expect(revokeApiToken({ viewer: admin.viewer, input: { tokenId: revoked.id } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await getPrisma().historyEvent.count({ where: { entityId: revoked.id, action: "api_token.revoke", actorId: admin.id } })).toBe(1);
    await deactivateUser({ viewer: admin.viewer, input: { userId: editor.id } });
    expect((await callApi("GET", "/documents", { token: deactivated.token })).status).toBe(401);
  });

  it("are created and revoked by admins only, and name a real, active user", async () => {
    const admin = await createUser({ role: "admin" });
    const editor = await createUser({ role: "editor" });
    await expect(createApiToken({ viewer: editor.viewer, input: { name: "mine", role: "editor" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createApiToken({ viewer: admin.viewer, input: { name: "ghost", role: "editor", userId: "nobody" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createApiToken({ viewer: admin.viewer, input: { name: " ", role: "editor" } })).rejects.toThrow(/Name the token/);
    await expect(revokeApiToken({ viewer: admin.viewer, input: { tokenId: "not-an-id" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const operator = await createApiTokenAsOperator({ input: { name: "from the CLI", role: "editor" }, userEmail: editor.email.toUpperCase() });
    expect(await authenticateApiToken(operator.token)).toMatchObject({ userId: editor.id, role: "editor" });
    expect(await getPrisma().historyEvent.findFirst({ where: { entityId: operator.id }, select: { actorId: true } })).toEqual({ actorId: null });
    await expect(createApiTokenAsOperator({ input: { name: "x", role: "editor" }, userEmail: "nobody@example.test" })).rejects.toThrow("No user has the email nobody@example.test");
  });

  it("need no Origin header, are marked used, and refuse other Authorization schemes", async () => {
    const admin = await createUser({ role: "admin" });
    const { id, token } = await createApiToken({ viewer: admin.viewer, input: { name: "script", role: "editor" } });
    const imported = await callApi("POST", "/documents", { token, body: { title: "From a script", sourceText: "Il est parti.", targetText: "He left." } });
    expect(imported.status).toBe(201);
    expect((await getPrisma().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
    expect((await callApi("GET", "/documents", { headers: { authorization: "Basic YWRtaW46YWRtaW4=" } })).status).toBe(401);
    // Without a token, a state-changing request must come from this app's own pages (CSRF guard).
    const forged = await callApi("POST", "/documents", { body: { title: "Forged", sourceText: "Il est parti.", targetText: "He left." } });
    expect(forged.body.error.code).toBe("FORBIDDEN");
  });
});
