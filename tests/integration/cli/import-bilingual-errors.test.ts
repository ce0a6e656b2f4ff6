import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories/users";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const directory = mkdtempSync(path.join(tmpdir(), "recto-cli-bilingual-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("recto import-bilingual with a file it cannot read", () => {
  it("prints one line naming the accepted extensions, not a ZodError", async () => {
    await createUser({ role: "admin" });
    const file = path.join(directory, "letter.docx");
    writeFileSync(file, "not a bilingual file");
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const result = spawnSync(tsx, ["--conditions=react-server", path.join(ROOT, "scripts/recto.ts"), "import-bilingual", "--file", file, "--title", "Letter"], {
      cwd: ROOT, encoding: "utf8", env: process.env, timeout: 120_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^recto: fileName: The file must end in \.xlf, \.xliff/);
  }, 150_000);
});
