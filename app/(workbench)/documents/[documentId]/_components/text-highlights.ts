/**
 * Highlights drawn with the CSS Custom Highlight API: ranges over the existing text nodes, styled
 * by `::highlight(name)` in globals.css. Nothing is added to the DOM, so a drag in progress keeps its
 * anchor (wrapping the selected words in a <mark> mid-drag moved it to the segment's first word).
 */
export type HighlightName = "recto-pending" | "recto-counterpart" | "recto-finding" | "recto-finding-lit";
export type SideSpan = { segmentId: string; side: "source" | "target"; start: number; end: number };

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/** A segment's English or French text element in the list, when it is on screen. */
export function sideElement(segmentId: string, side: "source" | "target"): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId)}"][data-side="${side}"]`);
}

/** The DOM range of UTF-16 offsets `start`–`end` of the text inside `root`. */
export function textRange(root: Node, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Replaces highlight `name` with these spans (an empty list removes it). */
export function drawHighlight(name: HighlightName, spans: readonly SideSpan[]): void {
  if (!supportsHighlights()) return;
  const ranges = spans.flatMap((span) => {
    const element = sideElement(span.segmentId, span.side);
    const range = element && span.end > span.start ? textRange(element, span.start, span.end) : null;
    return range ? [range] : [];
  });
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}
