"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { readStaleVersion, type StaleVersion } from "@/app/_components/stale-version";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { StaleVersionNotice } from "@/app/_components/ui/stale-version-notice";
import type { ActionError } from "@/lib/errors";
import { updateSuggestionAction } from "../actions";
import { SuggestedTextField } from "./suggested-text-field";
import type { DetailSuggestion, RunAction } from "./types";

type Props = {
  suggestion: DetailSuggestion;
  /** The suggestion's number in the panel's list, as its heading shows it. */
  number: number;
  publishedText: string;
  /** The segment version the panel shows: saving rebases a stale suggestion onto it. */
  segmentVersion: number;
  run: RunAction;
  /** Called after a save or a cancel. */
  onClose: () => void;
};

/** The author rewrites their pending suggestion's text and note inline; Escape cancels. */
export function EditSuggestionForm({ suggestion, number, publishedText, segmentVersion, run, onClose }: Props) {
  const textId = useId();
  const [text, setText] = useState(suggestion.text);
  const [note, setNote] = useState(suggestion.note);
  const [error, setError] = useState<ActionError | null>(null);
  const [conflict, setConflict] = useState<StaleVersion | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isStale = suggestion.baseVersion !== segmentVersion;
  const isChanged = text !== suggestion.text || note !== suggestion.note || isStale;

  async function save(baseVersion: number) {
    setIsSaving(true);
    // Only what changed is sent: a note-only edit does not re-check the unchanged text. The version
    // shown is sent too: the edit is made against it (CONFLICT if the segment moved on meanwhile).
    const failure = await run(updateSuggestionAction, {
      suggestionId: suggestion.id,
      baseVersion,
      ...(text !== suggestion.text ? { text } : {}),
      ...(note !== suggestion.note ? { note } : {}),
    });
    setIsSaving(false);
    if (!failure) return onClose();
    setConflict(readStaleVersion(failure));
    setError(readStaleVersion(failure) ? null : failure);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(segmentVersion);
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose();
  }

  return (
    <form className="form wide" aria-label={`Edit suggestion ${number}`} onSubmit={submit} onKeyDown={cancelOnEscape}>
      <SuggestedTextField
        id={textId} label={`English for suggestion ${number}`} publishedText={publishedText} value={text} onChange={setText}
        previewLabel={`Preview of the changes in edited suggestion ${number}`} autoFocus
      />
      <label>
        Note for suggestion {number}
        <input value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why this wording" />
      </label>
      <ActionAlert error={error} />
      {conflict ? (
        <StaleVersionNotice conflict={conflict} yourText={text} isPending={isSaving} onReapply={() => save(conflict.currentVersion)} onDiscard={onClose} />
      ) : null}
      <div className="actions">
        <button type="submit" className="button small" disabled={isSaving || !isChanged}>Save</button>
        <button type="button" className="button secondary small" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
