import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isSourceImplicitNegativeAt, isSourceStrongNegativeAt, isTargetLitotes, isTargetStrongNegativeAt } from "../negation/negative-words";
import { findSourceNegators, findTargetNegators, hasBareNegativePronoun, hasOtherNe, isBoundary, isNegatedAt, isNoLonger, type Negator } from "../negation/negators";
import { findConverseVerb } from "../negation/converse-verbs";
import { findDictionaryConverse } from "../negation/dictionary-converses";
import { isFrenchWord, isSaidBySource, isSaidImplicitly } from "../negation/implicit-negation";
import { auxiliaryCounterpart, counterpart, unnegatedCounterpart, unnegatedVerbGroup, verbGroupCounterpart } from "../negation/negation-counterparts";
import { hasNegatedAntonym } from "../negation/negation-antonyms";
import { isSaidByGivingUp } from "../negation/given-up-plans";
import { findCancelledNegative, findDroppedCancellation } from "../negation/cancelled-negatives";
import { findVoteFlip } from "../negation/vote-directions";
import { findPrefixFlip } from "../negation/prefix-flips";
import { findFactorFlip, findPolarityFlip, findQuantityFlip } from "../negation/polarity-words";
import { pairSentences } from "../negation/sentence-pairs";
import { findUnsaidLack } from "../negation/lack-phrases";
import { findAddedFailure } from "../negation/added-failures";
import { findHalvedNeither } from "../negation/neither-members";
import { findWidenedOnly } from "../negation/restrictive-only";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, Evidence, SegmentCheck, Span } from "../types";

type Words = WordAlignment["source"];

function span(words: Words, first: number, last: number): Span {
  return { start: words[first].start, end: words[last].end };
}

/** Share of content words linked, on the less covered side: a free rendering links few. */
function coverage(alignment: WordAlignment): number {
  const share = (words: Words, linked: Set<number>) => {
    const content = words.filter((word) => word.isContent).length;
    return content === 0 ? 1 : words.filter((word, index) => word.isContent && linked.has(index)).length / content;
  };
  return Math.min(share(alignment.source, new Set(alignment.links.map((link) => link.source))), share(alignment.target, new Set(alignment.links.map((link) => link.target))));
}

/** Polarity is only compared where the rendering is close enough to be read word for word. */
const MIN_COVERAGE = 0.3;
/** An auxiliary before its subject and "not": the word order of a question, whatever the punctuation. */
const NEGATIVE_QUESTION = /(?:^|[,;:!"“] *)(?:did|do|does|have|has|is|are|was|were|can|could|will|would|shall|should)\s+(?:ye|you|we|they|he|she|i|thou)\s+not\b|(?:^|[,;:!"“] *)(?:didn|don|doesn|haven|hasn|isn|aren|wasn|weren|can|couldn|won|wouldn|shouldn)['’]t\s+(?:ye|you|we|they|he|she|i|thou)\b/i;

function quote(text: string, at: Span): string {
  return text.slice(at.start, at.end);
}

type Sides = { source: string; target: string; alignment: WordAlignment };

function hit(sides: Sides, negatorSpan: Span, otherSpan: Span | null, fromSource: boolean, score: number, reason: string): CheckHit {
  const [negatorText, sideText] = fromSource ? [sides.source, sides.target] : [sides.target, sides.source];
  const negated = quote(negatorText, negatorSpan);
  const sourceSpan = fromSource ? negatorSpan : otherSpan ?? { start: 0, end: sides.source.length };
  const targetSpan = fromSource ? otherSpan ?? { start: 0, end: sides.target.length } : negatorSpan;
  const evidence: Evidence = { links: [{ source: fromSource ? negatorSpan : otherSpan, target: fromSource ? otherSpan : negatorSpan, score }] };
  const where = otherSpan ? `${fromSource ? "" : "the source "}“${quote(sideText, otherSpan)}” ${reason}` : `the ${fromSource ? "target" : "source"} has no negation`;
  const message = fromSource
    ? `The source is negative (“${negated}”), but ${where}: the meaning is reversed.`
    : `The target adds a negation (“${negated}”), but ${where}: the meaning is reversed.`;
  return { message, sourceSpan, targetSpan, key: `${fromSource ? "negative-source" : "negative-target"}|${normaliseKey(negated)}`, evidence };
}

/** A negative word rendered by its positive opposite: "Personne" → "Someone", "nothing" ← "quelque chose". */
function flipHit(sides: Sides, sourceNegators: Negator[], targetNegators: Negator[]): CheckHit | null {
  const found = findPolarityFlip(sides.alignment, sourceNegators, targetNegators);
  if (!found) return null;
  const { flip, fromSource } = found;
  // A negated negative word is a positive: "ne sera jamais oublié" → "will always be remembered", "Nul n'est censé ignorer" → "Everyone is supposed to know".
  const { negator } = flip;
  const near = Array.from({ length: 4 }, (_, offset) => negator.last + 1 + offset).filter((index) => index < (fromSource ? sides.alignment.source : sides.alignment.target).length);
  const isCancelling = (index: number) => fromSource
    ? isSourceStrongNegativeAt(sides.alignment.source, index, isFrenchWord)
    : isTargetStrongNegativeAt(sides.alignment.target, index);
  // Unless the other side says that negative word too: "quelqu'un doit les arrêter" → "no one should stop them" keeps "arrêter" as "stop".
  const isSaidOnBothSides = (index: number) => sides.alignment.links.some((link) => fromSource
    ? link.source === index && isTargetStrongNegativeAt(sides.alignment.target, link.target)
    : link.target === index && isSourceImplicitNegativeAt(sides.alignment.source, link.source, isFrenchWord));
  if (near.some((index) => isCancelling(index) && !isSaidOnBothSides(index))) return null;
  // "sans difficulté" → "with ease": the positive word comes with the opposite of the negated word.
  if (fromSource && hasNegatedAntonym(sides.source, sides.alignment.source, sides.alignment.target, negator)) return null;
  const [negatorWords, otherWords] = fromSource ? [sides.alignment.source, sides.alignment.target] : [sides.alignment.target, sides.alignment.source];
  return hit(sides, span(negatorWords, flip.negator.first, flip.negator.last), span(otherWords, flip.positive.first, flip.positive.last), fromSource, 0.9, "says the opposite");
}

/** One side negative, the other with no negation at all: the first negation the other side does not say some other way. */
function oneSidedHit(sides: Sides, negators: Negator[], fromSource: boolean): CheckHit | null {
  const { alignment } = sides;
  // A bare "rien"/"personne" (no "ne") is a negation the English may say with "nothing"/"no one".
  if (!fromSource && hasBareNegativePronoun(alignment.source, [])) return null;
  const verbGroup = (candidate: Negator) => (fromSource ? verbGroupCounterpart(alignment, candidate) : auxiliaryCounterpart(alignment, candidate));
  // Each French word that says no says one English negation: "patients orphelins" is "without a family doctor", not also "no longer waiting".
  const spent = new Set<number>();
  const negator = fromSource ? negators.find((candidate) => !isSaidImplicitly(sides.source, alignment, candidate, verbGroup(candidate)?.index ?? null)) : negators.find((candidate) => !isSaidBySource(alignment, candidate, undefined, spent));
  if (!negator) return null;
  const negatorSpan = span(fromSource ? alignment.source : alignment.target, negator.first, negator.last);
  const other = counterpart(alignment, negator, fromSource) ?? verbGroup(negator);
  if (!other && coverage(alignment) < MIN_COVERAGE) return null;
  const otherSpan = other ? span(fromSource ? alignment.target : alignment.source, other.index, other.index) : null;
  return hit(sides, negatorSpan, otherSpan, fromSource, other?.score ?? 0, "is affirmative");
}

/**
 * French negative concord: "aucun homme ni aucun nain ne devra jamais" is one negation, said by
 * "aucun" and "ne … jamais" together. A lone determiner negator that a "ne" negation follows in
 * the same clause adds none.
 */
function isConcord(text: string, words: Words, negator: Negator, negators: Negator[]): boolean {
  if (negator.first !== negator.last || !/^(?:aucun|aucune|nul|nulle)$/.test(negator.word)) return false;
  return negators.some((other) => other.first > negator.last && other.first - negator.last <= 8 && /^n/.test(wordInfo(words[other.first].text, "source").folded) && !/[.;:?!]/.test(text.slice(words[negator.last].end, words[other.first].start)));
}

/** How many words past its first content word a "without" phrase's noun may stand: "without a single recorded victim". */
const WITHOUT_PHRASE_REACH = 2;

/** French and English negators (folded) of the same kind, beyond a plain "not". */
const NEGATOR_KINDS: Record<string, string> = {
  sans: "without", without: "without", jamais: "never", never: "never", personne: "person", nobody: "person", "no one": "person",
  rien: "thing", nothing: "thing", ni: "nor", nor: "nor", neither: "nor", nulle: "place", nowhere: "place",
  aucun: "none", aucune: "none", none: "none", no: "none",
};

/** Whether two negators, one on each side, are of one kind beyond a plain "not": "sans" and "without", "jamais" and "never". */
const isSameKind = (a: Negator, b: Negator) => NEGATOR_KINDS[a.word] !== undefined && NEGATOR_KINDS[a.word] === NEGATOR_KINDS[b.word];

/**
 * Pairs each negator with one of `others` of the same kind, in order ("sans" with "without", "jamais" with "never"):
 * the negators left without a partner, and the others left over.
 */
function matchByKind(negators: Negator[], others: Negator[]): { unmatched: Negator[]; others: Negator[] } {
  const left = [...others];
  const unmatched = negators.filter((negator) => {
    const at = left.findIndex((candidate) => isSameKind(candidate, negator));
    return at < 0 || left.splice(at, 1).length === 0;
  });
  return { unmatched, others: left };
}

/**
 * The English negators that negate something: not a litotes ("will not go without reward", the "without" it cancels too),
 * nor a French verb's own no ("a renoncé à" → "decided not to", "sera supprimé" → "will no longer"), nor a reworded "without".
 */
function negatingTargetNegators(alignment: WordAlignment, targetNegators: Negator[]): Negator[] {
  const litotes = targetNegators.filter((negator) => isTargetLitotes(alignment.target, negator));
  return targetNegators.filter((negator) => !litotes.includes(negator) && !litotes.some((other) => negator.first > other.last && negator.first <= other.last + 3) &&
    !isSaidByGivingUp(alignment, negator) && !isRewordedWithout(alignment, negator));
}

/**
 * Both sides negative, but the English negates more predicates than the French: an English negator
 * beyond those the French negators account for (by kind first: "Jamais" → "never"), whose negated
 * word renders a French word no negation governs and that says no by itself nowhere ("Jamais les
 * thermes n'avaient accueilli autant de curistes …, qui s'inquiète" → "never …, which is not worried").
 */
function addedScopedHit(sides: Sides, allSourceNegators: Negator[], targetNegators: Negator[]): CheckHit | null {
  const { alignment } = sides;
  const sourceNegators = allSourceNegators.filter((negator) => !isConcord(sides.source, alignment.source, negator, allSourceNegators));
  if (sourceNegators.length === 0 || targetNegators.length <= sourceNegators.length) return null;
  // As with no French negator: a "ne" of another kind may be what an English negation renders, and a negative question's polarity is free.
  if (hasOtherNe(alignment.source, allSourceNegators) || NEGATIVE_QUESTION.test(sides.target)) return null;
  // A French word that says no renders an English negation only up to its negated word: "qui s'inquiète du manque" → "not worried about the shortage" leaves "manque" to "shortage".
  const negating = negatingTargetNegators(alignment, targetNegators).filter((negator) => !isSaidBySource(alignment, negator, 0));
  const { unmatched: added, others: unmatched } = matchByKind(negating, sourceNegators);
  if (added.length <= unmatched.length) return null;
  for (const negator of added) {
    // A verb's "not": a pronoun or determiner ("for nothing, looking", "no men remain") negates no word after it.
    // "no longer" negates the predicate after it: "the flow is no longer below the threshold".
    const scope = /^(?:not|cannot)$/.test(negator.word) ? negator.scope : noLongerScope(alignment.target, negator);
    if (scope === null) continue;
    const rendered = alignment.links.filter((link) => link.target === scope && link.score >= 0.7 && alignment.source[link.source].isContent);
    const isPlain = (at: number) => !isNegatedAt(alignment.source, at, "source", allSourceNegators) && !isSourceImplicitNegativeAt(alignment.source, at, isFrenchWord);
    if (rendered.length === 0 || !rendered.every((link) => isPlain(link.source))) continue;
    const [first] = rendered;
    return hit(sides, span(alignment.target, negator.first, negator.last), span(alignment.source, first.source, first.source), false, first.score, "is affirmative");
  }
  return null;
}

/** The content word "no longer" negates, right after it ("is no longer below"), or null for another "no". */
function noLongerScope(words: AlignedWord[], negator: Negator): number | null {
  return isNoLonger(words, negator) && words[negator.first + 2]?.isContent ? negator.first + 2 : null;
}

/**
 * In an affirmative French sentence, an English "without" phrase whose noun renders no French word,
 * between rendered words whose French counterparts hold a content word rendered nowhere: that word,
 * reworded ("deux ferme, pour fraude" → "two of them without remission, for fraud"). "Avec" may be
 * what the "without" turned round.
 */
function isRewordedWithout(alignment: WordAlignment, negator: Negator): boolean {
  // A bare noun: "without remission", "without charge", a set phrase, not "without his sword".
  if (negator.word !== "without" || negator.scope !== negator.first + 1 || alignment.source.some((word) => /^avec$/i.test(word.text))) return false;
  const sourceOf = (target: number) => alignment.links.find((link) => link.target === target && alignment.source[link.source].isContent)?.source;
  if (sourceOf(negator.first + 1) !== undefined) return false;
  let [before, after] = [negator.first - 1, negator.first + 2];
  while (before >= 0 && sourceOf(before) === undefined) before -= 1;
  while (after < alignment.target.length && sourceOf(after) === undefined) after += 1;
  const [from, to] = [before >= 0 ? sourceOf(before) : undefined, after < alignment.target.length ? sourceOf(after) : undefined];
  if (from === undefined || to === undefined || to - from < 2) return false;
  const linked = new Set(alignment.links.map((link) => link.source));
  return alignment.source.slice(from + 1, to).some((word, offset) => word.isContent && !linked.has(from + 1 + offset));
}

/**
 * Both sides negative, but the French negates more predicates than the English (negative concord
 * counted once): a French negator whose negated word is linked to an English word with no negation
 * (or negative word) just before it.
 */
function scopedHit(sides: Sides, allSourceNegators: Negator[], targetNegators: Negator[]): CheckHit | null {
  const { alignment } = sides;
  const sourceNegators = allSourceNegators.filter((negator) => !isConcord(sides.source, alignment.source, negator, allSourceNegators));
  // An English "without" whose noun renders no French word ("through parliament without a vote", added) renders no French negation either.
  // Its noun may stand past modifiers: "without a single recorded victim".
  const isAdded = (negator: Negator) => negator.word === "without" && negator.scope !== null && !alignment.links.some((link) => link.target >= negator.scope! && link.target <= negator.scope! + WITHOUT_PHRASE_REACH && !isBoundary(sides.target, alignment.target[negator.scope!], alignment.target[link.target])) &&
    !sourceNegators.some((other) => isSameKind(other, negator));
  const rendering = targetNegators.filter((negator) => !isAdded(negator));
  if (sourceNegators.length <= rendering.length) return null;
  const isClose = coverage(alignment) >= MIN_COVERAGE;
  // A French negator the English says with its own word ("sans" → "without", "jamais" → "never") is rendered.
  for (const negator of matchByKind(sourceNegators, rendering).unmatched) {
    const other = (isClose ? unnegatedCounterpart(alignment, negator, targetNegators) : null) ?? unnegatedVerbGroup(alignment, negator, targetNegators);
    if (other) return hit(sides, span(alignment.source, negator.first, negator.last), span(alignment.target, other.index, other.index), true, other.score, "is affirmative");
  }
  return null;
}

/**
 * A French word whose English rendering says the opposite, by its own meaning: its span on each side
 * (the English from `targetFirst`, a negation before it), and a message that quotes both.
 */
function oppositeWordsHit(sides: Sides, at: { source: number; target: number }, kind: string, say: (french: string, english: string) => string, score: number, targetFirst = at.target): CheckHit {
  const sourceSpan = span(sides.alignment.source, at.source, at.source);
  const targetSpan = span(sides.alignment.target, targetFirst, at.target);
  const french = quote(sides.source, sourceSpan);
  return {
    message: say(french, quote(sides.target, targetSpan)),
    sourceSpan, targetSpan, key: `${kind}|${normaliseKey(french)}`, evidence: { links: [{ source: sourceSpan, target: targetSpan, score }] },
  };
}

/** Each alignment's negators, read once: a one-sentence segment's polarity hits and the uncounted ones below read the same. */
const NEGATORS = new WeakMap<WordAlignment, { sourceNegators: Negator[]; targetNegators: Negator[] }>();

function negatorsOf({ source, target, alignment }: Sides): { sourceNegators: Negator[]; targetNegators: Negator[] } {
  let found = NEGATORS.get(alignment);
  if (!found) {
    found = { sourceNegators: findSourceNegators(source, alignment.source), targetNegators: findTargetNegators(target, alignment.target) };
    NEGATORS.set(alignment, found);
  }
  return found;
}

/** The polarity hits of one pair of texts (a segment, or one of its sentence pairs), first kind found. */
function polarityHits(sides: Sides): CheckHit[] {
  const { source, target, alignment } = sides;
  const { sourceNegators, targetNegators } = negatorsOf(sides);
  const flip = flipHit(sides, sourceNegators, targetNegators);
  if (flip) return [flip];
  const quantity = findQuantityFlip(source, alignment);
  // "très peu d'artistes" → "many artists": a scarce quantity said as an abundant one, or the reverse.
  if (quantity) return [oppositeWordsHit(sides, quantity, "quantity", (french, english) => `The source says “${french}”, but the target says “${english}”, the opposite quantity: the meaning is reversed.`, 0.9)];
  const factor = findFactorFlip(source, alignment);
  // "deux fois moins de pluie" → "twice the rainfall": a factor that divides said as one that multiplies, or the reverse.
  if (factor) {
    const [sourceSpan, targetSpan] = [span(alignment.source, factor.sourceFirst, factor.source), span(alignment.target, factor.targetFirst, factor.target)];
    const [french, english] = [quote(source, sourceSpan), quote(target, targetSpan)];
    const way = factor.divides ? "divides, but the target's multiplies" : "multiplies, but the target's divides";
    return [{ message: `The source's factor “${french}” ${way} (“${english}”): the meaning is reversed.`, sourceSpan, targetSpan,
      key: `factor|${normaliseKey(french)}`, evidence: { links: [{ source: sourceSpan, target: targetSpan, score: 0.9 }] } }];
  }
  const prefixed = findPrefixFlip(alignment, sourceNegators, targetNegators);
  // "impossible" → "possible", "légal" → "illegal": one word negated by its prefix, the other not.
  if (prefixed) return [oppositeWordsHit(sides, prefixed, "prefix", (french, english) => `The source says “${french}” and the target “${english}”, the same word with and without its negative prefix: the meaning is reversed.`, 0.8)];
  const converse = findConverseVerb(source, alignment, sourceNegators, targetNegators);
  // "a refusé de fournir" → "agreed to hand": a verb of refusal, denial, prohibition, failure or defeat said by its converse.
  if (converse) return [oppositeWordsHit(sides, converse, "converse", (french, english) => `The source says “${french}”, but the target says “${english}”, its converse: the meaning is reversed.`, 0.8)];
  const widened = findWidenedOnly(alignment);
  // "Seuls les pompiers sont concernés" → "Not only firefighters are affected": a restriction said as an inclusion.
  if (widened) return [oppositeWordsHit(sides, widened, "widened", (french, english) => `The source restricts (“${french}”), but the target says “${english}” after “not”, which widens: the meaning is reversed.`, 0.8, widened.target - 1)];
  const vote = findVoteFlip(sides, sourceNegators, targetNegators);
  // "ont voté la reconduction" → "voted against extending": a vote for rendered by a vote against, or the reverse.
  if (vote) return [oppositeWordsHit(sides, vote, "vote", (french, english) => `The source's vote (“${french}”) and the target's (“${english}”) go opposite ways, one for and one against: the meaning is reversed.`, 0.8)];
  if (sourceNegators.length > 0 && targetNegators.length === 0) return [oneSidedHit(sides, sourceNegators, true)].filter((found) => found !== null);
  // A French "ne" of another kind ("ne … que", expletive, literary) may be what the English negation renders.
  // Nor do a negative question without its mark ("Did ye not see…!") or two negatives that cancel ("will not go unavenged").
  if (targetNegators.length > 0 && sourceNegators.length === 0 && !hasOtherNe(alignment.source, sourceNegators) && !NEGATIVE_QUESTION.test(target)) {
    for (const negator of targetNegators) {
      const cancelled = findCancelledNegative(alignment, negator);
      // "a exclu toute coopération" → "did not rule out cooperation": the English negates the word that renders the French word of refusal.
      if (cancelled) {
        return [oppositeWordsHit(sides, cancelled, "cancelled", (french, english) => `The source says “${french}”, a word that says no, but the target negates its rendering (“${english}”): the meaning is reversed.`, 0.8, negator.first)];
      }
    }
    const negating = negatingTargetNegators(alignment, targetNegators);
    return negating.length === 0 ? [] : [oneSidedHit(sides, negating, false)].filter((found) => found !== null);
  }
  return [scopedHit(sides, sourceNegators, targetNegators) ?? addedScopedHit(sides, sourceNegators, targetNegators)].filter((found) => found !== null);
}

/**
 * Polarity said by words no negator count compares, tried when nothing else is found: a French negation
 * cancelling a word that says no, the English keeping that word's no ("n'excluent pas" → "are ruling
 * out"); a French verb said as a failure to do it ("a terminé" → "failed to finish"); a French
 * preposition of lack said as a presence ("faute d'accord" → "following an agreement"); a word said by its
 * antonym in WordNet ("a acquitté" → "convicted").
 */
function uncountedPolarityHits(sides: Sides): CheckHit[] {
  const { source, target, alignment } = sides;
  const { sourceNegators, targetNegators } = negatorsOf(sides);
  // "n'excluent pas son retour" → "are ruling out a return": the French negation cancels a word saying no, the English keeps that word's no.
  for (const negator of sourceNegators) {
    const dropped = findDroppedCancellation(alignment, negator, targetNegators);
    if (dropped) {
      return [oppositeWordsHit(sides, dropped, "uncancelled", (french, english) => `The source negates “${french}”, a word that says no, but the target says “${english}” with no negation: the meaning is reversed.`, 0.8, dropped.targetFirst)];
    }
  }
  const failure = findAddedFailure(source, alignment, sourceNegators);
  // "a terminé un seul slalom" → "failed to finish one slalom": a verb said as a failure or a refusal to do it.
  if (failure) {
    return [oppositeWordsHit(sides, failure, "failure", (french, english) => `The source says “${french}”, that it happened, but the target says “${english}”, that it did not: the meaning is reversed.`, 0.8, failure.targetFirst)];
  }
  const halved = findHalvedNeither(alignment, targetNegators);
  // "ni libre ni équitable" → "free but not fair": the first member of "ni … ni" said without its negation.
  if (halved) return [oppositeWordsHit(sides, halved, "neither", (french, english) => `The source negates “${french}” with “ni … ni”, but the target says “${english}” with no negation, negating only what follows: the meaning is reversed.`, 0.8)];
  const lack = findUnsaidLack(source, target, alignment, sourceNegators, targetNegators);
  // "faute d'accord" → "after agreeing": a lack said as a presence.
  if (lack) {
    const french = quote(source, lack);
    return [{ message: `The source says “${french}”, that something is lacking, but the target says nothing is missing: the meaning is reversed.`, sourceSpan: lack, targetSpan: null,
      key: `lack|${normaliseKey(french)}`, evidence: { links: [{ source: lack, target: null, score: 0.8 }] } }];
  }
  const antonym = findDictionaryConverse({ source, target }, alignment, sourceNegators, targetNegators);
  // "a acquitté" → "convicted", "a importé" → "exported": a word said by its antonym in WordNet.
  if (antonym) return [oppositeWordsHit(sides, antonym, "antonym", (french, english) => `The source says “${french}”, but the target says “${english}”, its opposite: the meaning is reversed.`, 0.7)];
  return [];
}

export const negationMismatch: SegmentCheck = {
  id: "negation-mismatch",
  category: "accuracy_mistranslation",
  severity: "critical",
  title: "A negative sentence became affirmative, or the reverse",
  run({ source, target }, context): CheckHit[] {
    // Negative questions ask ("Ne pensez-vous pas…?", "Aren't you…?"); their polarity is free in translation.
    if (source.includes("?") || target.includes("?")) return [];
    const alignment = context.alignment();
    // Sentence by sentence first, where the segment pairs its sentences: a negation added in one does not answer one lost in another.
    const pairs = pairSentences(source, target, alignment) ?? [alignment];
    for (const pair of pairs) {
      const found = polarityHits({ source, target, alignment: pair });
      if (found.length > 0) return found;
    }
    return uncountedPolarityHits({ source, target, alignment });
  },
};
