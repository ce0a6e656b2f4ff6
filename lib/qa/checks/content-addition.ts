import { findContentGaps, hasNoRoom } from "../content-gaps";
import { DEFAULT_DOCUMENT_STATS, logRatio } from "../length-ratio";
import { normaliseKey } from "../text";
import type { CheckHit, SegmentCheck } from "../types";

const MIN_ADDED_CONTENT = 3;
/** How much longer than the document's usual length ratio the target must be (log; e^0.3 ≈ 1.35). */
const MIN_EXCESS = 0.3;
/** The French between the anchors may hold one content word more than the English outside the run: a rendering may drop one. */
const ROOM_SLACK = 1;

export const contentAddition: SegmentCheck = {
  id: "content-addition",
  category: "accuracy_addition",
  severity: "major",
  title: "Words of the target with no counterpart in the source",
  run(pair, context): CheckHit[] {
    const ratio = logRatio(pair);
    if (ratio === null || ratio - (context.documentStats ?? DEFAULT_DOCUMENT_STATS).medianLogRatio < MIN_EXCESS) return [];
    const alignment = context.alignment();
    const gaps = findContentGaps(pair.target, alignment, "target").filter((gap) => gap.contentCount >= MIN_ADDED_CONTENT && hasNoRoom(gap, ROOM_SLACK));
    return gaps.map((gap) => {
      const span = { start: alignment.target[gap.first].start, end: alignment.target[gap.last].end };
      const text = pair.target.slice(span.start, span.end);
      return {
        message: `“${text}” has no counterpart in the source: the French words around it stand side by side with nothing it could render, and the target is longer than usual. It may have been added.`,
        sourceSpan: null, targetSpan: span, key: normaliseKey(text),
        evidence: { links: [{ source: null, target: span, score: 0 }] },
      };
    });
  },
};
