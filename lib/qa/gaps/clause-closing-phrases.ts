import type { WordAlignment } from "@/lib/word-align/types";
import type { SegmentPair } from "../types";
import type { ContentGap } from "./content-gaps";
import { PREPOSITIONS } from "./gap-phrases";

/** Punctuation that ends a clause inside a sentence, quotes left out: "« tiers de la flotte » était repartie" goes on past the quote. */
const CLAUSE_END = /[;:,()—–]/;
/** Share of the French content words the aligner must render: in a freer rendering, a phrase unlinked proves little. */
const MIN_RENDERED_SHARE = 2 / 3;
/** Words from a French preposition to the head of its noun phrase: "en route", "dans la vallée du Rhône". */
const PHRASE_REACH = 3;

/** Whether the French holds a prepositional phrase none of whose content words is rendered ("en route", "par la Manche"): the English may have moved it anywhere. */
function hasUnrenderedPhrase(alignment: WordAlignment): boolean {
  const words = alignment.source;
  const linked = new Set(alignment.links.map((link) => link.source));
  return words.some((word, index) => {
    if (!PREPOSITIONS.source.has(word.text.toLowerCase())) return false;
    const head = words.slice(index + 1, index + 1 + PHRASE_REACH).findIndex((next) => next.isContent);
    return head >= 0 && !linked.has(index + 1 + head);
  });
}

/**
 * Whether the run, a prepositional phrase, closes its English clause right after a rendered word
 * ("raised its key rate to 0.75% on Friday [in a unanimous decision], its highest level"), and the
 * French clause of that word's counterpart ends with nothing unrendered after it ("à 0,75 %, son
 * plus haut niveau"): where the phrase would stand, the French has nothing it could render. A
 * French prepositional phrase left unrendered anywhere may be the phrase's source, moved.
 */
export function isPhraseClosingRenderedClause(pair: SegmentPair, gap: ContentGap, alignment: WordAlignment): boolean {
  const [words, sourceWords] = [alignment.target, alignment.source];
  if (!gap.isBetweenAnchors || gap.otherFrom < 0 || !CLAUSE_END.test(pair.target.slice(words[gap.last].end, words[gap.last + 1].start))) return false;
  const linkedTarget = new Set(alignment.links.map((link) => link.target));
  // Right after the rendered word: "has departed [for our old home]" leaves a word between.
  for (let index = gap.first - 1; index >= 0 && !linkedTarget.has(index); index -= 1) if (words[index].isContent) return false;
  const linked = new Set(alignment.links.map((link) => link.source));
  const endsClause = (index: number) => index < sourceWords.length && CLAUSE_END.test(pair.source.slice(sourceWords[index - 1].end, sourceWords[index].start));
  let index = gap.otherFrom + 1;
  for (; index < gap.otherTo && !endsClause(index); index += 1) if (sourceWords[index].isContent && !linked.has(index)) return false;
  // The French clause ends there too, as the English one does after the phrase.
  const content = sourceWords.filter((word) => word.isContent).length;
  const rendered = sourceWords.filter((word, at) => word.isContent && linked.has(at)).length;
  return endsClause(index) && rendered >= MIN_RENDERED_SHARE * content && !hasUnrenderedPhrase(alignment);
}
