import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { deleteDocument } from "@/lib/documents/lifecycle";
import { approveSuggestion, createSuggestion, flagIssue } from "@/lib/review/mutations";
import { findAuditLog } from "@/lib/audit/queries";
import { findReviewQueue, findSegmentHistory, getSegmentReview } from "@/lib/review/queries";
import { createDocument } from "@/tests/factories/documents";
import { createSuggestion as seedSuggestion } from "@/tests/factories/review";
import { createUser } from "@/tests/factories/users";

async function reviewedSegment() {
  const translator = await createUser({ role: "translator", name: "Tess" });
  const editor = await createUser({ role: "editor", name: "Eddie" });
  const document = await createDocument();
  const segment = document.segments[0];
  const { issue } = await flagIssue({ viewer: translator.viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major", comment: "Gaza" } });
  const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces Israel's offensive.", issueIds: [issue.id] } });
  return { translator, editor, document, segment, issue, suggestion };
}

describe("the segment review", () => {
  it("shows the segment with its issues, suggestions (with names and linked issues) and history in order", async () => {
    const { translator, editor, segment, issue, suggestion } = await reviewedSegment();
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    const review = await getSegmentReview({ viewer: translator.viewer, segmentId: segment.id });
    expect(review).toMatchObject({ status: "approved", version: 2, currentText: "He denounces Israel's offensive.", publishedText: "He denounces the attack on Israel." });
    expect(review.issues).toMatchObject([{ id: issue.id, status: "resolved", author: { name: "Tess" }, resolvedBy: { name: "Eddie" } }]);
    expect(review.suggestions).toMatchObject([{ id: suggestion.id, status: "approved", author: { name: "Tess" }, reviewer: { name: "Eddie" }, issueIds: [issue.id] }]);
    expect(review.history.map((event) => [event.action, event.actor?.name])).toEqual([["issue.flag", "Tess"], ["suggestion.create", "Tess"], ["suggestion.approve", "Eddie"]]);
    expect(await findSegmentHistory({ viewer: translator.viewer, segmentId: segment.id })).toHaveLength(3);
  });

  it("names an unknown segment", async () => {
    const { viewer } = await createUser({ role: "translator" });
    await expect(getSegmentReview({ viewer, segmentId: "00000000-0000-4000-8000-000000000001" })).rejects.toThrow("Segment 00000000-0000-4000-8000-000000000001 does not exist.");
  });
});

describe("the review queue", () => {
  it("lists pending suggestions with published, current and suggested text, linked issues, staleness and four-eyes", async () => {
    const { editor, document, issue, suggestion } = await reviewedSegment();
    const own = await seedSuggestion({ segmentId: document.segments[1].id, authorId: editor.id });
    const { items } = await findReviewQueue({ viewer: editor.viewer, documentId: document.id });
    expect(items.map((item) => item.id)).toEqual([suggestion.id, own.id]);
    expect(items[0]).toMatchObject({
      text: "He denounces Israel's offensive.", isStale: false, canApprove: true, author: { name: "Tess" },
      segment: { publishedText: "He denounces the attack on Israel.", currentText: "He denounces the attack on Israel.", version: 1 },
      issues: [{ id: issue.id, category: "accuracy_mistranslation" }],
    });
    expect(items[1]).toMatchObject({ canApprove: false });
  });

  it("marks a suggestion stale once its segment moved on, and drops approved ones", async () => {
    const { editor, document, suggestion } = await reviewedSegment();
    const rival = await seedSuggestion({ segmentId: document.segments[0].id, authorId: (await createUser({ role: "translator" })).id });
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    const { items } = await findReviewQueue({ viewer: editor.viewer, documentId: document.id });
    expect(items).toMatchObject([{ id: rival.id, isStale: true }]);
  });

  it("is for reviewers only", async () => {
    const { translator } = await reviewedSegment();
    await expect(findReviewQueue({ viewer: translator.viewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the audit log", () => {
  it("filters by actor, action, document and time, newest first, for admins only", async () => {
    const { translator, editor, document, suggestion } = await reviewedSegment();
    const admin = await createUser({ role: "admin" });
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    const byDocument = await findAuditLog({ viewer: admin.viewer, filters: { documentId: document.id } });
    expect(byDocument.events.map((event) => event.action)).toEqual(["suggestion.approve", "suggestion.create", "issue.flag"]);
    const byActor = await findAuditLog({ viewer: admin.viewer, filters: { actorId: translator.id, action: "suggestion" } });
    expect(byActor.events.map((event) => event.action)).toEqual(["suggestion.create"]);
    const future = await findAuditLog({ viewer: admin.viewer, filters: { documentId: document.id, from: new Date(Date.now() + 60_000) } });
    expect(future.events).toEqual([]);
    await expect(findAuditLog({ viewer: editor.viewer })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/audit\.read/) });
  });
});

describe("deleting a document", () => {
  it("soft-deletes it (rows and history stay), records who did it, and hides it from review", async () => {
    const { translator, editor, document, segment } = await reviewedSegment();
    await expect(deleteDocument({ viewer: translator.viewer, input: { documentId: document.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteDocument({ viewer: editor.viewer, input: { documentId: document.id } });
    const stored = await getPrisma().document.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored).toMatchObject({ deletedById: editor.id });
    expect(stored.deletedAt).toBeInstanceOf(Date);
    expect(await getPrisma().segment.count({ where: { documentId: document.id } })).toBe(2);
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: document.id, action: "document.delete" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { deletedAt: null } });
    await expect(getSegmentReview({ viewer: editor.viewer, segmentId: segment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const flag = { segmentId: segment.id, segmentVersion: 1, category: "style", severity: "minor", comment: "too late" } as const;
    await expect(flagIssue({ viewer: translator.viewer, input: flag })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "Too late.", issueIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getPrisma().issue.count({ where: { segmentId: segment.id } })).toBe(1);
    await expect(deleteDocument({ viewer: editor.viewer, input: { documentId: document.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
