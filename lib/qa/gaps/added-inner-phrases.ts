import type { WordAlignment } from "@/lib/word-align/types";
import { unexplainedContent } from "../names/unexplained-content";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { LIST_JOINERS } from "../closing-list-items";
import type { SegmentPair } from "../types";
import { type ContentGap, hasNoRoom, otherLeftOver } from "./content-gaps";
import { innerPhrases, PREPOSITIONS } from "./gap-phrases";
import type { UnalignedRun } from "./unaligned-spans";

/** An inner phrase holds three content words at least: a word or two of a run are more often a rendering the aligner split. */
const MIN_PHRASE_CONTENT = 3;

/**
 * Phrases of an unlinked run that the French has no room for: a prepositional phrase with words of
 * the run on either side ("the Azores [after hitting a submerged object] during a delivery trip"
 * against "au large des Açores lors d'un convoyage"), or a member opening the run whose rest goes on
 * into rendered words ("[and referred the case to prosecutors] after an anglers' association"). The
 * run's other words account for all the French holds between the anchors' counterparts, none of the
 * phrase's words has a rendering anywhere in the French, and the French clauses of the anchors leave
 * no more words unrendered than the English ones do outside the phrase.
 */
export function findAddedInnerPhrases(pair: SegmentPair, gap: ContentGap, alignment: WordAlignment): UnalignedRun[] {
  if (gap.isPrepositionalPhrase || "isHead" in gap) return [];
  const [texts, words] = [{ text: pair.target, otherText: pair.source }, alignment.target];
  // The run ends inside a phrase whose noun is rendered: "after an anglers' [association]".
  const goesOn = words[gap.last + 1]?.isContent === true && !isClauseBoundaryBefore(pair.target, words, gap.last + 1);
  return innerPhrases(words, gap, "target").filter((phrase) => {
    const inner = { ...gap, ...phrase };
    const isInner = phrase.first > gap.first && phrase.last < gap.last && PREPOSITIONS.target.has(words[phrase.first].text.toLowerCase());
    const isLeadingMember = phrase.first === gap.first && phrase.last < gap.last && LIST_JOINERS.target.has(words[phrase.first].text.toLowerCase()) && goesOn;
    return (isInner || isLeadingMember) &&
      phrase.contentCount >= MIN_PHRASE_CONTENT && hasNoRoom(inner) && unexplainedContent(phrase, alignment, "target") >= phrase.contentCount &&
      otherLeftOver(texts, inner, alignment, "target") <= 0;
  });
}
