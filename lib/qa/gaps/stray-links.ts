import type { WordAlignment } from "@/lib/word-align/types";
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
  const links = alignment.links.filter((link) => {
    if (doubled.has(link)) return false;
    if (link.score >= MAX_STRAY_SCORE || !words[link.target].isContent) return true;
    const isAlone = alignment.links.filter((other) => other.target === link.target || other.source === link.source).length === 1;
    return !(isAlone && isUnlinkedNeighbour(link.target, -1) && isUnlinkedNeighbour(link.target, 1));
  });
  return links.length === alignment.links.length ? alignment : { ...alignment, links };
}

/** How far from "and"/"or" the two English words one French word is linked to may stand: "the VAT increase and rising unemployment". */
const MEMBER_REACH = 3;

/**
 * Links of a French word to a second English word in a member "and"/"or" joins to the English of the
 * first, where the French has no "et"/"ou" beside it: "la hausse de la TVA" → "the VAT increase
 * [and rising] unemployment" ("hausse" linked to "increase" and "rising"). One word renders one
 * member; "sain et sauf" → "safe and sound" keeps both.
 */
function doubledMemberLinks(text: string, alignment: WordAlignment): Set<WordAlignment["links"][number]> {
  const doubled = new Set<WordAlignment["links"][number]>();
  const { source, target } = alignment;
  const isJoiner = (word: { text: string } | undefined, pattern: RegExp) => word !== undefined && pattern.test(word.text);
  for (const link of alignment.links) {
    const first = alignment.links.find((other) => other.source === link.source && other.target < link.target && link.target - other.target <= 2 * MEMBER_REACH);
    // The French word copied ("Ivory Coast or Côte d'Ivoire") is no second member: a gloss names it twice.
    if (!first || !target[link.target].isContent || foldText(target[link.target].text) === foldText(source[link.source].text)) continue;
    const joiner = target.findIndex((word, index) => index > first.target && index < link.target && isJoiner(word, /^(?:and|or)$/i));
    if (joiner < 0 || joiner - first.target > MEMBER_REACH || link.target - joiner > MEMBER_REACH) continue;
    if (target.slice(first.target + 1, link.target + 1).some((_, offset) => isClauseBoundaryBefore(text, target, first.target + 1 + offset))) continue;
    const near = source.slice(Math.max(0, link.source - MEMBER_REACH), link.source + MEMBER_REACH + 1);
    if (!near.some((word) => isJoiner(word, /^(?:et|ou|ni)$/i))) doubled.add(link);
  }
  return doubled;
}
