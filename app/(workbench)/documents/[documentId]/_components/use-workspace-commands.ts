"use client";

import { useCallback } from "react";
import { callAction } from "@/app/_components/action-result";
import type { SegmentRow } from "@/lib/documents/workspace-types";
import type { ActionError } from "@/lib/errors";
import { approveSuggestionAction, flagIssueAction, updateIssueAction } from "../actions";
import { markSegmentReviewedAction } from "../segment-actions";
import type { IssueDraft } from "./flag-dialog";
import type { PendingSpans } from "./segment-row";
import { SUGGESTED_TEXT_ID } from "./suggest-form";
import type { DetailIssue, RunAction, SegmentDetail, ViewerAbilities } from "./types";
import { useWorkspaceKeys } from "./use-workspace-keys";

export type Dialog = { kind: "flag" } | { kind: "edit"; issue: DetailIssue } | { kind: "help" } | null;

/** Runs an action; on success reloads the segment panel and the visible rows. */
export function useRunAction(reload: () => void, refresh: () => void): RunAction {
  return useCallback(async (action, input) => {
    const { error } = await callAction(action, input);
    if (error) return error;
    reload();
    refresh();
    return null;
  }, [reload, refresh]);
}

type Context = {
  activeRow: SegmentRow | undefined;
  detail: SegmentDetail | null;
  dialog: Dialog;
  spans: PendingSpans | null;
  viewer: ViewerAbilities;
  run: RunAction;
  setDialog: (dialog: Dialog) => void;
  setSpans: (spans: PendingSpans | null) => void;
  setStatus: (message: string) => void;
  moveBy: (delta: number) => void;
};

/** The keyboard shortcuts, and saving the flag dialog (a new issue on the selection, or an edit). */
export function useWorkspaceCommands({ activeRow, detail, dialog, spans, viewer, run, setDialog, setSpans, setStatus, moveBy }: Context) {
  const approvable = detail?.suggestions.filter((s) => s.status === "pending" && (viewer.allowSelfApproval || s.author.id !== viewer.userId)) ?? [];
  const number = (activeRow?.position ?? 0) + 1;
  useWorkspaceKeys({
    move: moveBy,
    flag: () => activeRow && setDialog({ kind: "flag" }),
    suggest: () => document.getElementById(SUGGESTED_TEXT_ID)?.focus(),
    review: async () => {
      if (!activeRow) return;
      const error = await run(markSegmentReviewedAction, { segmentId: activeRow.id, segmentVersion: activeRow.version });
      setStatus(error?.message ?? `Marked segment ${number} reviewed.`);
      if (!error) moveBy(1);
    },
    approve: viewer.canReview
      ? async () => {
          if (approvable.length !== 1) return setStatus("To approve with a, the segment needs exactly one pending suggestion you may approve.");
          const error = await run(approveSuggestionAction, { suggestionId: approvable[0].id, seenTextHash: approvable[0].textHash });
          setStatus(error?.message ?? `Approved the suggestion on segment ${number}.`);
        }
      : null,
    help: () => setDialog({ kind: "help" }),
  });

  return async (draft: IssueDraft & { useSource: boolean }): Promise<ActionError | null> => {
    if (dialog?.kind === "edit") return run(updateIssueAction, { issueId: dialog.issue.id, category: draft.category, severity: draft.severity, comment: draft.comment });
    if (!activeRow) return { code: "VALIDATION", message: "Choose a segment first." };
    const selection = spans?.segmentId === activeRow.id ? spans : null;
    const source = draft.useSource ? selection?.source : undefined;
    const error = await run(flagIssueAction, {
      segmentId: activeRow.id, segmentVersion: activeRow.version, category: draft.category, severity: draft.severity, comment: draft.comment,
      targetStart: selection?.target?.start, targetEnd: selection?.target?.end, sourceStart: source?.start, sourceEnd: source?.end,
    });
    if (!error) {
      setSpans(null);
      setStatus(`Flagged an issue on segment ${number}.`);
    }
    return error;
  };
}
