import type { WordAlignment } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";

/** Links this sure are the aligner's own: only weaker ones may be strays. */
const MAX_STRAY_SCORE = 0.8;

/**
 * The alignment without its stray links: a weak link from an English content word whose nearest
 * content words on both sides, in its clause, are unlinked, to a French word linked to nothing else
 * ("the backing of the [European] Parliament" to "euros" of "2 000 milliards d'euros"). A word left
 * over on each side meets by spelling; one such link splits an added phrase in two.
 */
export function withoutStrayLinks(text: string, alignment: WordAlignment): WordAlignment {
  const words = alignment.target;
  const linked = new Set(alignment.links.map((link) => link.target));
  const isUnlinkedNeighbour = (from: number, step: number) => {
    for (let index = from + step; index >= 0 && index < words.length; index += step) {
      if (isClauseBoundaryBefore(text, words, step > 0 ? index : index + 1)) return false;
      if (words[index].isContent) return !linked.has(index);
    }
    return false;
  };
  const links = alignment.links.filter((link) => {
    if (link.score >= MAX_STRAY_SCORE || !words[link.target].isContent) return true;
    const isAlone = alignment.links.filter((other) => other.target === link.target || other.source === link.source).length === 1;
    return !(isAlone && isUnlinkedNeighbour(link.target, -1) && isUnlinkedNeighbour(link.target, 1));
  });
  return links.length === alignment.links.length ? alignment : { ...alignment, links };
}
