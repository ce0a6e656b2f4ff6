import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/auth/api-token-viewer";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";
import { runRecto } from "@/tests/support/recto-cli";

describe("recto tokens create", () => {
  it("prints a token for the named user once on stdout, stores its hash, and audits it without an actor", async () => {
    const editor = await createUser({ role: "editor" });
    const result = await runRecto(["tokens", "create", "--name", "CMS import", "--role", "editor", "--user", editor.email]);
    expect(result.stderr).toMatch(/created editor token "CMS import" acting as editor-.*@example.test \(id [\w-]+\)/);
    expect(result.code).toBe(0);
    const token = result.stdout.trim();
    expect(await authenticateApiToken(token)).toMatchObject({ userId: editor.id, role: "editor" });
    const row = await getPrisma().apiToken.findFirstOrThrow({ where: { userId: editor.id }, select: { id: true, tokenHash: true } });
    expect(row.tokenHash).not.toContain(token);
    expect(await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: row.id } })).toMatchObject({ action: "api_token.create", actorId: null });
  }, 60_000);

  it.each([
    ["an unknown user", ["--name", "x", "--role", "editor", "--user", "nobody@example.test"], 1, /No user has the email nobody@example.test/],
    ["no --user", ["--name", "x", "--role", "editor"], 2, /--user: give the email/],
    ["a role that does not exist", ["--name", "x", "--role", "owner", "--user", "a@example.test"], 2, /--role: Role must be one of translator, editor, admin/],
  ])("refuses %s with a clear message and prints no token", async (_name, args, code, message) => {
    const result = await runRecto(["tokens", "create", ...args]);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(code);
  }, 60_000);
});
