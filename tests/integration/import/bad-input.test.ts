import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { readImportForm, readImportRequest, readImportSide, submitImport } from "@/lib/documents/import-upload";
import { describeError } from "@/lib/describe-error";
import { createUser } from "@/tests/factories/users";

const FRENCH = "Craig Mokhiber a démissionné fin octobre. Il dénonce les bombardements israéliens sur Gaza.\n\nAu moins 1 400 personnes ont été tuées dans les attaques du Hamas.\n";
const ENGLISH = "Craig Mokhiber resigned at the end of October. He denounces the Israeli bombings of Gaza.\n\nAt least 1,400 people were killed in Hamas attacks.\n";

async function counts() {
  const prisma = getPrisma();
  const [documents, segments, events, jobs] = await Promise.all([
    prisma.document.count(), prisma.segment.count(), prisma.historyEvent.count(), prisma.importJob.count(),
  ]);
  return { documents, segments, events, jobs };
}

/** The import page's form, as the browser posts it. */
function form(fields: { title?: string; source?: string | File; target?: string | File; allowLanguageMismatch?: boolean }): FormData {
  const data = new FormData();
  data.set("title", fields.title ?? "Mokhiber");
  data.set("provenance", "Le Monde, 2023");
  for (const [side, value] of [["source", fields.source ?? FRENCH], ["target", fields.target ?? ENGLISH]] as const) {
    if (typeof value === "string") data.set(`${side}Text`, value);
    else data.set(`${side}File`, value);
  }
  data.set("allowLanguageMismatch", String(fields.allowLanguageMismatch ?? false));
  return data;
}

async function submitForm(data: FormData) {
  const { viewer } = await createUser({ role: "editor" });
  return submitImport({ viewer, upload: await readImportForm(data) });
}

/** The error as the import page receives it (status, field messages). */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).not.toBeNull();
  return describeError(error);
}

describe("a bad import gets a clear error and stores nothing", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)]);
  const invalidUtf8 = new Uint8Array([...new TextEncoder().encode("Le caf"), 0x81, ...new TextEncoder().encode(" est fermé. Il pleut.")]);

  it.each([
    ["an empty French side", { source: " \n\n " }, "sourceText", /French source text is empty/],
    ["an empty English file", { target: new File([" \n"], "empty.txt") }, "targetText", /English file empty\.txt is empty/],
    ["a binary file", { source: new File([png], "scan.txt") }, "sourceText", /French file scan\.txt looks binary/],
    ["invalid UTF-8", { source: new File([invalidUtf8], "article.txt") }, "sourceText", /not valid UTF-8 \(byte 0x81 at offset 6\)/],
    ["a PDF", { target: new File(["%PDF-1.4"], "article.pdf") }, "targetText", /Upload a \.txt or \.md file for the English text \(article\.pdf is neither\)/],
    ["a missing title", { title: "  " }, "title", /Title is required/],
    ["a pasted NUL character", { target: "He resigned.\u0000" }, "targetText", /English text contains a NUL character/],
  ])("refuses %s", async (_name, fields, field, message) => {
    const before = await counts();
    const { status, body } = await refusal(submitForm(form(fields)));
    expect(status).toBe(422);
    expect(body.error.fields?.[field]?.join(" ")).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a 100 MB file before reading or decoding it", async () => {
    const before = await counts();
    // All NUL bytes: decoding would call it binary, so the size message shows the size was checked first.
    const huge = new Uint8Array(100 * 1024 * 1024);
    const { status, body } = await refusal(submitForm(form({ source: new File([huge], "book.txt") })));
    expect(status).toBe(422);
    expect(body.error.fields?.sourceText?.[0]).toMatch(/French file book\.txt is 100\.0 MB, over the 20\.0 MB limit/);
    expect(() => readImportSide({ pasted: "", file: { name: "book.txt", bytes: huge } }, "sourceText")).toThrow(/over the 20\.0 MB limit/);
    const request = new Request("http://localhost/import/submit", { method: "POST", headers: { "content-length": String(huge.length) }, body: "unread" });
    expect(await refusal(readImportRequest(request))).toMatchObject({ status: 413, message: expect.stringMatching(/100\.0 MB, over the 41 MB limit/) });
    expect(await counts()).toEqual(before);
  });

  it("warns about two English texts, storing nothing, and imports them once told to", async () => {
    const before = await counts();
    expect(await submitForm(form({ source: ENGLISH }))).toEqual({ outcome: "language-warning", message: "Both texts look English: the source should be French." });
    expect(await counts()).toEqual(before);
    const imported = await submitForm(form({ source: ENGLISH, allowLanguageMismatch: true }));
    expect(imported).toMatchObject({ outcome: "imported" });
  });
});

describe("importing from the import page", () => {
  it("refuses a request whose form was cut off in transit", async () => {
    const request = new Request("http://localhost/import/submit", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: "--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMokh",
    });
    expect(await refusal(readImportRequest(request))).toMatchObject({ status: 422, message: expect.stringMatching(/could not be read \(it may have been cut off\)/) });
  });

  it("decodes a Windows-1252 French file and a UTF-16 English file and imports them in the request", async () => {
    const windows1252 = Uint8Array.from(FRENCH, (char) => (char === "é" ? 0xe9 : char.charCodeAt(0)));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(ENGLISH).flatMap((char) => [char.charCodeAt(0), 0])]);
    const outcome = await submitForm(form({ source: new File([windows1252], "fr.txt"), target: new File([utf16], "en.md") }));
    expect(outcome).toMatchObject({ outcome: "imported", segmentCount: expect.any(Number) });
    const documentId = (outcome as { documentId: string }).documentId;
    const document = await getPrisma().document.findUniqueOrThrow({ where: { id: documentId }, include: { segments: { orderBy: { position: "asc" } } } });
    expect(document.provenance).toBe("Le Monde, 2023");
    expect(document.sourceLeading + document.segments.map((s) => s.sourceText + s.sourceSeparator).join("")).toBe(FRENCH);
    expect(document.targetLeading + document.segments.map((s) => s.publishedText + s.targetSeparator).join("")).toBe(ENGLISH);
  });

  it("refuses a translator before reading the texts", async () => {
    const { viewer } = await createUser({ role: "translator" });
    const before = await counts();
    await expect(submitImport({ viewer, upload: await readImportForm(form({})) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});
