import { unexplainedContent } from "../names/unexplained-content";
import type { ContentGap } from "./content-gaps";
import type { WordAlignment } from "@/lib/word-align/types";


/**
 * Whether the French between the anchors holds a content word no English word could render (no
 * lexicon entry, no cognate): "riverains" against "people living near the airport", "au fauteuil de"
 * against "taking the seat once held by". An adaptation explains a French reference in several
 * words; the run is that word's free rendering, not an addition. `renderedBeside`: content words of other runs
 * between the same anchors that may render them already ("[removal workers], some of whom blocked traffic,"
 * for "déménageurs"): a French word left out of the dictionary takes one rendering, not two.
 */
export function isFreeRenderingOfSource(gap: ContentGap, alignment: WordAlignment, renderedBeside = 0): boolean {
  // Only between two anchors: a run ending the sentence ("…, as the king commanded") would take any word left over.
  if (!gap.isBetweenAnchors || gap.otherTo - gap.otherFrom <= 1) return false;
  // An explanation is common words: a capital ("Lyon transport operator") names something the French may not.
  if (alignment.target.slice(gap.first, gap.last + 1).some((word) => /^\p{Lu}/u.test(word.text))) return false;
  const sourceWords = alignment.source;
  const linked = new Set(alignment.links.map((link) => link.source));
  let unrendered = 0;
  for (let index = gap.otherFrom + 1; index < gap.otherTo; index += 1) {
    if (!sourceWords[index].isContent) continue;
    // Every French content word there is one the dictionary cannot render: a known one left out would make the run a swap, not an explanation.
    if (linked.has(index) || unexplainedContent({ first: index, last: index }, alignment, "source") === 0) return false;
    unrendered += 1;
  }
  return unrendered > renderedBeside;
}
