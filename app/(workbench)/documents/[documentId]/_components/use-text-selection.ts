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
 * starts over. Collapsing the selection keeps the spans, so clicking "Flag" does not lose them.
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
        const side = element.dataset.side as "source" | "target";
        const span = { ...snapped, text: text.slice(snapped.start, snapped.end) };
        onSpans((previous) => ({ ...(previous?.segmentId === segmentId ? previous : { segmentId }), [side]: span }));
        const index = Number(element.closest<HTMLElement>("[data-index]")?.dataset.index);
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
