"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useServerAction } from "@/app/_components/use-server-action";
import { InlineDiff } from "@/app/_components/ui/word-diff";
import { diffWords, toHunks, type Hunk } from "@/lib/diff/word-diff";
import { MQM_CATEGORIES } from "@/lib/review/mqm-score";
import type { ReviewQueueItem } from "@/lib/review/queries";
import { approveSuggestionAction } from "../actions";
import { EditApproval } from "./edit-approval";
import { RejectForm } from "./reject-form";
import type { QueueMessage } from "./types";

type Props = { item: ReviewQueueItem; isSelected: boolean; onSelect: (isOn: boolean) => void; report: (message: QueueMessage) => void };

const categoryLabel = (id: string) => MQM_CATEGORIES.find((category) => category.id === id)?.label ?? id;

/** One pending suggestion; results go to the queue's status line, since an approved item leaves the list. */
export function ReviewItem({ item, isSelected, onSelect, report }: Props) {
  const { segment } = item;
  const router = useRouter();
  const hunks = useMemo(() => toHunks(diffWords(segment.currentText, item.text)), [segment.currentText, item.text]);
  const [accepted, setAccepted] = useState<Set<number>>(() => new Set(hunks.map((hunk) => hunk.index)));
  // The queue keeps this item mounted when its text changes (an edit in progress survives a reload); the choices start afresh.
  const [acceptedOf, setAcceptedOf] = useState(hunks);
  if (acceptedOf !== hunks) {
    setAcceptedOf(hunks);
    setAccepted(new Set(hunks.map((hunk) => hunk.index)));
  }
  const [isEditing, setIsEditing] = useState(false);
  const number = segment.position + 1;
  const canApprove = item.canApprove && !item.isStale;

  const { run } = useServerAction();

  async function approve(input: { acceptedHunks?: number[] }) {
    const { error, data } = await run(approveSuggestionAction, { suggestionId: item.id, seenTextHash: item.textHash, ...input });
    if (!error) return report({ text: `Approved: segment ${number} of ${item.document.title} is now at version ${data?.version}.`, isError: false });
    report({ text: error.message, isError: true });
    // A CONFLICT reloads the queue: the new text and its diff show before anything is approved.
    if (error.code === "CONFLICT" || error.code === "INVALID_STATE") router.refresh();
  }

  return (
    <li className="card queue-item" aria-label={`Suggestion by ${item.author.name} on segment ${number} of ${item.document.title}`}>
      <header className="queue-item-head">
        {canApprove ? (
          <label className="choice">
            <input type="checkbox" checked={isSelected} onChange={(event) => onSelect(event.target.checked)} /> Select for batch approval
          </label>
        ) : null}
        <Link href={`/documents/${item.document.id}#segment-${number}`}>{item.document.title} · segment {number}</Link>
        <span className="subtle">by {item.author.name}, {new Date(item.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC</span>
        {item.isStale ? <span className="badge low">based on version {item.baseVersion}; segment is at {segment.version}</span> : null}
      </header>
      <SuggestionContext item={item} />
      {!item.canApprove ? <p className="subtle">You wrote this suggestion; another editor must approve it.</p> : null}
      {item.isStale ? <p className="subtle">The segment changed since this suggestion was made; reject it or ask the author for a new one.</p> : null}
      {canApprove ? <HunkChoices hunks={hunks} accepted={accepted} onChange={setAccepted} /> : null}
      <div className="actions">
        {canApprove ? (
          <>
            <button type="button" className="button" onClick={() => approve({})}>Approve</button>
            <button type="button" className="button secondary" disabled={accepted.size === hunks.length} onClick={() => approve({ acceptedHunks: [...accepted] })}>
              Approve checked changes only
            </button>
            <button type="button" className="button secondary" onClick={() => setIsEditing(!isEditing)}>
              {isEditing ? "Cancel edits" : "Approve with edits…"}
            </button>
          </>
        ) : null}
        <RejectForm suggestionId={item.id} onDone={report} />
      </div>
      {isEditing ? <EditApproval item={item} report={report} onClose={() => setIsEditing(false)} /> : null}
    </li>
  );
}

/** The French, the diffs against the published and the current English, the note and the linked issues. */
function SuggestionContext({ item }: { item: ReviewQueueItem }) {
  const { segment } = item;
  const isCorrected = segment.currentText !== segment.publishedText;
  return (
    <>
      <p className="source" lang="fr">{segment.sourceText}</p>
      {isCorrected ? <p className="diff-caption">Against the published English</p> : null}
      <InlineDiff before={segment.publishedText} after={item.text} label="Suggestion against the published English" />
      {isCorrected ? (
        <>
          <p className="diff-caption">Against the current text (version {segment.version})</p>
          <InlineDiff before={segment.currentText} after={item.text} label="Suggestion against the current text" />
        </>
      ) : null}
      {item.note ? <p className="comment">Note: {item.note}</p> : null}
      {item.issues.length > 0 ? (
        <ul className="queue-issues" aria-label="Issues this suggestion addresses">
          {item.issues.map((issue) => (
            <li key={issue.id}>{categoryLabel(issue.category)} · {issue.severity}{issue.comment ? ` — ${issue.comment}` : ""} ({issue.author.name})</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One checkbox per hunk of the diff against the current text: unchecked changes are left out. */
function HunkChoices({ hunks, accepted, onChange }: { hunks: Hunk[]; accepted: Set<number>; onChange: (next: Set<number>) => void }) {
  return (
    <fieldset className="hunks">
      <legend>Changes against the current text</legend>
      {hunks.map((hunk) => (
        <label key={hunk.index} className="choice">
          <input type="checkbox" checked={accepted.has(hunk.index)} onChange={(event) => onChange(toggleIn(accepted, hunk.index, event.target.checked))} />
          Accept change {hunk.index + 1}: <del>{hunk.before || "∅"}</del> → <ins>{hunk.after || "∅"}</ins>
        </label>
      ))}
    </fieldset>
  );
}

function toggleIn(set: Set<number>, value: number, isOn: boolean): Set<number> {
  const next = new Set(set);
  if (isOn) next.add(value);
  else next.delete(value);
  return next;
}
