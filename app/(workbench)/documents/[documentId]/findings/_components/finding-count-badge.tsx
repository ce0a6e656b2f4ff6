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
  const label = `${count} open automatic finding${count === 1 ? "" : "s"} on this segment`;
  return (
    <Link className={styles.badge} href={`/documents/${documentId}/findings?segment=${segmentId}`} aria-label={label} title={label}>
      {count} automatic
    </Link>
  );
}
