"use client";

import { markSegmentReviewedAction } from "../segment-actions";
import type { RunAction, SegmentDetail } from "./types";

/** "Done, nothing to fix" for the mouse; the r key does the same and moves on. */
export function MarkReviewedButton({ detail, run }: { detail: SegmentDetail; run: RunAction }) {
  if (detail.status === "reviewed") return <span className="badge status-reviewed">Reviewed</span>;
  if (detail.status !== "unreviewed") return null;
  return (
    <button type="button" className="button secondary" aria-keyshortcuts="r" onClick={() => run(markSegmentReviewedAction, { segmentId: detail.id, segmentVersion: detail.version })}>
      Mark reviewed
    </button>
  );
}
