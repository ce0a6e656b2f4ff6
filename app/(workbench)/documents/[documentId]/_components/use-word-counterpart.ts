"use client";

import { useEffect, useState } from "react";
import { findCounterparts } from "@/lib/documents/word-counterparts";
import { drawHighlight } from "./text-highlights";
import type { SegmentDetail } from "./types";

export type WordLink = { side: "source" | "target"; word: string; counterparts: string[] };

function wordAt(target: EventTarget | null, segmentId: string) {
  const word = target instanceof Element ? target.closest<HTMLElement>(".word[data-start]") : null;
  const side = word?.closest<HTMLElement>("[data-side]");
  if (!word || !side || side.dataset.segmentId !== segmentId) return null;
  return { side: side.dataset.side as "source" | "target", start: Number(word.dataset.start), end: Number(word.dataset.end) };
}

/**
 * Hovering or focusing a word of the open segment lights it and the words the aligner links it to
 * on the other side (CSS highlights: the text is never rewritten). Returns the link for the panel
 * to say in words, or null.
 */
export function useWordCounterpart(detail: SegmentDetail | null): WordLink | null {
  const [link, setLink] = useState<WordLink | null>(null);
  useEffect(() => {
    if (!detail) return;
    const show = (event: Event) => {
      const at = wordAt(event.target, detail.id);
      if (!at) return;
      const found = findCounterparts(detail.alignment, at.side, at.start, at.end);
      if (!found) return;
      const other = at.side === "source" ? "target" : "source";
      drawHighlight("recto-counterpart", [
        { segmentId: detail.id, side: at.side, start: found.word.start, end: found.word.end },
        ...found.counterparts.map((word) => ({ segmentId: detail.id, side: other, start: word.start, end: word.end }) as const),
      ]);
      setLink({ side: at.side, word: found.word.text, counterparts: found.counterparts.map((word) => word.text) });
    };
    const hide = (event: Event) => {
      if (!wordAt(event.target, detail.id)) return;
      drawHighlight("recto-counterpart", []);
      setLink(null);
    };
    document.addEventListener("mouseover", show);
    document.addEventListener("focusin", show);
    document.addEventListener("mouseout", hide);
    document.addEventListener("focusout", hide);
    return () => {
      document.removeEventListener("mouseover", show);
      document.removeEventListener("focusin", show);
      document.removeEventListener("mouseout", hide);
      document.removeEventListener("focusout", hide);
      drawHighlight("recto-counterpart", []);
      setLink(null);
    };
  }, [detail]);
  return link;
}
