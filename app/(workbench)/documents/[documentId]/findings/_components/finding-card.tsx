import Link from "next/link";
import type { FindingRow } from "@/lib/findings/queries";
import { FindingActions } from "./finding-actions";
import styles from "./findings.module.css";
import { HighlightedText } from "./highlighted-text";

type FindingCardProps = { finding: FindingRow; documentId: string; checkTitle: string; canConfirm: boolean; canDismiss: boolean };

/** One automatic finding: its one-sentence explanation and both spans highlighted in the segment's texts. */
export function FindingCard({ finding, documentId, checkTitle, canConfirm, canDismiss }: FindingCardProps) {
  const number = finding.position + 1;
  // Spans point into the version the finding was computed on; after an edit they would mark the wrong words.
  const spans = finding.isStale ? { sourceStart: null, sourceEnd: null, targetStart: null, targetEnd: null } : finding;
  return (
    <article className={styles.finding} aria-label={`${checkTitle}, segment ${number}`}>
      <header>
        <span className={styles.automatic}>Automatic</span>
        <span>{finding.severity}</span>
        <span>{finding.category.replaceAll("_", " ")}</span>
        <Link href={`/documents/${documentId}#segment-${number}`}>Segment {number}</Link>
        {finding.status !== "open" ? <span>{finding.status}</span> : null}
        {finding.isStale ? <span>the segment changed since this was found</span> : null}
      </header>
      <p className={styles.message}>{finding.message}</p>
      <div className={styles.pair}>
        <HighlightedText text={finding.sourceText} start={spans.sourceStart} end={spans.sourceEnd} lang="fr" label={`French source of segment ${number}`} missing="No French: added in the adaptation" />
        <HighlightedText text={finding.targetText} start={spans.targetStart} end={spans.targetEnd} lang="en" label={`English of segment ${number}`} missing="No English: dropped in the adaptation" />
      </div>
      {finding.status === "open" ? (
        <FindingActions
          findingId={finding.id} documentId={documentId} checkId={finding.checkId} checkTitle={checkTitle} fingerprint={finding.fingerprint}
          segmentNumber={number} canConfirm={canConfirm && !finding.isStale} canDismiss={canDismiss}
        />
      ) : null}
    </article>
  );
}
