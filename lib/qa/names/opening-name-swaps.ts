import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isSpelled } from "../speller";
import { swapHit } from "./acronym-swaps";
import { isSameName, isTransliteratedName } from "./name-similarity";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isFrenchWord } from "./name-words";
import type { CheckHit } from "../types";

/**
 * A plain capitalised word of four letters or more followed by a lower-case one: a subject opening the
 * sentence ("Airbus a livré", "Boeing delivered"). A letter drawn out thrice is a hiss ("Ainsssi").
 */
function isOpeningSubject(text: string, word: { text: string; end: number }): boolean {
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word.text) && !/(\p{L})\1\1/u.test(word.text) && /^,?\s+\p{Ll}/u.test(text.slice(word.end));
}

/**
 * Two sentences opening on a different name, the subject of each: "Airbus a livré 60 appareils" →
 * "Boeing delivered 60 aircraft". A sentence-initial word says nothing of being a name, so the
 * word pairing leaves it out when the English dictionary knows it ("airbus"); here the French word is
 * no French dictionary word, the English one no English dictionary word, neither is linked, and
 * neither side names the other's in any spelling.
 */
export function findOpeningNameSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const [sourceWord, targetWord] = [alignment.source[0], alignment.target[0]];
  if (sourceWord === undefined || targetWord === undefined || sourceWord.start > 0 || targetWord.start > 0) return [];
  if (!isOpeningSubject(source, sourceWord) || !isOpeningSubject(target, targetWord)) return [];
  if (alignment.links.some((link) => link.source === 0 || link.target === 0)) return [];
  const [sourceInfo, targetInfo] = [wordInfo(sourceWord.text, "source"), wordInfo(targetWord.text, "target")];
  if (sourceInfo.isFunction || targetInfo.isFunction || isFrenchWord(sourceWord.text, sourceInfo.folded, sourceInfo.stem) || isSpelled(targetInfo.folded)) return [];
  if (Object.hasOwn(NAME_EQUIVALENTS, sourceInfo.folded)) return [];
  // Capitalised words in any spelling, others only as written ("Airbus" is not "aircraft").
  const isNamedIn = (folded: string, words: typeof alignment.source, language: "source" | "target") => words.some((word) => {
    const other = wordInfo(word.text, language).folded;
    return other === folded || (/^\p{Lu}/u.test(word.text) && (isSameName(folded, other) || isTransliteratedName(folded, other)));
  });
  if (isNamedIn(sourceInfo.folded, alignment.target, "target") || isNamedIn(targetInfo.folded, alignment.source, "source")) return [];
  return [swapHit(alignment, 0, 0)];
}
