import type { WordAlignment } from "@/lib/word-align/types";
import { unexplainedContent } from "../names/unexplained-content";
import type { SegmentPair } from "../types";
import { type ContentGap, hasNoRoom, otherLeftOver } from "./content-gaps";
import { innerPhrases, PREPOSITIONS } from "./gap-phrases";
import type { UnalignedRun } from "./unaligned-spans";

/** An inner phrase holds three content words at least: a word or two of a run are more often a rendering the aligner split. */
const MIN_PHRASE_CONTENT = 3;

/**
 * Prepositional phrases standing inside an unlinked run, with unlinked words of the run on either
 * side, that the French has no room for: "the Azores [after hitting a submerged object] during a
 * delivery trip" against "au large des Açores lors d'un convoyage". The run's other words account
 * for all the French holds between the anchors' counterparts, none of the phrase's words has a
 * rendering anywhere in the French, and the French clauses of the anchors leave no more words
 * unrendered than the English ones do outside the phrase.
 */
export function findAddedInnerPhrases(pair: SegmentPair, gap: ContentGap, alignment: WordAlignment): UnalignedRun[] {
  if (gap.isPrepositionalPhrase || "isHead" in gap) return [];
  const texts = { text: pair.target, otherText: pair.source };
  return innerPhrases(alignment.target, gap, "target").filter((phrase) => {
    const inner = { ...gap, ...phrase };
    return phrase.first > gap.first && phrase.last < gap.last && PREPOSITIONS.target.has(alignment.target[phrase.first].text.toLowerCase()) &&
      phrase.contentCount >= MIN_PHRASE_CONTENT && hasNoRoom(inner) && unexplainedContent(phrase, alignment, "target") >= phrase.contentCount &&
      otherLeftOver(texts, inner, alignment, "target") <= 0;
  });
}
