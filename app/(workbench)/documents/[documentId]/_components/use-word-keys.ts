"use client";

import { useEffect } from "react";
import { textRange } from "./text-highlights";

/** The words of one side, in order (a word cut by a mark counts once: its first part). */
function sideWords(side: HTMLElement): HTMLElement[] {
  return [...side.querySelectorAll<HTMLElement>(".word[data-first]")];
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Caret browsing by whole words in the open segment's text: arrows (and Home/End) move between
 * words, with Shift they select from the word where Shift was first pressed. The selection is the
 * browser's own, so the span is chosen exactly as a mouse drag would choose it.
 */
export function useWordKeys() {
  useEffect(() => {
    let anchor: HTMLElement | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      const word = event.target instanceof HTMLElement && event.target.matches(".word[tabindex]") ? event.target : null;
      const side = word?.closest<HTMLElement>("[data-side]");
      const step = STEPS[event.key];
      if (!word || !side || !step || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const words = sideWords(side);
      const next = words[step(words.indexOf(word), words.length)];
      if (!event.shiftKey || !anchor || !side.contains(anchor)) anchor = event.shiftKey ? word : next;
      // Roving focus: only the focused word can take focus, so the others never catch a mouse press.
      word.removeAttribute("tabindex");
      next.tabIndex = 0;
      next.focus();
      if (!event.shiftKey) return;
      const [first, last] = Number(anchor.dataset.start) <= Number(next.dataset.start) ? [anchor, next] : [next, anchor];
      const range = textRange(side, Number(first.dataset.start), Number(last.dataset.end));
      if (!range) return;
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, []);
}
