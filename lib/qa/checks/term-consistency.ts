import { findRendering, findTerm, termEntries } from "../term-match";
import { normaliseKey } from "@/lib/text/text";
import type { CheckMeta, CheckResult, GlossaryEntry, SegmentPair, Span } from "../types";

export const TERM_CONSISTENCY: CheckMeta = {
  id: "term-consistency",
  category: "terminology",
  severity: "minor",
  title: "Glossary term rendered in different ways across the document",
};

/** "independence"/"independent", "settlement"/"settlements": forms of one rendering, not two renderings. */
function isSameRendering(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix].toLowerCase() === b[prefix]?.toLowerCase()) prefix += 1;
  return prefix >= 0.8 * Math.min(a.length, b.length);
}

/** Glossary terms with more than one allowed rendering: the only ones that can be inconsistent. */
export function consistencyEntries(glossary: GlossaryEntry[]): GlossaryEntry[] {
  return termEntries(glossary).filter((entry) => entry.targetTerms.length > 1);
}

/** A segment where the French has a glossary term and the English one of its renderings (the segment's id only, not its texts: a document run keeps every use until its end). */
export type TermUse = { entryId: string; segmentId: string; sourceSpan: Span; rendering: { term: string; span: Span } };

/** The per-segment half of term consistency: which renderings of `entries` one pair uses. */
export function findTermUses(pair: SegmentPair, entries: GlossaryEntry[]): TermUse[] {
  const uses: TermUse[] = [];
  for (const entry of entries) {
    const sourceSpan = findTerm(pair.source, entry.sourceTerm, "fr");
    const rendering = sourceSpan ? findRendering(pair.target, entry) : null;
    if (sourceSpan && rendering) uses.push({ entryId: entry.id, segmentId: pair.id, sourceSpan, rendering });
  }
  return uses;
}

/**
 * The document half: flags the uses of a minority rendering of each entry. `uses` are every
 * segment's findTermUses in document order, so a caller can collect them a slice at a time.
 */
export function inconsistentTermFindings(entries: GlossaryEntry[], uses: TermUse[]): CheckResult[] {
  const findings: CheckResult[] = [];
  const byEntry = new Map<string, TermUse[]>();
  for (const use of uses) {
    const list = byEntry.get(use.entryId);
    if (list) list.push(use);
    else byEntry.set(use.entryId, [use]);
  }
  for (const entry of entries) {
    const ofEntry = byEntry.get(entry.id) ?? [];
    const counts = new Map<string, number>();
    for (const use of ofEntry) counts.set(use.rendering.term, (counts.get(use.rendering.term) ?? 0) + 1);
    const [majority, majorityCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (majority === undefined) continue;
    for (const use of ofEntry.filter((candidate) => !isSameRendering(candidate.rendering.term, majority))) {
      findings.push({
        segmentId: use.segmentId,
        checkId: TERM_CONSISTENCY.id,
        category: TERM_CONSISTENCY.category,
        severity: TERM_CONSISTENCY.severity,
        message: `“${entry.sourceTerm}” is rendered “${use.rendering.term}” here but “${majority}” in ${majorityCount} other segment${majorityCount === 1 ? "" : "s"}.`,
        sourceSpan: use.sourceSpan,
        targetSpan: use.rendering.span,
        fingerprint: `${TERM_CONSISTENCY.id}:${entry.id}|${normaliseKey(use.rendering.term)}`,
      });
    }
  }
  return findings;
}

/** Flags segments that use a minority rendering of a glossary term; needs the whole document. */
export function findInconsistentTerms(pairs: SegmentPair[], glossary: GlossaryEntry[]): CheckResult[] {
  const entries = consistencyEntries(glossary);
  return inconsistentTermFindings(entries, pairs.flatMap((pair) => findTermUses(pair, entries)));
}
