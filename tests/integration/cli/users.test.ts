import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { EXPORT_FORMATS } from "@/lib/export/schema";
import { runRecto } from "@/tests/support/recto-cli";

const email = () => `first-admin-${randomUUID().slice(0, 8)}@example.test`;

async function storedUser(address: string) {
  return getPrisma().user.findUnique({ where: { email: address }, select: { id: true, role: true, name: true, accounts: { select: { password: true } } } });
}

describe("recto --help", () => {
  it("prints every command on stdout and exits 0, listing the export formats lib/export knows", async () => {
    const result = await runRecto(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["align", "import", "qa", "export", "import-bilingual", "users create"]) expect(result.stdout).toContain(`recto ${command} `);
    expect(result.stdout).toContain(`--format ${EXPORT_FORMATS.join("|")} `);
  }, 60_000);
});

describe("recto users create", () => {
  it("makes an admin with a random password printed once on stdout, stored only as a hash, audited without an actor", async () => {
    const address = email();
    const result = await runRecto(["users", "create", "--email", address, "--name", "First Admin", "--role", "admin"]);
    expect(result.stderr).toMatch(/created admin .* \(id [\w-]+\)/);
    expect(result.code).toBe(0);
    const password = result.stdout.trim();
    expect(password).toMatch(/^[\w-]{16}$/);
    const user = await storedUser(address);
    expect(user).toMatchObject({ role: "admin", name: "First Admin" });
    expect(await verifyPassword(user!.accounts[0].password!, password)).toBe(true);
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: user!.id } });
    expect(event).toMatchObject({ action: "user.create", actorId: null });
    expect(JSON.stringify(event.after)).not.toContain(password);
  }, 60_000);

  it("takes the password from standard input with --password-stdin, dropping the final line break, and prints none", async () => {
    const address = email();
    const result = await runRecto(["users", "create", "--email", address, "--name", "Ed", "--role", "editor", "--password-stdin"], { stdin: "correct horse battery\n" });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const user = await storedUser(address);
    expect(user?.role).toBe("editor");
    expect(await verifyPassword(user!.accounts[0].password!, "correct horse battery")).toBe(true);
  }, 60_000);

  it.each([
    ["a role that does not exist", ["--name", "X", "--role", "owner"], "", 2, /--role: Role must be one of translator, editor, admin/],
    ["a malformed email", ["--email", "nobody-at-example.test", "--name", "X", "--role", "admin"], "", 2, /--email: Enter an email address/],
    ["an unknown flag", ["--name", "X", "--role", "admin", "--admin"], "", 2, /Unknown option '--admin'/],
    ["a short password on stdin", ["--name", "X", "--role", "admin", "--password-stdin"], "short\n", 1, /--password-stdin: Password is under 8 characters/],
    ["an empty standard input", ["--name", "X", "--role", "admin", "--password-stdin"], "", 1, /--password-stdin: standard input was empty/],
  ])("refuses %s and creates nobody", async (_name, args, stdin, code, message) => {
    const address = email();
    const result = await runRecto(["users", "create", "--email", address, ...args], { stdin });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(code);
    expect(await storedUser(address)).toBeNull();
  }, 60_000);

  it("refuses an email that is taken, and leaves that account as it was", async () => {
    const address = email();
    expect((await runRecto(["users", "create", "--email", address, "--name", "One", "--role", "translator"])).code).toBe(0);
    const again = await runRecto(["users", "create", "--email", address.toUpperCase(), "--name", "Two", "--role", "admin"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`A user with email ${address} already exists.`);
    expect(await storedUser(address)).toMatchObject({ name: "One", role: "translator" });
  }, 60_000);

  it("names the missing action", async () => {
    const result = await runRecto(["users"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/users needs an action: create/);
  }, 60_000);
});
