"use client";

import { useState, type FormEvent } from "react";
import { readStaleVersion, type StaleVersion } from "@/app/_components/stale-version";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { StaleVersionNotice } from "@/app/_components/ui/stale-version-notice";
import type { ActionError } from "@/lib/errors";
import { createSuggestionAction, editSegmentAction } from "../actions";
import { categoryLabel } from "./labels";
import { SuggestedTextField } from "./suggested-text-field";
import type { RunAction, SegmentDetail } from "./types";

export const SUGGESTED_TEXT_ID = "suggested-text";

type Props = {
  detail: SegmentDetail;
  canEditDirectly: boolean;
  run: RunAction;
  /** Reloads the segment panel: after discarding a stale text, the form starts from the new one. */
  onReload: () => void;
};

/**
 * Proposes corrected English, starting from the current text, with a live word diff. The text is
 * written against the version it started from: if the segment moved on meanwhile, saving is
 * refused and the new text is shown beside the reviewer's, who re-applies or discards theirs.
 */
export function SuggestForm({ detail, canEditDirectly, run, onReload }: Props) {
  const [text, setText] = useState(detail.currentText);
  const [baseVersion, setBaseVersion] = useState(detail.version);
  const [conflict, setConflict] = useState<{ stale: StaleVersion; isDirect: boolean } | null>(null);
  const [note, setNote] = useState("");
  const openIssues = detail.issues.filter((issue) => issue.status === "open");
  // Unticked issues are remembered, not ticked ones: an issue flagged after the form opened starts ticked.
  const [unlinked, setUnlinked] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState<ActionError | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save(isDirect: boolean, version = baseVersion) {
    setIsSaving(true);
    const issueIds = openIssues.filter((issue) => !unlinked.has(issue.id)).map((issue) => issue.id);
    const failure = isDirect
      ? await run(editSegmentAction, { segmentId: detail.id, baseVersion: version, text, note })
      : await run(createSuggestionAction, { segmentId: detail.id, baseVersion: version, text, note, issueIds });
    setIsSaving(false);
    const stale = readStaleVersion(failure);
    setConflict(stale ? { stale, isDirect } : null);
    setError(stale ? null : failure);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  function reapply() {
    if (!conflict) return;
    setBaseVersion(conflict.stale.currentVersion);
    void save(conflict.isDirect, conflict.stale.currentVersion);
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
        <ActionAlert error={error} />
        {conflict ? (
          <StaleVersionNotice conflict={conflict.stale} yourText={text} isPending={isSaving} onReapply={reapply} onDiscard={onReload} />
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={isSaving || text === detail.currentText}>Propose suggestion</button>
          {canEditDirectly ? (
            <button type="button" className="button secondary" disabled={isSaving || text === detail.currentText} onClick={() => save(true)}>
              Save as approved edit
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
