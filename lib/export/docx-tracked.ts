import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { diffWords } from "@/lib/diff/word-diff";
import type { ExportSegment, Source } from "@/lib/export/types";
import { replaceForbiddenXmlCharacters } from "@/lib/export/xml";

export type TrackedDocxOptions = {
  title: string;
  /** Bytes before the first segment of the published English. */
  targetLeading: string;
  /** Revision date when a changed segment carries no approval record. */
  exportedAt: Date;
};

type Revision = { id: number; author: string; date: string };
type RunKind = "equal" | "insert" | "delete";

const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*\r?\n/;
const wordDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Runs for `text`; a newline inside it becomes a line break in the same paragraph. */
function runs(text: string, kind: RunKind, revision: Revision | null): ParagraphChild[] {
  return text.split(/\r?\n/).flatMap((line, index): ParagraphChild[] => {
    if (line === "" && index === 0) return [];
    const options = { text: replaceForbiddenXmlCharacters(line), break: index > 0 ? 1 : undefined };
    if (kind === "insert") return [new InsertedTextRun({ ...options, ...revision! })];
    if (kind === "delete") return [new DeletedTextRun({ ...options, ...revision! })];
    return [new TextRun(options)];
  });
}

class ParagraphBuilder {
  readonly paragraphs: Paragraph[] = [];
  private children: ParagraphChild[] = [];
  private nextRevisionId = 1;

  constructor(private readonly options: TrackedDocxOptions) {}

  /** Whitespace between segments: a blank line ends the paragraph, anything else stays as text. */
  addSeparator(separator: string): void {
    const [first, ...rest] = separator.split(PARAGRAPH_BREAK);
    this.children.push(...runs(first, "equal", null));
    for (const part of rest) {
      this.endParagraph();
      this.children.push(...runs(part, "equal", null));
    }
  }

  addSegment(segment: ExportSegment): void {
    if (segment.currentText === segment.publishedText) {
      this.children.push(...runs(segment.publishedText, "equal", null));
      return;
    }
    const author = segment.approval?.approvedBy ?? "Recto";
    const date = wordDate(segment.approval?.approvedAt ?? this.options.exportedAt);
    for (const part of diffWords(segment.publishedText, segment.currentText)) {
      const revision = part.kind === "equal" ? null : { id: this.nextRevisionId++, author, date };
      this.children.push(...runs(part.text, part.kind, revision));
    }
  }

  endParagraph(): void {
    this.paragraphs.push(new Paragraph({ children: this.children }));
    this.children = [];
  }
}

/**
 * Builds a DOCX of the published English where each approved correction is a Word revision
 * (w:ins/w:del) by the approving editor at the approval date; paragraphs follow the blank
 * lines of the English. The docx library assembles the file in memory, so this returns a Buffer.
 */
export async function writeTrackedDocx(segments: Source<ExportSegment>, options: TrackedDocxOptions): Promise<Buffer> {
  const builder = new ParagraphBuilder(options);
  builder.addSeparator(options.targetLeading.replace(/^\uFEFF/, ""));
  for await (const segment of segments) {
    builder.addSegment(segment);
    builder.addSeparator(segment.targetSeparator);
  }
  builder.endParagraph();
  const document = new Document({
    title: options.title,
    creator: "Recto",
    features: { trackRevisions: true },
    sections: [{ children: builder.paragraphs }],
  });
  return Packer.toBuffer(document);
}
