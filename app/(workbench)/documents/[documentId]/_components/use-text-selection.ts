"use client";

import { useEffect } from "react";
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

/**
 * Watches text selections in the segment list. A selection inside one segment's English or
 * French becomes that side's pending span (snapped to whole words); selecting in another segment
 * starts over, and so does a selection in another version of the segment: each span remembers the
 * segment version and the English it was chosen in, which a flag is then based on. Collapsing the
 * selection keeps the spans, so clicking "Flag" does not lose them.
 */
export function useTextSelection(onSpans: (update: (previous: PendingSpans | null) => PendingSpans | null) => void, onRow: (index: number) => void) {
  useEffect(() => {
    let frame = 0;
    const handle = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = document.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
        const range = selection.getRangeAt(0);
        const element = sideElement(range.startContainer);
        if (!element || element !== sideElement(range.endContainer)) return;
        const text = element.textContent ?? "";
        const snapped = snapToWords(text, offsetIn(element, range.startContainer, range.startOffset), offsetIn(element, range.endContainer, range.endOffset));
        if (snapped.end <= snapped.start) return;
        const segmentId = element.dataset.segmentId!;
        const version = Number(element.dataset.version);
        const row = element.closest<HTMLElement>("[data-index]");
        const englishText = row?.querySelector('[data-side="target"]')?.textContent ?? "";
        const side = element.dataset.side as "source" | "target";
        const span = { ...snapped, text: text.slice(snapped.start, snapped.end) };
        const isSameVersion = (previous: PendingSpans | null) => previous?.segmentId === segmentId && previous.version === version;
        onSpans((previous) => ({ ...(previous && isSameVersion(previous) ? previous : { segmentId, version, englishText }), [side]: span }));
        const index = Number(row?.dataset.index);
        if (Number.isInteger(index)) onRow(index);
      });
    };
    document.addEventListener("selectionchange", handle);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", handle);
    };
  }, [onSpans, onRow]);
}
