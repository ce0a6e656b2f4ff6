import type { WordAlignment } from "@/lib/word-align/types";
import { isTargetStrongNegativeAt } from "./negative-words";
import type { Negator } from "./negators";

// "faute d'accord", "à défaut de financement", "en l'absence de preuves": a French preposition of lack
// says that something is missing, as "sans" does, with no "ne" for the negators to count. English says
// the lack with a word of its own ("for lack of", "without", "in the absence of", "failing", "no deal
// was reached"); an English that says none ("after agreeing", "despite sufficient funding") has it present.

/** French prepositions of lack (elided or not): "faute de", "à défaut de", "par manque de", "en l'absence de"; "faute de quoi" is "otherwise". */
const FRENCH_LACK = /(?<!\p{L})(?:faute|(?:a|à) d[ée]faut|par manque|en l['’]absence) d(?:e|u|es|['’])(?! ?quoi)/giu;

/** A French negation right before the phrase: "pas faute de", "non faute de". */
const NEGATED_BEFORE = /(?<!\p{L})(?:pas|point|non|jamais)\s+$/iu;

/**
 * English phrases of lack that no one word says by itself: "short of", "too few", "missing", "because it has no sponsor". The words
 * that say no by themselves ("lack", "failing", "absence", "insufficient", "deadlock") are isTargetStrongNegativeAt's.
 */
const ENGLISH_LACK = /(?<!\p{L})(?:short(?:age|fall)?s?|too (?:few|little)|missing|scarc\w*|dearth|want of|barring|pending|collapse[ds]?|broke down|impasse|(?:has|have|had|having|with) no)(?!\p{L})/iu;

/** A French phrase of lack whose English says nothing is missing, as a span of the source; null when the English says the lack, or its own negation does. */
export function findUnsaidLack(source: string, target: string, alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): { start: number; end: number } | null {
  // "ce n'est pas faute d'efforts": a lack denied is a presence ("not for want of trying").
  const phrases = [...source.matchAll(FRENCH_LACK)].filter((phrase) => !NEGATED_BEFORE.test(source.slice(Math.max(0, phrase.index - 8), phrase.index)));
  if (phrases.length === 0 || ENGLISH_LACK.test(target)) return null;
  const [phrase] = phrases;
  // The phrase and the word it governs: "faute d'accord".
  const end = alignment.source.find((word) => word.start >= phrase.index + phrase[0].length)?.end ?? phrase.index + phrase[0].length;
  // An English word that says no may say the lack, unless it renders another French word ("s'abstenir" → "abstain").
  const isOtherWords = (index: number) => alignment.source[index].start < phrase.index || alignment.source[index].start >= end;
  const isSayingLack = (index: number) => isTargetStrongNegativeAt(alignment.target, index) && !alignment.links.some((link) => link.target === index && isOtherWords(link.source));
  if (alignment.target.some((_, index) => isSayingLack(index))) return null;
  // The English negates no more than the French does elsewhere: none of its negations is left for the lack.
  if (targetNegators.length > sourceNegators.length) return null;
  return { start: phrase.index, end };
}
