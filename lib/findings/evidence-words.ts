import type { Evidence } from "@/lib/qa/types";

/** One evidence link as words: the French and the English it pairs, null for a word with no counterpart. */
export type EvidencePair = { source: string | null; target: string | null; score: number };

/**
 * The evidence's links as the words they point at in the segment's texts, in reading order of the
 * French (then the English). Links whose offsets fall outside the texts are left out.
 */
export function evidenceWords(evidence: Evidence, sourceText: string, targetText: string): EvidencePair[] {
  const slice = (text: string, span: { start: number; end: number } | null) =>
    span && span.start >= 0 && span.end <= text.length && span.start < span.end ? text.slice(span.start, span.end) : null;
  return evidence.links
    .map((link) => ({ link, source: slice(sourceText, link.source), target: slice(targetText, link.target) }))
    .filter(({ link, source, target }) => (link.source === null || source !== null) && (link.target === null || target !== null) && (source ?? target) !== null)
    .sort((a, b) => (a.link.source?.start ?? Infinity) - (b.link.source?.start ?? Infinity) || (a.link.target?.start ?? 0) - (b.link.target?.start ?? 0))
    .map(({ link, source, target }) => ({ source, target, score: link.score }));
}
