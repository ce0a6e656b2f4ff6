"use client";

import { useCallback, useState } from "react";
import { callAction } from "@/app/_components/action-result";
import type { SegmentRow } from "@/lib/documents/workspace-types";
import type { ActionError } from "@/lib/errors";
import { approveSuggestionAction, flagIssueAction, updateIssueAction } from "../actions";
import { markSegmentReviewedAction } from "../segment-actions";
import type { IssueDraft } from "./flag-dialog";
import type { PendingSpans } from "./segment-row";
import { SUGGESTED_TEXT_ID } from "./suggest-form";
import type { SelectionUpdate } from "./use-text-selection";
import type { DetailIssue, RunAction, SegmentDetail, ViewerAbilities } from "./types";
import { useWorkspaceKeys } from "./use-workspace-keys";

/** A new issue's dialog holds the spans (or the whole segment) and the segment version they were chosen in. */
export type Dialog = { kind: "flag"; base: PendingSpans } | { kind: "edit"; issue: DetailIssue } | { kind: "help" } | null;

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
  /** The selection, when it was made in the segment's version on screen. */
  spans: PendingSpans | null;
  /** Reads the document's selection now, for a flag asked for before the next frame: its update to `spans`. */
  takeSelection: () => SelectionUpdate | null;
  viewer: ViewerAbilities;
  run: RunAction;
  setDialog: (dialog: Dialog) => void;
  setSpans: (spans: PendingSpans | null) => void;
  setStatus: (message: string) => void;
  moveBy: (delta: number) => void;
  /** Reloads the rows and the panel: the segment moved under a flag. */
  reloadAll: () => void;
};

/** The keyboard shortcuts, and the flag dialog (a new issue on the selection, or an edit). */
export function useWorkspaceCommands({ activeRow, detail, dialog, spans, takeSelection, viewer, run, setDialog, setSpans, setStatus, moveBy, reloadAll }: Context) {
  const approvable = detail?.suggestions.filter((s) => s.status === "pending" && (viewer.allowSelfApproval || s.author.id !== viewer.userId)) ?? [];
  const number = (activeRow?.position ?? 0) + 1;
  // A new issue whose segment moved: its category, severity and comment wait for a new selection.
  const [kept, setKept] = useState<{ segmentId: string; draft: IssueDraft } | null>(null);

  // The version is the one the words were selected in (or, with no selection, the one on screen now),
  // never re-read at submit: live updates refresh the row under the open dialog.
  const openFlag = () => {
    if (!activeRow) return;
    // The selection may have changed within this frame (a double-click, then "f" at once).
    const update = takeSelection();
    const latest = update ? update(spans) : spans;
    const selection = latest?.segmentId === activeRow.id ? latest : null;
    setDialog({ kind: "flag", base: selection ?? { segmentId: activeRow.id, version: activeRow.version, englishText: activeRow.currentText } });
  };

  useWorkspaceKeys({
    move: moveBy,
    flag: openFlag,
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

  const submit = async (draft: IssueDraft & { useSource: boolean }): Promise<ActionError | null> => {
    if (dialog?.kind === "edit") return run(updateIssueAction, { issueId: dialog.issue.id, category: draft.category, severity: draft.severity, comment: draft.comment });
    if (dialog?.kind !== "flag") return { code: "VALIDATION", message: "Choose a segment first." };
    const { base } = dialog;
    const source = draft.useSource ? base.source : undefined;
    const error = await run(flagIssueAction, {
      segmentId: base.segmentId, segmentVersion: base.version, category: draft.category, severity: draft.severity, comment: draft.comment,
      targetStart: base.target?.start, targetEnd: base.target?.end, sourceStart: source?.start, sourceEnd: source?.end,
    });
    if (!error) {
      setSpans(null);
      setKept((previous) => (previous?.segmentId === base.segmentId ? null : previous));
      setStatus(`Flagged an issue on segment ${number}.`);
    }
    return error;
  };

  const leaveConflict = () => {
    setDialog(null);
    setSpans(null);
    reloadAll();
  };
  const flagBase = dialog?.kind === "flag" ? dialog.base : null;
  return {
    openFlag,
    /** The kept issue of this segment, if any, and how to drop it. */
    keptIssueOf: (segmentId: string | undefined) => (kept && kept.segmentId === segmentId ? kept.draft : null),
    discardKept: () => setKept(null),
    flagDialog: {
      base: flagBase,
      kept: flagBase && kept?.segmentId === flagBase.segmentId ? kept.draft : undefined,
      onSubmit: submit,
      onKeep: (draft: IssueDraft) => {
        if (flagBase) setKept({ segmentId: flagBase.segmentId, draft });
        leaveConflict();
        setStatus("Your issue is kept: select the words again in the new English, then press Flag selection.");
      },
      onDiscard: () => {
        setKept(null);
        leaveConflict();
      },
    },
  };
}
