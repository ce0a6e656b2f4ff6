import type { WordAlignment, WordLink } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { foldText } from "@/lib/text/text";

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
  const doubled = doubledMemberLinks(text, alignment);
  let strong: WordLink[] | undefined;
  const links = alignment.links.filter((link) => {
    if (doubled.has(link)) return false;
    if (link.score >= MAX_STRAY_SCORE || !words[link.target].isContent) return true;
    strong ??= alignment.links.filter((other) => other.score >= MAX_STRAY_SCORE && alignment.target[other.target].isContent && alignment.source[other.source].isContent);
    if (isCrossingLink(strong, link)) return false;
    const isAlone = alignment.links.filter((other) => other.target === link.target || other.source === link.source).length === 1;
    return !(isAlone && isUnlinkedNeighbour(link.target, -1) && isUnlinkedNeighbour(link.target, 1));
  });
  return links.length === alignment.links.length ? alignment : { ...alignment, links };
}

/** How far apart the French of an English word's two neighbours may stand to agree on where it is rendered. */
const NEIGHBOUR_AGREEMENT = 4;
/** How far from that place a weak link must reach to be a stray. */
const CROSSING_REACH = 8;

/**
 * Whether a weak link reaches far from where the English word's neighbours place it: the nearest
 * `strong`ly linked content words either side are rendered near each other in the French, and the
 * link's French word stands far from both ("urban heat islands" to "Ville" of "La Ville de
 * Grenoble", twenty-five words before "îlots de chaleur"). One such link makes every run before it
 * look like a reordering.
 */
function isCrossingLink(strong: WordLink[], link: WordLink): boolean {
  const before = strong.filter((other) => other.target < link.target).reduce<WordLink | null>((best, other) => (best === null || other.target > best.target ? other : best), null);
  const after = strong.filter((other) => other.target > link.target).reduce<WordLink | null>((best, other) => (best === null || other.target < best.target ? other : best), null);
  if (before === null || after === null || link.target - before.target > 2 || after.target - link.target > 2) return false;
  if (Math.abs(before.source - after.source) > NEIGHBOUR_AGREEMENT) return false;
  return Math.abs(link.source - before.source) > CROSSING_REACH && Math.abs(link.source - after.source) > CROSSING_REACH;
}

/** How far from "and"/"or" the two English words one French word is linked to may stand: "the VAT increase and rising unemployment". */
const MEMBER_REACH = 3;

/**
 * Links of a French word to a second English word in a member "and"/"or" joins to the English of the
 * first, where the French has no "et"/"ou" beside it: "la hausse de la TVA" → "the VAT increase
 * [and rising] unemployment" ("hausse" linked to "increase" and "rising"). One word renders one
 * member; "sain et sauf" → "safe and sound" keeps both.
 */
function doubledMemberLinks(text: string, alignment: WordAlignment): Set<WordLink> {
  const doubled = new Set<WordLink>();
  const { source, target } = alignment;
  // Every pair asks: most have no "and"/"or", and most French words one link.
  const joiners = target.flatMap((word, index) => (/^(?:and|or)$/i.test(word.text) ? [index] : []));
  if (joiners.length === 0) return doubled;
  const bySource = new Map<number, WordLink[]>();
  for (const link of alignment.links) {
    const links = bySource.get(link.source);
    if (links) links.push(link);
    else bySource.set(link.source, [link]);
  }
  for (const links of bySource.values()) {
    if (links.length < 2) continue;
    for (const link of links) {
      const first = links.find((other) => other.target < link.target && link.target - other.target <= 2 * MEMBER_REACH);
      // The French word copied ("Ivory Coast or Côte d'Ivoire") is no second member: a gloss names it twice.
      if (!first || !target[link.target].isContent || foldText(target[link.target].text) === foldText(source[link.source].text)) continue;
      const joiner = joiners.find((index) => index > first.target && index < link.target);
      if (joiner === undefined || joiner - first.target > MEMBER_REACH || link.target - joiner > MEMBER_REACH) continue;
      let isOneClause = true;
      for (let index = first.target + 1; index <= link.target && isOneClause; index += 1) isOneClause = !isClauseBoundaryBefore(text, target, index);
      const near = source.slice(Math.max(0, link.source - MEMBER_REACH), link.source + MEMBER_REACH + 1);
      if (isOneClause && !near.some((word) => /^(?:et|ou|ni)$/i.test(word.text))) doubled.add(link);
    }
  }
  return doubled;
}
