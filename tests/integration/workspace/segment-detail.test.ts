import { describe, expect, it } from "vitest";
import { findCorrections, findDocumentIssues, getDocumentScore, getSegmentDetail } from "@/lib/documents/queries";
import { approveSuggestion, closeIssue, createSuggestion, flagIssue } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

const SEGMENTS = [
  { source: "Il dénonce l’offensive israélienne contre Gaza.", target: "He denounces the attack on Israel." },
  { source: "Il s’agit d’une lettre de démission.", target: "It is about of a resignation letter." },
];

async function reviewedDocument() {
  const translator = await createUser({ role: "translator", name: "Tess" });
  const editor = await createUser({ role: "editor", name: "Eddie" });
  const document = await createDocument({ segments: SEGMENTS });
  const [first, second] = document.segments;
  const flagged = await flagIssue({
    viewer: translator.viewer,
    input: { segmentId: first.id, segmentVersion: 1, targetStart: 17, targetEnd: 33, sourceStart: 12, sourceEnd: 45, category: "accuracy_mistranslation", severity: "major", comment: "Gaza, not Israel" },
  });
  const suggestion = await createSuggestion({
    viewer: translator.viewer,
    input: { segmentId: first.id, baseVersion: 1, text: "He denounces Israel's offensive against Gaza.", note: "Follow the French", issueIds: [flagged.issue.id] },
  });
  await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.suggestion.id } });
  const style = await flagIssue({ viewer: translator.viewer, input: { segmentId: second.id, segmentVersion: 1, category: "style", severity: "minor", comment: "" } });
  await flagIssue({ viewer: translator.viewer, input: { segmentId: second.id, segmentVersion: 1, category: "source_issue", severity: "critical", comment: "" } });
  await closeIssue({ viewer: editor.viewer, input: { issueId: style.issue.id, status: "dismissed", reason: "A matter of taste" } });
  return { translator, editor, document, first, second };
}

describe("the workspace's segment and document reads", () => {
  it("shows a segment's issues, suggestions, versions and history after a flag, a suggestion and an approval", async () => {
    const { translator, first } = await reviewedDocument();
    const detail = await getSegmentDetail({ viewer: translator.viewer, segmentId: first.id });
    expect(detail).toMatchObject({ status: "approved", version: 2, currentText: "He denounces Israel's offensive against Gaza." });
    expect(detail.issues).toMatchObject([{ category: "accuracy_mistranslation", status: "resolved", author: { name: "Tess" }, sourceStart: 12 }]);
    expect(detail.suggestions).toMatchObject([{ status: "approved", note: "Follow the French", author: { name: "Tess" }, reviewer: { name: "Eddie" } }]);
    expect(detail.versions.map((version) => version.text)).toEqual(["He denounces the attack on Israel.", "He denounces Israel's offensive against Gaza."]);
    expect(detail.history.map((event) => event.action)).toEqual(expect.arrayContaining(["issue.flag", "suggestion.create"]));
    expect(detail.history.length).toBeGreaterThanOrEqual(3);
  });

  it("scores the document: dismissed and source issues do not count, resolved ones do", async () => {
    const { translator, document } = await reviewedDocument();
    const score = await getDocumentScore({ viewer: translator.viewer, documentId: document.id });
    // 6 + 6 French words ("l’offensive", "s’agit", "d’une" are one word each); one major = 5 points.
    expect(score).toMatchObject({ evaluatedWords: 12, penaltyTotal: 5, issueCount: 2, openIssueCount: 1 });
    expect(score.score).toBeCloseTo((1 - 5 / 12) * 100);
    expect(score.byCategory.source_issue).toEqual({ count: 1, penalty: 0 });
  });

  it("lists the document's issues open first, and every segment's published and current English", async () => {
    const { translator, document } = await reviewedDocument();
    const issues = await findDocumentIssues({ viewer: translator.viewer, documentId: document.id });
    expect(issues.map((issue) => issue.status)).toEqual(["open", "resolved", "dismissed"]);
    const corrections = await findCorrections({ viewer: translator.viewer, documentId: document.id });
    expect(corrections.map((segment) => [segment.publishedText === segment.currentText, segment.suggestions.length])).toEqual([[false, 0], [true, 0]]);
  });

  it("refuses an unknown segment with NOT_FOUND naming it", async () => {
    const { viewer } = await createUser({ role: "translator" });
    await expect(getSegmentDetail({ viewer, segmentId: "nope" })).rejects.toThrow(/Segment nope does not exist/);
  });
});
