"use client";

import { useState } from "react";
import { MQM_CATEGORIES, type MqmCategoryId } from "@/lib/review/mqm-score";
import { rejectSuggestionAction } from "../actions";

type Props = { suggestionId: string; onDone: (message: { text: string; isError: boolean }) => void };

/** Reject with an MQM reason and a comment the author sees. */
export function RejectForm({ suggestionId, onDone }: Props) {
  const [reason, setReason] = useState<MqmCategoryId>("accuracy_mistranslation");
  const [comment, setComment] = useState("");
  async function reject() {
    const result = await rejectSuggestionAction({ suggestionId, reason, comment });
    if (result?.serverError) onDone({ text: result.serverError, isError: true });
    else if (result?.validationErrors) onDone({ text: "Check the comment: it is too long.", isError: true });
    else onDone({ text: "Rejected; the author sees your reason.", isError: false });
  }
  return (
    <details className="reject">
      <summary>Reject…</summary>
      <label>
        Reason
        <select value={reason} onChange={(event) => setReason(event.target.value as MqmCategoryId)}>
          {MQM_CATEGORIES.map((category) => (
            <option key={category.id} value={category.id}>{category.dimension === category.label ? category.label : `${category.dimension}: ${category.label}`}</option>
          ))}
        </select>
      </label>
      <label>
        Comment for the author
        <textarea value={comment} rows={2} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="button" className="button secondary" onClick={reject}>Reject suggestion</button>
    </details>
  );
}
