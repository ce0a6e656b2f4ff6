import type { SegmentStatus } from "@/lib/status/transitions";

/** Segments someone has finished with (reviewed as fine, or approved) out of all, in the document header. */
export function ReviewProgress({ counts, total }: { counts: Record<SegmentStatus, number>; total: number }) {
  const done = counts.reviewed + counts.approved;
  return (
    <p className="review-progress">
      <label>
        Reviewed <strong>{done.toLocaleString("en")}/{total.toLocaleString("en")}</strong>
        <progress max={Math.max(total, 1)} value={done} aria-label="Segments reviewed" />
      </label>
    </p>
  );
}
