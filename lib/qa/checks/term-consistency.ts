import { findRendering, findTerm, termEntries } from "../term-match";
import { normaliseKey } from "../text";
import type { CheckMeta, Finding, GlossaryEntry, SegmentPair } from "../types";

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

/** Flags segments that use a minority rendering of a glossary term; needs the whole document. */
export function findInconsistentTerms(pairs: SegmentPair[], glossary: GlossaryEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const entry of termEntries(glossary).filter((candidate) => candidate.targetTerms.length > 1)) {
    const uses = pairs.flatMap((pair) => {
      const sourceSpan = findTerm(pair.source, entry.sourceTerm, "fr");
      const rendering = sourceSpan ? findRendering(pair.target, entry) : null;
      return sourceSpan && rendering ? [{ pair, sourceSpan, rendering }] : [];
    });
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.rendering.term, (counts.get(use.rendering.term) ?? 0) + 1);
    const [majority, majorityCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (majority === undefined) continue;
    for (const use of uses.filter((candidate) => !isSameRendering(candidate.rendering.term, majority))) {
      findings.push({
        segmentId: use.pair.id,
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
