import { findContentGaps, hasNoRoom } from "../content-gaps";
import { DEFAULT_DOCUMENT_STATS, logRatio } from "../length-ratio";
import { normaliseKey } from "../text";
import type { CheckHit, SegmentCheck } from "../types";

/** French says more words than English for the same thing: an omission needs three content words. */
const MIN_OMITTED_CONTENT = 3;
/** How much shorter than the document's usual length ratio the target must be (log; e^-0.25 ≈ 0.78): a gap takes length with it. */
const MIN_SHORTFALL = 0.25;

export const contentOmission: SegmentCheck = {
  id: "content-omission",
  category: "accuracy_omission",
  severity: "major",
  title: "Words of the source with no counterpart in the target",
  run(pair, context): CheckHit[] {
    const ratio = logRatio(pair);
    if (ratio === null || ratio - (context.documentStats ?? DEFAULT_DOCUMENT_STATS).medianLogRatio > -MIN_SHORTFALL) return [];
    const alignment = context.alignment();
    const gaps = findContentGaps(pair.source, alignment, "source").filter((gap) => gap.contentCount >= MIN_OMITTED_CONTENT && hasNoRoom(gap));
    return gaps.map((gap) => {
      const span = { start: alignment.source[gap.first].start, end: alignment.source[gap.last].end };
      const text = pair.source.slice(span.start, span.end);
      return {
        message: `“${text}” has no counterpart in the target: the words on either side of it are rendered with nothing between them, and the target is shorter than usual. It may have been left out.`,
        sourceSpan: span, targetSpan: null, key: normaliseKey(text),
        evidence: { links: [{ source: span, target: null, score: 0 }] },
      };
    });
  },
};
