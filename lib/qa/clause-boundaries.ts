import type { AlignedWord } from "@/lib/word-align/types";

/** Punctuation that ends a clause or a phrase, between two words. */
const CLAUSE_BOUNDARY = /[.;:?!,()«»"“”—–]/;

/** Whether a clause or phrase boundary lies just before word `index`: punctuation after the word before it, or the text's start or end (`index` ≤ 0 or past the last word). */
export function isClauseBoundaryBefore(text: string, words: readonly AlignedWord[], index: number): boolean {
  return index <= 0 || index >= words.length || CLAUSE_BOUNDARY.test(text.slice(words[index - 1].end, words[index].start));
}

/** Whether a clause or phrase boundary lies anywhere between two words, in either order. */
export function hasClauseBoundaryBetween(text: string, first: AlignedWord, second: AlignedWord): boolean {
  const [from, to] = first.start < second.start ? [first.end, second.start] : [second.end, first.start];
  return CLAUSE_BOUNDARY.test(text.slice(from, to));
}
