import { describe, expect, it } from "vitest";
import { writeXliff12 } from "@/lib/exchange/xliff-12-writer";
import { writeXliff20 } from "@/lib/exchange/xliff-20-writer";
import { writeTmx } from "@/lib/exchange/tmx-writer";
import { readXliff } from "@/lib/exchange/xliff-reader";
import { readTmx } from "@/lib/exchange/tmx-reader";
import type { ExportSegment } from "@/lib/exchange/types";
import { collect, CORRECTION, demoSegments } from "../export/demo-segments";

const options = { original: "mokhiber-resignation.md" };

const expectedNotes = (segment: ExportSegment, withAuthor: boolean) =>
  (segment.issues ?? []).map((issue) => ({
    text: issue.comment,
    category: issue.category,
    severity: issue.severity,
    issueStatus: issue.status,
    ...(withAuthor ? { author: issue.authorName } : {}),
  }));

describe.each([
  ["XLIFF 1.2", writeXliff12, ["signed-off", "needs-review-translation", "needs-review-translation", "translated"]],
  ["XLIFF 2.0", writeXliff20, ["final", "translated", "translated", "translated"]],
])("%s export → import", (_name, write, states) => {
  it("gives back the same texts, states, statuses and notes", async () => {
    const segments = demoSegments();
    const file = readXliff(await collect(write(segments, options)));
    expect(file.sourceLanguage).toBe("fr");
    expect(file.targetLanguage).toBe("en");
    expect(file.units.map((unit) => unit.state).slice(0, 4)).toEqual(states);
    expect(file.units).toEqual(
      segments.map((segment, index) => ({
        id: String(segment.position),
        source: segment.sourceText,
        target: segment.currentText,
        state: states[Math.min(index, 3)],
        status: segment.status,
        notes: expectedNotes(segment, true),
      })),
    );
    expect(file.units[0].target).toContain(CORRECTION);
  });

  it.each([
    ["markup", "Le <script>alert('x')</script> & « guillemets »", "A <script>alert(\"x\")</script> & ]]> end"],
    ["whitespace", "  deux espaces\tet tabulation\r\nfin ", "\r\n leading and trailing \n"],
    ["astral characters", "Émoji 🇫🇷 ok", "Emoji 🇬🇧 ok"],
  ])("round-trips %s byte for byte", async (_case, sourceText, currentText) => {
    const segment = { ...demoSegments()[1], sourceText, currentText, issues: [] };
    const xml = await collect(write([segment], options));
    expect(xml).not.toContain("<script>");
    const [unit] = readXliff(xml).units;
    expect([unit.source, unit.target]).toEqual([sourceText, currentText]);
  });
});

describe("control characters XML 1.0 forbids", () => {
  const segment = { ...demoSegments()[0], sourceText: "bell\u0007 and \u001b escape", currentText: "nul\u0000 vt\u000b \uD800 lone" };

  it("XLIFF 2.0 keeps them as <cp> elements and reads them back", async () => {
    const xml = await collect(writeXliff20([segment], options));
    expect(xml).toContain('<cp hex="0007"/>');
    expect(xml).toContain('<cp hex="D800"/>');
    const [unit] = readXliff(xml).units;
    expect([unit.source, unit.target]).toEqual([segment.sourceText, segment.currentText]);
  });

  it.each([
    ["XLIFF 1.2", (s: ExportSegment[]) => writeXliff12(s, options), (xml: string) => readXliff(xml).units[0]],
    ["TMX", (s: ExportSegment[]) => writeTmx(s), (xml: string) => readTmx(xml).units[0]],
  ])("%s replaces them with U+FFFD and stays well-formed", async (_name, write, read) => {
    const unit = read(await collect(write([segment])));
    expect(unit.source).toBe("bell\uFFFD and \uFFFD escape");
    expect(unit.target).toBe("nul\uFFFD vt\uFFFD \uFFFD lone");
  });
});

describe("TMX export → import", () => {
  it("keeps only approved pairs, with texts, status and notes", async () => {
    const segments = demoSegments();
    const xml = await collect(writeTmx(segments));
    expect(xml).toContain('changeid="Élise Martin" changedate="20231105T143000Z"');
    const file = readTmx(xml);
    const approved = segments.filter((segment) => segment.status === "approved");
    expect(file.sourceLanguage).toBe("fr");
    expect(file.targetLanguage).toBe("en");
    expect(file.units).toEqual(
      approved.map((segment) => ({
        id: String(segment.position),
        source: segment.sourceText,
        target: segment.currentText,
        state: "approved",
        status: "approved",
        notes: expectedNotes(segment, false),
      })),
    );
  });
});
