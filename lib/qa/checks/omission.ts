import { lengthOutlier, lengthPercent } from "../gaps/length-ratio";
import type { CheckHit, SegmentCheck } from "../types";

export const omission: SegmentCheck = {
  id: "omission",
  category: "accuracy_omission",
  severity: "major",
  title: "Source text left out of the target",
  run(pair, context): CheckHit[] {
    const excerpt = pair.source.trim().slice(0, 60);
    if (pair.kind?.endsWith("-0") || (pair.source.trim() !== "" && pair.target.trim() === "")) {
      return [{
        message: `The source segment “${excerpt}” has no translation.`,
        sourceSpan: { start: 0, end: pair.source.length },
        targetSpan: null,
        key: "untranslated-segment",
        severity: "critical",
      }];
    }
    if (lengthOutlier(pair, context.documentStats) !== "short") return [];
    return [{
      message: `The target is only ${lengthPercent(pair)}% of the source's length, far shorter than elsewhere in the document; part of “${excerpt}” may be missing.`,
      sourceSpan: { start: 0, end: pair.source.length },
      targetSpan: { start: 0, end: pair.target.length },
      key: "short",
    }];
  },
};

