"use client";

import { useState } from "react";
import { useServerAction } from "@/app/_components/use-server-action";
import { MQM_CATEGORIES, type MqmCategoryId } from "@/lib/review/mqm-score";
import { rejectSuggestionAction } from "../actions";

type Props = { suggestionId: string; onDone: (message: { text: string; isError: boolean }) => void };

/** Reject with an MQM reason and a comment the author sees. */
export function RejectForm({ suggestionId, onDone }: Props) {
  const [reason, setReason] = useState<MqmCategoryId>("accuracy_mistranslation");
  const [comment, setComment] = useState("");
  const { run, isPending } = useServerAction();
  async function reject() {
    const { error } = await run(rejectSuggestionAction, { suggestionId, reason, comment });
    onDone(error ? { text: error.message, isError: true } : { text: "Rejected; the author sees your reason.", isError: false });
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
      <button type="button" className="button secondary" disabled={isPending} onClick={reject}>Reject suggestion</button>
    </details>
  );
}
