import { lengthOutlier, lengthPercent } from "../gaps/length-ratio";
import { withoutNameGlosses } from "../names/name-glosses";
import type { CheckHit, SegmentCheck } from "../types";

export const addition: SegmentCheck = {
  id: "addition",
  category: "accuracy_addition",
  severity: "major",
  title: "Target text with no counterpart in the source",
  run(pair, context): CheckHit[] {
    const excerpt = pair.target.trim().slice(0, 60);
    if (pair.kind?.startsWith("0-") || (pair.target.trim() !== "" && pair.source.trim() === "")) {
      return [{
        message: `The target segment “${excerpt}” has no source.`,
        sourceSpan: null,
        targetSpan: { start: 0, end: pair.target.length },
        key: "unsourced-segment",
      }];
    }
    if (lengthOutlier(pair, context.documentStats) !== "long") return [];
    // A name glossed for foreign readers ("according to the health ministry's statistics arm Drees") is longer, not more.
    if (lengthOutlier({ ...pair, target: withoutNameGlosses(pair.target, context.alignment()) }, context.documentStats) !== "long") return [];
    return [{
      message: `The target is ${lengthPercent(pair)}% of the source's length, far longer than elsewhere in the document; “${excerpt}” may add text.`,
      sourceSpan: { start: 0, end: pair.source.length },
      targetSpan: { start: 0, end: pair.target.length },
      key: "long",
    }];
  },
};
