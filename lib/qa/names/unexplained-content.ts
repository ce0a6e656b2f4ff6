import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { findSpelledOutWords } from "./acronym-expansions";
import { NAME_EQUIVALENTS } from "./name-equivalents";

/** A cognate this close is a rendering even when the aligner gave the word to another one. */
const SUPPORT_COGNATE = 0.7;

/** A word of a name the names table renders by this one English word: "Union européenne" by "EU", "Allemagne" by "German". */
function isNameRendering(french: string, english: string): boolean {
  return Object.hasOwn(NAME_EQUIVALENTS, french) && NAME_EQUIVALENTS[french].includes(english);
}

/**
 * Content words of the run that a content word anywhere on the other side could render (lexicon
 * or close cognate), linked or not: "our gold" against "notre or" when the aligner took "or" for
 * the conjunction. A run whose words are all accounted for is a rendering the aligner missed, not
 * a gap; the words that are not are what a reviewer should look at. `isSpent`: words of the other side that
 * render something else and may not be counted ("hausse" of "the VAT increase" for "and rising unemployment").
 */
export function unexplainedContent(gap: { first: number; last: number }, alignment: WordAlignment, side: "source" | "target", isSpent: (otherIndex: number) => boolean = () => false): number {
  const { lexicon } = getLexicon();
  const other = side === "source" ? "target" : "source";
  // Every word of the other side, function words too: French "or" is a conjunction and gold.
  const otherInfos = alignment[other].map((word) => wordInfo(word.text, other));
  let count = 0;
  // An acronym spelled out by the initials of English words ("PNF" → "national financial prosecutor's office") is rendered by them.
  let spelledOut: Set<number> | undefined;
  for (const [offset, word] of alignment[side].slice(gap.first, gap.last + 1).entries()) {
    if (!word.isContent) continue;
    if (side === "target" && (spelledOut ??= findSpelledOutWords(alignment.source, alignment.target)).has(gap.first + offset)) continue;
    const info = wordInfo(word.text, side);
    const explained = otherInfos.some((otherInfo, otherIndex) => {
      if (isSpent(otherIndex)) return false;
      const [french, english] = side === "source" ? [info, otherInfo] : [otherInfo, info];
      return isWordRendering(lexicon, french, english) || isNameRendering(french.folded, english.folded) || isCompoundRendering(lexicon, french, english.folded) ||
        isHyphenPartRendering(lexicon, french, english.folded);
    });
    if (!explained) count += 1;
  }
  return count;
}

/** An English compound closing on a rendering of the French word: "overnight" says "dans la nuit", "weekday" "jour". */
function isCompoundRendering(lexicon: ReturnType<typeof getLexicon>["lexicon"], french: { folded: string; stem: string }, english: string): boolean {
  const match = /^(?:over|mid|to|yester|week|every|any|some)(\p{L}{4,})$/u.exec(english);
  return match !== null && lexiconHas(lexicon, french.folded, french.stem, wordInfo(match[1], "target").stem);
}

/** An English hyphenated compound one of whose parts renders the French word: "three-pointer" says "trois" and "points", "four-game" "quatre". */
function isHyphenPartRendering(lexicon: ReturnType<typeof getLexicon>["lexicon"], french: ReturnType<typeof wordInfo>, english: string): boolean {
  if (!english.includes("-")) return false;
  return english.split("-").some((part) => {
    if (part.length < 3) return false;
    return isWordRendering(lexicon, french, wordInfo(part, "target"));
  });
}

/** Whether the English word renders the French one: by the lexicon, on its stem or its base's, or as a close cognate. */
function isWordRendering(lexicon: ReturnType<typeof getLexicon>["lexicon"], french: ReturnType<typeof wordInfo>, english: ReturnType<typeof wordInfo>): boolean {
  return lexiconHas(lexicon, french.folded, french.stem, english.stem) || (english.baseStem !== english.stem && lexiconHas(lexicon, french.folded, french.stem, english.baseStem)) ||
    cognateScore(french, english) >= SUPPORT_COGNATE;
}
