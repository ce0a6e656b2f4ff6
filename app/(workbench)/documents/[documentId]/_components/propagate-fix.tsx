"use client";

import { useState } from "react";
import { callAction } from "@/app/_components/action-result";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import type { findPropagationCandidates } from "@/lib/memory/queries";
import type { PropagationCandidate } from "@/lib/memory/types";
import { loadPropagationCandidatesAction, propagateCorrectionAction } from "../memory-actions";
import { useSegmentResource } from "./use-segment-resource";

type Candidates = Awaited<ReturnType<typeof findPropagationCandidates>>;

/** After an approval: the same error in other segments, each offered as a suggestion (one click each, or all). */
export function PropagateFix({ segmentId }: { segmentId: string }) {
  const { data, reload } = useSegmentResource<Candidates>(segmentId, loadPropagationCandidatesAction);
  const [messages, setMessages] = useState<string[]>([]);
  const [isBusy, setBusy] = useState(false);
  if (!data || data.candidates.length === 0) return messages.length > 0 ? <Messages messages={messages} /> : null;

  async function propagate(targets: PropagationCandidate[]) {
    setBusy(true);
    const outcome = await callAction(propagateCorrectionAction, { fromSegmentId: segmentId, targets: targets.map((target) => ({ segmentId: target.segmentId, baseVersion: target.version })) });
    setBusy(false);
    const created = outcome.data?.filter((entry) => entry.suggestionId !== null).length ?? 0;
    const skipped = outcome.data?.flatMap((entry) => (entry.message ? [entry.message] : [])) ?? [];
    setMessages([
      ...(outcome.error ? [outcome.error.message] : []),
      ...(created > 0 ? [`${created} suggestion${created === 1 ? "" : "s"} created; each still needs an editor's approval.`] : []),
      ...skipped,
    ]);
    reload();
  }

  return (
    <section aria-labelledby="propagate-title">
      <h3 id="propagate-title">Same error elsewhere ({data.candidates.length})</h3>
      <p className="subtle">
        This fix changed {data.patterns.map((pattern) => `“${pattern.find}” to “${pattern.replace}”`).join(", ")}. Offer it as a suggestion where the same text occurs:
      </p>
      <ul className="memory-matches">
        {data.candidates.map((candidate) => (
          <li key={candidate.segmentId} aria-label={`${candidate.documentTitle}, segment ${candidate.position + 1}`}>
            <p><strong>{candidate.documentTitle}</strong>, segment {candidate.position + 1}</p>
            <InlineDiff before={candidate.currentText} after={candidate.proposedText} label={`Proposed change in ${candidate.documentTitle}, segment ${candidate.position + 1}`} />
            <button type="button" className="button secondary small" disabled={isBusy} onClick={() => propagate([candidate])}>Suggest here</button>
          </li>
        ))}
      </ul>
      {data.candidates.length > 1 ? (
        <button type="button" className="button small" disabled={isBusy} onClick={() => propagate(data.candidates)}>Suggest in all {data.candidates.length}</button>
      ) : null}
      <Messages messages={messages} />
    </section>
  );
}

function Messages({ messages }: { messages: string[] }) {
  return messages.length > 0 ? <div role="status">{messages.map((message) => <p key={message}>{message}</p>)}</div> : null;
}
