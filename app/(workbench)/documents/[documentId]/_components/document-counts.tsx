"use client";

import { createLiveRefetch, isLaterRead, useLiveValue } from "@/app/_components/live-value";
import type { DocumentCounts } from "@/lib/documents/workspace-types";
import { plural } from "./labels";
import { ReviewProgress } from "./review-progress";

// The header's counts are server-rendered; someone else's change (use-live-document.ts) refetches
// them from the counts route and every part of the header adopts the answer here.
const counts = createLiveRefetch<DocumentCounts>();

/** Refetches the header's counts; changes arriving while a fetch runs cause one more, not one each. */
export function refreshDocumentCounts(documentId: string): Promise<void> {
  return counts.refresh(`/api/v1/documents/${documentId}/counts`);
}

/** The server's counts, then newer ones (the newest read wins, not the last to arrive). */
function useDocumentCounts<T extends { readAt: number }>(initial: T, pick: (counts: DocumentCounts) => T): T {
  return useLiveValue(counts, initial, pick, isLaterRead);
}

type StatusPart = Pick<DocumentCounts, "segmentCount" | "statusCounts" | "readAt">;
type ScorePart = DocumentCounts["score"] & { readAt: number };
const pickStatus = ({ segmentCount, statusCounts, readAt }: DocumentCounts): StatusPart => ({ segmentCount, statusCounts, readAt });
const pickScore = ({ score, readAt }: DocumentCounts): ScorePart => ({ ...score, readAt });

/** "FR → EN · 12 segments · 3 approved · 1 with a suggestion pending · 2 flagged". */
export function StatusLine({ initial, languages }: { initial: StatusPart; languages: string }) {
  const { segmentCount, statusCounts } = useDocumentCounts(initial, pickStatus);
  const { approved, corrected, flagged } = statusCounts;
  return (
    <p className="subtle">
      {languages} · {segmentCount.toLocaleString("en")} segments · {approved} approved · {corrected} with a suggestion pending · {flagged} flagged
    </p>
  );
}

/** The "Reviewed n/N" bar. */
export function LiveReviewProgress({ initial }: { initial: StatusPart }) {
  const { segmentCount, statusCounts } = useDocumentCounts(initial, pickStatus);
  return <ReviewProgress counts={statusCounts} total={segmentCount} />;
}

/** The MQM score panel's summary line. */
export function ScoreHeadline({ initial }: { initial: ScorePart }) {
  const score = useDocumentCounts(initial, pickScore);
  return (
    <>
      <strong>{score.score === null ? "No words to score" : `MQM score ${score.score.toFixed(1)}`}</strong>
      {score.penaltyPer1000Words !== null ? ` · ${score.penaltyPer1000Words.toFixed(1)} penalty points per 1,000 words` : ""}
      {" · "}{plural(score.issueCount, "counted issue")} · {score.openIssueCount} open
    </>
  );
}
