"use client";

import { useCallback, useEffect, useRef } from "react";
import { snapToWords } from "@/lib/documents/workspace-spans";
import type { PendingSpans } from "./segment-row";

function sideElement(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  return element?.closest<HTMLElement>("[data-side]") ?? null;
}

/** Offset of (node, offset) in the text of `root`, in UTF-16 code units. */
function offsetIn(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** How the document's current selection changes the pending spans: the update and the row it is in. */
export type SelectionUpdate = (previous: PendingSpans | null) => PendingSpans | null;

function readSelection(): { update: SelectionUpdate; index: number | null } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const element = sideElement(range.startContainer);
  if (!element || element !== sideElement(range.endContainer)) return null;
  const text = element.textContent ?? "";
  const snapped = snapToWords(text, offsetIn(element, range.startContainer, range.startOffset), offsetIn(element, range.endContainer, range.endOffset));
  if (snapped.end <= snapped.start) return null;
  const segmentId = element.dataset.segmentId!;
  const version = Number(element.dataset.version);
  const row = element.closest<HTMLElement>("[data-index]");
  const englishText = row?.querySelector('[data-side="target"]')?.textContent ?? "";
  const side = element.dataset.side as "source" | "target";
  const span = { ...snapped, text: text.slice(snapped.start, snapped.end) };
  const isSameVersion = (previous: PendingSpans | null) => previous?.segmentId === segmentId && previous.version === version;
  const index = Number(row?.dataset.index);
  return {
    update: (previous) => ({ ...(previous && isSameVersion(previous) ? previous : { segmentId, version, englishText }), [side]: span }),
    index: Number.isInteger(index) ? index : null,
  };
}

/**
 * Watches text selections in the segment list. A selection inside one segment's English or
 * French becomes that side's pending span (snapped to whole words); selecting in another segment
 * starts over, and so does a selection in another version of the segment: each span remembers the
 * segment version and the English it was chosen in, which a flag is then based on. Collapsing the
 * selection keeps the spans, so clicking "Flag" does not lose them.
 *
 * Selection changes are read once a frame. The returned function reads the selection now and
 * returns its update: pressing "f" straight after a double-click must flag the word just chosen.
 */
export function useTextSelection(onSpans: (update: SelectionUpdate) => void, onRow: (index: number) => void): () => SelectionUpdate | null {
  const frame = useRef(0);
  const apply = useCallback((found: ReturnType<typeof readSelection>) => {
    if (!found) return;
    onSpans(found.update);
    if (found.index !== null) onRow(found.index);
  }, [onSpans, onRow]);
  useEffect(() => {
    const handle = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => apply(readSelection()));
    };
    document.addEventListener("selectionchange", handle);
    return () => {
      cancelAnimationFrame(frame.current);
      document.removeEventListener("selectionchange", handle);
    };
  }, [apply]);
  return useCallback(() => {
    cancelAnimationFrame(frame.current);
    const found = readSelection();
    apply(found);
    return found?.update ?? null;
  }, [apply]);
}
