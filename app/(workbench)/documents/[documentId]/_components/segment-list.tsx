"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { SegmentRow } from "@/lib/documents/workspace-types";
import { SegmentRowView, type PendingSpans } from "./segment-row";

type Props = {
  documentId: string;
  total: number;
  getRow: (index: number) => SegmentRow | undefined;
  ensureRange: (start: number, end: number) => void;
  activeIndex: number;
  /** Bumped when the active row moved by keyboard: scroll to it and focus it. */
  focusRequest: number;
  litIssueId: string | null;
  pending: PendingSpans | null;
  onActivate: (index: number) => void;
  onLightIssue: (issueId: string | null) => void;
};

const ESTIMATED_ROW_HEIGHT = 96;
const FULLY_RENDERED_MAX = 150;
// Same on server and client, so the first screenful is in the server HTML and hydrates as is.
const INITIAL_RECT = { width: 1280, height: 1000 };

export function SegmentList({ documentId, total, getRow, ensureRange, activeIndex, focusRequest, litIssueId, pending, onActivate, onLightIssue }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useScrollMargin(listRef, setScrollMargin);
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // A short document renders whole, so the browser's find-in-page sees every segment.
    overscan: total <= FULLY_RENDERED_MAX ? total : 10,
    scrollMargin,
    initialRect: INITIAL_RECT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => ensureRange(first, last), [first, last, ensureRange]);

  useEffect(() => {
    if (focusRequest === 0) return;
    virtualizer.scrollToIndex(activeIndex, { align: "auto" });
    const frame = requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request moves focus; re-renders of the same request do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  return (
    <div className="segments" role="table" aria-label="Aligned segments" aria-rowcount={total + 1} ref={listRef}>
      <div className="segment-head" role="row" aria-rowindex={1}>
        <div role="columnheader">#</div>
        <div role="columnheader" lang="fr">French (source)</div>
        <div role="columnheader">English (current)</div>
        <div role="columnheader">Alignment and review</div>
      </div>
      <div role="rowgroup" className="segment-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = getRow(item.index);
          const isActive = item.index === activeIndex;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-current={isActive ? "true" : undefined}
              id={row ? `segment-${row.position + 1}` : undefined}
              className={`segment-row${isActive ? " active" : ""}${row ? "" : " loading"}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              tabIndex={isActive ? 0 : -1}
              onClick={() => onActivate(item.index)}
              onFocus={(event) => event.target === event.currentTarget && onActivate(item.index)}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row ? (
                <SegmentRowView documentId={documentId} row={row} isActive={isActive} litIssueId={litIssueId} pending={pending?.segmentId === row.id ? pending : null} onLightIssue={onLightIssue} />
              ) : (
                <div role="cell" className="meta">Loading segment {item.index + 1}…</div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The list's distance from the top of the page, kept current as the content above it grows or shrinks. */
function useScrollMargin(listRef: React.RefObject<HTMLDivElement | null>, setScrollMargin: (margin: number) => void) {
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef, setScrollMargin]);
}
