import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isNoLonger, type Negator } from "./negators";

// A plan given up, or a rule abolished, said in English by a negation: "a renoncé à se représenter" →
// "has decided not to run again", "sera supprimé" → "will no longer". The French verb says no by its
// meaning alone; read only in these two English turns, so that a "not" added elsewhere is still read.

/** French verbs of giving up a plan of one's own (folded). */
const FRENCH_GIVING_UP = /^(?:renon[cç]\w*|abandonn\w*)$/;
/** French verbs and nouns of abolishing (folded): "supprimé", "abolition", "fin". */
const FRENCH_ABOLISHING = /^(?:supprim\w*|suppression|aboli\w*)$/;
/** English verbs of deciding that a "not to" turns into giving up: "decided not to run". */
const ENGLISH_DECIDING = /^(?:decide[sd]?|deciding|cho(?:o?se|oses|osing)|opt(?:s|ed|ing)?|vot(?:e|es|ed|ing)|agree[sd]?|resolved?|prefer(?:s|red)?)$/;

const folded = (words: WordAlignment["target"], index: number, side: "source" | "target") => (words[index] ? wordInfo(words[index].text, side).folded : "");

/**
 * Whether an English negation renders a French verb of giving up ("decided not to") or abolishing
 * ("no longer", "not … any longer"), which the French sentence holds.
 */
export function isSaidByGivingUp(alignment: WordAlignment, negator: Negator): boolean {
  const { source, target } = alignment;
  const has = (pattern: RegExp) => source.some((_, index) => pattern.test(folded(source, index, "source")));
  const word = folded(target, negator.first, "target");
  if (word === "not" && ENGLISH_DECIDING.test(folded(target, negator.first - 1, "target")) && folded(target, negator.first + 1, "target") === "to") return has(FRENCH_GIVING_UP);
  const saysNoLonger = isNoLonger(target, negator) ||
    target.slice(negator.last + 1, negator.last + 8).some((_, offset) => /^(?:longer|anymore)$/.test(folded(target, negator.last + 1 + offset, "target")) && folded(target, negator.last + offset, "target") !== "no");
  return saysNoLonger && has(FRENCH_ABOLISHING);
}
