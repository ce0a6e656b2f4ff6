// What every argument reading shares: the target word an argument stands for, the phrase it heads,
// whether two roles conflict, and the finding a reading makes.
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { normaliseKey, spanOf } from "@/lib/text/text";
import type { CheckHit, Span } from "../types";
import type { Argument, Slot } from "./noun-phrases";
import { hasBoundary } from "./role-markers";
import { spelledNumberValues } from "@/lib/text/number-words";
import { wordInfo } from "@/lib/word-align/words";

/** A predicate linked across the sides, [source, target], with the arguments read around each end. */
export type Head = { predicate: [number, number]; sourceArguments: Argument[]; targetArguments: Argument[] };
/** A source argument, the target word it stands for, and the target argument that word belongs to. */
export type Reading = { predicate: [number, number]; argument: Argument; counterpart: number; targetArgument: Argument };

const ROLE_NAMES: Record<Slot, string> = { agent: "the one acting", patient: "the one acted upon", genitive: "what it applies to", oblique: "a side party" };

/** From the first to the last of two words, in either order. */
export function spanBetween(alignedWords: AlignedWord[], a: number, b: number): Span {
  return { start: alignedWords[Math.min(a, b)].start, end: alignedWords[Math.max(a, b)].end };
}

export function isConflict(source: Argument, targetSlot: Slot, isTargetSubjectlessVerb: boolean): boolean {
  const sourceSlot = source.slot;
  if ((sourceSlot === "agent" && targetSlot === "patient") || (sourceSlot === "patient" && targetSlot === "agent")) return true;
  // "L'ONU prend ses distances" → "Distancing yourself from the UN": the actor became a side party
  // of a verb with no subject ("an audience with the King" is a noun's complement, not that). Only a
  // subject: a "par" complement is often a means ("honoré par une exposition" → "honoured with an exhibition").
  return sourceSlot === "agent" && source.marker === "" && targetSlot === "oblique" && isTargetSubjectlessVerb;
}

/** "by the labour minister": an English argument after its predicate was read on its first word; its phrase runs on to the head. */
export function inPhrase(text: string, words: AlignedWord[], argument: Argument, predicate: number, index: number): boolean {
  if (argument.index === index) return true;
  // "Qatar Airways delivered": a subject read on its head takes in the name or modifiers before it.
  // Or in a name with its particles: "The Musée des Arts Décoratifs has…" read on "Décoratifs" takes in "Musée".
  if (argument.index < predicate && index < argument.index) {
    return (argument.index - index <= 2 && isModifierRun(text, words, index, argument.index)) || (argument.index - index <= MAX_NAME_SPAN && isNameRun(text, words, index, argument.index, NAME_PARTICLES));
  }
  // "assaulted two people": a count right before the head is in its phrase.
  if (index === argument.index - 1 && isCount(words[index], "target") && !hasBoundary(text, words[index].end, words[argument.index].start)) return true;
  // "from FC Nantes": an English name after its predicate, read on its last word, takes in its first words.
  const isName = (k: number) => /^\p{Lu}/u.test(words[k].text);
  if (argument.index > predicate && index > predicate && index < argument.index) return argument.index - index <= 2 && isModifierRun(text, words, index, argument.index) && isName(index) && isName(argument.index);
  if (argument.index < predicate || index < argument.index || index - argument.index > 3) return false;
  for (let k = argument.index + 1; k <= index; k += 1) {
    if (!words[k].isContent || hasBoundary(text, words[k - 1].end, words[k].start)) return false;
  }
  // "won the men's world team table tennis title": a noun the phrase goes on past, by three nouns or more, qualifies its head, the last
  // (two may be a verb and its object: "livestock farmers denounce harassment").
  const isNounAfter = (k: number) => words[k]?.isContent === true && /^\p{Ll}+$/u.test(words[k].text) && !/(?:ed|ing|ly)$/.test(words[k].text) && !hasBoundary(text, words[k - 1].end, words[k].start);
  return !(isNounAfter(index + 1) && isNounAfter(index + 2) && isNounAfter(index + 3));
}

/** Content words with nothing between them, from `from` to `to`: "Greek coastguards", "Nuclear Safety Authority". */
export function isModifierRun(text: string, words: AlignedWord[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    if (!words[k].isContent || (k > from && hasBoundary(text, words[k - 1].end, words[k].start))) return false;
  }
  return true;
}

/** Words that join a name's capitalised words: "Musée des Arts Décoratifs", "Bank of England". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "des", "du", "d'", "of"]);
const NO_PARTICLES: ReadonlySet<string> = new Set();
/** How far a subject's head may stand from the first word of its name: "Musée des Arts Décoratifs" is three. */
const MAX_NAME_SPAN = 5;

/**
 * Whether words `from`..`to` are one name: capitalised words with nothing between them ("New York Times"),
 * and, among `particles`, words that join two of them ("Musée des Arts Décoratifs").
 */
export function isNameRun(text: string, words: AlignedWord[], from: number, to: number, particles: ReadonlySet<string> = NO_PARTICLES): boolean {
  const isCapital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? "");
  const isParticle = (k: number) => k > from && k < to && particles.has(words[k].text.toLowerCase()) && isCapital(k + 1);
  for (let k = from; k <= to; k += 1) {
    if (!((words[k].isContent && isCapital(k)) || isParticle(k)) || (k > from && hasBoundary(text, words[k - 1].end, words[k].start))) return false;
  }
  return true;
}

/**
 * The target word an argument stands for: its head's, else that of a word qualifying the head right
 * after it, an adjective or a name in apposition ("les garde-côtes grecs", "le laboratoire Sanofi"),
 * when the head itself found no counterpart.
 */
export function counterpartOf(source: string, alignment: WordAlignment, index: number, targetOf: Map<number, number>): number | undefined {
  const own = targetOf.get(index);
  if (own !== undefined) return own;
  // "F-35": a name the tokenizer split at its hyphen stands for its linked part.
  const glued = alignment.source[index + 1];
  if (glued && source.slice(alignment.source[index].end, glued.start) === "-" && targetOf.has(index + 1)) return targetOf.get(index + 1);
  // "producteurs de lait" → "dairy farmers", "communauté d'agglomération" → "conurbation authority": a bare "de" noun is the English compound's modifier.
  const [marker, complement] = [alignment.source[index + 1], alignment.source[index + 2]];
  if (/^(?:de|d['’])$/.test(marker?.text ?? "") && complement?.isContent && !hasBoundary(source, alignment.source[index].end, complement.start)) {
    const counterpart = targetOf.get(index + 2);
    if (counterpart !== undefined) return counterpart;
  }
  // "par deux individus" → "two people": a count right before the head stands for its phrase.
  const count = alignment.source[index - 1];
  if (count && isCount(count, "source") && !hasBoundary(source, count.end, alignment.source[index].start) && targetOf.has(index - 1)) return targetOf.get(index - 1);
  for (let k = index + 1; k <= index + 2 && k < alignment.source.length && isModifierRun(source, alignment.source, index, k); k += 1) {
    const word = alignment.source[k];
    const isQualifier = /^\p{Lu}/u.test(word.text) || /(?:iques?|istes?|aires?|i?ens?|i?ennes?|els?|elles?|aux|ales?|ais|aises?|ois|oises?|ecs?|ecques?)$/.test(word.text.toLowerCase());
    if (!isQualifier) return undefined;
    const counterpart = targetOf.get(k);
    if (counterpart !== undefined) return counterpart;
  }
  return undefined;
}

/** A count, in figures or in words: "2", "deux", "two"; not the article "un", "une". */
function isCount(word: AlignedWord, language: "source" | "target"): boolean {
  const { folded, isNumber } = wordInfo(word.text, language);
  return isNumber || (!/^une?$/.test(folded) && spelledNumberValues(folded, language === "source" ? "fr" : "en") !== undefined);
}

export function hit(source: string, target: string, alignment: WordAlignment, reading: Reading): CheckHit {
  const [sourcePredicate, targetPredicate] = reading.predicate;
  const sourceSpan = spanBetween(alignment.source, sourcePredicate, reading.argument.index);
  const targetSpan = spanBetween(alignment.target, targetPredicate, reading.targetArgument.index);
  const sourceWord = alignment.source[reading.argument.index].text;
  const targetWord = alignment.target[reading.targetArgument.index].text;
  const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
  const message = reading.argument.slot === "genitive"
    ? `The source “${sourceText}” applies to ${sourceWord}, but the target “${targetText}” applies to ${targetWord}: the arguments are swapped.`
    : `The source “${sourceText}” makes ${sourceWord} ${ROLE_NAMES[reading.argument.slot]}, but the target “${targetText}” makes ${targetWord} ${reading.targetArgument.marker === "to" ? "the one it goes to" : ROLE_NAMES[reading.targetArgument.slot]}.`;
  return {
    message, sourceSpan, targetSpan, key: `aligned|${normaliseKey(targetText)}`,
    evidence: { links: [
      { source: spanOf(alignment.source[sourcePredicate]), target: spanOf(alignment.target[targetPredicate]), score: 1 },
      { source: spanOf(alignment.source[reading.argument.index]), target: spanOf(alignment.target[reading.counterpart]), score: 1 },
    ] },
  };
}

