"use client";

import { useState } from "react";
import { useServerAction } from "@/app/_components/use-server-action";
import type { ReviewQueueItem } from "@/lib/review/queries";
import { batchApproveAction } from "../actions";
import { ReviewItem } from "./review-item";
import type { QueueMessage } from "./types";

/** The queue with a selection for batch approval; each item has its own review controls. */
export function ReviewQueue({ items }: { items: ReviewQueueItem[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<QueueMessage | null>(null);
  const { run, isPending } = useServerAction();
  const toggle = (id: string, isOn: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });

  async function approveSelected() {
    const seenTextHashes = Object.fromEntries(items.filter((item) => selected.has(item.id)).map((item) => [item.id, item.textHash]));
    const { error, data } = await run(batchApproveAction, { suggestionIds: [...selected], seenTextHashes });
    if (!data) return setMessage({ text: error?.message ?? "Could not approve the selection.", isError: true });
    const { approved, failed } = data;
    const failures = failed.map((failure) => failure.message).join(" ");
    setMessage({ text: `Approved ${approved.length} of ${approved.length + failed.length}. ${failures}`.trim(), isError: failed.length > 0 });
    setSelected(new Set());
  }

  return (
    <>
      <div className="batch-bar" role="region" aria-label="Batch approval">
        <span>{selected.size} selected</span>
        <button type="button" className="button" disabled={selected.size === 0 || isPending} onClick={approveSelected}>
          Approve selected ({selected.size})
        </button>
        <p role="status" aria-live="polite" className={message?.isError ? "error" : "subtle"}>{message?.text}</p>
      </div>
      {items.length === 0 ? <p className="card">Nothing to review. New suggestions appear here.</p> : null}
      <ol className="queue-list">
        {items.map((item) => (
          <ReviewItem key={item.id} item={item} isSelected={selected.has(item.id)} onSelect={(isOn) => toggle(item.id, isOn)} report={setMessage} />
        ))}
      </ol>
    </>
  );
}
