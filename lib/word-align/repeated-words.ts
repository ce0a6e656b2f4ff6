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
  // Most sentences say no word twice: one pass groups the links by their two stems, and only groups of two or more are read.
  const groups = new Map<string, WordLink[]>();
  for (const link of links) {
    const key = `${sourceInfo[link.source].stem}\u0000${targetInfo[link.target].stem}`;
    const group = groups.get(key);
    if (group) group.push(link);
    else groups.set(key, [link]);
  }
  for (const group of groups.values()) {
    for (let a = 0; a < group.length; a += 1) {
      for (let b = a + 1; b < group.length; b += 1) swapIfCrossed(links, group[a], group[b]);
    }
  }
  moveToSupportedOccurrence(links, targetInfo);
}

/**
 * A word said once in French and twice in English ("au sommet du col de la Croix de Fer" → "the
 * summit of the Col de la Croix de Fer after a climb of the Col du Granier") is linked by score and
 * position alone: give it the unlinked occurrence whose neighbours are linked to its own neighbours.
 */
function moveToSupportedOccurrence(links: WordLink[], targetInfo: WordInfo[]): void {
  const linkedTargets = new Set(links.map((link) => link.target));
  for (const link of links) {
    if (targetInfo[link.target].isFunction) continue;
    const stem = targetInfo[link.target].stem;
    // Most words are said once: the support where the link stands is read only when another occurrence is free.
    let best: { target: number; support: number } | null = null;
    for (let target = 0; target < targetInfo.length; target += 1) {
      if (target === link.target || linkedTargets.has(target) || targetInfo[target].stem !== stem) continue;
      best ??= { target: link.target, support: neighbourSupport(links, link.source, link.target, [link]) };
      const support = neighbourSupport(links, link.source, target, [link]);
      if (support > best.support) best = { target, support };
    }
    if (best === null || best.target === link.target) continue;
    linkedTargets.delete(link.target);
    linkedTargets.add(best.target);
    link.target = best.target;
  }
}

/** Gives the two links each other's English word when the neighbours say so. */
function swapIfCrossed(links: WordLink[], first: WordLink, second: WordLink): void {
  const pair = [first, second];
  const kept = neighbourSupport(links, first.source, first.target, pair) + neighbourSupport(links, second.source, second.target, pair);
  const swapped = neighbourSupport(links, first.source, second.target, pair) + neighbourSupport(links, second.source, first.target, pair);
  if (swapped > kept) [first.target, second.target] = [second.target, first.target];
}
