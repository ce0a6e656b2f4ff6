import { readFileSync } from "node:fs";
import path from "node:path";
import { structuredPatch } from "diff";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { exportDocument } from "@/lib/export/mutations";
import { EXPORT_FORMATS } from "@/lib/export/schema";
import { createIssue, createPendingSuggestion, DEMO_CORRECTED_SPAN, DEMO_PUBLISHED_SPAN, readAll, seedApprovedDemo } from "@/tests/factories/export";

const PUBLISHED = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/demo/mokhiber-resignation.en.txt"), "utf8");

async function exportText(options: Parameters<typeof exportDocument>[0]): Promise<string> {
  return (await readAll((await exportDocument(options)).stream)).toString("utf8");
}

const exportEvents = (documentId: string) =>
  getPrisma().historyEvent.findMany({ where: { documentId, action: "document.export" }, orderBy: { id: "asc" }, select: { actorId: true, after: true } });

describe("exporting the corrected English", () => {
  it("gives the published demo article with only the approved correction changed", async () => {
    const { document, admin } = await seedApprovedDemo();
    const result = await exportDocument({ viewer: admin, documentId: document.id, format: "txt" });
    expect(result).toMatchObject({ contentType: "text/plain; charset=utf-8", fileName: expect.stringMatching(/^un-human-rights-official-craig-mokhiber-resigns-over-gaza\.corrected\.txt$/) });
    const corrected = (await readAll(result.stream)).toString("utf8");
    expect(corrected).not.toBe(PUBLISHED);
    const patch = structuredPatch("published", "corrected", PUBLISHED, corrected, "", "", { context: 0 });
    expect(patch.hunks).toHaveLength(1);
    expect(patch.hunks[0].lines.filter((line) => line.startsWith("-"))).toEqual([`-${PUBLISHED.split("\n")[0]}`]);
    expect(corrected).toBe(PUBLISHED.replace(DEMO_PUBLISHED_SPAN, DEMO_CORRECTED_SPAN));
  });

  it("writes Markdown byte-identical to the text, and applies pending suggestions only when asked", async () => {
    const { document, admin, translator } = await seedApprovedDemo();
    const second = await getPrisma().segment.findFirstOrThrow({ where: { documentId: document.id, position: 1 }, select: { id: true, publishedText: true } });
    await createPendingSuggestion({ segmentId: second.id, authorId: translator.userId, text: "It is about a resignation letter." });
    const text = await exportText({ viewer: admin, documentId: document.id, format: "txt" });
    expect(await exportText({ viewer: admin, documentId: document.id, format: "md" })).toBe(text);
    const withPending = await exportText({ viewer: admin, documentId: document.id, format: "txt", includePending: true });
    expect(withPending).toBe(text.replace(second.publishedText, "It is about a resignation letter."));
  });
});

describe("who may export, and the audit log", () => {
  it.each(["translator", "editor"] as const)("refuses a %s with FORBIDDEN and writes no audit row", async (role) => {
    const demo = await seedApprovedDemo();
    await expect(exportDocument({ viewer: demo[role], documentId: demo.document.id, format: "txt" })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/export\.run/) });
    expect(await exportEvents(demo.document.id)).toEqual([]);
  });

  it("writes one audit row per export, in every format", async () => {
    const { document, admin } = await seedApprovedDemo();
    for (const format of EXPORT_FORMATS) {
      const bytes = await readAll((await exportDocument({ viewer: admin, documentId: document.id, format })).stream);
      expect(bytes.length, format).toBeGreaterThan(100);
    }
    const events = await exportEvents(document.id);
    expect(events.map((event) => event.after)).toEqual(EXPORT_FORMATS.map((format) => ({ format, includePending: false, override: false })));
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set([admin.userId]));
  });

  it("names a missing document", async () => {
    const { admin } = await seedApprovedDemo();
    await expect(exportDocument({ viewer: admin, documentId: "00000000-0000-4000-8000-000000000000", format: "txt" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportDocument({ viewer: admin, documentId: "nope", format: "txt" })).rejects.toThrow(/Document nope does not exist/);
  });
});

describe("the export gate", () => {
  it("refuses corrected text while major or critical issues are open, and audits the override", async () => {
    const { document, admin, translator } = await seedApprovedDemo();
    const segments = await getPrisma().segment.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" }, take: 3, select: { id: true } });
    await createIssue({ segmentId: segments[1].id, authorId: translator.userId, category: "accuracy_omission", severity: "major" });
    await createIssue({ segmentId: segments[2].id, authorId: translator.userId, category: "accuracy_addition", severity: "critical" });
    await createIssue({ segmentId: segments[2].id, authorId: translator.userId, category: "style", severity: "minor" });
    for (const format of ["txt", "md", "docx", "package"] as const) {
      await expect(exportDocument({ viewer: admin, documentId: document.id, format })).rejects.toMatchObject({
        code: "INVALID_STATE",
        message: expect.stringMatching(/^1 critical and 1 major issues are still open/),
        details: { major: 1, critical: 1 },
      });
    }
    expect(await exportEvents(document.id)).toEqual([]);
    await readAll((await exportDocument({ viewer: admin, documentId: document.id, format: "xliff12" })).stream);
    const text = await exportText({ viewer: admin, documentId: document.id, format: "txt", override: true });
    expect(text).toContain(DEMO_CORRECTED_SPAN);
    expect((await exportEvents(document.id)).map((event) => event.after)).toEqual([
      { format: "xliff12", includePending: false, override: false },
      { format: "txt", includePending: false, override: true, openIssues: { major: 1, critical: 1 } },
    ]);
  });
});
