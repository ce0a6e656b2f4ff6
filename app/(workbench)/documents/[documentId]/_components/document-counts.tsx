"use client";

import { useEffect, useState } from "react";
import type { DocumentCounts } from "@/lib/documents/workspace-types";
import { plural } from "./labels";
import { ReviewProgress } from "./review-progress";

// The header's counts are server-rendered; someone else's change (use-live-document.ts) refetches
// them from the counts route and every part of the header adopts the answer here.
const listeners = new Set<(counts: DocumentCounts) => void>();
let inFlight = false;
let isStale = false;

/** Refetches the header's counts; changes arriving while a fetch runs cause one more, not one each. */
export async function refreshDocumentCounts(documentId: string): Promise<void> {
  if (inFlight) {
    isStale = true;
    return;
  }
  inFlight = true;
  try {
    do {
      isStale = false;
      const response = await fetch(`/api/v1/documents/${documentId}/counts`, { cache: "no-store" });
      if (!response.ok) return;
      const counts = (await response.json()) as DocumentCounts;
      for (const listener of listeners) listener(counts);
    } while (isStale);
  } catch {
    // Offline for a moment: the next change or the reconnect's resync fetches again.
  } finally {
    inFlight = false;
  }
}

/**
 * The server's counts, then newer ones: refetched, or rendered again by a router refresh after one's
 * own action. The newest read wins, not the last to arrive: a slow page render started before
 * someone else's change must not put back the counts from before it.
 */
function useDocumentCounts<T extends { readAt: number }>(initial: T, pick: (counts: DocumentCounts) => T): T {
  const [value, setValue] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  if (seenInitial !== initial) {
    setSeenInitial(initial);
    if (initial.readAt >= value.readAt) setValue(initial);
  }
  useEffect(() => {
    const listener = (counts: DocumentCounts) => {
      const next = pick(counts);
      setValue((old) => (next.readAt >= old.readAt ? next : old));
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [pick]);
  return value;
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
