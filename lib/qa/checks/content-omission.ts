import { coverageOutside, findUnalignedRuns, linkedIndexes, unlinkedContentCount } from "../unaligned-spans";
import { normaliseKey } from "../text";
import type { CheckHit, SegmentCheck } from "../types";

/** The rest of the sentence must be rendered word for word for a gap in it to mean something. */
export const MIN_COVERAGE = 0.5;
export const MIN_RUN_CONTENT = 2;
/** French says more words than English for the same thing: an omission needs three. */
const MIN_OMITTED_CONTENT = 3;
/** How many unexplained content words the other side may have: more means a paraphrase, not a gap. */
export const MAX_OTHER_SIDE_UNLINKED = 0;

export const contentOmission: SegmentCheck = {
  id: "content-omission",
  category: "accuracy_omission",
  severity: "major",
  title: "Words of the source with no counterpart in the target",
  run({ source }, context): CheckHit[] {
    const alignment = context.alignment();
    const linked = linkedIndexes(alignment, "source");
    // A paraphrase leaves unlinked words on both sides; a gap leaves them on one side only.
    if (unlinkedContentCount(alignment.target, linkedIndexes(alignment, "target")) > 0) return [];
    const runs = findUnalignedRuns(source, alignment.source, linked).filter((run) => run.contentCount >= MIN_OMITTED_CONTENT && coverageOutside(alignment.source, linked, run) >= MIN_COVERAGE);
    return runs.map((run) => {
      const span = { start: alignment.source[run.first].start, end: alignment.source[run.last].end };
      const text = source.slice(span.start, span.end);
      return {
        message: `“${text}” has no counterpart in the target, although the rest of the sentence is rendered word for word; it may have been left out.`,
        sourceSpan: span, targetSpan: null, key: normaliseKey(text),
        evidence: { links: [{ source: span, target: null, score: 0 }] },
      };
    });
  },
};
