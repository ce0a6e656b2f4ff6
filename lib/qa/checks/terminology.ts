import { findRendering, findTerm, termEntries } from "../term-match";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

export const terminology: SegmentCheck = {
  id: "terminology",
  category: "terminology",
  severity: "major",
  title: "Glossary term not rendered as required",
  run({ source, target }, { glossary }) {
    if (target.trim() === "") return [];
    const hits: CheckHit[] = [];
    for (const entry of termEntries(glossary)) {
      const sourceSpan = findTerm(source, entry.sourceTerm, "fr");
      if (!sourceSpan || findRendering(target, entry)) continue;
      const renderings = entry.targetTerms.map((term) => `“${term}”`).join(" or ");
      hits.push({
        message: `The glossary term “${source.slice(sourceSpan.start, sourceSpan.end)}” should be rendered as ${renderings}, which the target lacks.`,
        sourceSpan,
        targetSpan: null,
        key: `${entry.id}|${normaliseKey(entry.sourceTerm)}`,
      });
    }
    return hits;
  },
};
