import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { toHunks, diffWords } from "@/lib/diff/word-diff";
import {
  approveSuggestion, batchApproveSuggestions, createSuggestion, editSegmentText, flagIssue, rejectSuggestion, reopenSegment,
} from "@/lib/review/mutations";
import { setSelfApproval } from "@/lib/documents/lifecycle";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

const PUBLISHED = "He denounces the attack on Israel.";
const BETTER = "He strongly denounces Israel's offensive against Gaza.";

async function pendingSuggestion(text = BETTER) {
  const translator = await createUser({ role: "translator" });
  const editor = await createUser({ role: "editor" });
  const document = await createDocument();
  const segment = document.segments[0];
  const { issue } = await flagIssue({ viewer: translator.viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major" } });
  const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text, issueIds: [issue.id] } });
  return { translator, editor, document, segment, issue, suggestion };
}

async function segmentRow(id: string) {
  return getPrisma().segment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, currentText: true, publishedText: true } });
}

describe("approving a suggestion", () => {
  it("sets the corrected text as the next version, resolves linked issues and records who approved what, before and after", async () => {
    const { translator, editor, segment, issue, suggestion } = await pendingSuggestion();
    const result = await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    expect(result).toMatchObject({ suggestion: { status: "approved", reviewerId: editor.id, authorId: translator.id, approvedText: null }, resolvedIssueIds: [issue.id] });
    expect(await segmentRow(segment.id)).toEqual({ status: "approved", version: 2, currentText: BETTER, publishedText: PUBLISHED });
    expect(await getPrisma().issue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: "resolved", resolvedById: editor.id });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: suggestion.id, action: "suggestion.approve" } });
    expect(event).toMatchObject({
      actorId: editor.id, segmentId: segment.id,
      before: { text: PUBLISHED, version: 1, segmentStatus: "corrected", status: "pending" },
      after: { text: BETTER, version: 2, segmentStatus: "approved", status: "approved", authorId: translator.id, resolvedIssueIds: [issue.id] },
    });
  });

  it("refuses a translator, naming the permission, and changes nothing", async () => {
    const { translator, segment, suggestion } = await pendingSuggestion();
    await expect(approveSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: "A translator may not do this (needs permission suggestion.review)." });
    expect(await segmentRow(segment.id)).toMatchObject({ status: "corrected", version: 1, currentText: PUBLISHED });
  });

  it("applies only the accepted hunks, as approved with edits", async () => {
    const { editor, segment, suggestion } = await pendingSuggestion();
    const hunks = toHunks(diffWords(PUBLISHED, BETTER));
    expect(hunks.map((hunk) => hunk.after)).toEqual(["strongly ", "Israel's offensive against Gaza"]);
    const result = await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, acceptedHunks: [1] } });
    expect(result.suggestion).toMatchObject({ status: "approved_with_edits", approvedText: "He denounces Israel's offensive against Gaza.", text: BETTER });
    expect((await segmentRow(segment.id)).currentText).toBe("He denounces Israel's offensive against Gaza.");
  });

  it("approves with the editor's edits, keeping the author's credit", async () => {
    const { translator, editor, segment, suggestion } = await pendingSuggestion();
    const edited = "He denounces Israel's military offensive against Gaza.";
    const result = await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, editedText: edited } });
    expect(result.suggestion).toMatchObject({ status: "approved_with_edits", approvedText: edited, authorId: translator.id, reviewerId: editor.id });
    expect((await segmentRow(segment.id)).currentText).toBe(edited);
  });

  it.each([
    ["a hunk that does not exist", { acceptedHunks: [7] }, "VALIDATION", /Hunk 7 does not exist/],
    ["no accepted hunk at all", { acceptedHunks: [] }, "VALIDATION", /same as the segment's current text/],
    ["hunks and an edit together", { acceptedHunks: [0], editedText: "x" }, "VALIDATION", /not both/],
  ])("refuses %s", async (_name, input, code, message) => {
    const { editor, segment, suggestion } = await pendingSuggestion();
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, ...input } })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect((await segmentRow(segment.id)).version).toBe(1);
  });

  it("refuses a stale suggestion with 409 naming both versions and offering the diff against the current text", async () => {
    const { editor, segment, suggestion } = await pendingSuggestion();
    await getPrisma().segment.update({ where: { id: segment.id }, data: { version: 4, currentText: "He denounces the war." } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Suggestion was based on version 1; the segment is now at version 4 — review the new text",
      details: { baseVersion: 1, currentVersion: 4, currentText: "He denounces the war.", diff: diffWords("He denounces the war.", BETTER) },
    });
    expect(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({ status: "pending" });
  });

  it("re-applies an editor's edited text on the version that moved under it, once they name that version", async () => {
    const { translator, editor, segment, suggestion } = await pendingSuggestion();
    const other = await createUser({ role: "editor" });
    await editSegmentText({ viewer: other.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces the war." } });
    const edited = "He denounces Israel's war against Gaza.";
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, editedText: edited } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Your edited text was based on version 1; the segment is now at version 2 — review the new text",
      details: { currentVersion: 2, currentText: "He denounces the war.", diff: diffWords("He denounces the war.", edited) },
    });
    const result = await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, editedText: edited, baseVersion: 2 } });
    expect(result.suggestion).toMatchObject({ status: "approved_with_edits", approvedText: edited, text: BETTER, baseVersion: 2, authorId: translator.id });
    expect(await segmentRow(segment.id)).toMatchObject({ status: "approved", version: 3, currentText: edited });
  });

  it.each([
    ["a base version without an edited text", { baseVersion: 2 }, "VALIDATION", /edited text only/],
    ["an edited text on a version that is not the segment's", { editedText: "He denounces it.", baseVersion: 3 }, "CONFLICT", /based on version 3; the segment is now at version 2/],
  ])("refuses %s", async (_name, input, code, message) => {
    const { editor, segment, suggestion } = await pendingSuggestion();
    await editSegmentText({ viewer: editor.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces the war." } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, ...input } })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect((await segmentRow(segment.id)).version).toBe(2);
  });

  it("refuses approving twice", async () => {
    const { editor, suggestion } = await pendingSuggestion();
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/already approved/) });
  });
});

describe("four eyes", () => {
  it("refuses an editor approving their own suggestion", async () => {
    const editor = await createUser({ role: "editor" });
    const { segments } = await createDocument();
    const { suggestion } = await createSuggestion({ viewer: editor.viewer, input: { segmentId: segments[0].id, baseVersion: 1, text: BETTER } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/four-eyes rule/) });
  });

  it("allows it once an admin turns self-approval on for the document, and audits the switch", async () => {
    const editor = await createUser({ role: "editor" });
    const admin = await createUser({ role: "admin" });
    const document = await createDocument();
    const { suggestion } = await createSuggestion({ viewer: editor.viewer, input: { segmentId: document.segments[0].id, baseVersion: 1, text: BETTER } });
    await expect(setSelfApproval({ viewer: editor.viewer, input: { documentId: document.id, allowSelfApproval: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setSelfApproval({ viewer: admin.viewer, input: { documentId: document.id, allowSelfApproval: true } });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: document.id, action: "document.self_approval" } });
    expect(event).toMatchObject({ actorId: admin.id, before: { allowSelfApproval: false }, after: { allowSelfApproval: true } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } })).resolves.toMatchObject({ suggestion: { status: "approved" } });
  });
});

describe("rejecting a suggestion", () => {
  it("keeps it as rejected with the MQM reason and comment; the segment settles to flagged while the issue stays open", async () => {
    const { editor, segment, issue, suggestion } = await pendingSuggestion();
    const result = await rejectSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, reason: "style", comment: "Keep it neutral" } });
    expect(result).toMatchObject({ suggestion: { status: "rejected", rejectionReason: "style", reviewComment: "Keep it neutral", reviewerId: editor.id }, segmentStatus: "flagged" });
    expect(await getPrisma().issue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: "open" });
    expect(await segmentRow(segment.id)).toMatchObject({ status: "flagged", version: 1, currentText: PUBLISHED });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: suggestion.id, action: "suggestion.reject" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { status: "pending" }, after: { status: "rejected", rejectionReason: "style", reviewComment: "Keep it neutral" } });
  });

  it("refuses a translator", async () => {
    const { translator, suggestion } = await pendingSuggestion();
    await expect(rejectSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id, reason: "style", comment: "" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("batch approval", () => {
  it("approves every approvable suggestion and reports the others with their reason", async () => {
    const first = await pendingSuggestion();
    const second = await pendingSuggestion("He denounces the offensive on Gaza.");
    const own = await createSuggestion({ viewer: first.editor.viewer, input: { segmentId: first.document.segments[1].id, baseVersion: 1, text: "It is a resignation letter." } });
    const result = await batchApproveSuggestions({ viewer: first.editor.viewer, input: { suggestionIds: [first.suggestion.id, second.suggestion.id, own.suggestion.id, "missing"] } });
    expect(result.approved).toEqual([first.suggestion.id, second.suggestion.id]);
    expect(result.failed).toMatchObject([
      { suggestionId: own.suggestion.id, code: "FORBIDDEN" },
      { suggestionId: "missing", code: "NOT_FOUND", message: "Suggestion missing does not exist." },
    ]);
  });
});

describe("editing segment text directly", () => {
  it("records the edit as an approved change by the editor, at the next version", async () => {
    const editor = await createUser({ role: "editor" });
    const { segments } = await createDocument();
    const result = await editSegmentText({ viewer: editor.viewer, input: { segmentId: segments[1].id, baseVersion: 1, text: "It is a resignation letter.", note: "Grammar" } });
    expect(result).toMatchObject({ suggestion: { status: "approved", authorId: editor.id, reviewerId: editor.id, baseVersion: 1 }, segment: { version: 2, status: "approved" } });
    expect(await segmentRow(segments[1].id)).toMatchObject({ currentText: "It is a resignation letter.", version: 2, status: "approved" });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { segmentId: segments[1].id, action: "segment.edit" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { text: "It is about of a resignation letter.", version: 1 }, after: { text: "It is a resignation letter.", version: 2 } });
  });

  it("refuses a translator and a stale base", async () => {
    const translator = await createUser({ role: "translator" });
    const editor = await createUser({ role: "editor" });
    const { segments } = await createDocument();
    await expect(editSegmentText({ viewer: translator.viewer, input: { segmentId: segments[1].id, baseVersion: 1, text: "x" } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/segment\.edit/) });
    await expect(editSegmentText({ viewer: editor.viewer, input: { segmentId: segments[1].id, baseVersion: 2, text: "x" } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: "Your edit was based on version 2; the segment is now at version 1 — review the new text" });
  });
});

describe("reopening a segment", () => {
  it("moves an approved segment back, and only an approved one; translators may not", async () => {
    const { translator, editor, segment, suggestion } = await pendingSuggestion();
    await expect(reopenSegment({ viewer: editor.viewer, input: { segmentId: segment.id } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    await expect(reopenSegment({ viewer: translator.viewer, input: { segmentId: segment.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reopenSegment({ viewer: editor.viewer, input: { segmentId: segment.id } })).resolves.toMatchObject({ status: "unreviewed", version: 2 });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { segmentId: segment.id, action: "segment.reopen" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { status: "approved" }, after: { status: "unreviewed" } });
  });
});
