"use client";

import { InlineDiff } from "@/app/_components/ui/word-diff";
import type { MemoryHit } from "@/lib/memory/types";
import { loadMemoryMatchesAction } from "../memory-actions";
import { useSegmentResource } from "./use-segment-resource";

/** Similar segments of other documents (French ≥ 50 % alike) and how they were corrected, as CAT tools show. */
export function MemoryMatches({ segmentId }: { segmentId: string }) {
  const { data } = useSegmentResource<MemoryHit[]>(segmentId, loadMemoryMatchesAction);
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="memory-matches-title">
      <h3 id="memory-matches-title">Translation memory ({data.length})</h3>
      <ul className="memory-matches">
        {data.map((match) => (
          <li key={match.segmentId} aria-label={`${match.score}% match in ${match.documentTitle}`}>
            <p>
              <span className="badge">{match.score}%</span> <strong>{match.documentTitle}</strong>, segment {match.position + 1}
              {match.approval ? <span className="subtle"> · approved by {match.approval.approverName} on {match.approval.approvedAt.toLocaleDateString("en-GB")}</span> : <span className="subtle"> · {match.status}</span>}
            </p>
            <p lang="fr" className="glossary-context">{match.sourceText}</p>
            {match.currentText === match.publishedText
              ? <p className="glossary-context">{match.currentText}</p>
              : <InlineDiff before={match.publishedText} after={match.currentText} label={`Correction in ${match.documentTitle}, segment ${match.position + 1}`} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
