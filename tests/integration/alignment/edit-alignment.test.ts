import { describe, expect, it } from "vitest";
import { mergeSegmentWithNext, moveSentence, splitSegment } from "@/lib/alignment/mutations";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";
import { createAlignedDocument, documentTexts, flagIssue } from "./fixtures";

async function setup() {
  const editor = await createUser({ role: "editor" });
  const document = await createAlignedDocument(editor.id);
  const before = await documentTexts(document.documentId);
  return { editor, ...document, before };
}

function issueText(segment: { sourceText: string; publishedText: string }, issue: { targetStart: number | null; targetEnd: number | null; sourceStart: number | null; sourceEnd: number | null }) {
  if (issue.targetStart !== null) return segment.publishedText.slice(issue.targetStart, issue.targetEnd!);
  return segment.sourceText.slice(issue.sourceStart!, issue.sourceEnd!);
}

async function issueWithSegment(issueId: string) {
  return getPrisma().issue.findUniqueOrThrow({ where: { id: issueId }, include: { segment: true } });
}

describe("merging a segment with the next", () => {
  it("joins the two, renumbers the rest, keeps both texts byte for byte and records history", async () => {
    const { editor, documentId, segments, before } = await setup();
    const flagged = await flagIssue({ documentId, segmentId: segments[1].id, authorId: editor.id, text: segments[1].publishedText, quote: "a genocide" });
    const rejected = await getPrisma().suggestion.create({
      data: { documentId, segmentId: segments[1].id, authorId: editor.id, text: "He speaks of genocide in Gaza.", baseVersion: 1, status: "rejected" },
    });
    const result = await mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[0].id, version: 1 } });
    expect(result.segments).toEqual([{ id: segments[0].id, position: 0, kind: "3-2", version: 2 }]);
    const after = await documentTexts(documentId);
    expect(after.source).toBe(before.source);
    expect(after.target).toBe(before.target);
    expect(after.segments.map((s) => [s.position, s.kind])).toEqual([[0, "3-2"], [1, "1-2"], [2, "0-1"]]);
    const issue = await issueWithSegment(flagged.id);
    expect(issue).toMatchObject({ segmentId: segments[0].id, segmentVersion: 2 });
    expect(issueText(issue.segment, issue)).toBe("a genocide");
    expect(issue.segment.status).toBe("flagged");
    expect(await getPrisma().suggestion.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({ segmentId: segments[0].id, status: "rejected" });
    const events = await getPrisma().historyEvent.findMany({ where: { documentId, action: "alignment.merge" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, segmentId: segments[0].id, before: { segments: [{ kind: "1-1" }, { kind: "2-1" }] }, after: { segments: [{ kind: "3-2" }] } });
  });

  it("refuses to merge the last segment", async () => {
    const { editor, segments } = await setup();
    await expect(mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[3].id } })).rejects.toThrow(/Segment 4 is the last segment/);
  });
});

describe("splitting a segment", () => {
  it("makes a new segment after a French sentence boundary and takes the issue on that sentence along", async () => {
    const { editor, documentId, segments, before } = await setup();
    const flagged = await flagIssue({ documentId, segmentId: segments[1].id, authorId: editor.id, text: segments[1].sourceText, quote: "Türk", side: "source" });
    const result = await splitSegment({ viewer: editor.viewer, input: { segmentId: segments[1].id, side: "source", breakIndex: 0 } });
    expect(result.segments.map((s) => [s.position, s.kind, s.version])).toEqual([[1, "1-1", 2], [2, "1-0", 1]]);
    const after = await documentTexts(documentId);
    expect([after.source, after.target]).toEqual([before.source, before.target]);
    expect(after.segments.map((s) => s.kind)).toEqual(["1-1", "1-1", "1-0", "1-2", "0-1"]);
    const issue = await issueWithSegment(flagged.id);
    expect(issue.segmentId).toBe(result.segments[1].id);
    expect(issueText(issue.segment, issue)).toBe("Türk");
    expect(await getPrisma().historyEvent.count({ where: { documentId, action: "alignment.split" } })).toBe(1);
  });

  it("refuses to cut an open issue in two and changes nothing", async () => {
    const { editor, documentId, segments, before } = await setup();
    await flagIssue({ documentId, segmentId: segments[2].id, authorId: editor.id, text: segments[2].publishedText, quote: "offensive. At least" });
    await expect(splitSegment({ viewer: editor.viewer, input: { segmentId: segments[2].id, side: "target", breakIndex: 0 } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/“offensive. At least” .*cut in two; resolve or dismiss it first/) });
    expect((await documentTexts(documentId)).segments).toEqual(before.segments);
  });
});

describe("moving a sentence", () => {
  it("moves the last English sentence to the next segment with its issue", async () => {
    const { editor, documentId, segments, before } = await setup();
    const flagged = await flagIssue({ documentId, segmentId: segments[2].id, authorId: editor.id, text: segments[2].publishedText, quote: "1,400" });
    await moveSentence({ viewer: editor.viewer, input: { segmentId: segments[2].id, side: "target", direction: "to-next" } });
    const after = await documentTexts(documentId);
    expect([after.source, after.target]).toEqual([before.source, before.target]);
    expect(after.segments.map((s) => s.kind)).toEqual(["1-1", "2-1", "1-1", "0-2"]);
    const issue = await issueWithSegment(flagged.id);
    expect(issue).toMatchObject({ segmentId: segments[3].id, segmentVersion: 2 });
    expect(issueText(issue.segment, issue)).toBe("1,400");
    const [event] = await getPrisma().historyEvent.findMany({ where: { documentId, action: "alignment.move" } });
    expect(event.before).toMatchObject({ segments: [{ kind: "1-2" }, { kind: "0-1" }] });
  });

  it("moves the first French sentence to the previous segment", async () => {
    const { editor, documentId, segments } = await setup();
    await moveSentence({ viewer: editor.viewer, input: { segmentId: segments[1].id, side: "source", direction: "to-previous" } });
    const after = await documentTexts(documentId);
    expect(after.segments[0].sourceText).toBe("Craig Mokhiber a démissionné fin octobre.\n\nIl dénonce « un génocide » à Gaza.");
    expect(after.segments.map((s) => s.kind)).toEqual(["2-1", "1-1", "1-2", "0-1"]);
  });
});

describe("refusals", () => {
  it("refuses a segment with a pending suggestion, then one with a correction, storing nothing", async () => {
    const { editor, documentId, segments, before } = await setup();
    const suggestion = await getPrisma().suggestion.create({
      data: { documentId, segmentId: segments[1].id, authorId: editor.id, text: "He denounces a genocide in Gaza.", baseVersion: 1 },
    });
    await expect(mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[0].id } }))
      .rejects.toThrow(/Segment 2 has a pending suggestion; approve or reject it/);
    await getPrisma().suggestion.update({ where: { id: suggestion.id }, data: { status: "approved" } });
    await getPrisma().segment.update({ where: { id: segments[1].id }, data: { currentText: "He denounces a genocide in Gaza.", status: "corrected" } });
    await expect(splitSegment({ viewer: editor.viewer, input: { segmentId: segments[1].id, side: "source", breakIndex: 0 } }))
      .rejects.toThrow(/Segment 2 has a correction/);
    const after = await documentTexts(documentId);
    expect(after.segments.map((s) => [s.id, s.position, s.version])).toEqual(before.segments.map((s) => [s.id, s.position, s.version]));
    expect(await getPrisma().historyEvent.count({ where: { documentId } })).toBe(0);
  });

  it("refuses a stale version, an unknown segment and a translator", async () => {
    const { editor, segments } = await setup();
    const translator = await createUser({ role: "translator" });
    await expect(mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[0].id, version: 3 } }))
      .rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/version 3 .* now at version 1; reload/) });
    await expect(splitSegment({ viewer: editor.viewer, input: { segmentId: "nope", side: "source", breakIndex: 0 } }))
      .rejects.toMatchObject({ code: "NOT_FOUND", message: "Segment nope does not exist." });
    await expect(moveSentence({ viewer: translator.viewer, input: { segmentId: segments[1].id, side: "source", direction: "to-previous" } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/alignment\.edit/) });
  });
});

describe("the segment status after an alignment edit", () => {
  it("changes only through the transitions table: a corrected segment is refused and nothing changes", async () => {
    const { editor, documentId, segments, before } = await setup();
    // A corrected segment whose pending suggestion was removed behind Recto's back (no suggestion guard fires).
    await getPrisma().segment.update({ where: { id: segments[1].id }, data: { status: "corrected" } });
    await expect(mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[0].id, version: 1 } })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringMatching(/Cannot apply realigned to a segment that is corrected/),
    });
    const after = await documentTexts(documentId);
    expect(after.segments.map((s) => [s.id, s.position, s.kind])).toEqual(before.segments.map((s) => [s.id, s.position, s.kind]));
    expect(await getPrisma().historyEvent.count({ where: { documentId, action: { startsWith: "alignment." } } })).toBe(0);
  });

  it("settles an approved segment like reopening it: flagged when an open issue comes along", async () => {
    const { editor, documentId, segments } = await setup();
    await flagIssue({ documentId, segmentId: segments[1].id, authorId: editor.id, text: segments[1].publishedText, quote: "a genocide" });
    await getPrisma().segment.update({ where: { id: segments[0].id }, data: { status: "approved" } });
    await mergeSegmentWithNext({ viewer: editor.viewer, input: { segmentId: segments[0].id, version: 1 } });
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segments[0].id }, select: { status: true } })).toEqual({ status: "flagged" });
  });
});
