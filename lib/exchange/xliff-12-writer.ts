import { writeOrdered } from "@/lib/exchange/chunks";
import { formatIssueNote, notePriority, RECTO_NAMESPACE, XLIFF_12_STATES } from "@/lib/exchange/states";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { escapeXmlText, xmlAttributes } from "@/lib/exchange/xml";

export type XliffOptions = {
  /** Document name, written as the file's `original`. */
  original: string;
  sourceLanguage?: string;
  targetLanguage?: string;
};

function header(options: XliffOptions): string {
  const file = xmlAttributes({
    original: options.original,
    "source-language": options.sourceLanguage ?? "fr",
    "target-language": options.targetLanguage ?? "en",
    datatype: "plaintext",
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:recto="${RECTO_NAMESPACE}">\n` +
    `  <file${file}>\n    <body>\n`
  );
}

/** One trans-unit; XLIFF 1.2 cannot carry control characters, so they become U+FFFD. */
export function transUnit(segment: ExportSegment): string {
  const unit = xmlAttributes({
    id: segment.position,
    approved: segment.status === "approved" ? "yes" : "no",
    "xml:space": "preserve",
    "recto:status": segment.status,
  });
  const target = xmlAttributes({ state: XLIFF_12_STATES[segment.status] });
  const notes = (segment.issues ?? []).map((issue) => {
    // `from="translator"` is what translate-toolkit (and Weblate through it) keeps as a comment.
    const note = xmlAttributes({
      from: "translator",
      priority: notePriority(issue.severity),
      annotates: "target",
      "recto:author": issue.authorName,
    });
    return `        <note${note}>${escapeXmlText(formatIssueNote(issue))}</note>\n`;
  });
  return (
    `      <trans-unit${unit}>\n` +
    `        <source>${escapeXmlText(segment.sourceText)}</source>\n` +
    `        <target${target}>${escapeXmlText(segment.currentText)}</target>\n` +
    notes.join("") +
    "      </trans-unit>\n"
  );
}

/** Streams XLIFF 1.2: French source, corrected English target, state per segment, issues as notes. */
export function writeXliff12(segments: Source<ExportSegment>, options: XliffOptions): AsyncGenerator<string> {
  return writeOrdered(segments, { header: header(options), piece: transUnit, footer: "    </body>\n  </file>\n</xliff>\n" });
}
