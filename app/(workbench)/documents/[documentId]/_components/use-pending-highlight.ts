"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { PendingSpans } from "./segment-row";
import { drawHighlight, supportsHighlights, type SideSpan } from "./text-highlights";

function pendingSpans(spans: PendingSpans | null): SideSpan[] {
  if (!spans) return [];
  return (["source", "target"] as const).flatMap((side) => {
    const span = spans[side];
    return span ? [{ segmentId: spans.segmentId, side, start: span.start, end: span.end }] : [];
  });
}

const subscribeNever = () => () => undefined;

/**
 * Draws the chosen words as a CSS highlight (redrawn after every render, since the virtualized list
 * may have replaced the text nodes). Where the API is missing, returns the spans to draw as <mark>s
 * instead, frozen while a pointer is pressed, so a drag never has its text rewritten under it.
 */
export function usePendingHighlight(spans: PendingSpans | null): PendingSpans | null {
  const isSupported = useSyncExternalStore(subscribeNever, supportsHighlights, () => true);
  const [frozen, setFrozen] = useState<{ spans: PendingSpans | null } | null>(null);
  const latest = useRef(spans);
  useEffect(() => {
    latest.current = spans;
    if (isSupported) drawHighlight("recto-pending", pendingSpans(spans));
  });
  useEffect(() => {
    if (isSupported) return () => drawHighlight("recto-pending", []);
    const down = () => setFrozen({ spans: latest.current });
    const up = () => setFrozen(null);
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    return () => {
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
    };
  }, [isSupported]);
  if (isSupported) return null;
  return frozen ? frozen.spans : spans;
}
