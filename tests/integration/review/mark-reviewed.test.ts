import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { flagIssue } from "@/lib/review/mutations";
import { markSegmentReviewed } from "@/lib/review/segment-mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

const statusOf = async (segmentId: string) => (await getPrisma().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { status: true } })).status;

describe("marking a segment reviewed", () => {
  it("moves an unreviewed segment to reviewed and records who did it", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await expect(markSegmentReviewed({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1 } }))
      .resolves.toMatchObject({ status: "reviewed", version: 1 });
    expect(await statusOf(segments[0].id)).toBe("reviewed");
    expect(await getPrisma().historyEvent.findMany({ where: { segmentId: segments[0].id }, select: { action: true, actorId: true, before: true, after: true } }))
      .toEqual([{ action: "segment.review", actorId: translator.id, before: { status: "unreviewed" }, after: { status: "reviewed", version: 1 } }]);
  });

  it("does nothing the second time", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    const input = { segmentId: segments[0].id, segmentVersion: 1 };
    await markSegmentReviewed({ viewer: translator.viewer, input });
    await markSegmentReviewed({ viewer: translator.viewer, input });
    expect(await getPrisma().historyEvent.count({ where: { segmentId: segments[0].id } })).toBe(1);
  });

  it("refuses a segment with an open issue, saying why", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await flagIssue({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1, category: "style", severity: "minor" } });
    await expect(markSegmentReviewed({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1 } }))
      .rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/segment that is flagged: only an unreviewed segment/) });
    expect(await statusOf(segments[0].id)).toBe("flagged");
  });

  it("refuses a review of an old version with a conflict", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await getPrisma().segment.update({ where: { id: segments[0].id }, data: { version: 2 } });
    await expect(markSegmentReviewed({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1 } }))
      .rejects.toMatchObject({ code: "CONFLICT" });
    expect(await statusOf(segments[0].id)).toBe("unreviewed");
  });

  it("sends a reviewed segment back to flagged when someone flags an issue on it", async () => {
    const translator = await createUser({ role: "translator" });
    const { segments } = await createDocument();
    await markSegmentReviewed({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1 } });
    await flagIssue({ viewer: translator.viewer, input: { segmentId: segments[0].id, segmentVersion: 1, category: "style", severity: "minor" } });
    expect(await statusOf(segments[0].id)).toBe("flagged");
  });
});
