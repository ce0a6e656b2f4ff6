"use client";

import { useId, useState } from "react";
import { ActionAlert } from "@/app/_components/ui/action-alert";
import { useServerAction } from "@/app/_components/use-server-action";
import { confirmFindingAction, dismissFindingAction, dismissFindingsAction } from "../actions";
import styles from "./findings.module.css";

export type FindingActionsProps = {
  findingId: string;
  documentId: string;
  checkId: string;
  checkTitle: string;
  fingerprint: string;
  /** 1-based segment number, for accessible names. */
  segmentNumber: number;
  canConfirm: boolean;
  canDismiss: boolean;
};

const plural = (count: number) => `${count} finding${count === 1 ? "" : "s"}`;

/** Confirm (becomes a normal issue), dismiss (remembered), or dismiss every finding of this check on the same text. */
export function FindingActions(props: FindingActionsProps) {
  const { findingId, documentId, checkId, checkTitle, fingerprint, segmentNumber } = props;
  const { run, error, notice, isPending } = useServerAction({ refreshRoute: true });
  const [reason, setReason] = useState("");
  const reasonId = useId();
  return (
    <div className={styles.actions}>
      {props.canConfirm ? (
        <button type="button" className="button" disabled={isPending} aria-label={`Confirm as issue: the finding on segment ${segmentNumber}`}
          onClick={() => run(confirmFindingAction, { findingId }, { success: () => "Confirmed: it is now an issue on the segment." })}>
          Confirm as issue
        </button>
      ) : null}
      {props.canDismiss ? (
        <>
          <label htmlFor={reasonId} className={styles.visuallyHidden}>Reason for dismissing the finding on segment {segmentNumber} (optional)</label>
          <input id={reasonId} value={reason} maxLength={500} placeholder="Reason (optional)" onChange={(event) => setReason(event.target.value)} />
          <button type="button" className="button secondary" disabled={isPending} aria-label={`Dismiss the finding on segment ${segmentNumber}`}
            onClick={() => run(dismissFindingAction, { findingId, reason }, { success: (data) => `Dismissed ${plural(data?.dismissedCount ?? 0)}; they will not come back.` })}>
            Dismiss
          </button>
          <button type="button" className="button secondary" disabled={isPending}
            aria-label={`Dismiss all on this text: every “${checkTitle}” finding on the same text in this document`}
            onClick={() => run(dismissFindingsAction, { documentId, checkId, fingerprint, reason }, { success: (data) => `Dismissed ${plural(data?.dismissedCount ?? 0)}.` })}>
            Dismiss all on this text
          </button>
        </>
      ) : null}
      <ActionAlert error={error} />
      <p role="status" className="subtle">{notice}</p>
    </div>
  );
}
