import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { recordEvent } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { IMPORTED_SEGMENT_STATUS, importedNoteIssue, languagePairProblem } from "@/lib/documents/bilingual-trust";
import { decodeText, DecodeTextError } from "@/lib/documents/decode-text";
import type { ImportResult } from "@/lib/documents/mutations";
import { AppError } from "@/lib/errors";
import { CsvReadError, readBilingualCsv } from "@/lib/export/csv-reader";
import { importBilingualSchema, MAX_BILINGUAL_BYTES, type ImportBilingualInput } from "@/lib/export/schema";
import { readTmx } from "@/lib/export/tmx-reader";
import type { BilingualFile, BilingualUnit } from "@/lib/export/types";
import { readXliff } from "@/lib/export/xliff-reader";
import { XmlReadError } from "@/lib/export/xml-reader";

export type BilingualImportResult = ImportResult & { format: "xliff" | "tmx" | "csv"; issueCount: number; skippedUnits: number };

/** Units with text on neither side carry nothing to review; they are counted, not stored. */
const isEmptyUnit = (unit: BilingualUnit) => unit.source === "" && !unit.target;

function readFile(fileName: string, bytes: Uint8Array): { format: BilingualImportResult["format"]; file: BilingualFile } {
  const extension = fileName.split(".").pop()!.toLowerCase();
  try {
    const { text } = decodeText(bytes, { label: `file ${fileName}`, maxBytes: MAX_BILINGUAL_BYTES });
    if (extension === "tmx") return { format: "tmx", file: readTmx(text) };
    if (extension === "csv" || extension === "tsv") return { format: "csv", file: readBilingualCsv(text) };
    return { format: "xliff", file: readXliff(text) };
  } catch (error) {
    const isExpected = error instanceof XmlReadError || error instanceof CsvReadError || error instanceof DecodeTextError || /^XLIFF: /.test((error as Error).message);
    if (!isExpected) throw error;
    const position = error instanceof XmlReadError ? { line: error.line, column: error.column } : undefined;
    throw new AppError({ code: "VALIDATION", message: `${fileName}: ${(error as Error).message}`, details: position });
  }
}

const segmentKind = (unit: BilingualUnit) => (unit.source === "" ? "0-1" : unit.target ? "1-1" : "1-0");

const primaryLanguage = (language: string | null, fallback: string) => (language ? language.toLowerCase().split(/[-_]/)[0] : fallback);

/**
 * Imports an XLIFF 1.2/2.0, TMX, CSV or TSV file as one document whose segments are the file's
 * aligned units, in one transaction: on any error nothing is stored. Malformed XML is a
 * VALIDATION error naming the line and column. Segments are separated by blank lines.
 */
export async function importBilingualFile(options: { viewer: Viewer; input: ImportBilingualInput }): Promise<BilingualImportResult> {
  const { viewer } = options;
  assertCan(viewer, "document.import");
  const input = importBilingualSchema.parse(options.input);
  if (input.bytes.length > MAX_BILINGUAL_BYTES) {
    throw new AppError({ code: "TOO_LARGE", message: `${input.fileName} is over the ${MAX_BILINGUAL_BYTES / 1024 / 1024} MB limit; split it first.` });
  }
  const { format, file } = readFile(input.fileName, input.bytes);
  const languageProblem = languagePairProblem(file, input.fileName);
  if (languageProblem) throw new AppError({ code: "VALIDATION", message: languageProblem });
  const units = file.units.filter((unit) => !isEmptyUnit(unit));
  if (units.length === 0) throw new AppError({ code: "VALIDATION", message: `${input.fileName} has no translation units with text.` });
  return getPrisma().$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          title: input.title,
          provenance: input.provenance || `Imported from ${input.fileName}`,
          sourceLanguage: primaryLanguage(file.sourceLanguage, "fr"),
          targetLanguage: primaryLanguage(file.targetLanguage, "en"),
          createdById: viewer.userId,
        },
        select: { id: true },
      });
      const segments = await tx.segment.createManyAndReturn({
        data: units.map((unit, position) => ({
          documentId: document.id,
          position,
          sourceText: unit.source,
          publishedText: unit.target ?? "",
          currentText: unit.target ?? "",
          sourceSeparator: position === units.length - 1 ? "" : "\n\n",
          targetSeparator: position === units.length - 1 ? "" : "\n\n",
          kind: segmentKind(unit),
          confidence: 1,
          status: IMPORTED_SEGMENT_STATUS,
        })),
        select: { id: true, position: true },
      });
      const issues = segments.flatMap((segment) =>
        units[segment.position].notes.map((note) => ({ documentId: document.id, segmentId: segment.id, segmentVersion: 1, ...importedNoteIssue(note, viewer.userId) })),
      );
      if (issues.length > 0) await tx.issue.createMany({ data: issues });
      const skippedUnits = file.units.length - units.length;
      await recordEvent(tx, {
        actorId: viewer.userId,
        action: "document.import",
        entityType: "document",
        entityId: document.id,
        documentId: document.id,
        after: { title: input.title, format, fileName: input.fileName, segments: units.length, issues: issues.length, skippedUnits },
      });
      return { documentId: document.id, segmentCount: units.length, format, issueCount: issues.length, skippedUnits };
    },
    { timeout: 120_000 },
  );
}
