import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_CORRECTED_SPAN, seedApprovedDemo } from "@/tests/factories/export";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const directory = mkdtempSync(path.join(tmpdir(), "recto-cli-export-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function recto(...args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", path.join(ROOT, "bin/recto.mjs"), ...args], { cwd: ROOT, encoding: "utf8", env: process.env, timeout: 60_000 });
}

describe("recto export and recto import-bilingual", () => {
  it("exports to a file as the first admin, and imports the XLIFF back", async () => {
    const { document } = await seedApprovedDemo();
    const out = path.join(directory, "demo.txt");
    const exported = recto("export", "--document", document.id, "--format", "txt", "--out", out);
    expect(exported.stderr).toMatch(/exported txt to/);
    expect(exported.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(DEMO_CORRECTED_SPAN);
    const xliff = path.join(directory, "demo.xlf");
    expect(recto("export", "--document", document.id, "--format", "xliff20", "--out", xliff).status).toBe(0);
    const imported = recto("import-bilingual", "--file", xliff, "--title", "Back from XLIFF 2.0");
    expect(imported.status).toBe(0);
    const count = await getPrisma().segment.count({ where: { documentId: imported.stdout.trim() } });
    expect(count).toBe(await getPrisma().segment.count({ where: { documentId: document.id } }));
  }, 60_000);

  it("exits non-zero with a clear message on bad input", async () => {
    const { document } = await seedApprovedDemo();
    const badFormat = recto("export", "--document", document.id, "--format", "pdf", "--out", path.join(directory, "x"));
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of txt, md, docx/);
    const editor = recto("export", "--document", document.id, "--format", "txt", "--out", path.join(directory, "y"), "--user", "editor@recto.local");
    expect(editor.status).toBe(1);
    expect(editor.stderr).toMatch(/needs permission export\.run/);
    const broken = path.join(directory, "broken.tmx");
    writeFileSync(broken, '<tmx version="1.4">\n<body><tu><tuv xml:lang="fr"><seg>a</seg></tuv>\n</body></tmx>');
    const imported = recto("import-bilingual", "--file", broken, "--title", "Broken");
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/broken\.tmx: TMX is not well-formed XML at line 3, column \d+/);
  }, 60_000);
});
