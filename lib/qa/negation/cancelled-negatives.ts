import type { WordAlignment } from "@/lib/word-align/types";
import { FRENCH_AVOIR, FRENCH_ETRE } from "@/lib/word-align/verb-forms";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { isFrenchWord } from "./implicit-negation";
import { isSourceImplicitNegativeAt, isTargetPhrasalNegativeAt, isTargetStrongNegativeAt } from "./negative-words";
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
  const negative = [1, 2, 3].map((offset) => negator.last + offset).find((index) => index < target.length && (isTargetStrongNegativeAt(target, index) || isTargetPhrasalNegativeAt(target, index)));
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

/**
 * The mirror: a French negation that cancels the word saying no it negates ("n'excluent pas", "n'a pas
 * refusé"), where that word's English counterpart says no with no negation before it ("are ruling
 * out", "refused"): the English says no where the French says yes. `targetNegators` are the English negations;
 * `target` is the English word's last index (a phrasal verb's particle), `targetFirst` its first.
 */
export function findDroppedCancellation(alignment: WordAlignment, negator: Negator, targetNegators: Negator[]): { source: number; target: number; targetFirst: number } | null {
  const { source, target, links } = alignment;
  // The negated word: "n'[excluent] pas", "ne [refuse] pas", "ne pas [exclure]"; after an auxiliary, its participle ("n'a pas [refusé]").
  const isBeforeItsWord = negator.last - negator.first <= 1 || isAuxiliary(foldedAt(source, negator.last - 1, "source"));
  const negated = [...range(negator.first + 1, negator.last), ...(isBeforeItsWord ? [negator.last + 1] : [])].filter((index) => index < source.length);
  const isSayingNo = (index: number) => isSourceImplicitNegativeAt(source, index, isFrenchWord) && !WEAK_FRENCH_NEGATIVE.test(wordInfo(source[index].text, "source").folded);
  // A word negative by its prefix carries its own negation ("n'a pas démenti" → "left unchallenged").
  const isNegative = (at: number) => (isTargetStrongNegativeAt(target, at) && !/^(?:un|non)/.test(wordInfo(target[at].text, "target").folded)) || isTargetPhrasalNegativeAt(target, at);
  // An English negation just before it cancels it as the French one does ("did not rule out"), or just after ("spare no one").
  const isNegated = (at: number) => targetNegators.some((other) => (other.last < at && at - other.last <= 3) || (other.first > at && other.first - at <= 2));
  const found = (index: number, at: number) => ({ source: index, target: isTargetPhrasalNegativeAt(target, at) ? at + 1 : at, targetFirst: at });
  const linkedTargets = new Set(links.map((link) => link.target));
  for (const index of negated.filter(isSayingNo)) {
    const counterparts = links.filter((link) => link.source === index).map((link) => link.target);
    const at = counterparts.find(isNegative);
    if (at !== undefined) return isNegated(at) ? null : found(index, at);
    if (counterparts.length > 0) continue;
    // Both unlinked ("n'excluent pas" / "are ruling out"): the one English word saying no at about the same place.
    const drift = (candidate: number) => Math.abs(index / source.length - candidate / target.length);
    const unlinked = target.map((_, candidate) => candidate).filter((candidate) => !linkedTargets.has(candidate) && isNegative(candidate) && drift(candidate) <= UNLINKED_DRIFT);
    if (unlinked.length === 1 && !isNegated(unlinked[0])) return found(index, unlinked[0]);
  }
  return null;
}

/** A form of "avoir" or "être" that carries a participle: "n'a pas refusé", "ne sera pas exclu". */
const isAuxiliary = (folded: string) => FRENCH_AVOIR.test(folded) || FRENCH_ETRE.test(folded);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
