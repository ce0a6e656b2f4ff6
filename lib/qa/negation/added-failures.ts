import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isFrenchWord } from "./implicit-negation";
import { isSourceImplicitNegativeAt, isSourceStrongNegativeAt } from "./negative-words";
import type { Negator } from "./negators";
import { hasClauseBoundaryBetween } from "../clause-boundaries";

// A French verb said as a failure or a refusal to do it: "a terminé un seul slalom" → "failed to
// finish one slalom", "a signé l'accord" → "refused to sign the deal", "ont diminué la pollution" →
// "have done little to reduce pollution". The English negates the French verb's rendering with a verb
// of its own, which no negator count sees.

/** English verbs that say the verb after their "to" did not happen (folded). */
const ENGLISH_FAILING = /^(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining|unable|neglect|neglects|neglected)$/;

/** "did little to", "has done nothing to": a doing of little or nothing says the verb after its "to" did not happen. */
const ENGLISH_DOING = /^(?:do|does|did|done|doing)$/;
const ENGLISH_NOUGHT = /^(?:little|nothing)$/;

/** The index of the "to" that ends a failing expression opening at `index` ("failed to", "done little to"), or -1. */
function failingTo(alignment: WordAlignment, index: number): number {
  const at = (k: number) => foldedAt(alignment.target, k, "target");
  if (ENGLISH_FAILING.test(at(index)) && at(index + 1) === "to") return index + 1;
  if (ENGLISH_DOING.test(at(index)) && ENGLISH_NOUGHT.test(at(index + 1)) && at(index + 2) === "to" && index + 3 < alignment.target.length) return index + 2;
  return -1;
}

export type AddedFailure = { source: number; target: number; targetFirst: number };

/**
 * An English verb of failing or refusing, left unlinked, whose "to" introduces the rendering of a
 * French verb, in a French sentence with no negation and a clause with no word that says no ("a échoué à terminer",
 * "refuse de signer"): that verb, and where the English says it.
 */
export function findAddedFailure(sourceText: string, alignment: WordAlignment, sourceNegators: Negator[]): AddedFailure | null {
  const { source, target, links } = alignment;
  if (sourceNegators.length > 0) return null;
  for (let index = 0; index + 2 < target.length; index += 1) {
    const to = failingTo(alignment, index);
    if (to < 0) continue;
    // A failure the French says ("a échoué", "refus") is linked to its word.
    if (links.some((link) => link.target === index)) continue;
    const verb = to + 1;
    const rendered = links.find((link) => link.target === verb && source[link.source].isContent);
    if (rendered === undefined) continue;
    // A French clause with a word that says no may say the failure its own way; a doing of little, with "peu" or "à peine" too.
    const isDoingLittle = to > index + 1;
    const saysNo = source.some((word, at) => !hasClauseBoundaryBetween(sourceText, word, source[rendered.source]) &&
      (isDoingLittle ? isSourceImplicitNegativeAt(source, at, isFrenchWord) : isSourceStrongNegativeAt(source, at, isFrenchWord)));
    if (saysNo) return null;
    return { source: rendered.source, target: verb, targetFirst: index };
  }
  return null;
}
