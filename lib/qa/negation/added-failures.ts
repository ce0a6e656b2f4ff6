import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isFrenchWord } from "./implicit-negation";
import { isSourceStrongNegativeAt } from "./negative-words";
import type { Negator } from "./negators";

// A French verb said as a failure or a refusal to do it: "a terminé un seul slalom" → "failed to
// finish one slalom", "a signé l'accord" → "refused to sign the deal". The English negates the
// French verb's rendering with a verb of its own, which no negator count sees.

/** English verbs that say the verb after their "to" did not happen (folded). */
const ENGLISH_FAILING = /^(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining|unable|neglect|neglects|neglected)$/;

export type AddedFailure = { source: number; target: number; targetFirst: number };

/**
 * An English verb of failing or refusing, left unlinked, whose "to" introduces the rendering of a
 * French verb, in a French sentence with no negation and no word that says no ("a échoué à terminer",
 * "refuse de signer"): that verb, and where the English says it.
 */
export function findAddedFailure(alignment: WordAlignment, sourceNegators: Negator[]): AddedFailure | null {
  const { source, target, links } = alignment;
  if (sourceNegators.length > 0) return null;
  let saysNo: boolean | undefined;
  for (let index = 0; index + 2 < target.length; index += 1) {
    if (!ENGLISH_FAILING.test(foldedAt(target, index, "target")) || foldedAt(target, index + 1, "target") !== "to") continue;
    // A French sentence with a word that says no anywhere may say the failure its own way ("seul", "peu" say "only", "few").
    if ((saysNo ??= source.some((_, at) => isSourceStrongNegativeAt(source, at, isFrenchWord)))) return null;
    // A failure the French says ("a échoué", "refus") is linked to its word.
    if (links.some((link) => link.target === index)) continue;
    const verb = index + 2;
    const rendered = links.find((link) => link.target === verb && source[link.source].isContent);
    if (rendered === undefined) continue;
    return { source: rendered.source, target: verb, targetFirst: index };
  }
  return null;
}
