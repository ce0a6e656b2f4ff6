import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { writeChangeLogCsv } from "@/lib/export/change-log";
import { writeIssuesCsv, writeIssuesJson, type ReportIssue } from "@/lib/export/report";
import { escapeHtml, writeReportHtml } from "@/lib/export/report-html";
import { computeMqmScore } from "@/lib/review/mqm-score";
import { APPROVED_CHANGE, collect, CORRECTION, FIRST } from "./demo-segments";

const ISSUES: ReportIssue[] = [
  {
    segmentPosition: 1,
    targetSpanText: FIRST,
    sourceSpanText: "l’offensive d’Israël contre Gaza",
    category: "accuracy_mistranslation",
    severity: "major",
    status: "resolved",
    authorName: "Tom",
    comment: "Inverts who attacks whom, see <script>alert(1)</script>",
    resolution: "Fixed by suggestion 12",
    createdAt: new Date("2023-11-04T09:00:00Z"),
  },
  {
    segmentPosition: 2,
    targetSpanText: "It is about of",
    sourceSpanText: null,
    category: "source_issue",
    severity: "minor",
    status: "open",
    authorName: "Ana \"QA\" <ana@example.org>",
    comment: "=HYPERLINK(\"http://evil\")",
    resolution: null,
    createdAt: new Date("2023-11-04T10:00:00Z"),
  },
];
const SUMMARY = computeMqmScore(ISSUES, 400);
const DOCUMENT = { title: "Démission de Craig Mokhiber <ONU>", exportedAt: new Date("2023-11-06T08:00:00Z") };

describe("issue reports", () => {
  it("writes CSV rows with every field, neutralising spreadsheet formulas", async () => {
    const rows: string[][] = parse(await collect(writeIssuesCsv(ISSUES)), { bom: true });
    expect(rows[0]).toEqual(["segment", "target_span", "source_span", "category", "category_label", "severity", "status", "author", "comment", "resolution", "created_at"]);
    expect(rows[1]).toEqual([
      "1",
      FIRST,
      "l’offensive d’Israël contre Gaza",
      "accuracy_mistranslation",
      "Accuracy / Mistranslation",
      "major",
      "resolved",
      "Tom",
      ISSUES[0].comment,
      "Fixed by suggestion 12",
      "2023-11-04T09:00:00.000Z",
    ]);
    expect(rows[2][8]).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("writes JSON with the MQM summary first and every issue", async () => {
    const report = JSON.parse(await collect(writeIssuesJson(DOCUMENT, SUMMARY, ISSUES)));
    expect(report.summary).toMatchObject({ score: 98.75, penaltyTotal: 5, penaltyPer1000Words: 12.5, issueCount: 2, evaluatedWords: 400 });
    expect(report.summary.byCategory.source_issue).toEqual({ count: 1, penalty: 0 });
    expect(report.issues).toHaveLength(2);
    expect(report.issues[1]).toMatchObject({ comment: ISSUES[1].comment, createdAt: "2023-11-04T10:00:00.000Z" });
  });

  it("writes valid JSON when there are no issues", async () => {
    const report = JSON.parse(await collect(writeIssuesJson(DOCUMENT, computeMqmScore([], 10), [])));
    expect(report.issues).toEqual([]);
  });
});

describe("printable HTML report", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"],
    ["l'ONU & co", "l&#39;ONU &amp; co"],
  ])("escapes %s", (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });

  it("shows the score and issues with all user text escaped", async () => {
    const html = await collect(writeReportHtml(DOCUMENT, SUMMARY, ISSUES));
    expect(html).not.toMatch(/<script|<ONU>|<ana@/);
    expect(html).toContain("Démission de Craig Mokhiber &lt;ONU&gt;");
    expect(html).toContain("<dd>98.75</dd>");
    expect(html).toContain("<dd>12.5</dd>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<th scope="row">Accuracy / Mistranslation</th>');
    expect(html.match(/<tr><td>/g)).toHaveLength(2);
  });
});

describe("change log", () => {
  it("lists who approved which change, when and why", async () => {
    const csv = await collect(writeChangeLogCsv([APPROVED_CHANGE]));
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[1]).toEqual(["1", "approved", FIRST, CORRECTION, "Tom", "Élise Martin", "2023-11-05T14:30:00.000Z", "Wrong direction of the attack", "accuracy_mistranslation/major"]);
  });
});
