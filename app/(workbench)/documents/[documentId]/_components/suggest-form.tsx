"use client";

import { useState, type FormEvent } from "react";
import { createSuggestionAction, editSegmentAction } from "../actions";
import { categoryLabel } from "./labels";
import { SuggestedTextField } from "./suggested-text-field";
import type { RunAction, SegmentDetail } from "./types";

export const SUGGESTED_TEXT_ID = "suggested-text";

/** Proposes corrected English, starting from the current text, with a live word diff. */
export function SuggestForm({ detail, canEditDirectly, run }: { detail: SegmentDetail; canEditDirectly: boolean; run: RunAction }) {
  const [text, setText] = useState(detail.currentText);
  const [note, setNote] = useState("");
  const openIssues = detail.issues.filter((issue) => issue.status === "open");
  // Unticked issues are remembered, not ticked ones: an issue flagged after the form opened starts ticked.
  const [unlinked, setUnlinked] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const issueIds = openIssues.filter((issue) => !unlinked.has(issue.id)).map((issue) => issue.id);
    const message = await run(createSuggestionAction, { segmentId: detail.id, baseVersion: detail.version, text, note, issueIds });
    setIsSaving(false);
    setError(message);
  }

  async function saveDirectly() {
    setIsSaving(true);
    setError(await run(editSegmentAction, { segmentId: detail.id, baseVersion: detail.version, text, note }));
    setIsSaving(false);
  }

  const toggle = (issueId: string) =>
    setUnlinked((previous) => {
      const next = new Set(previous);
      if (!next.delete(issueId)) next.add(issueId);
      return next;
    });

  return (
    <section aria-labelledby="suggest-title">
      <h3 id="suggest-title">Suggest a correction</h3>
      <form className="form wide" onSubmit={submit}>
        <SuggestedTextField
          id={SUGGESTED_TEXT_ID} label="Suggested English" publishedText={detail.publishedText} value={text} onChange={setText}
          previewLabel="Preview of the suggestion's changes"
        />
        <label>
          Note
          <input value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why this wording" />
        </label>
        {openIssues.length > 0 ? (
          <fieldset>
            <legend>Fixes these issues</legend>
            {openIssues.map((issue) => (
              <label key={issue.id} className="choice">
                <input type="checkbox" checked={!unlinked.has(issue.id)} onChange={() => toggle(issue.id)} />
                <span>{categoryLabel(issue.category)}{issue.comment ? ` — ${issue.comment}` : ""}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {error ? <p role="alert" className="error">{error}</p> : null}
        <div className="actions">
          <button type="submit" className="button" disabled={isSaving || text === detail.currentText}>Propose suggestion</button>
          {canEditDirectly ? (
            <button type="button" className="button secondary" disabled={isSaving || text === detail.currentText} onClick={saveDirectly}>
              Save as approved edit
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
