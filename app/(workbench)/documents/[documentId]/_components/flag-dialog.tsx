"use client";

import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { readStaleVersion, type StaleVersion } from "@/app/_components/stale-version";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { StaleVersionNotice, type NoticeWording } from "@/app/_components/ui/stale-version-notice";
import type { ActionError } from "@/lib/errors";
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmCategoryId, type MqmSeverityId } from "@/lib/review/mqm-score";
import { Modal } from "./modal";
import type { PendingSpans } from "./segment-row";

export type IssueDraft = { category: MqmCategoryId; severity: MqmSeverityId; comment: string };

type Props = {
  open: boolean;
  segmentNumber: number;
  /** What a new issue is flagged on: the spans and the segment version they were chosen in. */
  base: PendingSpans | null;
  /** Set when editing an existing issue. */
  initial?: IssueDraft;
  /** A new issue's category, severity and comment kept from an earlier conflict. */
  kept?: IssueDraft;
  onClose: () => void;
  /** Resolves to the error, or null when saved. */
  onSubmit: (draft: IssueDraft & { useSource: boolean }) => Promise<ActionError | null>;
  /** The segment moved: keep the draft, and let the reviewer select the span again on the new text. */
  onKeep: (draft: IssueDraft) => void;
  /** The segment moved and the reviewer drops the issue. */
  onDiscard: () => void;
};

const DIMENSIONS = [...new Set(MQM_CATEGORIES.map((category) => category.dimension))];

const conflictWording = (version: number): NoticeWording => ({
  title: "The segment changed",
  newTextCaption: `New text, version ${version}`,
  reapplyLabel: `Select the span again on version ${version}`,
  diffLabel: "The English you selected in, against the new text",
  discardLabel: "Discard this issue",
});

export function FlagDialog({ open, segmentNumber, onClose, ...form }: Props) {
  const title = form.initial ? `Edit issue on segment ${segmentNumber}` : `Flag an issue in segment ${segmentNumber}`;
  // After a conflict, closing the dialog (Cancel, Esc, ×) keeps the draft rather than dropping it.
  const closeRef = useRef<(() => void) | null>(null);
  return (
    <Modal open={open} onClose={() => (closeRef.current ?? onClose)()} title={title}>
      <FlagForm key={`${segmentNumber}-${open}`} {...form} onClose={onClose} closeRef={closeRef} />
    </Modal>
  );
}

type FormProps = Omit<Props, "open" | "segmentNumber"> & { closeRef: RefObject<(() => void) | null> };

function FlagForm({ base, initial, kept, onClose, onSubmit, onKeep, onDiscard, closeRef }: FormProps) {
  const start = initial ?? kept;
  const [category, setCategory] = useState<MqmCategoryId | "">(start?.category ?? "");
  const [severity, setSeverity] = useState<MqmSeverityId>(start?.severity ?? "minor");
  const [comment, setComment] = useState(start?.comment ?? "");
  const [useSource, setUseSource] = useState(true);
  const [error, setError] = useState<ActionError | null>(null);
  const [conflict, setConflict] = useState<StaleVersion | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const chosen = MQM_SEVERITIES.find((option) => option.id === severity)!;
  const draft = (): IssueDraft => ({ category: category as MqmCategoryId, severity, comment });
  const close = conflict ? () => onKeep(draft()) : onClose;

  useEffect(() => {
    closeRef.current = close;
    return () => { closeRef.current = null; };
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaving(true);
    const failure = await onSubmit({ ...draft(), useSource });
    setIsSaving(false);
    const stale = initial ? null : readStaleVersion(failure);
    setConflict(stale);
    if (failure) setError(stale ? null : failure);
    else onClose();
  }

  return (
    <form className="form wide" onSubmit={submit}>
      {initial ? null : <SpanSummary spans={base} useSource={useSource} onUseSource={setUseSource} />}
      <label>
        Category
        <select name="category" required value={category} onChange={(event) => setCategory(event.target.value as MqmCategoryId)}>
          <option value="" disabled>Choose an MQM category…</option>
          {DIMENSIONS.map((dimension) => (
            <optgroup key={dimension} label={dimension}>
              {MQM_CATEGORIES.filter((option) => option.dimension === dimension).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                  {option.isPenalized ? "" : " (not counted in the score)"}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <fieldset className="severity">
        <legend>Severity</legend>
        {MQM_SEVERITIES.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" name="severity" value={option.id} checked={severity === option.id} onChange={() => setSeverity(option.id)} aria-describedby={`guidance-${option.id}`} />
            <span>
              <strong>{option.label}</strong> <span className="subtle">({option.weight} {option.weight === 1 ? "point" : "points"})</span>
              <span id={`guidance-${option.id}`} className="guidance">{option.guidance}</span>
            </span>
          </label>
        ))}
        <p className="example" aria-live="polite">Example of {chosen.label.toLowerCase()}: {chosen.example}</p>
      </fieldset>
      <label>
        Comment
        <textarea name="comment" rows={3} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="What is wrong, and what the French says" />
      </label>
      <ActionAlert error={error} />
      {conflict && base ? (
        <StaleVersionNotice
          conflict={conflict} yourText={base.englishText} wording={conflictWording(conflict.currentVersion)}
          onReapply={() => onKeep(draft())} onDiscard={onDiscard}
        />
      ) : null}
      <div className="actions">
        <button type="button" className="button secondary" onClick={close}>Cancel</button>
        <button type="submit" className="button" disabled={isSaving || conflict !== null}>{initial ? "Save issue" : "Flag issue"}</button>
      </div>
    </form>
  );
}

function SpanSummary({ spans, useSource, onUseSource }: { spans: PendingSpans | null; useSource: boolean; onUseSource: (value: boolean) => void }) {
  return (
    <div className="span-summary">
      <p>
        English: {spans?.target ? <q className="quoted">{spans.target.text}</q> : <span className="subtle">the whole segment (select words to flag a span)</span>}
      </p>
      {spans?.source ? (
        <label className="choice">
          <input type="checkbox" checked={useSource} onChange={(event) => onUseSource(event.target.checked)} />
          <span>
            Link the French span <q className="quoted" lang="fr">{spans.source.text}</q>
          </span>
        </label>
      ) : (
        <p className="subtle">Tip: select the matching French words too, and both spans are linked to this issue.</p>
      )}
    </div>
  );
}
