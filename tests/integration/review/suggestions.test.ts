import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { SUGGESTION_SELECT } from "@/lib/review/guards";
import { approveSuggestion, createSuggestion, editSegmentText, flagIssue, reopenSegment, updateSuggestion, withdrawSuggestion } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

const BETTER = "He denounces Israel's offensive against Gaza.";

async function setup() {
  const translator = await createUser({ role: "translator" });
  const document = await createDocument();
  return { translator, document, segment: document.segments[0] };
}

async function segmentRow(id: string) {
  return getPrisma().segment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, currentText: true } });
}

describe("suggesting a correction", () => {
  it("stores the text byte for byte with its base version and linked issues; the segment becomes corrected", async () => {
    const { translator, segment } = await setup();
    const { issue } = await flagIssue({ viewer: translator.viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "accuracy_mistranslation", severity: "major" } });
    const text = `  ${BETTER}\u00a0\n`;
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text, note: "See the French", issueIds: [issue.id] } });
    expect(suggestion).toMatchObject({ text, baseVersion: 1, status: "pending", authorId: translator.id, issueIds: [issue.id] });
    expect(await segmentRow(segment.id)).toMatchObject({ status: "corrected", version: 1, currentText: segment.currentText });
    const events = await getPrisma().historyEvent.findMany({ where: { entityId: suggestion.id } });
    expect(events).toMatchObject([{ action: "suggestion.create", before: { text: segment.currentText, segmentStatus: "flagged" }, after: { text, issueIds: [issue.id], segmentStatus: "corrected" } }]);
  });

  it("answers with the suggestion exactly as a later read returns it, links included", async () => {
    const { translator, segment } = await setup();
    const flag = (comment: string) => flagIssue({ viewer: translator.viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "style", severity: "minor", comment } });
    const issueIds = [(await flag("one")).issue.id, (await flag("two")).issue.id];
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER, issueIds } });
    const { issueIds: linked, ...row } = suggestion;
    expect(row).toStrictEqual(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: suggestion.id }, select: SUGGESTION_SELECT }));
    expect(row.createdAt).toBeInstanceOf(Date);
    const stored = await getPrisma().suggestionIssue.findMany({ where: { suggestionId: suggestion.id }, select: { issueId: true } });
    expect(stored.map((link) => link.issueId).sort()).toEqual([...issueIds].sort());
    expect(linked).toEqual(issueIds);
  });

  it("refuses a suggestion based on an old version with 409, the message naming both versions, and the diff in details", async () => {
    const { translator, segment } = await setup();
    await getPrisma().segment.update({ where: { id: segment.id }, data: { version: 4, currentText: "He denounces the war on Gaza." } });
    const attempt = createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 3, text: BETTER } });
    await expect(attempt).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Suggestion was based on version 3; the segment is now at version 4 — review the new text",
      details: { baseVersion: 3, currentVersion: 4, currentText: "He denounces the war on Gaza.", hunks: [{ before: "the war on", after: "Israel's offensive against" }] },
    });
  });

  it.each([
    ["the same text as now", { text: "He denounces the attack on Israel." }, "VALIDATION", /same as the segment's current text/],
    ["an issue of another segment", { issueIds: ["00000000-0000-4000-8000-000000000000"] }, "NOT_FOUND", /Issue 00000000-0000-4000-8000-000000000000 on segment .* does not exist/],
    ["a text over the limit", { text: "x".repeat(20_001) }, undefined, /over 20,000 characters/],
  ])("refuses %s, storing nothing", async (_name, overrides, code, message) => {
    const { translator, segment } = await setup();
    const attempt = createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER, ...overrides } });
    await expect(attempt).rejects.toThrow(message);
    if (code) await expect(attempt).rejects.toMatchObject({ code });
    expect(await getPrisma().suggestion.count({ where: { segmentId: segment.id } })).toBe(0);
  });
});

describe("the author's own suggestion", () => {
  it("can be edited while pending, recording old and new text", async () => {
    const { translator, segment } = await setup();
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER } });
    const updated = await updateSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id, text: "He denounces Israel's war on Gaza.", note: "Shorter" } });
    expect(updated).toMatchObject({ text: "He denounces Israel's war on Gaza.", note: "Shorter", status: "pending" });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: suggestion.id, action: "suggestion.update" } });
    expect(event).toMatchObject({ before: { text: BETTER, note: "" }, after: { text: "He denounces Israel's war on Gaza.", note: "Shorter" } });
  });

  it("is rebased when its author edits it against the segment's current version, and can then be approved", async () => {
    const { translator, segment } = await setup();
    const editor = await createUser({ role: "editor" });
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER } });
    await editSegmentText({ viewer: editor.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces the attack on Gaza." } });
    await reopenSegment({ viewer: editor.viewer, input: { segmentId: segment.id } });
    await expect(approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    const rebased = await updateSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id, baseVersion: 2, text: "He denounces Israel's offensive on Gaza." } });
    expect(rebased).toMatchObject({ baseVersion: 2, text: "He denounces Israel's offensive on Gaza.", status: "pending" });
    const event = await getPrisma().historyEvent.findFirstOrThrow({ where: { entityId: suggestion.id, action: "suggestion.update" } });
    expect(event).toMatchObject({ before: { baseVersion: 1, text: BETTER }, after: { baseVersion: 2 } });
    await approveSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } });
    expect(await segmentRow(segment.id)).toMatchObject({ version: 3, currentText: "He denounces Israel's offensive on Gaza.", status: "approved" });
  });

  it("refuses a rebase onto a version that is not the current one, changing nothing", async () => {
    const { translator, segment } = await setup();
    const editor = await createUser({ role: "editor" });
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER } });
    await editSegmentText({ viewer: editor.viewer, input: { segmentId: segment.id, baseVersion: 1, text: "He denounces the attack on Gaza." } });
    await expect(updateSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id, baseVersion: 1, text: "Other words." } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: "Your edit was based on version 1; the segment is now at version 2 — review the new text" });
    expect(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: suggestion.id }, select: { text: true, baseVersion: true } })).toEqual({ text: BETTER, baseVersion: 1 });
  });

  it("can be withdrawn (kept, as withdrawn) and the segment settles back", async () => {
    const { translator, segment } = await setup();
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER } });
    const result = await withdrawSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id } });
    expect(result).toMatchObject({ suggestion: { status: "withdrawn" }, segmentStatus: "unreviewed" });
    expect(await getPrisma().suggestion.count({ where: { id: suggestion.id } })).toBe(1);
    await expect(withdrawSuggestion({ viewer: translator.viewer, input: { suggestionId: suggestion.id } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/already withdrawn/) });
  });

  it("cannot be edited or withdrawn by anyone else, even an editor", async () => {
    const { translator, segment } = await setup();
    const editor = await createUser({ role: "editor" });
    const { suggestion } = await createSuggestion({ viewer: translator.viewer, input: { segmentId: segment.id, baseVersion: 1, text: BETTER } });
    await expect(updateSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id, note: "mine now" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawSuggestion({ viewer: editor.viewer, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({ status: "pending", note: "" });
  });
});
