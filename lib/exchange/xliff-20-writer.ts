import { writeOrdered } from "@/lib/exchange/chunks";
import { formatIssueNote, notePriority, RECTO_NAMESPACE, SUB_STATE_PREFIX, XLIFF_20_STATES } from "@/lib/exchange/states";
import type { ExportSegment, Source } from "@/lib/exchange/types";
import { escapeXmlText, xmlAttributes } from "@/lib/exchange/xml";
import type { XliffOptions } from "@/lib/exchange/xliff-12-writer";

/** XLIFF 2.0 keeps characters XML 1.0 forbids as `<cp hex="…"/>`. */
function escapeContent(text: string): string {
  return escapeXmlText(text, (character) => {
    const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return `<cp hex="${hex}"/>`;
  });
}

function header(options: XliffOptions): string {
  const root = xmlAttributes({ srcLang: options.sourceLanguage ?? "fr", trgLang: options.targetLanguage ?? "en" });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:recto="${RECTO_NAMESPACE}" version="2.0"${root}>\n` +
    `  <file${xmlAttributes({ id: "f1", original: options.original })}>\n`
  );
}

function notes(segment: ExportSegment): string {
  const issues = segment.issues ?? [];
  if (issues.length === 0) return "";
  const lines = issues.map((issue, i) => {
    const attributes = xmlAttributes({
      id: `n${i + 1}`,
      appliesTo: "target",
      category: issue.category,
      priority: notePriority(issue.severity),
      "recto:author": issue.authorName,
    });
    return `        <note${attributes}>${escapeContent(formatIssueNote(issue))}</note>\n`;
  });
  return `      <notes>\n${lines.join("")}      </notes>\n`;
}

/** One unit holding one segment; the exact Recto status rides in `subState`. */
export function unit(segment: ExportSegment): string {
  const state = xmlAttributes({
    state: XLIFF_20_STATES[segment.status],
    subState: `${SUB_STATE_PREFIX}${segment.status}`,
  });
  return (
    `    <unit${xmlAttributes({ id: segment.position, "xml:space": "preserve" })}>\n` +
    notes(segment) +
    `      <segment${state}>\n` +
    `        <source>${escapeContent(segment.sourceText)}</source>\n` +
    `        <target>${escapeContent(segment.currentText)}</target>\n` +
    "      </segment>\n    </unit>\n"
  );
}

/** Streams XLIFF 2.0: French source, corrected English target, state per segment, issues as notes. */
export function writeXliff20(segments: Source<ExportSegment>, options: XliffOptions): AsyncGenerator<string> {
  return writeOrdered(segments, { header: header(options), piece: unit, footer: "  </file>\n</xliff>\n" });
}
