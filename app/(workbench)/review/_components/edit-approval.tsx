"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { readChangedSuggestion, readStaleVersion, type StaleVersion } from "@/app/_components/stale-version";
import { StaleVersionNotice, type NoticeWording } from "@/app/_components/ui/stale-version-notice";
import { useServerAction } from "@/app/_components/use-server-action";
import type { ActionError } from "@/lib/errors";
import type { ReviewQueueItem } from "@/lib/review/queries";
import { approveSuggestionAction } from "../actions";
import type { QueueMessage } from "./types";

/** What the editor has seen: the suggestion's text (by hash) and, once re-applied, the segment version. */
type Basis = { seenTextHash: string; baseVersion?: number };
type Conflict = { notice: StaleVersion; wording?: NoticeWording; reapplyOn: Basis };

type Props = { item: ReviewQueueItem; report: (message: QueueMessage) => void; onClose: () => void };

const SUGGESTION_CHANGED: NoticeWording = { title: "The suggestion changed", newTextCaption: "The author's new text", reapplyLabel: "Apply my text" };

/**
 * "Approve with edits": the editor's own English. When the segment or the suggestion moved meanwhile
 * the approval is refused; the text stays here, with the new text diffed against it, until they
 * re-apply or discard it (issue 16). The queue is not reloaded meanwhile.
 */
export function EditApproval({ item, report, onClose }: Props) {
  const router = useRouter();
  const [text, setText] = useState(item.text);
  const [basis, setBasis] = useState<Basis>({ seenTextHash: item.textHash });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const { run, isPending } = useServerAction();
  const number = item.segment.position + 1;

  async function approve(on: Basis) {
    setBasis(on);
    const { error, data } = await run(approveSuggestionAction, { suggestionId: item.id, editedText: text, ...on });
    if (!error) return report({ text: `Approved: segment ${number} of ${item.document.title} is now at version ${data?.version}.`, isError: false });
    const next = readApprovalConflict(error, on);
    setConflict(next);
    if (next) return;
    report({ text: error.message, isError: true });
    if (error.code === "INVALID_STATE") router.refresh();
  }

  function discard() {
    onClose();
    router.refresh();
  }

  return (
    <div className="edit-approve">
      <label>
        Edited English
        <textarea value={text} rows={4} onChange={(event) => setText(event.target.value)} />
      </label>
      {conflict ? (
        <StaleVersionNotice
          conflict={conflict.notice} wording={conflict.wording} yourText={text} isPending={isPending}
          onReapply={() => approve(conflict.reapplyOn)} onDiscard={discard}
        />
      ) : (
        <button type="button" className="button" disabled={isPending} onClick={() => approve(basis)}>Approve edited text</button>
      )}
    </div>
  );
}

/** A refusal the editor can answer by re-applying their text: on the author's new suggestion, or on the segment's new version. */
function readApprovalConflict(error: ActionError, on: Basis): Conflict | null {
  const changed = readChangedSuggestion(error);
  if (changed) {
    return { notice: { message: changed.message, currentVersion: changed.currentVersion, currentText: changed.text }, wording: SUGGESTION_CHANGED, reapplyOn: { ...on, seenTextHash: changed.textHash } };
  }
  const stale = readStaleVersion(error);
  return stale ? { notice: stale, reapplyOn: { ...on, baseVersion: stale.currentVersion } } : null;
}
