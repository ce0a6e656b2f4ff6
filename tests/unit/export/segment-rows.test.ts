import { describe, expect, it } from "vitest";
import { toExportFileName, toFileStem } from "@/lib/export/file-names";
import { issueSpanText, latestPendingText, toChangeLogEntries, toExportSegment, type SegmentRow, type SuggestionRow } from "@/lib/export/segment-rows";

const PUBLISHED = "complicit in the attack on Israel.";
const CORRECTED = "complicit in Israel's offensive against Gaza.";

function suggestion(overrides: Partial<SuggestionRow>): SuggestionRow {
  return {
    id: "suggestion-1", status: "pending", text: CORRECTED, approvedText: null, note: "", authorName: "Tess", reviewerName: null,
    createdAt: new Date("2023-11-04T10:00:00Z"), reviewedAt: null, resolvedIssues: [], ...overrides,
  };
}

function row(overrides: Partial<SegmentRow>): SegmentRow {
  return {
    position: 3, sourceText: "complices de l’offensive d’Israël contre Gaza.", publishedText: PUBLISHED, currentText: PUBLISHED,
    sourceSeparator: " ", targetSeparator: "\n\n", status: "unreviewed", issues: [], suggestions: [], edits: [], ...overrides,
  };
}

describe("mapping segment rows for export", () => {
  it("takes the approval from the approving suggestion, and the newest pending text", () => {
    const approved = suggestion({ status: "approved_with_edits", approvedText: CORRECTED, text: "draft", reviewerName: "Eddie", reviewedAt: new Date("2023-11-05T14:30:00Z") });
    const older = suggestion({ text: "older", createdAt: new Date("2023-11-06T09:00:00Z") });
    const newer = suggestion({ text: "newer", createdAt: new Date("2023-11-07T09:00:00Z") });
    const segment = toExportSegment(row({ currentText: CORRECTED, status: "approved", suggestions: [newer, approved, older] }));
    expect(segment).toMatchObject({ currentText: CORRECTED, pendingText: "newer", approval: { approvedBy: "Eddie", approvedAt: new Date("2023-11-05T14:30:00Z") } });
    expect(latestPendingText(row({}))).toBeNull();
  });

  it("takes the approval from a later direct edit, and chains the change log from the published text", () => {
    const approved = suggestion({ status: "approved", reviewerName: "Eddie", reviewedAt: new Date("2023-11-05T14:30:00Z"), note: "Wrong side", resolvedIssues: ["accuracy_mistranslation/major"] });
    const edit = { actorName: "Ada", at: new Date("2023-11-06T08:00:00Z"), after: { currentText: `${CORRECTED} `, reason: "Spacing" } };
    const segmentRow = row({ currentText: `${CORRECTED} `, status: "approved", suggestions: [approved], edits: [edit] });
    expect(toExportSegment(segmentRow).approval).toEqual({ approvedBy: "Ada", approvedAt: edit.at });
    expect(toChangeLogEntries(segmentRow)).toEqual([
      { segmentPosition: 3, kind: "approved", before: PUBLISHED, after: CORRECTED, suggestedBy: "Tess", approvedBy: "Eddie", approvedAt: approved.reviewedAt, reason: "Wrong side", resolvedIssues: ["accuracy_mistranslation/major"] },
      { segmentPosition: 3, kind: "direct_edit", before: CORRECTED, after: `${CORRECTED} `, suggestedBy: null, approvedBy: "Ada", approvedAt: edit.at, reason: "Spacing", resolvedIssues: [] },
    ]);
  });

  it("lists a direct edit once, as the edit with its note, not again as the suggestion that records it", () => {
    const record = suggestion({ id: "edit-record", status: "approved", authorName: "Ada", reviewerName: "Ada", reviewedAt: new Date("2023-11-06T08:00:00Z"), note: "House style" });
    const edit = { actorName: "Ada", at: new Date("2023-11-06T08:00:00Z"), after: { text: CORRECTED, version: 2, note: "House style", suggestionId: "edit-record" } };
    expect(toChangeLogEntries(row({ currentText: CORRECTED, status: "approved", suggestions: [record], edits: [edit] }))).toEqual([
      { segmentPosition: 3, kind: "direct_edit", before: PUBLISHED, after: CORRECTED, suggestedBy: null, approvedBy: "Ada", approvedAt: edit.at, reason: "House style", resolvedIssues: [] },
    ]);
  });

  it("uses the current text for a last edit event that does not carry its text", () => {
    const segmentRow = row({ currentText: CORRECTED, edits: [{ actorName: "Ada", at: new Date("2023-11-06T08:00:00Z"), after: null }] });
    expect(toChangeLogEntries(segmentRow)).toMatchObject([{ before: PUBLISHED, after: CORRECTED, kind: "direct_edit", reason: null }]);
  });

  it.each([
    ["the published text for an issue on version 1", 1, 2, "the attack on Israel"],
    ["the current text for an issue on the current version", 2, 2, "Israel's offensive"],
    ["nothing for an issue on a lost version", 2, 3, ""],
  ])("slices %s", (_name, segmentVersion, version, expected) => {
    const text = { publishedText: PUBLISHED, currentText: CORRECTED, version };
    const [start, end] = segmentVersion === 1 ? [13, 33] : [13, 31];
    expect(issueSpanText(text, { segmentVersion, start, end })).toBe(expected);
  });
});

describe("export file names", () => {
  it.each([
    ["UN human rights official Craig Mokhiber resigns over Gaza", "txt", "un-human-rights-official-craig-mokhiber-resigns-over-gaza.corrected.txt"],
    ["L’ONU « échoue » : démission", "xliff12", "l-onu-echoue-demission.xliff12.xlf"],
    ["«»", "package", "document.review-package.zip"],
  ] as const)("names %s as %s", (title, format, expected) => {
    expect(toExportFileName(title, format)).toBe(expected);
  });

  it("keeps stems short and ASCII", () => {
    expect(toFileStem("Ça ".repeat(100))).toMatch(/^[a-z0-9-]{1,80}$/);
  });
});
