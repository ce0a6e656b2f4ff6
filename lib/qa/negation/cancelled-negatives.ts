import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isFrenchWord } from "./implicit-negation";
import { isSourceImplicitNegativeAt, isTargetPhrasalNegativeAt, isTargetStrongNegative } from "./negative-words";
import type { Negator } from "./negators";

/** French words that say no only weakly or in a restriction ("seul", "peu", "sauf", "faute de"): too loose to pair with an English verb of refusal. */
const WEAK_FRENCH_NEGATIVE = /^(?:seul|peu|peine|sauf|excep|faute|defaut|sinon|dout)/;
/** How far apart, as a share of each sentence's length, an unlinked French word and the unlinked English word that may render it can stand. */
const UNLINKED_DRIFT = 0.3;

/**
 * An English negation that a word saying no just after it cancels ("did not rule out", "did not
 * refuse"), where that word renders a French word saying no with no negation of its own ("a exclu",
 * "a refusé"): the English says yes where the French says no. The French word is the English word's
 * counterpart through the alignment, or, both unlinked, the one at about the same place in the sentence.
 * `target` is the English word's last index (a phrasal verb's particle).
 */
export function findCancelledNegative(alignment: WordAlignment, negator: Negator): { source: number; target: number } | null {
  const { source, target, links } = alignment;
  const negative = [1, 2, 3].map((offset) => negator.last + offset).find((index) => index < target.length && (isTargetStrongNegative(target[index]) || isTargetPhrasalNegativeAt(target, index)));
  if (negative === undefined) return null;
  const last = isTargetPhrasalNegativeAt(target, negative) ? negative + 1 : negative;
  const rendered = new Set([negative, last]);
  const isSayingNo = (index: number) => isSourceImplicitNegativeAt(source, index, isFrenchWord) && !WEAK_FRENCH_NEGATIVE.test(wordInfo(source[index].text, "source").folded);
  const linked = links.find((link) => rendered.has(link.target) && isSayingNo(link.source));
  if (linked) return { source: linked.source, target: last };
  if (links.some((link) => rendered.has(link.target))) return null;
  const linkedSources = new Set(links.map((link) => link.source));
  const drift = (index: number) => Math.abs(index / source.length - negative / target.length);
  const unlinked = source.map((_, index) => index).filter((index) => !linkedSources.has(index) && isSayingNo(index) && drift(index) <= UNLINKED_DRIFT);
  return unlinked.length === 1 ? { source: unlinked[0], target: last } : null;
}
