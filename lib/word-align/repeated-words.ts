import type { WordLink } from "./types";
import type { WordInfo } from "./words";

/** How many other links lie within three words of a link on both sides. */
function neighbourSupport(links: WordLink[], source: number, target: number, except: WordLink[]): number {
  return links.filter((link) => !except.includes(link) && Math.abs(link.source - source) <= 3 && Math.abs(link.target - target) <= 3).length;
}

/**
 * A word said twice on both sides ("la défense … le ministre de la Défense", "defence … Defence
 * Minister") is linked by position alone, which a reordered sentence crosses: give each occurrence
 * the counterpart whose neighbours are linked to its own neighbours.
 */
export function reassignRepeatedWords(links: WordLink[], sourceInfo: WordInfo[], targetInfo: WordInfo[]): void {
  for (let a = 0; a < links.length; a += 1) {
    for (let b = a + 1; b < links.length; b += 1) {
      const [first, second] = [links[a], links[b]];
      if (sourceInfo[first.source].stem !== sourceInfo[second.source].stem || targetInfo[first.target].stem !== targetInfo[second.target].stem) continue;
      const pair = [first, second];
      const kept = neighbourSupport(links, first.source, first.target, pair) + neighbourSupport(links, second.source, second.target, pair);
      const swapped = neighbourSupport(links, first.source, second.target, pair) + neighbourSupport(links, second.source, first.target, pair);
      if (swapped > kept) [first.target, second.target] = [second.target, first.target];
    }
  }
}
