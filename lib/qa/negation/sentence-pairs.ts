import { type Language, segmentText } from "@/lib/align/segment";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";

// A segment of several sentences rendered sentence by sentence: each French sentence's polarity
// is the English sentence's to keep. Counted over the whole segment, a negation added in one
// sentence hides one lost in another ("ne disputera pas … Il devrait être remplacé" → "will miss
// … He is not expected to be replaced").

/** An end mark followed by space, or a line break: where a second sentence may start. */
const MAY_HOLD_TWO = /[.!?…][»"”’)\]]*\s|\n/u;

/** Share of the links that may cross from one sentence to another of a different rank. */
const MAX_CROSSING = 0.2;

/** The index of each word's sentence, as the importer splits the text (abbreviations such as "M." and "J.-C." end none). */
function sentenceRanks(text: string, words: AlignedWord[], language: Language): number[] {
  const { leading, sentences } = segmentText(text, language, { onePerLine: true });
  const starts: number[] = [];
  let offset = leading.length;
  for (const sentence of sentences) {
    starts.push(offset);
    offset += sentence.text.length + sentence.separator.length;
  }
  let rank = 0;
  return words.map((word) => {
    while (rank + 1 < starts.length && starts[rank + 1] <= word.start) rank += 1;
    return rank;
  });
}

/** The words of one sentence and the links between them, re-indexed; offsets still point into the whole segment's text. */
function sentenceAlignment(alignment: WordAlignment, sourceRanks: number[], targetRanks: number[], rank: number): WordAlignment {
  const keep = (ranks: number[]) => ranks.flatMap((value, index) => (value === rank ? [index] : []));
  const [sourceIndexes, targetIndexes] = [keep(sourceRanks), keep(targetRanks)];
  return {
    source: sourceIndexes.map((index) => alignment.source[index]),
    target: targetIndexes.map((index) => alignment.target[index]),
    links: alignment.links
      .filter((link) => sourceRanks[link.source] === rank && targetRanks[link.target] === rank)
      .map((link) => ({ ...link, source: link.source - sourceIndexes[0], target: link.target - targetIndexes[0] })),
  };
}

/**
 * The segment's sentence pairs, when both sides have the same number of sentences (two or more)
 * and the aligner links them rank to rank: one word alignment per pair. Null otherwise.
 */
export function pairSentences(source: string, target: string, alignment: WordAlignment): WordAlignment[] | null {
  // Most segments are one sentence: no end mark before the last word, no line break, no need to split.
  if (!MAY_HOLD_TWO.test(source.trimEnd()) || !MAY_HOLD_TWO.test(target.trimEnd())) return null;
  const sourceRanks = sentenceRanks(source, alignment.source, "fr");
  const targetRanks = sentenceRanks(target, alignment.target, "en");
  const count = (sourceRanks.at(-1) ?? 0) + 1;
  if (count < 2 || count !== (targetRanks.at(-1) ?? 0) + 1 || alignment.links.length === 0) return null;
  const crossing = alignment.links.filter((link) => sourceRanks[link.source] !== targetRanks[link.target]).length;
  if (crossing > MAX_CROSSING * alignment.links.length) return null;
  const pairs = Array.from({ length: count }, (_, rank) => sentenceAlignment(alignment, sourceRanks, targetRanks, rank));
  // A pair the aligner links nowhere is not known to render its French sentence.
  return pairs.every((pair) => pair.links.length > 0) ? pairs : null;
}
