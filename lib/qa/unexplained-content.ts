import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";

/** A cognate this close is a rendering even when the aligner gave the word to another one. */
const SUPPORT_COGNATE = 0.7;

/**
 * Content words of the run that a content word anywhere on the other side could render (lexicon
 * or close cognate), linked or not: "our gold" against "notre or" when the aligner took "or" for
 * the conjunction. A run whose words are all accounted for is a rendering the aligner missed, not
 * a gap; the words that are not are what a reviewer should look at.
 */
export function unexplainedContent(gap: { first: number; last: number }, alignment: WordAlignment, side: "source" | "target"): number {
  const { lexicon } = getLexicon();
  const other = side === "source" ? "target" : "source";
  // Every word of the other side, function words too: French "or" is a conjunction and gold.
  const otherInfos = alignment[other].map((word) => wordInfo(word.text, other));
  let count = 0;
  for (const word of alignment[side].slice(gap.first, gap.last + 1)) {
    if (!word.isContent) continue;
    const info = wordInfo(word.text, side);
    const explained = otherInfos.some((otherInfo) => {
      const [french, english] = side === "source" ? [info, otherInfo] : [otherInfo, info];
      return lexiconHas(lexicon, french.folded, french.stem, english.stem) || (english.baseStem !== english.stem && lexiconHas(lexicon, french.folded, french.stem, english.baseStem)) || cognateScore(french, english) >= SUPPORT_COGNATE;
    });
    if (!explained) count += 1;
  }
  return count;
}
