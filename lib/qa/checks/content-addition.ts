import { coverageOutside, findUnalignedRuns, linkedIndexes, unlinkedContentCount } from "../unaligned-spans";
import { normaliseKey } from "../text";
import type { CheckHit, SegmentCheck } from "../types";
import { MAX_OTHER_SIDE_UNLINKED, MIN_COVERAGE, MIN_RUN_CONTENT } from "./content-omission";

export const contentAddition: SegmentCheck = {
  id: "content-addition",
  category: "accuracy_addition",
  severity: "major",
  title: "Words of the target with no counterpart in the source",
  run({ source, target }, context): CheckHit[] {
    const alignment = context.alignment();
    const linked = linkedIndexes(alignment, "target");
    // A paraphrase leaves unlinked words on both sides; a gap leaves them on one side only.
    if (unlinkedContentCount(alignment.source, linkedIndexes(alignment, "source")) > MAX_OTHER_SIDE_UNLINKED) return [];
    const runs = findUnalignedRuns(target, alignment.target, linked).filter((run) => run.contentCount >= MIN_RUN_CONTENT && coverageOutside(alignment.target, linked, run) >= MIN_COVERAGE);
    return runs.map((run) => {
      const span = { start: alignment.target[run.first].start, end: alignment.target[run.last].end };
      const text = target.slice(span.start, span.end);
      return {
        message: `“${text}” has no counterpart in the source “${source.trim().slice(0, 60)}”, although the rest is rendered word for word; it may have been added.`,
        sourceSpan: null, targetSpan: span, key: normaliseKey(text),
        evidence: { links: [{ source: null, target: span, score: 0 }] },
      };
    });
  },
};
