"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { InlineDiff, SideBySideDiff } from "@/app/_components/ui/word-diff";
import type { ActionError } from "@/lib/errors";
import { MQM_CATEGORIES, type MqmCategoryId } from "@/lib/review/mqm-score";
import { approveSuggestionAction, rejectSuggestionAction, withdrawSuggestionAction } from "../actions";
import { EditSuggestionForm } from "./edit-suggestion-form";
import { categoryLabel } from "./labels";
import type { DetailSuggestion, RunAction, SegmentDetail, ViewerAbilities } from "./types";

type Props = { detail: SegmentDetail; viewer: ViewerAbilities; run: RunAction };

export function SegmentSuggestions({ detail, viewer, run }: Props) {
  const pending = detail.suggestions.filter((suggestion) => suggestion.status === "pending").length;
  return (
    <section aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">Suggestions ({pending} pending)</h3>
      {detail.suggestions.length === 0 ? <p className="subtle">No suggestions yet.</p> : null}
      <ol className="suggestion-list">
        {detail.suggestions.map((suggestion, index) => (
          <SuggestionItem key={suggestion.id} suggestion={suggestion} number={index + 1} detail={detail} viewer={viewer} run={run} />
        ))}
      </ol>
      {detail.suggestions.length >= 2 ? <CompareSuggestions suggestions={detail.suggestions} /> : null}
    </section>
  );
}

type ItemProps = { suggestion: DetailSuggestion; number: number; detail: SegmentDetail; viewer: ViewerAbilities; run: RunAction };

function SuggestionItem({ suggestion, number, detail, viewer, run }: ItemProps) {
  const [isEditing, setIsEditing] = useState(false);
  const editButton = useReturnFocus(isEditing);
  const isPending = suggestion.status === "pending";
  const shownText = suggestion.approvedText ?? suggestion.text;
  return (
    <li className={`suggestion status-${suggestion.status}`} aria-label={`Suggestion ${number} by ${suggestion.author.name}`}>
      <p>
        <strong>Suggestion {number}</strong> by {suggestion.author.name} · <span className="badge">{suggestion.status.replaceAll("_", " ")}</span>
        {suggestion.baseVersion !== detail.version && isPending ? (
          <span className="badge low">
            {" "}based on version {suggestion.baseVersion}, segment is at {detail.version}{suggestion.author.id === viewer.userId ? ": edit it to base it on the current text" : ""}
          </span>
        ) : null}
      </p>
      {isEditing && isPending ? (
        <EditSuggestionForm
          suggestion={suggestion} number={number} publishedText={detail.publishedText} segmentVersion={detail.version} run={run} onClose={() => setIsEditing(false)}
        />
      ) : (
        <>
          <InlineDiff before={detail.publishedText} after={shownText} label={`Changes in suggestion ${number}`} />
          {suggestion.note ? <p className="comment">Note: {suggestion.note}</p> : null}
          {suggestion.reviewComment || suggestion.rejectionReason ? (
            <p className="comment">
              Review{suggestion.rejectionReason ? ` (${categoryLabel(suggestion.rejectionReason)})` : ""}: {suggestion.reviewComment}
            </p>
          ) : null}
          <details>
            <summary>Side by side</summary>
            <SideBySideDiff before={detail.publishedText} after={shownText} afterLabel={`Suggestion ${number}`} />
          </details>
          {isPending ? <SuggestionActions suggestion={suggestion} number={number} viewer={viewer} run={run} editButton={editButton} onEdit={() => setIsEditing(true)} /> : null}
        </>
      )}
    </li>
  );
}

/** After the inline form closes (saved or cancelled), focus goes back to its Edit button. */
function useReturnFocus(isEditing: boolean) {
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !isEditing) button.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);
  return button;
}

type ActionsProps = {
  suggestion: DetailSuggestion;
  /** Names the controls ("Approve suggestion 2"): a segment can have several suggestions. */
  number: number;
  viewer: ViewerAbilities;
  run: RunAction;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
};

function SuggestionActions({ suggestion, number, viewer, run, editButton, onEdit }: ActionsProps) {
  const [error, setError] = useState<ActionError | null>(null);
  const [reason, setReason] = useState<MqmCategoryId>("accuracy_mistranslation");
  const [comment, setComment] = useState("");
  const isOwn = suggestion.author.id === viewer.userId;
  const mayReview = viewer.canReview && (!isOwn || viewer.allowSelfApproval);
  return (
    <div className="actions">
      {isOwn ? (
        <>
          <button type="button" className="button secondary small" ref={editButton} aria-label={`Edit suggestion ${number}`} onClick={onEdit}>Edit</button>
          <button type="button" className="button secondary small" aria-label={`Withdraw suggestion ${number}`} onClick={async () => setError(await run(withdrawSuggestionAction, { suggestionId: suggestion.id }))}>Withdraw</button>
        </>
      ) : null}
      {mayReview ? (
        <>
          <button type="button" className="button small" aria-label={`Approve suggestion ${number}`} onClick={async () => setError(await run(approveSuggestionAction, { suggestionId: suggestion.id, seenTextHash: suggestion.textHash }))}>Approve</button>
          <details className="reject">
            <summary>Reject…</summary>
            <label>Reason<select aria-label={`Reason to reject suggestion ${number}`} value={reason} onChange={(event) => setReason(event.target.value as MqmCategoryId)}>
              {MQM_CATEGORIES.map((category) => <option key={category.id} value={category.id}>{categoryLabel(category.id)}</option>)}
            </select></label>
            <label>Comment for the author<input aria-label={`Comment for the author of suggestion ${number}`} value={comment} onChange={(event) => setComment(event.target.value)} /></label>
            <button type="button" className="button secondary small" aria-label={`Reject suggestion ${number}`} onClick={async () => setError(await run(rejectSuggestionAction, { suggestionId: suggestion.id, reason, comment }))}>Reject suggestion</button>
          </details>
        </>
      ) : null}
      <ActionAlert error={error} />
    </div>
  );
}

function CompareSuggestions({ suggestions }: { suggestions: DetailSuggestion[] }) {
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(1);
  const options = suggestions.map((suggestion, index) => <option key={suggestion.id} value={index}>Suggestion {index + 1} ({suggestion.author.name})</option>);
  return (
    <details className="compare">
      <summary>Compare two suggestions</summary>
      <div className="pickers">
        <label>From<select value={left} onChange={(event) => setLeft(Number(event.target.value))}>{options}</select></label>
        <label>To<select value={right} onChange={(event) => setRight(Number(event.target.value))}>{options}</select></label>
      </div>
      <SideBySideDiff before={suggestions[left].text} after={suggestions[right].text} beforeLabel={`Suggestion ${left + 1}`} afterLabel={`Suggestion ${right + 1}`} />
    </details>
  );
}
