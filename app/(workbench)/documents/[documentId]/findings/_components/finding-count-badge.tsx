import Link from "next/link";
import styles from "./findings.module.css";

type FindingCountBadgeProps = {
  documentId: string;
  segmentId: string;
  /** From countOpenFindingsBySegment (lib/findings/queries): one query for the whole document. */
  count: number | undefined;
};

/**
 * "3 automatic" link to the segment's open findings; renders nothing at zero. Plain markup with no
 * hooks or server calls, so it also works inside client components (the virtualized workspace rows).
 */
export function FindingCountBadge({ documentId, segmentId, count }: FindingCountBadgeProps) {
  if (!count) return null;
  // The visible words start the accessible name (WCAG 2.5.3, label in name).
  return (
    <Link className={styles.badge} href={`/documents/${documentId}/findings?segment=${segmentId}`} title="Open automatic QA findings on this segment">
      {count} automatic<span className="visually-hidden"> QA finding{count === 1 ? "" : "s"} open on this segment</span>
    </Link>
  );
}
