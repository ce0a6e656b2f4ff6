import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";

/** A stretch of one side whose content words have no counterpart: words `first`..`last`. */
export type UnalignedRun = { first: number; last: number; contentCount: number };

/** Share of the content words outside `run` that are linked: how literally the rest is translated. */
export function coverageOutside(words: AlignedWord[], linked: Set<number>, run: UnalignedRun): number {
  let content = 0;
  let covered = 0;
  words.forEach((word, index) => {
    if (!word.isContent || (index >= run.first && index <= run.last)) return;
    content += 1;
    if (linked.has(index)) covered += 1;
  });
  return content === 0 ? 0 : covered / content;
}

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
    const isBoundary = index > 0 && /[.;:?!,()«»"“”—–]/.test(text.slice(words[index - 1].end, word.start));
    if (isBoundary || linked.has(index)) close();
    if (linked.has(index)) continue;
    current ??= { first: index, last: index, contentCount: 0 };
    current.last = index;
    if (word.isContent) current.contentCount += 1;
  }
  close();
  return runs;
}

export function linkedIndexes(alignment: WordAlignment, side: "source" | "target"): Set<number> {
  return new Set(alignment.links.map((link) => link[side]));
}

/** Content words of one side with no counterpart: a paraphrase leaves some on both sides, a gap on one only. */
export function unlinkedContentCount(words: AlignedWord[], linked: Set<number>): number {
  let count = 0;
  words.forEach((word, index) => {
    if (word.isContent && !linked.has(index)) count += 1;
  });
  return count;
}
