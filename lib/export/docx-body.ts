import { diffWords, type DiffKind } from "@/lib/diff/word-diff";
import { assertIncreasingPosition, bufferChunks } from "@/lib/exchange/chunks";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { escapeXmlText, xmlAttributes } from "@/lib/exchange/xml";

export type DocxBodyOptions = {
  /** Bytes before the first segment of the published English. */
  targetLeading: string;
  /** Revision date when a changed segment carries no approval record. */
  exportedAt: Date;
};

type Revision = { id: number; author: string; date: string };

const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*\r?\n/;
const wordDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Runs for `text`; a newline inside it becomes a line break in the same paragraph. */
function runs(text: string, textElement: "w:t" | "w:delText"): string {
  return text
    .split(/\r?\n/)
    .map((line, index) => {
      if (line === "" && index === 0) return "";
      const lineBreak = index > 0 ? "<w:br/>" : "";
      return `<w:r>${lineBreak}<${textElement} xml:space="preserve">${escapeXmlText(line)}</${textElement}></w:r>`;
    })
    .join("");
}

/** One diff part: plain runs, or runs wrapped in a single w:ins/w:del revision. */
function revisionXml(kind: DiffKind, text: string, revision: Revision | null): string {
  const content = runs(text, kind === "delete" ? "w:delText" : "w:t");
  if (kind === "equal" || content === "") return content;
  const element = kind === "insert" ? "w:ins" : "w:del";
  return `<${element}${xmlAttributes({ "w:id": revision!.id, "w:author": revision!.author, "w:date": revision!.date })}>${content}</${element}>`;
}

/** Accumulates body XML; a paragraph is opened lazily so one without runs is written `<w:p/>`. */
class BodyWriter {
  private xml = "";
  private isParagraphOpen = false;
  private nextRevisionId = 1;

  constructor(private readonly exportedAt: Date) {}

  /** Whitespace between segments: a blank line ends the paragraph, anything else stays as text. */
  addSeparator(separator: string): void {
    const [first, ...rest] = separator.split(PARAGRAPH_BREAK);
    this.push(runs(first, "w:t"));
    for (const part of rest) {
      this.endParagraph();
      this.push(runs(part, "w:t"));
    }
  }

  addSegment(segment: ExportSegment): void {
    if (segment.currentText === segment.publishedText) {
      this.push(runs(segment.publishedText, "w:t"));
      return;
    }
    const author = segment.approval?.approvedBy ?? "Recto";
    const date = wordDate(segment.approval?.approvedAt ?? this.exportedAt);
    for (const part of diffWords(segment.publishedText, segment.currentText)) {
      const revision = part.kind === "equal" ? null : { id: this.nextRevisionId++, author, date };
      this.push(revisionXml(part.kind, part.text, revision));
    }
  }

  endParagraph(): void {
    this.xml += this.isParagraphOpen ? "</w:p>" : "<w:p/>";
    this.isParagraphOpen = false;
  }

  /** The XML written since the last call. */
  take(): string {
    const xml = this.xml;
    this.xml = "";
    return xml;
  }

  private push(children: string): void {
    if (children === "") return;
    if (!this.isParagraphOpen) this.xml += "<w:p>";
    this.isParagraphOpen = true;
    this.xml += children;
  }
}

async function* pieces(segments: Source<ExportSegment>, options: DocxBodyOptions): AsyncGenerator<string> {
  const body = new BodyWriter(options.exportedAt);
  body.addSeparator(options.targetLeading.replace(/^\uFEFF/, ""));
  let previous: number | undefined;
  for await (const segment of segments) {
    assertIncreasingPosition(previous, segment.position);
    previous = segment.position;
    body.addSegment(segment);
    body.addSeparator(segment.targetSeparator);
    yield body.take();
  }
  body.endParagraph();
  yield body.take();
}

/**
 * Streams the w:body paragraphs of the published English, where each approved correction is a
 * Word revision (w:ins/w:del, ids counting from 1) by the approving editor at the approval date.
 * Paragraphs follow the blank lines of the English; a single newline becomes a line break. A
 * paragraph is never held whole, so one without blank lines still streams.
 */
export function writeDocxBody(segments: Source<ExportSegment>, options: DocxBodyOptions): AsyncGenerator<string> {
  return bufferChunks(pieces(segments, options));
}
