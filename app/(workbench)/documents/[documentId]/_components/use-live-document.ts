"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentChange, Viewing } from "@/lib/live/types";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/live/presence";
import { refreshDocumentCounts } from "./document-counts";
import { setLiveMarks, type LiveNotice } from "./live-marks";
import { refreshScoreReport } from "./score-details";

/** How long a row keeps its "updated by" marker. */
const MARKER_MS = 60_000;

/** The server-rendered parts above the list that count the whole document: the header and the MQM panel. */
function refreshDocumentSummaries(documentId: string) {
  void refreshDocumentCounts(documentId);
  void refreshScoreReport(documentId);
}

type Options = {
  documentId: string;
  viewerId: string;
  /** A filtered list: a change can bring a segment into it or take one out, so every page on screen is refetched. */
  isFiltered: boolean;
  active: { id: string; position: number } | undefined;
  /** Refetches the loaded pages that hold these segments. */
  refreshRows: (segmentIds: string[]) => void;
  /** Refetches every page on screen (segments were regrouped, or events were missed). */
  refreshAll: () => void;
  reloadDetail: () => void;
};

/**
 * Live changes and presence for the workspace (Server-Sent Events from /events, heartbeats to
 * /presence). A change from someone else refetches only the rows it names, the header's counts and
 * the MQM panel (not the page, which would cost the whole first page); the open segment's
 * panel reloads too, unless the reviewer has typed in it: then a notice asks them to review the
 * new text, so their typing is never replaced.
 */
export function useLiveDocument({ documentId, viewerId, isFiltered, active, refreshRows, refreshAll, reloadDetail }: Options) {
  const [notice, setNotice] = useState<LiveNotice>(null);
  // Bumped when someone else comments on the open segment: its discussion reloads (the typing stays).
  const [commentsVersion, setCommentsVersion] = useState(0);
  const typedIn = useRef<string | null>(null);
  const latest = useRef({ active, isFiltered, refreshRows, refreshAll, reloadDetail });
  useEffect(() => {
    latest.current = { active, isFiltered, refreshRows, refreshAll, reloadDetail };
  });

  // Typing anywhere in the panel marks the open segment as being edited.
  useEffect(() => {
    const onInput = (event: Event) => {
      if ((event.target as Element | null)?.closest?.("aside.panel")) typedIn.current = latest.current.active?.id ?? null;
    };
    document.addEventListener("input", onInput, true);
    return () => document.removeEventListener("input", onInput, true);
  }, []);

  const onChange = useCallback((change: DocumentChange) => {
    if (change.actorId === viewerId) return;
    const { active: open, isFiltered: filtered, refreshRows: rows, refreshAll: all, reloadDetail: detail } = latest.current;
    const isEditing = () => open !== undefined && (typedIn.current === open.id || document.activeElement?.closest("aside.panel textarea, aside.panel input") != null);
    // A QA run replaced findings (after an import, a glossary change): nobody's change, no marker; the
    // badges, the score and the open panel show the new findings, unless the reviewer is typing there.
    if (change.action.startsWith("findings.")) {
      all();
      refreshDocumentSummaries(documentId);
      if (open && !isEditing()) detail();
      return;
    }
    const name = change.actorName ?? "someone";
    if (change.action.startsWith("alignment.") || filtered) all();
    else rows(change.segmentIds);
    refreshDocumentSummaries(documentId);
    markUpdated(change.segmentIds, name);
    if (!open || !change.segmentIds.includes(open.id)) return;
    // A comment leaves the segment's text and details as they were: no notice, no panel reload.
    if (change.action.startsWith("comment.")) return setCommentsVersion((n) => n + 1);
    if (isEditing()) setNotice({ segmentId: open.id, position: open.position, actorName: name });
    else detail();
  }, [documentId, viewerId]);

  useEffect(() => {
    const source = new EventSource(`/api/v1/documents/${documentId}/events`);
    let hasFailed = false;
    source.addEventListener("change", (event) => onChange(JSON.parse(event.data)));
    source.addEventListener("presence", (event) => {
      const others = (JSON.parse(event.data) as Viewing[]).filter((viewing) => viewing.userId !== viewerId);
      setLiveMarks((old) => ({ ...old, others }));
    });
    const refreshEverything = () => {
      latest.current.refreshAll();
      refreshDocumentSummaries(documentId);
    };
    source.addEventListener("resync", refreshEverything);
    source.addEventListener("error", () => { hasFailed = true; });
    // Back after a drop: changes made meanwhile were missed.
    source.addEventListener("open", () => { if (hasFailed) refreshEverything(); hasFailed = false; });
    return () => {
      source.close();
      setLiveMarks(() => ({ updatedBy: new Map(), others: [] }));
    };
  }, [documentId, viewerId, onChange]);

  usePresenceHeartbeat(documentId, active?.id ?? null);

  const showNewText = useCallback(() => {
    typedIn.current = null;
    setNotice(null);
    latest.current.reloadDetail();
  }, []);
  const activeId = active?.id;
  const visibleNotice = notice && notice.segmentId === activeId ? notice : null;
  return { notice: visibleNotice, showNewText, commentsVersion };
}

/** "updated by Eddie" on these rows, for a minute. */
function markUpdated(segmentIds: string[], name: string) {
  const apply = (change: (next: Map<string, string>, id: string) => void) =>
    setLiveMarks((old) => {
      const next = new Map(old.updatedBy);
      for (const id of segmentIds) change(next, id);
      return { ...old, updatedBy: next };
    });
  apply((next, id) => next.set(id, name));
  setTimeout(() => apply((next, id) => { if (next.get(id) === name) next.delete(id); }), MARKER_MS);
}

/** Says "I am here, on this segment" now and every few seconds; says goodbye on leaving. */
function usePresenceHeartbeat(documentId: string, segmentId: string | null) {
  const [clientId] = useState(() => crypto.randomUUID());
  useEffect(() => {
    const send = (isLeaving: boolean) =>
      fetch(`/api/v1/documents/${documentId}/presence`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ clientId, segmentId, isLeaving }),
        keepalive: isLeaving,
      }).catch(() => undefined);
    void send(false);
    const timer = setInterval(() => void send(false), PRESENCE_HEARTBEAT_MS);
    const onHide = () => void send(true);
    window.addEventListener("pagehide", onHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", onHide);
    };
  }, [documentId, segmentId, clientId]);
  useEffect(() => () => {
    void fetch(`/api/v1/documents/${documentId}/presence`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clientId, segmentId: null, isLeaving: true }), keepalive: true,
    }).catch(() => undefined);
  }, [documentId, clientId]);
}
