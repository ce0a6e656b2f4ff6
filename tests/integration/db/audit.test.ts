import { describe, expect, it } from "vitest";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

async function stored(entityId: string) {
  return getPrisma().historyEvent.findFirstOrThrow({ where: { entityId } });
}

describe("recordEvent", () => {
  it("stores who did what to which document and segment, with before and after as JSON", async () => {
    const user = await createUser({ role: "editor" });
    const { id: documentId, segments } = await createDocument();
    const before = { text: "l'« attaque » contre Israël\n", quote: 'say "no"', list: [1, null, { deep: true }] };
    await getPrisma().$transaction((tx) =>
      recordEvent(tx, { actorId: user.id, action: "segment.edit", entityType: "segment", entityId: "e-json", documentId, segmentId: segments[0].id, before, after: { text: "" } }),
    );
    expect(await stored("e-json")).toMatchObject({ actorId: user.id, action: "segment.edit", entityType: "segment", documentId, segmentId: segments[0].id, before, after: { text: "" } });
  });

  it("leaves out what is not given: no actor, document, segment, before or after is NULL", async () => {
    await getPrisma().$transaction((tx) => recordEvent(tx, { actorId: null, action: "glossary.seed", entityType: "glossary_entry", entityId: "e-bare" }));
    expect(await stored("e-bare")).toMatchObject({ actorId: null, documentId: null, segmentId: null, before: null, after: null });
  });

  it("is part of the caller's transaction: a rollback takes the row with it", async () => {
    await expect(
      getPrisma().$transaction(async (tx) => {
        await recordEvent(tx, { actorId: null, action: "x.y", entityType: "x", entityId: "e-rolled-back" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await getPrisma().historyEvent.count({ where: { entityId: "e-rolled-back" } })).toBe(0);
  });
});
