"use client";

import { useCallback, useEffect, useState } from "react";
import type { SegmentRow } from "@/lib/documents/workspace-types";
import { FlagDialog } from "./flag-dialog";
import { HelpDialog } from "./help-dialog";
import { LiveChangeNotice, PresenceList } from "./live-marks";
import { SegmentList } from "./segment-list";
import { SegmentPanel } from "./segment-panel";
import type { PendingSpans } from "./segment-row";
import type { ViewerAbilities } from "./types";
import { useLiveDocument } from "./use-live-document";
import { useSegmentDetail } from "./use-segment-detail";
import { useSegmentPages } from "./use-segment-pages";
import { usePendingHighlight } from "./use-pending-highlight";
import { useTextSelection } from "./use-text-selection";
import { useWordCounterpart } from "./use-word-counterpart";
import { useWordKeys } from "./use-word-keys";
import { useRunAction, useWorkspaceCommands, type Dialog } from "./use-workspace-commands";

type Props = {
  documentId: string;
  /** The filters as URL search params; the list shows only matching segments. */
  query: string;
  initialPage: { total: number; rows: SegmentRow[] };
  viewer: ViewerAbilities;
};

export function Workspace({ documentId, query, initialPage, viewer }: Props) {
  const { total, getRow, ensureRange, refresh, refreshRows, positionOf } = useSegmentPages(documentId, query, initialPage);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const [spans, setSpans] = useState<PendingSpans | null>(null);
  const [litIssueId, setLitIssueId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState("");
  const activeRow = getRow(activeIndex);
  const { detail, isLoading, reload } = useSegmentDetail(activeRow?.id);
  const takeSelection = useTextSelection(setSpans, setActiveIndex);
  // Words chosen in an older version of the open segment point at other words now: they are dropped.
  const currentSpans = spans && !(spans.segmentId === activeRow?.id && spans.version !== activeRow.version) ? spans : null;
  const fallbackPending = usePendingHighlight(currentSpans);
  const wordLink = useWordCounterpart(detail);
  useWordKeys();
  const live = useLiveDocument({ documentId, viewerId: viewer.userId, isFiltered: query !== "", active: activeRow, refreshRows, refreshAll: refresh, reloadDetail: reload });

  const moveTo = useCallback((index: number) => {
    setActiveIndex(Math.max(0, Math.min(index, total - 1)));
    setFocusRequest((n) => n + 1);
  }, [total]);
  useHashNavigation(query, moveTo);

  const run = useRunAction(reload, refresh);
  const { openFlag, keptIssueOf, discardKept, flagDialog } = useWorkspaceCommands({
    activeRow, detail, dialog, spans: currentSpans, takeSelection, viewer, run, setDialog, setSpans, setStatus, moveBy: (delta) => moveTo(activeIndex + delta),
    reloadAll: () => { refresh(); reload(); },
  });

  return (
    <div className="workspace">
      <p role="status" className="visually-hidden">{status}</p>
      <PresenceList positionOf={positionOf} />
      <LiveChangeNotice notice={live.notice} onShow={live.showNewText} />
      {total === 0 ? <p className="card">No segment matches these filters.</p> : null}
      <SegmentList
        documentId={documentId} total={total} getRow={getRow} ensureRange={ensureRange} activeIndex={activeIndex} focusRequest={focusRequest}
        litIssueId={litIssueId} pending={fallbackPending} onActivate={setActiveIndex} onLightIssue={setLitIssueId}
      />
      <SegmentPanel
        detail={detail} isLoading={isLoading} spans={currentSpans} wordLink={wordLink} viewer={viewer} litIssueId={litIssueId} run={run} onReload={reload}
        onFlag={openFlag} hasKeptIssue={keptIssueOf(detail?.id) !== null} onDiscardKept={discardKept} onEditIssue={(issue) => setDialog({ kind: "edit", issue })} onLightIssue={setLitIssueId}
        onAlignmentChanged={() => { refresh(); reload(); }} commentsVersion={live.commentsVersion}
      />
      <FlagDialog
        open={dialog?.kind === "flag" || dialog?.kind === "edit"}
        segmentNumber={(activeRow?.position ?? 0) + 1}
        {...flagDialog}
        initial={dialog?.kind === "edit" ? dialog.issue : undefined}
        onClose={() => setDialog(null)}
      />
      <HelpDialog open={dialog?.kind === "help"} canReview={viewer.canReview} onClose={() => setDialog(null)} />
    </div>
  );
}

/** `#segment-12` (links in the issue list) moves to segment 12 when the list is unfiltered. */
function useHashNavigation(query: string, moveTo: (index: number) => void) {
  useEffect(() => {
    const onHash = () => {
      const match = /^#segment-(\d+)$/.exec(window.location.hash);
      if (match && query === "") moveTo(Number(match[1]) - 1);
    };
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [query, moveTo]);
}
