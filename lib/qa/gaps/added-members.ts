import { isClauseBoundaryBefore } from "../clause-boundaries";
import { compareNumbers, extractNumbers } from "../numbers";
import type { ContentGap } from "./content-gaps";
import { unexplainedContent } from "../names/unexplained-content";
import type { SegmentPair } from "../types";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";

/** An added member that opens with no determiner holds two content words at least: adjectives and verbs come in doublets. */
const MIN_MEMBER_CONTENT = 2;

/**
 * A member coordinated to a rendered word that closes its clause: "killing at least five people
 * [and wounding dozens]," — as much a phrase of its own as a whole clause is.
 */
export function isCoordinateAtClauseEnd(pair: SegmentPair, gap: ContentGap, alignment: WordAlignment): boolean {
  const words = alignment.target;
  const joiner = words[gap.first];
  // The French counterpart of the word joined to closes its clause too: nothing there the member could render.
  const counterparts = alignment.links.filter((link) => link.target === gap.first - 1).map((link) => link.source);
  return /^(?:and|or)$/i.test(joiner.text) && counterparts.length > 0 && words[gap.first - 1].isContent &&
    isClauseBoundaryBefore(pair.target, words, gap.last + 1) &&
    counterparts.every((index) => isClauseBoundaryBefore(pair.source, alignment.source, index + 1));
}

const DETERMINERS = new Set("the a an this that these those its their his her our some several many".split(" "));

/**
 * "and a half" after a number is part of it, no member of its own, when the French says the fraction
 * its own way: "deux heures trente" → "two and a half hours" (a French figure left unmatched), "trois
 * ans et demi". Against "trois ans" it is added.
 */
function isFractionOfNumber(gap: ContentGap, pair: SegmentPair, words: AlignedWord[]): boolean {
  const member = words.slice(gap.first, gap.last + 1).map((word) => word.text.toLowerCase()).join(" ");
  if (!/^and (?:a half|a quarter|three quarters)$/.test(member) || extractNumbers(words[gap.first - 1].text, "en").length === 0) return false;
  return /(?<!\p{L})(?:demie?|quarts?)(?!\p{L})/iu.test(pair.source) || compareNumbers(pair.source, pair.target).unmatchedSource.length > 0;
}

/** French words either side of a counterpart, past its modifiers ("mal armés"), where its coordinated partner would stand. */
const PARTNER_REACH = 3;

/**
 * Whether the French counterpart of the word joined to is itself coordinated with an unrendered
 * content word: "inexpérimentés et mal armés" → "Ill-armed and untrained", the members swapped.
 */
function hasUnlinkedPartner(pair: SegmentPair, alignment: WordAlignment, joinedTo: number): boolean {
  const sourceWords = alignment.source;
  const linked = new Set(alignment.links.map((link) => link.source));
  const isJoiner = (index: number) => /^(?:et|ou)$/i.test(sourceWords[index]?.text ?? "");
  const isPartner = (index: number) => sourceWords[index] !== undefined && sourceWords[index].isContent && !linked.has(index);
  return alignment.links.filter((link) => link.target === joinedTo).some(({ source }) => {
    for (const step of [-1, 1]) {
      for (let index = source + step, reach = 0; reach < PARTNER_REACH && index >= 0 && index < sourceWords.length; index += step, reach += 1) {
        const right = step < 0 ? index + 1 : index;
        if (isClauseBoundaryBefore(pair.source, sourceWords, right)) break;
        if (isJoiner(index)) return isPartner(index + step) || isPartner(index + 2 * step);
      }
    }
    return false;
  });
}

/** Whether an English word is a verb form that opens a predicate: "admitted", "says", "was", "took". */
const isVerbForm = (word: AlignedWord | undefined) => word !== undefined && /^\p{Ll}/u.test(word.text) &&
  (/^\p{Ll}+ed$/u.test(word.text) || englishVerbBase(word.text) !== undefined || /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says)$/.test(word.text));

/** A preposition a member may open with that belongs to what it is joined to: "five years [of asbestos removal] and renovation work". */
const LINKING_PREPOSITIONS = new Set("of for in on to with".split(" "));

/**
 * The member and the rendered word it is joined to: "and"/"or" then the member after that word
 * ("a hospital [and a school]"), or the member then "and"/"or" before it ("[asbestos removal] and
 * renovation work"). Null when the run is neither.
 */
function memberOf(gap: ContentGap, text: string, words: AlignedWord[]): { first: number; joinedTo: number } | null {
  if (/^(?:and|or)$/i.test(words[gap.first].text)) {
    // "has now beaten Vingegaard three times, [and the Dane] admitted": after a comma, a run a verb follows is the subject of a clause of its own.
    if (/,\s*$/.test(text.slice(words[gap.first - 1]?.end ?? 0, words[gap.first].start)) && isVerbForm(words[gap.last + 1])) return null;
    return words[gap.first - 1]?.isContent && words[gap.first + 1] !== undefined ? { first: gap.first + 1, joinedTo: gap.first - 1 } : null;
  }
  // ", for the moment, and decided": a phrase set off by commas is no member of what follows.
  if (!/^(?:and|or)$/i.test(words[gap.last + 1]?.text ?? "") || isClauseBoundaryBefore(text, words, gap.last + 1) || !words[gap.last + 2]?.isContent) return null;
  return { first: LINKING_PREPOSITIONS.has(words[gap.first].text.toLowerCase()) ? gap.first + 1 : gap.first, joinedTo: gap.last + 2 };
}

/**
 * A member coordinated to a rendered word, with nothing in the French between that word's
 * counterpart and the next anchor's, not even "et"/"ou": "struck energy infrastructure [and a hospital] in the region"
 * against "a frappé des infrastructures énergétiques dans la région", "five years of [asbestos
 * removal and] renovation work" against "cinq ans de travaux de rénovation". Adjectives and verbs come in
 * doublets ("cruel and merciless" for "impitoyable"): the member opens with a determiner or holds
 * two content words, none of which the French could render. Returns the index of the word it is
 * joined to, or null when the run is no added member.
 */
export function findAddedMemberPartner(gap: ContentGap, pair: SegmentPair, alignment: WordAlignment, unexplained: () => number): number | null {
  const words = alignment.target;
  const member = memberOf(gap, pair.target, words);
  if (member === null || isFractionOfNumber(gap, pair, words)) return null;
  if (!DETERMINERS.has(words[member.first].text.toLowerCase()) && gap.contentCount < MIN_MEMBER_CONTENT) return null;
  // The French word that renders the word joined to renders no member of its own: "la hausse de la TVA" → "the VAT increase [and rising unemployment]".
  const joinedToCounterparts = new Set(alignment.links.filter((link) => link.target === member.joinedTo).map((link) => link.source));
  const isUnexplained = () => unexplained() >= gap.contentCount || unexplainedContent(gap, alignment, "target", (index) => joinedToCounterparts.has(index)) >= gap.contentCount;
  const isAdded = !gap.isOtherCoordinated && gap.otherContentBetween === 0 && gap.contentBetween === gap.contentCount && isUnexplained() &&
    !hasUnlinkedPartner(pair, alignment, member.joinedTo);
  return isAdded ? member.joinedTo : null;
}
