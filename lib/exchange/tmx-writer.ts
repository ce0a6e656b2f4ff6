import { writeOrdered } from "@/lib/exchange/chunks";
import { formatIssueNote } from "@/lib/exchange/states";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { escapeXmlText, xmlAttributes } from "@/lib/exchange/xml";

export type TmxOptions = { sourceLanguage?: string; targetLanguage?: string; toolVersion?: string };

/** TMX dates are UTC basic ISO 8601: 20231028T140000Z. */
export function toTmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function header(options: TmxOptions): string {
  const attributes = xmlAttributes({
    creationtool: "Recto",
    creationtoolversion: options.toolVersion ?? "0.1.0",
    segtype: "sentence",
    "o-tmf": "Recto",
    adminlang: "en",
    srclang: options.sourceLanguage ?? "fr",
    datatype: "plaintext",
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' + `  <header${attributes}/>\n  <body>\n`;
}

export function translationUnit(segment: ExportSegment, options: TmxOptions): string {
  const approval = segment.approval;
  const attributes = xmlAttributes({
    tuid: segment.position,
    changeid: approval?.approvedBy,
    changedate: approval ? toTmxDate(approval.approvedAt) : undefined,
  });
  const notes = (segment.issues ?? []).map((issue) => `      <note>${escapeXmlText(formatIssueNote(issue))}</note>\n`);
  const variant = (language: string, text: string) =>
    `      <tuv${xmlAttributes({ "xml:lang": language })}><seg>${escapeXmlText(text)}</seg></tuv>\n`;
  return (
    `    <tu${attributes}>\n` +
    notes.join("") +
    `      <prop type="x-recto-status">${segment.status}</prop>\n` +
    variant(options.sourceLanguage ?? "fr", segment.sourceText) +
    variant(options.targetLanguage ?? "en", segment.currentText) +
    "    </tu>\n"
  );
}

/** Streams a TMX 1.4b memory of approved segment pairs only (others are skipped). */
export function writeTmx(segments: Source<ExportSegment>, options: TmxOptions = {}): AsyncGenerator<string> {
  const piece = (segment: ExportSegment) => (segment.status === "approved" ? translationUnit(segment, options) : "");
  return writeOrdered(segments, { header: header(options), piece, footer: "  </body>\n</tmx>\n" });
}
