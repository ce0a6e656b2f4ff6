import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDocument } from "@/lib/export/mutations";
import { streamExportSegments } from "@/lib/export/queries";
import { createExportDocument, createIssue, createPendingSuggestion, DEMO_CORRECTED_SPAN, readAll, seedApprovedDemo } from "@/tests/factories/export";
import { createUser } from "@/tests/factories/users";

const directory = mkdtempSync(join(tmpdir(), "recto-reports-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const exportString = async (options: Parameters<typeof exportDocument>[0]) => (await readAll((await exportDocument(options)).stream)).toString("utf8");

describe("review reports and package", () => {
  it("lists every issue with its span, author and resolution, after the MQM summary", async () => {
    const { document, admin } = await seedApprovedDemo();
    const json = JSON.parse(await exportString({ viewer: admin, documentId: document.id, format: "report-json" }));
    expect(json.summary).toMatchObject({ document: document.title, issueCount: 1, penaltyTotal: 5, bySeverity: { major: { count: 1, penalty: 5 } } });
    expect(json.summary.evaluatedWords).toBeGreaterThan(300);
    expect(json.issues).toEqual([
      expect.objectContaining({ segmentPosition: 0, targetSpanText: "the attack on Israel", category: "accuracy_mistranslation", severity: "major", status: "resolved", authorName: "Tess Translator", resolution: "Corrected" }),
    ]);
    const csv = await exportString({ viewer: admin, documentId: document.id, format: "report-csv" });
    expect(csv.trim().split("\n")).toHaveLength(2);
    expect(csv).toContain("the attack on Israel");
    const html = await exportString({ viewer: admin, documentId: document.id, format: "report-html" });
    expect(html).toMatch(/<h1>Review report: UN human rights official/);
    expect(html).toContain("<td>Inverts who attacks whom</td>");
  });

  it("packs corrected text, tracked-changes DOCX, change log and scorecard into one zip", async () => {
    const { document, admin } = await seedApprovedDemo();
    const zip = join(directory, "package.zip");
    writeFileSync(zip, await readAll((await exportDocument({ viewer: admin, documentId: document.id, format: "package" })).stream));
    const names = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n");
    const stem = "un-human-rights-official-craig-mokhiber-resigns-over-gaza";
    expect(names.sort()).toEqual([`${stem}.change-log.csv`, `${stem}.corrected.txt`, `${stem}.mqm-scorecard.json`, `${stem}.tracked-changes.docx`]);
    const entry = (name: string) => execFileSync("unzip", ["-p", zip, `${stem}.${name}`], { encoding: "utf8" });
    expect(entry("corrected.txt")).toContain(DEMO_CORRECTED_SPAN);
    const changeLog = entry("change-log.csv");
    expect(changeLog).toMatch(/^\uFEFFsegment,kind,before,after,suggested_by,approved_by,approved_at,reason,resolved_issues/);
    expect(changeLog).toContain("approved,");
    expect(changeLog).toContain("Tess Translator,Eddie Editor,2023-11-05T14:30:00.000Z,The French says Israel's offensive on Gaza,accuracy_mistranslation/major");
    expect(JSON.parse(entry("mqm-scorecard.json"))).toMatchObject({ document: document.title, penaltyTotal: 5 });
  });
});

describe("reading segments for export", () => {
  it("pages through the document by position, with pending text, issues and approvals", async () => {
    const admin = await createUser({ role: "admin", name: "Ada Admin" });
    const segments = Array.from({ length: 23 }, (_, i) => ({ source: `Phrase ${i}.`, target: `Sentence ${i}.` }));
    const document = await createExportDocument({ createdById: admin.id, segments });
    await createPendingSuggestion({ segmentId: document.segmentIds[7], authorId: admin.id, text: "Sentence seven." });
    await createIssue({ segmentId: document.segmentIds[22], authorId: admin.id, category: "style", severity: "minor", comment: "Last" });
    const read = [];
    for await (const segment of streamExportSegments({ viewer: admin.viewer, documentId: document.id, pageSize: 5 })) read.push(segment);
    expect(read.map((segment) => segment.position)).toEqual(segments.map((_, i) => i));
    expect(read[7]).toMatchObject({ status: "corrected", pendingText: "Sentence seven.", currentText: "Sentence 7.", approval: null });
    expect(read[22].issues).toEqual([{ category: "style", severity: "minor", status: "open", comment: "Last", authorName: "Ada Admin" }]);
    await expect(async () => {
      for await (const segment of streamExportSegments({ viewer: (await createUser({ role: "editor" })).viewer, documentId: document.id })) void segment;
    }).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
