import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_DOCUMENT_KEY, DEMO_USERS } from "@/lib/demo/seed";
import { readEnv } from "@/lib/env";
import { createUserAsOperator } from "@/lib/users/mutations";
import { prepareDatabase, shouldSeedDemo } from "@/scripts/start-support";

const dataDir = mkdtempSync(path.join(tmpdir(), "recto-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const demoUsers = () => getPrisma().user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } });
const demoDocuments = () => getPrisma().document.count({ where: { seedKey: DEMO_DOCUMENT_KEY } });
const starterRules = () => getPrisma().glossaryEntry.count({ where: { documentId: null, kind: "role_reversal" } });

describe("which start seeds the demo", () => {
  it.each([
    ["the embedded database", { isEmbedded: true, argv: [], env: {} }, true],
    ["an external DATABASE_URL", { isEmbedded: false, argv: [], env: {} }, false],
    ["an external DATABASE_URL with --demo", { isEmbedded: false, argv: ["node", "start.ts", "--demo"], env: {} }, true],
    ["an external DATABASE_URL with RECTO_DEMO=1", { isEmbedded: false, argv: [], env: readEnv({ RECTO_DEMO: "1" }) }, true],
    ["the embedded database with RECTO_DEMO=0", { isEmbedded: true, argv: [], env: readEnv({ RECTO_DEMO: "0" }) }, false],
  ])("%s: %s", (_name, options, expected) => {
    expect(shouldSeedDemo(options)).toBe(expected);
  });
});

describe("preparing an external database for npm start", () => {
  it("adds no demo accounts or article without the demo, seeds the starter rules once an admin exists, and the demo when asked", async () => {
    const databaseUrl = readEnv().DATABASE_URL!;
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);

    expect(await prepareDatabase({ databaseUrl, dataDir, withDemo: false, log })).toEqual([]);
    expect([await demoUsers(), await demoDocuments(), await starterRules()]).toEqual([0, 0, 0]);
    expect(lines.join("\n")).toContain("users create --email … --name … --role admin");

    await createUserAsOperator({ input: { email: `ops-${randomUUID().slice(0, 8)}@example.test`, name: "Ops", role: "admin" } });
    expect(await prepareDatabase({ databaseUrl, dataDir, withDemo: false, log })).toEqual([]);
    expect([await demoUsers(), await demoDocuments()]).toEqual([0, 0]);
    expect(await starterRules()).toBeGreaterThan(0);
    expect(existsSync(path.join(dataDir, "demo-accounts.json"))).toBe(false);

    const accounts = await prepareDatabase({ databaseUrl, dataDir, withDemo: true, log });
    expect(accounts.map((account) => account.email).sort()).toEqual(DEMO_USERS.map((user) => user.email).sort());
    expect([await demoUsers(), await demoDocuments()]).toEqual([3, 1]);
  }, 120_000);
});
