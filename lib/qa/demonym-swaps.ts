import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { spanOf } from "@/lib/text/text";
import { getSpeller } from "./speller";
import type { CheckHit } from "./types";

/** Endings of English words for a people or a country's things: "Ukrainian", "Chinese", "Polish", "Israeli". */
const DEMONYM_ENDING = /(?:ans?|ese|ish|i|ic)$/;

/** Whether the English dictionary knows the word capitalised only: "Russian", not "Italic". */
function isCapitalisedOnly(word: string): boolean {
  const speller = getSpeller();
  return speller.correct(word[0].toUpperCase() + word.slice(1)) && !speller.correct(word.toLowerCase());
}

/**
 * A French adjective of nationality rendered as another one: "deux établissements russes" against
 * "two Ukrainian institutions". Both are left unlinked (the lexicon pairs "russe" with "Russian"
 * only), and the French one's English rendering appears nowhere in the target.
 */
export function findDemonymSwaps(alignment: WordAlignment): CheckHit[] {
  const linkedTarget = new Set(alignment.links.map((link) => link.target));
  const targetIndexes = alignment.target.flatMap((word, index) =>
    !linkedTarget.has(index) && /^\p{Lu}\p{Ll}/u.test(word.text) && DEMONYM_ENDING.test(word.text) && isCapitalisedOnly(word.text) ? [index] : []);
  if (targetIndexes.length === 0) return [];
  const { lexicon } = getLexicon();
  const targetStems = new Set(alignment.target.map((word) => wordInfo(word.text, "target").stem));
  const linkedSource = new Set(alignment.links.map((link) => link.source));
  const sourceIndexes = alignment.source.flatMap((word, index) => {
    if (linkedSource.has(index) || !/^\p{Ll}/u.test(word.text)) return [];
    const info = wordInfo(word.text, "source");
    const renderings = [...(lexicon.get(info.folded) ?? lexicon.get(`~${info.stem}`) ?? [])];
    const demonyms = renderings.filter((rendering) => DEMONYM_ENDING.test(rendering) && isCapitalisedOnly(rendering));
    return demonyms.length > 0 && !demonyms.some((rendering) => targetStems.has(wordInfo(rendering, "target").stem)) ? [index] : [];
  });
  return sourceIndexes.slice(0, targetIndexes.length).map((sourceIndex, rank) => {
    const [sourceWord, targetWord] = [alignment.source[sourceIndex], alignment.target[targetIndexes[rank]]];
    return {
      message: `The source says “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different nationality.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${wordInfo(sourceWord.text, "source").folded}|${wordInfo(targetWord.text, "target").folded}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
    };
  });
}
