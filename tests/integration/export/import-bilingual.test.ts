import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { closeIssue } from "@/lib/review/mutations";
import { createUser } from "@/tests/factories/users";

const bytes = (text: string) => new TextEncoder().encode(text);

async function counts() {
  const prisma = getPrisma();
  const [documents, segments, issues, events] = await Promise.all([prisma.document.count(), prisma.segment.count(), prisma.issue.count(), prisma.historyEvent.count()]);
  return { documents, segments, issues, events };
}

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="fr-FR" target-language="en-GB" datatype="plaintext">
    <body>
      <trans-unit id="a"><source>Il a démissionné.</source><target state="translated">He resigned.</target>
        <note from="developer">Date of the letter</note></trans-unit>
      <trans-unit id="b"><source>Bonjour</source><target state="needs-review-translation"></target></trans-unit>
      <trans-unit id="c"><source>Fin</source><target state="signed-off">End</target></trans-unit>
    </body>
  </file>
</xliff>`;

describe("importing a bilingual file", () => {
  it("stores the units as unreviewed segments with kinds and notes (flagged where a note is open), and records the import", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const result = await importBilingualFile({ viewer, input: { title: "From a CAT tool", fileName: "a.xlf", bytes: bytes(XLIFF) } });
    expect(result).toMatchObject({ format: "xliff", segmentCount: 3, issueCount: 1, skippedUnits: 0 });
    const prisma = getPrisma();
    const document = await prisma.document.findUniqueOrThrow({
      where: { id: result.documentId },
      select: { sourceLanguage: true, targetLanguage: true, segments: { orderBy: { position: "asc" }, select: { sourceText: true, publishedText: true, kind: true, status: true, targetSeparator: true, issues: true } } },
    });
    expect(document).toMatchObject({ sourceLanguage: "fr", targetLanguage: "en" });
    expect(document.segments.map((s) => [s.sourceText, s.publishedText, s.kind, s.status])).toEqual([
      ["Il a démissionné.", "He resigned.", "1-1", "flagged"],
      ["Bonjour", "", "1-0", "unreviewed"],
      ["Fin", "End", "1-1", "unreviewed"],
    ]);
    expect(document.segments.map((s) => s.targetSeparator)).toEqual(["\n\n", "\n\n", ""]);
    expect(document.segments[0].issues).toMatchObject([{ category: "source_issue", severity: "neutral", status: "open", comment: "Date of the letter (note by developer)", authorId: viewer.userId }]);
    const events = await prisma.historyEvent.findMany({ where: { documentId: result.documentId } });
    expect(events).toMatchObject([{ action: "document.import", actorId: viewer.userId, after: { format: "xliff", fileName: "a.xlf", segments: 3 } }]);
  });

  it("speaks for the importer only: no approved segments, no notes in a colleague's name", async () => {
    const colleague = await createUser({ role: "editor", name: `Eddie Editor ${Date.now()}` });
    const { viewer } = await createUser({ role: "editor" });
    const xliff = XLIFF.replace('<note from="developer">', `<note from="${colleague.viewer.name}">`).replace('state="translated"', 'state="final"');
    const result = await importBilingualFile({ viewer, input: { title: "Claims", fileName: "claims.xlf", bytes: bytes(xliff) } });
    const segments = await getPrisma().segment.findMany({ where: { documentId: result.documentId }, select: { status: true } });
    expect(segments.map((segment) => segment.status)).toEqual(["flagged", "unreviewed", "unreviewed"]);
    const issues = await getPrisma().issue.findMany({ where: { documentId: result.documentId }, select: { authorId: true, comment: true } });
    expect(issues).toEqual([{ authorId: viewer.userId, comment: `Date of the letter (note by ${colleague.viewer.name})` }]);
    expect(await getPrisma().suggestion.count({ where: { documentId: result.documentId } })).toBe(0);
  });

  it("enters its open notes through the transitions table, so an editor can close them and the segment settles", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const result = await importBilingualFile({ viewer, input: { title: "Notes", fileName: "notes.xlf", bytes: bytes(XLIFF) } });
    const issue = await getPrisma().issue.findFirstOrThrow({ where: { documentId: result.documentId }, select: { id: true, segmentId: true } });
    await closeIssue({ viewer, input: { issueId: issue.id, status: "resolved", reason: "Checked the date" } });
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: issue.segmentId }, select: { status: true } })).toEqual({ status: "unreviewed" });
  });

  it("takes a file whose tool declared the wrong languages when its text is French → English (po2xliff writes en-US)", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-US" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="x" creationtoolversion="1"/>
      <body><tu><tuv xml:lang="en-US"><seg>Il s’agit d’une lettre de démission peu relayée par les médias.</seg></tuv><tuv xml:lang="en-US"><seg>It is a resignation letter that the media have hardly reported.</seg></tuv></tu></body></tmx>`;
    const result = await importBilingualFile({ viewer, input: { title: "Declared en-US", fileName: "po2xliff.tmx", bytes: bytes(tmx) } });
    expect(await getPrisma().document.findUniqueOrThrow({ where: { id: result.documentId }, select: { sourceLanguage: true, targetLanguage: true } })).toEqual({ sourceLanguage: "fr", targetLanguage: "en" });
  });

  it("refuses a TMX whose languages are not French → English, storing nothing", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const before = await counts();
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="de" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="x" creationtoolversion="1"/>
      <body><tu><tuv xml:lang="de"><seg>Guten Tag</seg></tuv><tuv xml:lang="ru"><seg>Добрый день</seg></tuv></tu></body></tmx>`;
    await expect(importBilingualFile({ viewer, input: { title: "German", fileName: "de-ru.tmx", bytes: bytes(tmx) } }))
      .rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/de-ru\.tmx is de → ru; .*French → English/) });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["CSV", "pairs.csv", "source,target,note\nBonjour,Hello,\n,Only English,\n\"Virgule, ici\",\"Comma, here\",check\n"],
    ["TSV", "pairs.tsv", "fr\ten\nBonjour\tHello\n\tOnly English\nVirgule, ici\tComma, here\n"],
  ])("reads %s with source and target columns", async (_name, fileName, text) => {
    const { viewer } = await createUser({ role: "admin" });
    const result = await importBilingualFile({ viewer, input: { title: "Pairs", fileName, bytes: bytes(text) } });
    const segments = await getPrisma().segment.findMany({ where: { documentId: result.documentId }, orderBy: { position: "asc" }, select: { sourceText: true, publishedText: true, kind: true } });
    expect(segments).toEqual([
      { sourceText: "Bonjour", publishedText: "Hello", kind: "1-1" },
      { sourceText: "", publishedText: "Only English", kind: "0-1" },
      { sourceText: "Virgule, ici", publishedText: "Comma, here", kind: "1-1" },
    ]);
  });

  it("refuses malformed XML naming the line and column, storing nothing", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const before = await counts();
    const broken = XLIFF.replace("<target state=\"signed-off\">End</target>", "<target state=\"signed-off\">End</targ>");
    const attempt = importBilingualFile({ viewer, input: { title: "Broken", fileName: "broken.xlf", bytes: bytes(broken) } });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/^broken\.xlf: XLIFF is not well-formed XML at line 8, column \d+/), details: { line: 8 } });
    const tmx = importBilingualFile({ viewer, input: { title: "Broken", fileName: "broken.tmx", bytes: bytes("<tmx version=\"1.4\">\n<body><tu><tuv xml:lang=\"fr\"><seg>a & b</seg></tuv></tu></body></tmx>") } });
    await expect(tmx).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/line 2, column \d+/) });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["an empty XLIFF", "empty.xlf", '<xliff version="1.2"><file><body/></file></xliff>', /has no translation units/],
    ["a non-XLIFF root", "page.xlf", "<html><body/></html>", /expected an <xliff> root element/],
    ["a binary file", "binary.tmx", "\u0000\u0001\u0002", /looks binary/],
  ])("refuses %s with a clear message, storing nothing", async (_name, fileName, text, message) => {
    const { viewer } = await createUser({ role: "editor" });
    const before = await counts();
    await expect(importBilingualFile({ viewer, input: { title: "Bad", fileName, bytes: bytes(text) } })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(message) });
    expect(await counts()).toEqual(before);
  });

  it("refuses a translator and an unknown file type", async () => {
    const translator = await createUser({ role: "translator" });
    await expect(importBilingualFile({ viewer: translator.viewer, input: { title: "T", fileName: "a.xlf", bytes: bytes(XLIFF) } })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/document\.import/) });
    const editor = await createUser({ role: "editor" });
    await expect(importBilingualFile({ viewer: editor.viewer, input: { title: "T", fileName: "a.docx", bytes: bytes(XLIFF) } })).rejects.toThrow(/must end in \.xlf/);
  });
});
