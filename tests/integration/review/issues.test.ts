import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { ISSUE_SELECT } from "@/lib/review/guards";
import { closeIssue, flagIssue, updateIssue } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

async function flaggedSegment() {
  const translator = await createUser({ role: "translator" });
  const document = await createDocument();
  const segment = document.segments[0];
  const { issue } = await flagIssue({
    viewer: translator.viewer,
    input: { segmentId: segment.id, segmentVersion: 1, targetStart: 15, targetEnd: 33, category: "accuracy_mistranslation", severity: "major", comment: "Gaza, not Israel" },
  });
  return { translator, document, segment, issue };
}

async function eventsFor(entityId: string) {
  return getPrisma().historyEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

describe("flagging an issue", () => {
  it("stores the span, marks the segment flagged and records who flagged what", async () => {
    const { translator, segment, issue } = await flaggedSegment();
    expect(issue).toMatchObject({ authorId: translator.id, status: "open", targetStart: 15, targetEnd: 33, segmentVersion: 1 });
    const stored = await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(stored.status).toBe("flagged");
    expect(await eventsFor(issue.id)).toMatchObject([
      { action: "issue.flag", actorId: translator.id, segmentId: segment.id, before: { segmentStatus: "unreviewed" }, after: { category: "accuracy_mistranslation", severity: "major", segmentStatus: "flagged" } },
    ]);
  });

  it("answers with the issue exactly as a later read returns it", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    const input = { segmentId: segments[0].id, segmentVersion: 1, sourceStart: 2, sourceEnd: 6, category: "source_issue", severity: "neutral", comment: "« ok » 'quoted'" } as const;
    const { issue } = await flagIssue({ viewer: translator.viewer, input });
    expect(issue).toStrictEqual(await getPrisma().issue.findUniqueOrThrow({ where: { id: issue.id }, select: ISSUE_SELECT }));
    expect(issue).toMatchObject({ targetStart: null, targetEnd: null, sourceStart: 2, sourceEnd: 6, comment: input.comment, resolvedAt: null });
    expect(issue.createdAt).toBeInstanceOf(Date);
  });

  it.each([
    ["a span past the end of the English", { targetStart: 3, targetEnd: 500 }, /outside the English text/],
    ["half a span", { targetStart: 3 }, /both ends/],
    ["a backwards span", { sourceStart: 9, sourceEnd: 2 }, /outside the French text/],
  ])("refuses %s, storing nothing", async (_name, span, message) => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await expect(flagIssue({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1, category: "style", severity: "minor", comment: "", ...span } }))
      .rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(message) });
    expect(await getPrisma().issue.count({ where: { segmentId: segments[0].id } })).toBe(0);
  });

  it("refuses a span on an old version of the segment with a conflict", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await getPrisma().segment.update({ where: { id: segments[0].id }, data: { version: 2 } });
    await expect(flagIssue({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1, category: "style", severity: "minor" } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: "The flagged span was based on version 1; the segment is now at version 2 — review the new text" });
  });

  it("names an unknown segment id", async () => {
    const translator = await createUser({ role: "translator" });
    await expect(flagIssue({ viewer: translator.viewer, input: { segmentId: "nope", segmentVersion: 1, category: "style", severity: "minor" } }))
      .rejects.toMatchObject({ code: "NOT_FOUND", message: "Segment nope does not exist." });
  });

  it("refuses flagging an approved segment until an editor reopens it", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await getPrisma().segment.update({ where: { id: segments[0].id }, data: { status: "approved" } });
    await expect(flagIssue({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1, category: "style", severity: "minor" } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/reopen/) });
  });
});

describe("editing an issue", () => {
  it("lets the author change category, severity and comment, recording before and after", async () => {
    const { translator, issue } = await flaggedSegment();
    const updated = await updateIssue({ viewer: translator.viewer, input: { issueId: issue.id, severity: "critical", comment: "Inverts the key fact" } });
    expect(updated).toMatchObject({ severity: "critical", comment: "Inverts the key fact", category: "accuracy_mistranslation" });
    expect((await eventsFor(issue.id)).at(-1)).toMatchObject({
      action: "issue.update", before: { severity: "major", comment: "Gaza, not Israel" }, after: { severity: "critical", comment: "Inverts the key fact" },
    });
  });

  it("refuses anyone but the author, even an admin", async () => {
    const { issue } = await flaggedSegment();
    const admin = await createUser({ role: "admin" });
    await expect(updateIssue({ viewer: admin.viewer, input: { issueId: issue.id, severity: "minor" } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/Only the author/) });
  });

  it("refuses editing a closed issue", async () => {
    const { translator, issue } = await flaggedSegment();
    const editor = await createUser({ role: "editor" });
    await closeIssue({ viewer: editor.viewer, input: { issueId: issue.id, status: "dismissed", reason: "Deliberate adaptation" } });
    await expect(updateIssue({ viewer: translator.viewer, input: { issueId: issue.id, severity: "minor" } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/already dismissed/) });
  });
});

describe("resolving and dismissing an issue", () => {
  it.each(["resolved", "dismissed"] as const)("an editor marks it %s with a reason; the segment settles back to unreviewed", async (status) => {
    const { segment, issue } = await flaggedSegment();
    const editor = await createUser({ role: "editor" });
    const result = await closeIssue({ viewer: editor.viewer, input: { issueId: issue.id, status, reason: "Checked against the source" } });
    expect(result).toMatchObject({ issue: { status, resolution: "Checked against the source", resolvedById: editor.id }, segmentStatus: "unreviewed" });
    expect(await getPrisma().issue.count({ where: { id: issue.id } })).toBe(1);
    expect((await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id } })).status).toBe("unreviewed");
    expect((await eventsFor(issue.id)).at(-1)).toMatchObject({ actorId: editor.id, before: { status: "open", segmentStatus: "flagged" }, after: { status, segmentStatus: "unreviewed" } });
  });

  it("refuses a translator, naming the permission", async () => {
    const { translator, issue } = await flaggedSegment();
    await expect(closeIssue({ viewer: translator.viewer, input: { issueId: issue.id, status: "resolved", reason: "Done" } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: "A translator may not do this (needs permission issue.review)." });
  });

  it("refuses closing twice", async () => {
    const { issue } = await flaggedSegment();
    const editor = await createUser({ role: "editor" });
    await closeIssue({ viewer: editor.viewer, input: { issueId: issue.id, status: "resolved", reason: "Fixed" } });
    await expect(closeIssue({ viewer: editor.viewer, input: { issueId: issue.id, status: "dismissed", reason: "Again" } }))
      .rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});
