import { findRendering, findTerm, termEntries } from "./term-match";
import type { GlossaryEntry, Span } from "./types";

export type GlossaryMatch = {
  entryId: string;
  sourceTerm: string;
  targetTerms: string[];
  note: string;
  /** Where the French term is in the source. */
  sourceSpan: Span;
  /** Where one of its required renderings is in the target; null when the target lacks them all. */
  targetSpan: Span | null;
};

/**
 * The glossary's terms found in a segment's source, each with the rendering found in its target
 * (accent-, case- and plural-insensitive, lib/qa/term-match.ts), in source order.
 */
export function findGlossaryMatches(source: string, target: string, glossary: GlossaryEntry[]): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  for (const entry of termEntries(glossary)) {
    const sourceSpan = findTerm(source, entry.sourceTerm, "fr");
    if (!sourceSpan) continue;
    const rendering = findRendering(target, entry);
    matches.push({ entryId: entry.id, sourceTerm: entry.sourceTerm, targetTerms: entry.targetTerms, note: entry.note ?? "", sourceSpan, targetSpan: rendering?.span ?? null });
  }
  return matches.sort((a, b) => a.sourceSpan.start - b.sourceSpan.start);
}
