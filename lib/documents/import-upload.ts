import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { DEFAULT_MAX_TEXT_BYTES, DecodeTextError, decodeText } from "@/lib/documents/decode-text";
import { checkLanguagePair } from "@/lib/documents/detect-language";
import { startImportJob } from "@/lib/documents/import-job";
import { importDocument } from "@/lib/documents/mutations";
import { importDocumentSchema } from "@/lib/documents/schema";
import { AppError } from "@/lib/errors";
import { readCappedForm } from "@/lib/request-body";

/**
 * Above this many characters on either side the import runs as a background job. 300,000 characters
 * is about 2,000 sentences (45,000 words): aligning and storing that takes a couple of seconds, so
 * smaller imports answer in the request and larger ones show a progress bar instead.
 */
export const BACKGROUND_IMPORT_CHARS = 300_000;
/** Largest uploaded file per side (bytes), as decodeText allows. */
export const MAX_UPLOAD_BYTES = DEFAULT_MAX_TEXT_BYTES;
/** Largest import request: two full-size files plus the form fields. */
export const MAX_IMPORT_REQUEST_BYTES = 2 * MAX_UPLOAD_BYTES + 1024 * 1024;

const UPLOAD_EXTENSIONS = /\.(txt|md|markdown)$/i;

export type UploadedFile = { name: string; bytes: Uint8Array };
/** One side as the form sends it: pasted text, or an uploaded file (then the paste must be empty). */
export type ImportSideUpload = { pasted: string; file: UploadedFile | null };
export type ImportUpload = { title: string; provenance: string; allowLanguageMismatch: boolean; source: ImportSideUpload; target: ImportSideUpload };

export type ImportOutcome =
  | { outcome: "imported"; documentId: string; segmentCount: number }
  | { outcome: "queued"; jobId: string }
  | { outcome: "language-warning"; message: string };

type Field = "sourceText" | "targetText";
const SIDE_LABEL: Record<Field, string> = { sourceText: "French", targetText: "English" };

function fieldError(field: Field, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

const formFields = z.object({
  title: z.string().default(""),
  provenance: z.string().default(""),
  allowLanguageMismatch: z.enum(["true", "false"]).default("false"),
});

/**
 * The import form's FormData (fields title, provenance, sourceText/sourceFile, targetText/targetFile,
 * allowLanguageMismatch) as plain data. A file over the size limit is refused before it is read.
 */
export async function readImportForm(form: FormData): Promise<ImportUpload> {
  const scalar = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
  const fields = formFields.parse({ title: scalar("title"), provenance: scalar("provenance"), allowLanguageMismatch: scalar("allowLanguageMismatch") });
  const side = async (field: Field, fileField: string): Promise<ImportSideUpload> => {
    const file = form.get(fileField);
    if (!(file instanceof File) || file.size === 0) return { pasted: scalar(field) ?? "", file: null };
    assertUploadSize(field, file.name, file.size);
    return { pasted: scalar(field) ?? "", file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  };
  return {
    title: fields.title,
    provenance: fields.provenance,
    allowLanguageMismatch: fields.allowLanguageMismatch === "true",
    source: await side("sourceText", "sourceFile"),
    target: await side("targetText", "targetFile"),
  };
}

function assertUploadSize(field: Field, name: string, size: number): void {
  if (size <= MAX_UPLOAD_BYTES) return;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  throw fieldError(field, `The ${SIDE_LABEL[field]} file ${name} is ${megabytes(size)}, over the ${megabytes(MAX_UPLOAD_BYTES)} limit; split it into smaller documents.`);
}

/** Text of one side: the paste as is, or the file decoded (UTF-8, UTF-16, Windows-1252); a field error otherwise. */
export function readImportSide(side: ImportSideUpload, field: Field): string {
  if (!side.file) {
    // PostgreSQL text and jsonb cannot hold NUL; files with one are refused as binary by decodeText.
    if (side.pasted.includes("\u0000")) throw fieldError(field, `The ${SIDE_LABEL[field]} text contains a NUL character; paste plain text.`);
    return side.pasted;
  }
  const { name, bytes } = side.file;
  if (side.pasted.trim() !== "") throw fieldError(field, `Paste the ${SIDE_LABEL[field]} text or upload a file, not both.`);
  if (!UPLOAD_EXTENSIONS.test(name)) throw fieldError(field, `Upload a .txt or .md file for the ${SIDE_LABEL[field]} text (${name} is neither).`);
  assertUploadSize(field, name, bytes.length);
  try {
    return decodeText(bytes, { label: `the ${SIDE_LABEL[field]} file ${name}`, maxBytes: MAX_UPLOAD_BYTES }).text;
  } catch (error) {
    if (error instanceof DecodeTextError) throw fieldError(field, error.message);
    throw error;
  }
}

function readSides(upload: ImportUpload) {
  const issues: z.core.$ZodIssue[] = [];
  const read = (side: ImportSideUpload, field: Field) => {
    try {
      return readImportSide(side, field);
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      issues.push(...error.issues);
      return null;
    }
  };
  const sourceText = read(upload.source, "sourceText");
  const targetText = read(upload.target, "targetText");
  return { sourceText, targetText, issues };
}

/**
 * The import use case behind the import page: decode both sides, validate every field (all field
 * errors at once, as a ZodError), warn about the language pair unless the user chose "Import anyway",
 * then import in the request or, above BACKGROUND_IMPORT_CHARS, as a background job.
 */
export async function submitImport(options: { viewer: Viewer; upload: ImportUpload }): Promise<ImportOutcome> {
  const { viewer, upload } = options;
  assertCan(viewer, "document.import");
  const { sourceText, targetText, issues } = readSides(upload);
  const parsed = importDocumentSchema.safeParse({
    title: upload.title, provenance: upload.provenance, allowLanguageMismatch: upload.allowLanguageMismatch,
    sourceText: sourceText ?? "placeholder", targetText: targetText ?? "placeholder",
  });
  if (!parsed.success) issues.push(...parsed.error.issues);
  if (issues.length > 0 || !parsed.success) throw new z.ZodError(issues);
  const input = parsed.data;
  if (!input.allowLanguageMismatch) {
    const problem = checkLanguagePair(input.sourceText, input.targetText);
    if (problem) return { outcome: "language-warning", message: problem };
  }
  if (Math.max(input.sourceText.length, input.targetText.length) > BACKGROUND_IMPORT_CHARS) {
    return { outcome: "queued", ...(await startImportJob({ viewer, input: { ...input, allowLanguageMismatch: true } })) };
  }
  const result = await importDocument({ viewer, input: { ...input, allowLanguageMismatch: true } });
  return { outcome: "imported", ...result };
}

/**
 * The import page's POST: the role is checked before a byte of the body is read, then the form is
 * read with a byte cap (a chunked upload has no declared size) and submitted.
 */
export async function submitImportRequest(options: { viewer: Viewer; request: Request }): Promise<ImportOutcome> {
  assertCan(options.viewer, "document.import");
  const form = await readCappedForm(options.request, MAX_IMPORT_REQUEST_BYTES, tooLargeImport);
  return submitImport({ viewer: options.viewer, upload: await readImportForm(form) });
}

/** The import form of a POST request, read with the byte cap (TOO_LARGE past MAX_IMPORT_REQUEST_BYTES). */
export async function readImportRequest(request: Request): Promise<ImportUpload> {
  return readImportForm(await readCappedForm(request, MAX_IMPORT_REQUEST_BYTES, tooLargeImport));
}

const tooLargeImport = (bytes: number, isDeclared: boolean) =>
  new AppError({
    code: "TOO_LARGE",
    message: `The upload is ${isDeclared ? "" : "over "}${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMPORT_REQUEST_BYTES / 1024 / 1024} MB limit for one import; each text may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it into smaller documents.`,
  });
