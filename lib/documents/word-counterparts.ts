import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";

export type WordCounterparts = { side: "source" | "target"; word: AlignedWord; counterparts: AlignedWord[] };

/**
 * The word of `side` that overlaps `start`–`end`, and the words of the other side the aligner links
 * it to (best score first; none when the word has no counterpart). Null when no aligned word is
 * there (the workspace and the aligner may cut punctuation differently).
 */
export function findCounterparts(alignment: WordAlignment, side: "source" | "target", start: number, end: number): WordCounterparts | null {
  const index = alignment[side].findIndex((word) => word.start < end && word.end > start);
  if (index < 0) return null;
  const other = side === "source" ? "target" : "source";
  const counterparts = alignment.links
    .filter((link) => link[side] === index)
    .sort((a, b) => b.score - a.score)
    .map((link) => alignment[other][link[other]])
    .filter((word) => word !== undefined);
  return { side, word: alignment[side][index], counterparts: [...new Set(counterparts)].sort((a, b) => a.start - b.start) };
}
