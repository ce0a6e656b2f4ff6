import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeXliff12 } from "@/lib/exchange/xliff-12-writer";
import { writeXliff20 } from "@/lib/exchange/xliff-20-writer";
import { writeTmx } from "@/lib/exchange/tmx-writer";
import { readXliff } from "@/lib/exchange/xliff-reader";
import { collect, CORRECTION, demoSegments } from "@/tests/unit/export/demo-segments";

// translate-toolkit 3.8 has no tmx2po and reads only XLIFF 1.x; TMX is checked with its own tmx
// storage class, and XLIFF 2.0 through its factory, which must at least parse the file.
const PYTHON = "/usr/bin/python3";
const directory = mkdtempSync(join(tmpdir(), "recto-ttk-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

type ToolkitUnit = { source: string; target: string; fuzzy: boolean; notes: string };

/** Reads any file translate-toolkit supports, through translate-toolkit itself. */
function readWithToolkit(path: string): ToolkitUnit[] {
  const script = [
    "import json, sys",
    "from translate.storage import factory",
    "store = factory.getobject(sys.argv[1])",
    "units = [u for u in store.units if not u.isheader()]",
    "print(json.dumps([{'source': u.source, 'target': u.target, 'fuzzy': u.isfuzzy(), 'notes': u.getnotes()} for u in units]))",
  ].join("\n");
  return JSON.parse(execFileSync(PYTHON, ["-c", script, path], { encoding: "utf8" }));
}

const segments = demoSegments().slice(0, 3);
const options = { original: "mokhiber-resignation.md" };

describe("translate-toolkit reads our files", () => {
  it("xliff2po converts our XLIFF 1.2 into the expected PO units", async () => {
    const xliff = join(directory, "export-12.xlf");
    const po = join(directory, "export-12.po");
    writeFileSync(xliff, await collect(writeXliff12(segments, options)));
    execFileSync("xliff2po", ["--errorlevel=exception", xliff, po], { stdio: "pipe" });
    const units = readWithToolkit(po);
    expect(units.map((unit) => [unit.source, unit.target, unit.fuzzy])).toEqual(
      segments.map((segment) => [segment.sourceText, segment.currentText, segment.status !== "approved"]),
    );
    expect(units[0].target).toContain(CORRECTION);
    expect(units[0].notes).toContain("[MQM accuracy_mistranslation/major/resolved] Inverts who attacks whom");
  });

  it("its TMX reader finds our approved pairs and notes", async () => {
    const tmx = join(directory, "export.tmx");
    writeFileSync(tmx, await collect(writeTmx(segments)));
    const units = readWithToolkit(tmx);
    expect(units.map((unit) => [unit.source, unit.target])).toEqual([[segments[0].sourceText, segments[0].currentText]]);
    expect(units[0].notes).toContain("[MQM accuracy_mistranslation/major/resolved]");
  });

  it("pocount counts the units of our TMX and XLIFF 1.2 without error", async () => {
    const xliff = join(directory, "count-12.xlf");
    writeFileSync(xliff, await collect(writeXliff12(segments, options)));
    const output = execFileSync("pocount", ["--no-color", "--short-strings", xliff], { encoding: "utf8" });
    expect(output).toMatch(/strings: total: 3/);
  });

  it("its factory parses our XLIFF 2.0 as well-formed XML", async () => {
    const xliff = join(directory, "export-20.xlf");
    writeFileSync(xliff, await collect(writeXliff20(segments, options)));
    expect(() => readWithToolkit(xliff)).not.toThrow();
  });
});

describe("we read translate-toolkit's files", () => {
  it("imports a po2xliff file with its units, skipping the PO header", () => {
    const po = join(directory, "from-po.po");
    const xliff = join(directory, "from-po.xlf");
    const entries = [
      ["Il a démissionné fin octobre.", "He resigned at the end of October.", "#. Date of the letter\n"],
      ["« Nous échouons encore », a-t-il écrit.", "", ""],
      ["Le Haut-Commissaire & <l’ONU>", "The High Commissioner & <the UN>", "#, fuzzy\n"],
    ];
    const body = entries.map(([source, target, comment]) => `${comment}msgid "${source}"\nmsgstr "${target}"\n`).join("\n");
    writeFileSync(po, `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${body}`);
    execFileSync("po2xliff", ["--errorlevel=exception", po, xliff], { stdio: "pipe" });
    const file = readXliff(readFileSync(xliff, "utf8"));
    expect(file.units.map((unit) => [unit.source, unit.target])).toEqual(entries.map(([source, target]) => [source, target]));
    expect(file.units[0].notes).toEqual([{ text: "Date of the letter", author: "developer" }]);
  });
});
