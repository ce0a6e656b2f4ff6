import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import type { Negator } from "./negators";

// "ni libre ni équitable" → "free but not fair": French negates both members of "ni … ni", the
// English only the second. No count of negators sees it: both sides have one.

/** How far apart the two "ni" of one pair may stand, and how far past each its member's word. */
const MEMBERS_REACH = 8;
const MEMBER_WORD_REACH = 3;

/** The first content word after a "ni", within reach: the member it negates. */
function memberAfter(alignment: WordAlignment, ni: number): number | null {
  for (let index = ni + 1; index <= ni + MEMBER_WORD_REACH && index < alignment.source.length; index += 1) if (alignment.source[index].isContent) return index;
  return null;
}

/**
 * A French "ni A ni B" whose English renders A before B (or A alone, a negation right after it), with a negation between them and none
 * before A, and no "neither" or "nor" anywhere: the first member lost its negation. The French
 * member, and its English rendering.
 */
export function findHalvedNeither(alignment: WordAlignment, targetNegators: Negator[]): { source: number; target: number } | null {
  const { source, target, links } = alignment;
  const nis = source.flatMap((_, index) => (foldedAt(source, index, "source") === "ni" ? [index] : []));
  if (nis.length < 2 || target.some((_, index) => /^(?:neither|nor)$/.test(foldedAt(target, index, "target")))) return null;
  for (let k = 0; k + 1 < nis.length; k += 1) {
    if (nis[k + 1] - nis[k] > MEMBERS_REACH) continue;
    const [first, second] = [memberAfter(alignment, nis[k]), memberAfter(alignment, nis[k + 1])];
    if (first === null || second === null) continue;
    const [firstTarget, secondTarget] = [links.find((link) => link.source === first)?.target, links.find((link) => link.source === second)?.target];
    if (firstTarget === undefined || (secondTarget !== undefined && firstTarget >= secondTarget)) continue;
    // With the second member unrendered by the aligner, the negation must follow the first closely: "free but not fair".
    const end = secondTarget ?? firstTarget + MEMBER_WORD_REACH + 1;
    const isBetween = targetNegators.some((negator) => negator.first > firstTarget && negator.last < end);
    const isBefore = targetNegators.some((negator) => negator.last < firstTarget && negator.last >= firstTarget - 4);
    if (isBetween && !isBefore) return { source: first, target: firstTarget };
  }
  return null;
}
