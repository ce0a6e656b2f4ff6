import { describe, expect, it } from "vitest";
import { mergeSections, parseSections, sectionFooter } from "@/bench/support/results";

const OLD = [
  "# Benchmark results",
  "",
  "- Date: 2026-11-28T05:06:43.959Z",
  "- Machine: 2 × AMD EPYC",
  "",
  "## Sentence alignment",
  "",
  "| a | b |",
  "",
  "_align: 250.9 s in all._",
  "",
  "## Export (issue 6)",
  "",
  "old export table",
  "",
  "_export: 45.2 s in all._",
  "",
].join("\n");

describe("bench results", () => {
  it("reads each section up to its footer, dating footers from the old header", () => {
    const sections = parseSections(OLD);
    expect([...sections.keys()]).toEqual(["align", "export"]);
    expect(sections.get("align")).toBe("## Sentence alignment\n\n| a | b |\n\n_align: 250.9 s in all, 2026-11-28T05:06:43.959Z._");
  });

  it("replaces only the sections that ran, keeping the others in the usual order", () => {
    const fresh = new Map([["export", `## Export (issue 6)\n\nnew export table\n\n${sectionFooter("export", 60, new Date("2026-11-28T07:00:00Z"))}`]]);
    const merged = mergeSections({ header: "# Benchmark results", order: ["align", "qa", "export", "workspace"], previous: OLD, fresh });
    expect(merged).toContain("| a | b |\n\n_align: 250.9 s in all, 2026-11-28T05:06:43.959Z._");
    expect(merged).toContain("new export table\n\n_export: 60.0 s in all, 2026-11-28T07:00:00.000Z._");
    expect(merged).not.toContain("old export table");
    expect(merged.indexOf("## Sentence alignment")).toBeLessThan(merged.indexOf("## Export"));
    expect(parseSections(merged).get("export")).toContain("new export table");
  });

  it("keeps a section whose name has a hyphen (import-bilingual) when another one runs", () => {
    const previous = `${OLD}\n## Bilingual import under load\n\np99 table\n\n${sectionFooter("import-bilingual", 197.5, new Date("2026-12-02T21:51:09Z"))}\n`;
    const fresh = new Map([["align", `## Sentence alignment\n\nnew\n\n${sectionFooter("align", 1, new Date("2026-12-02T22:00:00Z"))}`]]);
    const merged = mergeSections({ header: "# Benchmark results", order: ["align", "export", "import-bilingual"], previous, fresh });
    expect(merged).toContain("p99 table\n\n_import-bilingual: 197.5 s in all, 2026-12-02T21:51:09.000Z._");
  });
});
