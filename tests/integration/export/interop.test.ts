import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { exportDocument } from "@/lib/export/mutations";
import { DEMO_CORRECTED_SPAN, readAll, seedApprovedDemo } from "@/tests/factories/export";

// Independent readers: translate-toolkit (Debian package) and LibreOffice headless. The toolkit's
// scripts run under /usr/bin/python3, where its module lives, whatever python is first on PATH.
const PYTHON = "/usr/bin/python3";
const directory = mkdtempSync(join(tmpdir(), "recto-interop-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const toolkit = (tool: string, args: string[]) => execFileSync(PYTHON, [`/usr/bin/${tool}`, "--errorlevel=exception", ...args], { stdio: "pipe" });

function readPo(path: string): Array<{ source: string; target: string; fuzzy: boolean; notes: string }> {
  const script = [
    "import json, sys",
    "from translate.storage import factory",
    "store = factory.getobject(sys.argv[1])",
    "print(json.dumps([{'source': u.source, 'target': u.target, 'fuzzy': u.isfuzzy(), 'notes': u.getnotes()} for u in store.units if not u.isheader()]))",
  ].join("\n");
  return JSON.parse(execFileSync(PYTHON, ["-c", script, path], { encoding: "utf8" }));
}

async function exportTo(format: "xliff12" | "docx", fileName: string) {
  const demo = await seedApprovedDemo();
  const path = join(directory, fileName);
  writeFileSync(path, await readAll((await exportDocument({ viewer: demo.admin, documentId: demo.document.id, format })).stream));
  return { ...demo, path };
}

describe("translate-toolkit", () => {
  it("xliff2po converts our XLIFF 1.2 export into one PO unit per segment, and po2xliff's output imports back", async () => {
    const { document, admin, path } = await exportTo("xliff12", "demo.xlf");
    const po = join(directory, "demo.po");
    toolkit("xliff2po", [path, po]);
    const units = readPo(po);
    const segments = await getPrisma().segment.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" }, select: { sourceText: true, currentText: true, status: true } });
    const carried = segments;
    expect(units.map((unit) => [unit.source, unit.target, unit.fuzzy])).toEqual(carried.map((segment) => [segment.sourceText, segment.currentText, segment.status !== "approved"]));
    expect(units[0].target).toContain(DEMO_CORRECTED_SPAN);
    expect(units[0].notes).toContain("[MQM accuracy_mistranslation/major/resolved] Inverts who attacks whom");

    const back = join(directory, "back.xlf");
    toolkit("po2xliff", [po, back]);
    const imported = await importBilingualFile({ viewer: admin, input: { title: "Via PO", fileName: "back.xlf", bytes: readFileSync(back) } });
    const copy = await getPrisma().segment.findMany({ where: { documentId: imported.documentId }, orderBy: { position: "asc" }, select: { sourceText: true, publishedText: true } });
    expect(copy.map((segment) => [segment.sourceText, segment.publishedText])).toEqual(carried.map((segment) => [segment.sourceText, segment.currentText]));
    const issue = await getPrisma().issue.findFirstOrThrow({ where: { documentId: imported.documentId }, select: { category: true, severity: true, status: true, comment: true } });
    // A file speaks for its importer: the note is theirs, the foreign author ("po-translator", po2xliff's) stays in the text.
    expect(issue).toEqual({ category: "accuracy_mistranslation", severity: "major", status: "resolved", comment: "Inverts who attacks whom (note by po-translator)" });
  });
});

describe("LibreOffice", () => {
  it("opens our DOCX and shows the approved correction as tracked changes by the editor", async () => {
    const { editor, path } = await exportTo("docx", "demo.docx");
    const profile = mkdtempSync(join(tmpdir(), "recto-lo-profile-"));
    try {
      execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "fodt", "--outdir", directory, path], { stdio: "pipe", timeout: 90_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(readdirSync(directory)).toContain("demo.fodt");
    const fodt = readFileSync(join(directory, "demo.fodt"), "utf8");
    const regions = [...fodt.matchAll(/<text:changed-region[^>]*text:id="([^"]+)">\s*<text:(insertion|deletion)>([\s\S]*?)<\/text:changed-region>/g)];
    const changed = (kind: string) =>
      regions
        .filter((region) => region[2] === kind)
        .map((region) => new RegExp(`<text:change-start text:change-id="${region[1]}"/>([^<]*)<text:change-end`).exec(fodt)?.[1] ?? "");
    expect(changed("deletion")).toEqual(["the attack on Israel"]);
    expect(changed("insertion")).toEqual(["Israel&apos;s offensive against Gaza"]);
    expect(regions.every((region) => region[3].includes(`<dc:creator>${editor.name}</dc:creator>`) && region[3].includes("<dc:date>2023-11-05T14:30:00"))).toBe(true);
  }, 120_000);
});
