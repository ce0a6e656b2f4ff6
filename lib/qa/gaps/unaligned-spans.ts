import type { AlignedWord } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";

/** A stretch of one side whose content words have no counterpart: words `first`..`last`. */
export type UnalignedRun = { first: number; last: number; contentCount: number };

/**
 * Maximal runs of words, within one clause (no punctuation inside), whose content words are all
 * unlinked; function words may sit inside or lead ("dans une cage", "near the old river").
 */
export function findUnalignedRuns(text: string, words: AlignedWord[], linked: Set<number>): UnalignedRun[] {
  const runs: UnalignedRun[] = [];
  let current: UnalignedRun | null = null;
  const close = () => {
    if (current && current.contentCount > 0) {
      // A run ends on its last content word, not on a trailing article.
      while (!words[current.last].isContent) current.last -= 1;
      runs.push(current);
    }
    current = null;
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    // At index 0 nothing is open yet, so the start counting as a boundary closes nothing.
    if (isClauseBoundaryBefore(text, words, index) || linked.has(index)) close();
    if (linked.has(index)) continue;
    current ??= { first: index, last: index, contentCount: 0 };
    current.last = index;
    if (word.isContent) current.contentCount += 1;
  }
  close();
  return runs;
}
