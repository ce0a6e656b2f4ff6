import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { exportDocument } from "@/lib/export/mutations";
import { approveCorrection, createExportDocument, createIssue, readAll } from "@/tests/factories/export";
import { createUser } from "@/tests/factories/users";

async function sampleDocument() {
  const admin = await createUser({ role: "admin", name: "Ada Admin" });
  const translator = await createUser({ role: "translator", name: `Tess <Translator> ${Math.random()}` });
  const document = await createExportDocument({
    createdById: admin.id,
    segments: [
      { source: "Craig Mokhiber a démissionné fin octobre.", target: "Craig Mokhiber resigned at the end of October." },
      { source: "« Nous échouons encore », a-t-il écrit.", target: "\"We are failing again\", he wrote.", status: "flagged" },
      { source: "Le Haut-Commissaire & <l’ONU>", target: "The High Commissioner & <the UN>", status: "corrected" },
      { source: "Une phrase sans traduction.", target: "" },
      { source: "", target: "*This article was adapted from its original in French" },
    ],
  });
  const [first, second, third] = document.segmentIds;
  const mistranslation = await createIssue({ segmentId: first, authorId: translator.id, category: "accuracy_mistranslation", severity: "major", comment: "Wrong month & year" });
  await approveCorrection({ segmentId: first, text: "Craig Mokhiber resigned at the end of October 2023.", editorId: admin.id, authorId: translator.id, issueIds: [mistranslation.id] });
  await createIssue({ segmentId: second, authorId: translator.id, category: "linguistic_punctuation", severity: "minor", comment: "Use “curly” quotes" });
  await createIssue({ segmentId: third, authorId: admin.id, category: "style", severity: "neutral", status: "dismissed", comment: "<b>fine</b>" });
  return { document, admin, translator };
}

async function snapshot(documentId: string, approvedOnly: boolean, withAuthors: boolean) {
  const segments = await getPrisma().segment.findMany({
    where: { documentId, ...(approvedOnly ? { status: "approved" } : {}) },
    orderBy: { position: "asc" },
    select: {
      sourceText: true, currentText: true, status: true, kind: true,
      issues: { orderBy: { createdAt: "asc" }, select: { category: true, severity: true, status: true, comment: true, author: { select: { name: true } } } },
    },
  });
  return segments.map(({ issues, ...segment }) => ({ ...segment, notes: issues.map(({ author, ...issue }) => (withAuthors ? { ...issue, author: author.name } : issue)) }));
}

describe("export → import round trips", () => {
  // TMX holds approved pairs only, and its <note> has no author attribute.
  it.each([
    ["xliff12", "xlf", false, true],
    ["xliff20", "xlf", false, true],
    ["tmx", "tmx", true, false],
  ] as const)("%s gives back the same segments, texts and notes", async (format, extension, approvedOnly, withAuthors) => {
    const { document, admin } = await sampleDocument();
    const exported = await readAll((await exportDocument({ viewer: admin.viewer, documentId: document.id, format })).stream);
    const imported = await importBilingualFile({ viewer: admin.viewer, input: { title: "Round trip", fileName: `round-trip.${extension}`, bytes: exported } });
    const original = await snapshot(document.id, approvedOnly, withAuthors);
    expect(original.length).toBeGreaterThan(0);
    // The copy starts review afresh (flagged where it brings an open note, through the transition
    // table), and its notes are the importer's, naming their authors (issue 14 item 8).
    const expected = original.map((segment) => ({
      ...segment,
      status: segment.notes.some((note) => note.status === "open") ? "flagged" : "unreviewed",
      notes: segment.notes.map((note) => (withAuthors && "author" in note ? { ...note, comment: `${note.comment} (note by ${note.author})`, author: admin.viewer.name } : note)),
    }));
    expect(await snapshot(imported.documentId, false, withAuthors)).toEqual(expected);
    const copy = await getPrisma().segment.findMany({ where: { documentId: imported.documentId }, select: { publishedText: true, currentText: true, confidence: true } });
    expect(copy.every((segment) => segment.publishedText === segment.currentText && segment.confidence === 1)).toBe(true);
  });
});
