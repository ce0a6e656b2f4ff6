import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { isNegatedAt, type Negator } from "./negators";
import { FRENCH_OWN_PREFIXED } from "./negative-words";

// A word negated by its prefix rendered by its unprefixed cognate, or the reverse: "impossible" →
// "possible", "légal" → "illegal". The two words are one word but for the prefix, so the English
// says the French word's opposite.

/** French negative prefixes on adjectives and their nouns: "impossible", "illégal", "irrégulier", "inacceptable". */
const FRENCH_NEGATIVE_PREFIX = /^(?:in|im|il|ir)(.{5,})$/;
const ENGLISH_NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|non-?)(.{5,})$/;
/** Adjective endings (folded) of the French word: a prefix negates adjectives ("illégale"), and "troubles" is a noun "untroubled" cannot reverse. */
const FRENCH_ADJECTIVE = /(?:ible|able|al|ale|aux|el|elle|ier|iere|if|ive|ent|ente|ant|ante|ique)s?$/;
/** How alike (cognateScore) the unprefixed word and the other side's word must be to be one word. */
const MIN_COGNATE = 0.75;

export type PrefixFlip = { source: number; target: number };

/**
 * A word one side negates by its prefix whose unprefixed cognate the other side says, neither
 * negated, the cognate unlinked or linked to it, and the other side with no cognate of the whole
 * word: "Il est impossible de prévoir" → "It is possible to predict", "légale" → "illegal".
 */
export function findPrefixFlip(alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): PrefixFlip | null {
  const source = alignment.source.map((_, index) => foldedAt(alignment.source, index, "source"));
  const target = alignment.target.map((_, index) => foldedAt(alignment.target, index, "target"));
  const isAlike = (sourceForm: string, targetForm: string) => cognateScore(wordInfo(sourceForm, "source"), wordInfo(targetForm, "target")) >= MIN_COGNATE;
  // A word the dictionary gives as the French word's rendering is no opposite: "habitant" is an "inhabitant".
  const { lexicon } = getLexicon();
  const isTranslation = (i: number, j: number) => lexicon.get(source[i])?.has(wordInfo(target[j], "target").stem) === true;
  const linksOf = (index: number, side: "source" | "target") => alignment.links.filter((link) => link[side] === index);
  // The other word stands free, or is the rendering of this one.
  const isFreeOrLinked = (from: number, to: number, side: "source" | "target") => {
    const links = linksOf(to, side === "source" ? "target" : "source");
    return links.length === 0 || links.some((link) => link[side] === from);
  };
  for (let i = 0; i < source.length; i += 1) {
    const stem = FRENCH_NEGATIVE_PREFIX.exec(source[i])?.[1];
    if (stem === undefined || !FRENCH_ADJECTIVE.test(stem) || FRENCH_OWN_PREFIXED.test(source[i]) || !alignment.source[i].isContent || isNegatedAt(alignment.source, i, "source", sourceNegators) || target.some((word) => isAlike(source[i], word))) continue;
    const at = target.findIndex((word, j) => !ENGLISH_NEGATIVE_PREFIX.test(word) && isAlike(stem, word) && !isTranslation(i, j) && isFreeOrLinked(i, j, "source") && !isNegatedAt(alignment.target, j, "target", targetNegators));
    if (at >= 0) return { source: i, target: at };
  }
  for (let j = 0; j < target.length; j += 1) {
    const stem = ENGLISH_NEGATIVE_PREFIX.exec(target[j])?.[1];
    if (stem === undefined || !alignment.target[j].isContent || isNegatedAt(alignment.target, j, "target", targetNegators) || source.some((word) => isAlike(word, target[j]))) continue;
    const at = source.findIndex((word, i) => (!FRENCH_NEGATIVE_PREFIX.test(word) || FRENCH_OWN_PREFIXED.test(word)) && FRENCH_ADJECTIVE.test(word) && isAlike(word, stem) && !isTranslation(i, j) && isFreeOrLinked(j, i, "target") && !isNegatedAt(alignment.source, i, "source", sourceNegators));
    if (at >= 0) return { source: at, target: j };
  }
  return null;
}
