import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { writeDocxBody } from "@/lib/export/docx-body";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { appendText } from "@/lib/export/zip-entry";

export type TrackedDocxOptions = {
  title: string;
  /** Bytes before the first segment of the published English. */
  targetLeading: string;
  /** Revision date when a changed segment carries no approval record. */
  exportedAt: Date;
};

const DOCUMENT_PART = "word/document.xml";
const CONTENT_TYPES_PART = "[Content_Types].xml";
const PARAGRAPH_START = "<w:p>";
const PARAGRAPH_END = "</w:p>";

type Skeleton = { parts: Record<string, Uint8Array>; head: string; tail: string };

/** `xml` around the one paragraph holding `marker`, which is left out. */
function splitAtMarkerParagraph(xml: string, marker: string): { head: string; tail: string } {
  const [before, after, ...extra] = xml.split(marker);
  const start = before.lastIndexOf(PARAGRAPH_START);
  const end = after?.indexOf(PARAGRAPH_END) ?? -1;
  if (after === undefined || extra.length > 0 || start < 0 || end < 0) {
    throw new Error(`The docx library's ${DOCUMENT_PART} no longer holds the marker paragraph exactly once; adapt the tracked DOCX skeleton to its output`);
  }
  return { head: before.slice(0, start), tail: after.slice(end + PARAGRAPH_END.length) };
}

/** The package parts of a one-paragraph tracked-changes document, its document part split where the body goes. */
async function buildSkeleton(title: string): Promise<Skeleton> {
  const marker = `recto-body-${randomUUID()}`;
  const document = new Document({
    title,
    creator: "Recto",
    features: { trackRevisions: true },
    sections: [{ children: [new Paragraph({ children: [new TextRun(marker)] })] }],
  });
  const parts = unzipSync(await Packer.toBuffer(document));
  const documentXml = parts[DOCUMENT_PART];
  if (!documentXml) throw new Error(`The docx library's package has no ${DOCUMENT_PART}`);
  return { parts, ...splitAtMarkerParagraph(strFromU8(documentXml), marker) };
}

async function* documentXml(skeleton: Skeleton, body: AsyncIterable<string>): AsyncGenerator<string> {
  yield skeleton.head;
  yield* body;
  yield skeleton.tail;
}

async function fill(archive: ZipArchive, segments: Source<ExportSegment>, options: TrackedDocxOptions): Promise<void> {
  const skeleton = await buildSkeleton(options.title);
  const date = options.exportedAt;
  // Readers that sniff the package expect the content types first; docx writes them last.
  const names = Object.keys(skeleton.parts).sort((a, b) => Number(b === CONTENT_TYPES_PART) - Number(a === CONTENT_TYPES_PART));
  for (const name of names) {
    if (name === DOCUMENT_PART) {
      appendText(archive, documentXml(skeleton, writeDocxBody(segments, options)), { name, date });
    } else {
      archive.append(Buffer.from(skeleton.parts[name]), { name, date });
    }
  }
  await archive.finalize();
}

/**
 * Streams a DOCX of the published English where each approved correction is a Word revision
 * (w:ins/w:del) by the approving editor at the approval date; paragraphs follow the blank
 * lines of the English. The `docx` library builds only the small package parts; the body is
 * generated segment by segment, so memory stays flat whatever the length. Failures (including
 * the segment source's) surface as the stream's error.
 */
export function writeTrackedDocx(segments: Source<ExportSegment>, options: TrackedDocxOptions): Readable {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  fill(archive, segments, options).catch((error: unknown) => archive.destroy(error instanceof Error ? error : new Error(String(error))));
  return archive;
}
