import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { importDocument } from "@/lib/documents/mutations";
import { findDocuments, getDocument } from "@/lib/documents/queries";
import { createUser } from "@/tests/factories/users";

const FRENCH = [
  "Craig Mokhiber a démissionné fin octobre. Il dénonce les bombardements israéliens sur Gaza.",
  "",
  "Au moins 1 400 personnes ont été tuées dans les attaques du Hamas.",
  "",
].join("\n");
const ENGLISH = [
  "Craig Mokhiber resigned at the end of October. He denounces the Israeli bombings of Gaza.",
  "",
  "At least 1,400 people were killed in Hamas attacks.",
  "",
  "*This article was adapted from its original in French",
].join("\n");

async function counts() {
  const prisma = getPrisma();
  const [documents, segments, events] = await Promise.all([prisma.document.count(), prisma.segment.count(), prisma.historyEvent.count()]);
  return { documents, segments, events };
}

describe("importing a document", () => {
  it("stores aligned segments that give back both texts byte for byte, and records the import", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const result = await importDocument({ viewer, input: { title: "Mokhiber", sourceText: FRENCH, targetText: ENGLISH } });
    const prisma = getPrisma();
    const document = await prisma.document.findUniqueOrThrow({ where: { id: result.documentId }, include: { segments: { orderBy: { position: "asc" } } } });
    expect(document.segments).toHaveLength(result.segmentCount);
    expect(document.sourceLeading + document.segments.map((s) => s.sourceText + s.sourceSeparator).join("")).toBe(FRENCH);
    expect(document.targetLeading + document.segments.map((s) => s.publishedText + s.targetSeparator).join("")).toBe(ENGLISH);
    expect(document.segments.every((s) => s.currentText === s.publishedText && s.status === "unreviewed" && s.version === 1)).toBe(true);
    expect(document.segments.at(-1)).toMatchObject({ kind: "0-1", sourceText: "", publishedText: "*This article was adapted from its original in French" });
    const events = await prisma.historyEvent.findMany({ where: { documentId: result.documentId } });
    expect(events).toMatchObject([{ action: "document.import", actorId: viewer.userId, entityId: result.documentId }]);
  });

  it("refuses a translator, storing nothing", async () => {
    const { viewer } = await createUser({ role: "translator" });
    const before = await counts();
    await expect(importDocument({ viewer, input: { title: "T", sourceText: FRENCH, targetText: ENGLISH } }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/document\.import/) });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["an empty French side", { sourceText: "  \n\n ", targetText: ENGLISH }, /French source text is empty/],
    ["two English texts", { sourceText: ENGLISH, targetText: ENGLISH }, /English/],
    ["swapped languages", { sourceText: ENGLISH, targetText: FRENCH }, /swapped/],
  ])("refuses %s with a clear message, storing nothing", async (_name, texts, message) => {
    const { viewer } = await createUser({ role: "editor" });
    const before = await counts();
    await expect(importDocument({ viewer, input: { title: "Bad", ...texts } })).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  });

  it("rolls back the whole import when a write fails part-way", async () => {
    const { viewer } = await createUser({ role: "admin" });
    await importDocument({ viewer, input: { title: "First", sourceText: FRENCH, targetText: ENGLISH, seedKey: "dup" } });
    const before = await counts();
    await expect(importDocument({ viewer, input: { title: "Second", sourceText: FRENCH, targetText: ENGLISH, seedKey: "dup" } })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("lists documents with their progress and hides deleted ones", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const kept = await importDocument({ viewer, input: { title: "Kept", sourceText: FRENCH, targetText: ENGLISH } });
    const gone = await importDocument({ viewer, input: { title: "Gone", sourceText: FRENCH, targetText: ENGLISH } });
    await getPrisma().document.update({ where: { id: gone.documentId }, data: { deletedAt: new Date() } });
    const listed = await findDocuments({ viewer });
    const entry = listed.find((d) => d.id === kept.documentId);
    expect(entry).toMatchObject({ title: "Kept", segmentCount: kept.segmentCount, statusCounts: { unreviewed: kept.segmentCount, approved: 0 } });
    expect(listed.some((d) => d.id === gone.documentId)).toBe(false);
    await expect(getDocument({ viewer, documentId: gone.documentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocument({ viewer, documentId: "not-a-uuid" })).rejects.toThrow(/Document not-a-uuid does not exist/);
  });
});
