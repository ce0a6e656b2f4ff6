"use client";

import { useState, type FormEvent } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import type { ActionError } from "@/lib/errors";
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmCategoryId, type MqmSeverityId } from "@/lib/review/mqm-score";
import { Modal } from "./modal";
import type { PendingSpans } from "./segment-row";

export type IssueDraft = { category: MqmCategoryId; severity: MqmSeverityId; comment: string };

type Props = {
  open: boolean;
  segmentNumber: number;
  spans: PendingSpans | null;
  /** Set when editing an existing issue. */
  initial?: IssueDraft;
  onClose: () => void;
  /** Resolves to the error, or null when saved. */
  onSubmit: (draft: IssueDraft & { useSource: boolean }) => Promise<ActionError | null>;
};

const DIMENSIONS = [...new Set(MQM_CATEGORIES.map((category) => category.dimension))];

export function FlagDialog({ open, segmentNumber, spans, initial, onClose, onSubmit }: Props) {
  const title = initial ? `Edit issue on segment ${segmentNumber}` : `Flag an issue in segment ${segmentNumber}`;
  return (
    <Modal open={open} onClose={onClose} title={title}>
      <FlagForm key={`${segmentNumber}-${open}`} spans={spans} initial={initial} onClose={onClose} onSubmit={onSubmit} />
    </Modal>
  );
}

function FlagForm({ spans, initial, onClose, onSubmit }: Omit<Props, "open" | "segmentNumber">) {
  const [severity, setSeverity] = useState<MqmSeverityId>(initial?.severity ?? "minor");
  const [useSource, setUseSource] = useState(true);
  const [error, setError] = useState<ActionError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const chosen = MQM_SEVERITIES.find((option) => option.id === severity)!;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setIsSaving(true);
    const failure = await onSubmit({
      category: data.get("category") as MqmCategoryId,
      severity,
      comment: String(data.get("comment") ?? ""),
      useSource,
    });
    setIsSaving(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <form className="form wide" onSubmit={submit}>
      {initial ? null : <SpanSummary spans={spans} useSource={useSource} onUseSource={setUseSource} />}
      <label>
        Category
        <select name="category" required defaultValue={initial?.category ?? ""}>
          <option value="" disabled>Choose an MQM category…</option>
          {DIMENSIONS.map((dimension) => (
            <optgroup key={dimension} label={dimension}>
              {MQM_CATEGORIES.filter((category) => category.dimension === dimension).map((category) => (
                <option key={category.id} value={category.id}>
                  {category.label}
                  {category.isPenalized ? "" : " (not counted in the score)"}
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
        <textarea name="comment" rows={3} defaultValue={initial?.comment ?? ""} placeholder="What is wrong, and what the French says" />
      </label>
      <ActionAlert error={error} />
      <div className="actions">
        <button type="button" className="button secondary" onClick={onClose}>Cancel</button>
        <button type="submit" className="button" disabled={isSaving}>{initial ? "Save issue" : "Flag issue"}</button>
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
