import { describe, expect, it } from "vitest";
import { addComment, deleteComment } from "@/lib/comments/mutations";
import { findSegmentComments } from "@/lib/comments/queries";
import { getPrisma } from "@/lib/db/client";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

async function eventsFor(entityId: string) {
  return getPrisma().historyEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, segmentId: true, before: true, after: true } });
}

describe("a segment's comment thread", () => {
  it("keeps comments oldest first, as typed, with their authors and history", async () => {
    const translator = await createUser({ role: "translator", name: "Tess" });
    const editor = await createUser({ role: "editor", name: "Eddie" });
    const { segments } = await createDocument();
    const first = await addComment({ viewer: translator.viewer, input: { segmentId: segments[0].id, body: "Is “attack” the paper's word?\n<b>Not sure.</b>" } });
    await addComment({ viewer: editor.viewer, input: { segmentId: segments[0].id, body: "It is the agency's wording." } });
    const thread = await findSegmentComments({ viewer: translator.viewer, segmentId: segments[0].id });
    expect(thread.map((comment) => [comment.author.name, comment.body, comment.canDelete])).toEqual([
      ["Tess", "Is “attack” the paper's word?\n<b>Not sure.</b>", true],
      ["Eddie", "It is the agency's wording.", false],
    ]);
    expect(await eventsFor(first.id)).toEqual([
      { action: "comment.create", actorId: translator.id, segmentId: segments[0].id, before: null, after: { body: first.body } },
    ]);
    expect(await findSegmentComments({ viewer: translator.viewer, segmentId: segments[1].id })).toEqual([]);
  });

  it.each([
    ["an empty comment", "   \n", "VALIDATION", /Write something/],
    ["a comment over 5,000 characters", "x".repeat(5001), "TOO_LARGE", /over 5,000 characters/],
  ])("refuses %s and stores nothing", async (_name, body, _code, message) => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await expect(addComment({ viewer: translator.viewer, input: { segmentId: segments[0].id, body } })).rejects.toThrow(message);
    expect(await getPrisma().comment.count({ where: { segmentId: segments[0].id } })).toBe(0);
  });

  it("refuses a segment that does not exist, naming it", async () => {
    const translator = await createUser({ role: "translator" });
    await expect(addComment({ viewer: translator.viewer, input: { segmentId: "00000000-0000-4000-8000-000000000000", body: "Hello" } }))
      .rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/Segment 00000000-0000-4000-8000-000000000000 does not exist/) });
  });

  it("lets the author delete their comment, keeping the row and recording it", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    const comment = await addComment({ viewer: translator.viewer, input: { segmentId: segments[0].id, body: "Typo in my note" } });
    await deleteComment({ viewer: translator.viewer, input: { commentId: comment.id } });
    expect(await findSegmentComments({ viewer: translator.viewer, segmentId: segments[0].id })).toEqual([]);
    expect(await getPrisma().comment.findUniqueOrThrow({ where: { id: comment.id }, select: { deletedAt: true, body: true } }))
      .toMatchObject({ deletedAt: expect.any(Date), body: "Typo in my note" });
    expect((await eventsFor(comment.id)).map((event) => event.action)).toEqual(["comment.create", "comment.delete"]);
    await expect(deleteComment({ viewer: translator.viewer, input: { commentId: comment.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses another translator's delete; an editor may delete it", async () => {
    const author = await createUser({ role: "translator" });
    const other = await createUser({ role: "translator" });
    const editor = await createUser({ role: "editor" });
    const { segments } = await createDocument();
    const comment = await addComment({ viewer: author.viewer, input: { segmentId: segments[0].id, body: "Mine" } });
    await expect(deleteComment({ viewer: other.viewer, input: { commentId: comment.id } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/author or an editor/) });
    expect(await findSegmentComments({ viewer: other.viewer, segmentId: segments[0].id })).toHaveLength(1);
    await deleteComment({ viewer: editor.viewer, input: { commentId: comment.id } });
    expect(await findSegmentComments({ viewer: other.viewer, segmentId: segments[0].id })).toEqual([]);
  });

  it("hides the thread of a deleted document", async () => {
    const translator = await createUser({ role: "translator" });
    const { id, segments } = await createDocument();
    await addComment({ viewer: translator.viewer, input: { segmentId: segments[0].id, body: "Before deletion" } });
    await getPrisma().document.update({ where: { id }, data: { deletedAt: new Date() } });
    await expect(findSegmentComments({ viewer: translator.viewer, segmentId: segments[0].id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
