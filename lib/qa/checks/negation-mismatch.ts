import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { FRENCH_PRIVATIVE, findSourceNegators, findTargetNegators, hasBareNegativePronoun, hasOtherNe, hasTargetImplicitNegation, isBoundary, isSourceImplicitNegative, isSourceImplicitNegativeAt, isTargetImplicitNegativeAt, isTargetLitotes, isTargetPhrasalNegativeAt, isTargetStrongNegative, isSinceClause, isUntilClause, type Negator } from "../negation";
import { findConverseVerb } from "../converse-verbs";
import { hasNegatedAntonym, hasSourceAntonym } from "../negation-antonyms";
import { findPolarityFlip, findQuantityFlip } from "../polarity-words";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, Evidence, SegmentCheck, Span } from "../types";

type Words = WordAlignment["source"];

function span(words: Words, first: number, last: number): Span {
  return { start: words[first].start, end: words[last].end };
}

/** The negated word's counterpart on the other side, through the alignment. */
function counterpart(alignment: WordAlignment, negator: Negator, fromSource: boolean): { index: number; score: number } | null {
  if (negator.scope === null) return null;
  const link = alignment.links.find((candidate) => (fromSource ? candidate.source : candidate.target) === negator.scope);
  return link ? { index: fromSource ? link.target : link.source, score: link.score } : null;
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
/** How far before the negated word's counterpart its negation may sit: "did not, in the end, sign". */
const SCOPE_WINDOW = 5;
/** An auxiliary before its subject and "not": the word order of a question, whatever the punctuation. */
const NEGATIVE_QUESTION = /(?:^|[,;:!"“] *)(?:did|do|does|have|has|is|are|was|were|can|could|will|would|shall|should)\s+(?:ye|you|we|they|he|she|i|thou)\s+not\b|(?:^|[,;:!"“] *)(?:didn|don|doesn|haven|hasn|isn|aren|wasn|weren|can|couldn|won|wouldn|shouldn)['’]t\s+(?:ye|you|we|they|he|she|i|thou)\b/i;
const OBJECT_PRONOUN = /^(?:it|them|him|her|me|us|you|thee)$/i;

function isFrenchWord(folded: string): boolean {
  const { lexicon } = getLexicon();
  return lexicon.has(folded) || lexicon.has(`~${wordInfo(folded, "source").stem}`);
}

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
    ? isSourceImplicitNegativeAt(sides.alignment.source, index, isFrenchWord) && !/^(?:seul|peu|peine|sauf|excep|faute|defaut)/.test(wordInfo(sides.alignment.source[index].text, "source").folded)
    : isTargetStrongNegative(sides.alignment.target[index]);
  // Unless the other side says that negative word too: "quelqu'un doit les arrêter" → "no one should stop them" keeps "arrêter" as "stop".
  const isSaidOnBothSides = (index: number) => sides.alignment.links.some((link) => fromSource
    ? link.source === index && isTargetStrongNegative(sides.alignment.target[link.target])
    : link.target === index && isSourceImplicitNegativeAt(sides.alignment.source, link.source, isFrenchWord));
  if (near.some((index) => isCancelling(index) && !isSaidOnBothSides(index))) return null;
  // "sans difficulté" → "with ease": the positive word comes with the opposite of the negated word.
  if (fromSource && hasNegatedAntonym(sides.source, sides.alignment.source, sides.alignment.target, negator)) return null;
  const [negatorWords, otherWords] = fromSource ? [sides.alignment.source, sides.alignment.target] : [sides.alignment.target, sides.alignment.source];
  return hit(sides, span(negatorWords, flip.negator.first, flip.negator.last), span(otherWords, flip.positive.first, flip.positive.last), fromSource, 0.9, "says the opposite");
}

/**
 * Whether the English says this French negation without a negator ("n'a pas pu" → "was unable",
 * "sans espoir" → "hopeless"): a word that says no by itself, left unlinked by the aligner or
 * linked inside the negation (its words and the word it negates). One linked elsewhere renders
 * another word ("je ne les ai jamais vus aussi distants" → "I have seen them so unfriendly"). A
 * negated negative word is a positive the English may say plainly ("n'oublie pas" → "remember"),
 * unless it keeps that word's own negative ("n'a jamais failli" → "has failed").
 */
function isSaidImplicitly(source: string, alignment: WordAlignment, negator: Negator, verbGroup: number | null): boolean {
  const counterparts = (index: number) => alignment.links.filter((link) => link.target === index).map((link) => link.source);
  const negative = negatedNegative(source, alignment, negator);
  if (negative !== null) {
    // "ne sera jamais oublié" → "will forever be remembered": "forever" keeps no negative; "n'a pas exclu" → "has ruled out" keeps it.
    // An unlinked English negative may render the negation's own word, but only a linked one a word further on: "Rien ne devrait nous empêcher" → "undisturbed".
    const isUnplaced = (index: number) => (negative === negator.scope ? [[], [negative]] : [[negative]]).some((linked) => sameSet(linked, counterparts(index)));
    const keepsNegative = alignment.target.some((word, index) => (isTargetStrongNegative(word) && isUnplaced(index)) || (isTargetPhrasalNegativeAt(alignment.target, index) && isUnplaced(index + 1)));
    return !keepsNegative;
  }
  if (hasNegatedAntonym(source, alignment.source, alignment.target, negator) || isUntilClause(source, alignment.source, alignment.target, negator) || isSinceClause(alignment.source, alignment.target, negator)) return true;
  // "n'ont jamais mis en vente aussi peu de logements" → "fewer homes than at any time": a record said by a comparative with "ever"/"any".
  if (negator.word === "jamais" && alignment.source.slice(negator.last + 1, negator.last + 6).some((word) => /^(?:aussi|autant|si|tant)$/i.test(word.text)) &&
    alignment.target.some((word) => /^(?:ever|any|record)$/i.test(word.text))) return true;
  // "non" makes a term of its adjective ("gazole non routier" → "agricultural diesel"): only a rendered adjective shows the negation lost.
  if (negator.word === "non" && negator.scope !== null && !alignment.links.some((link) => link.source === negator.scope)) return true;
  const last = Math.max(negator.last, negator.scope ?? negator.last);
  return alignment.target.some((_, index) => {
    if (!isTargetImplicitNegativeAt(alignment.target, index)) return false;
    const linked = counterparts(index);
    // An unlinked word says this negation when nothing places it, near the verb group the negation belongs to, or at about the place of its negated word, itself unlinked: "ne sont pas aguerris" → "untested".
    if (linked.length === 0) return verbGroup === null || Math.abs(index - verbGroup) <= 3 || isUnlinkedAt(alignment, negator.scope, index);
    return linked.some((at) => at >= negator.first - 1 && at <= last + 1 && !isSourceImplicitNegative(alignment.source[at], isFrenchWord));
  });
}

/**
 * The negated word that says no by itself, whose negation makes a positive the English may say
 * plainly: the negation's own word ("n'oublie pas" → "remember"), or one a verb governs just after
 * it in its clause ("Nul n'est censé ignorer" → "Everyone is supposed to know").
 */
function negatedNegative(source: string, alignment: WordAlignment, negator: Negator): number | null {
  if (negator.scope === null) return null;
  const words = alignment.source;
  // "n'est pas seul" is "not alone": "seul" says "only" only in "ne … que", so its negation stands.
  if (isSourceImplicitNegative(words[negator.scope], isFrenchWord) && !/^seul/.test(wordInfo(words[negator.scope].text, "source").folded) && saysNoHere(alignment, negator.scope)) return negator.scope;
  for (let k = negator.scope + 1; k < Math.min(words.length, negator.scope + 4) && !isBoundary(source, words[k - 1], words[k]); k += 1) {
    if (isSourceImplicitNegative(words[k], isFrenchWord) && !/^(?:seul|peu|peine|sauf|excep|faute|defaut)/.test(wordInfo(words[k].text, "source").folded) && saysNoHere(alignment, k)) return k;
  }
  return null;
}

/**
 * Whether a French word that may say no does so in this sentence: unless the aligner rendered it by
 * an English word that says no ("rejeter" → "reject", "arrêter" → "stop"), it has its other sense
 * ("ne rejettera pas d'eau" → "will not release water", "n'a pas arrêté le suspect" → "did not
 * arrest"), and the negation before it is a plain one.
 */
function saysNoHere(alignment: WordAlignment, index: number): boolean {
  const rendered = alignment.links.filter((link) => link.source === index);
  return rendered.length === 0 || rendered.some((link) => isTargetImplicitNegativeAt(alignment.target, link.target));
}

/**
 * Whether an unlinked French word is, of the unlinked French content words, the one that stands
 * nearest an English word's share of its sentence, and near enough: "ne les avait jamais reçus
 * aussi froidement" → "greeted them so unkindly" puts "unkindly" at "froidement", not "reçus".
 */
function isUnlinkedAt(alignment: WordAlignment, sourceIndex: number | null, targetIndex: number): boolean {
  const linked = new Set(alignment.links.map((link) => link.source));
  if (sourceIndex === null || linked.has(sourceIndex)) return false;
  const drift = (index: number) => Math.abs(index / alignment.source.length - targetIndex / alignment.target.length);
  const isNearest = alignment.source.every((word, index) => !word.isContent || linked.has(index) || drift(index) >= drift(sourceIndex));
  return isNearest && drift(sourceIndex) <= IMPLICIT_DRIFT;
}

const sameSet = (a: Array<number | null>, b: number[]) => a.length === b.length && a.every((value) => value !== null && b.includes(value));

/** How far apart, as a share of each sentence's length, an unlinked French word and the English negation it may render can stand. */
const IMPLICIT_DRIFT = 0.3;

/**
 * Whether the French says this English negation with a word that says no by itself ("interdite" →
 * "may not", "peu de temps" → "not long", "privés de" → "without"): one linked near the negation,
 * or unlinked at about the same place in the sentence. One linked elsewhere renders another word
 * ("inconnu" → "unknown"), so it cannot be what this negation says.
 */
function isSaidBySource(alignment: WordAlignment, negator: Negator): boolean {
  if (hasSourceAntonym(alignment.source, alignment.target, negator)) return true;
  const last = negator.scope ?? negator.last;
  const place = negator.first / alignment.target.length;
  // With no English word of its own that says no, an unlinked French one ("Inutile d'essayer" → "There is no use") can only be said by the negation.
  const isOnlyRendering = !alignment.target.some(isTargetStrongNegative);
  return alignment.source.some((_, index) => {
    if (!isSourceImplicitNegativeAt(alignment.source, index, isFrenchWord)) return false;
    const linked = alignment.links.filter((link) => link.source === index).map((link) => link.target);
    // A privative word's "without" closes its phrase in English wherever the phrase went: "privant d'électricité 200 000 foyers" → "leaving 200,000 households without power".
    if (linked.length === 0) return isOnlyRendering || FRENCH_PRIVATIVE.test(wordInfo(alignment.source[index].text, "source").folded) || Math.abs(index / alignment.source.length - place) <= IMPLICIT_DRIFT;
    return linked.some((at) => at >= negator.first - 3 && at <= last + 3);
  });
}

/** One side negative, the other with no negation at all: the first negation the other side does not say some other way. */
function oneSidedHit(sides: Sides, negators: Negator[], fromSource: boolean): CheckHit | null {
  const { alignment } = sides;
  // A bare "rien"/"personne" (no "ne") is a negation the English may say with "nothing"/"no one".
  if (!fromSource && hasBareNegativePronoun(alignment.source, [])) return null;
  const verbGroup = (candidate: Negator) => (fromSource ? verbGroupCounterpart(alignment, candidate) : auxiliaryCounterpart(alignment, candidate));
  const negator = fromSource ? negators.find((candidate) => !isSaidImplicitly(sides.source, alignment, candidate, verbGroup(candidate)?.index ?? null)) : negators.find((candidate) => !isSaidBySource(alignment, candidate));
  if (!negator) return null;
  const negatorSpan = span(fromSource ? alignment.source : alignment.target, negator.first, negator.last);
  const other = counterpart(alignment, negator, fromSource) ?? verbGroup(negator);
  if (!other && coverage(alignment) < MIN_COVERAGE) return null;
  const otherSpan = other ? span(fromSource ? alignment.target : alignment.source, other.index, other.index) : null;
  return hit(sides, negatorSpan, otherSpan, fromSource, other?.score ?? 0, "is affirmative");
}

/** English auxiliaries and the French verbs (folded) that say them: "were not" answers "étaient". */
const AUXILIARY_FAMILIES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:have|has|had)$/i, /^(?:a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|aura|aurai|auront|aurait|auraient|eut|eurent)$/],
  [/^(?:is|are|was|were|am)$/i, /^(?:suis|es|est|sommes|etes|sont|etai[st]|etions|etiez|etaient|fut|furent)$/],
  [/^(?:can|could)$/i, /^(?:peux|peut|pouvons|pouvez|peuvent|pouvai[st]|pouvaient|pourrai[st]?|pourraient|put|purent)$/],
];

/**
 * The French counterpart of an English negated auxiliary that the aligner could not place: "were
 * not notched" answers "étaient endommagées" when the French has that verb and no negation.
 */
function auxiliaryCounterpart(alignment: WordAlignment, negator: Negator): { index: number; score: number } | null {
  const auxiliary = alignment.target[negator.first - 1]?.text ?? "";
  // "was not to last" says a fate ("fut de courte durée"), not a negated state.
  if (!/^not$/i.test(alignment.target[negator.first].text) || /^to$/i.test(alignment.target[negator.first + 1]?.text ?? "")) return null;
  const family = AUXILIARY_FAMILIES.find(([english]) => english.test(auxiliary));
  if (!family) return null;
  const index = alignment.source.findIndex((word) => family[1].test(wordInfo(word.text, "source").folded));
  return index >= 0 ? { index, score: 0.5 } : null;
}

const FRENCH_AVOIR = /^(?:a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|aura|aurai|auras|aurons|aurez|auront|aurait|aurais|aurions|auriez|auraient|eut|eurent)$/;
const FRENCH_CLITIC = /^(?:y|en|le|la|les|l'|me|m'|te|t'|se|s'|nous|vous|lui|leur|ce|c'|pas|plus|jamais|rien|personne|point|guere|aucun|aucune)$/;
/**
 * French verb forms (folded) and the English auxiliaries that say them, first match wins: "n'est
 * pas" answers "is", "ne pouvons pas" "can", "ne viendra pas" "will", "ne serait pas" "would"; any
 * other verb the emphatic "do/does/did" ("il ne sait rien" → "he does know").
 */
const VERB_FAMILIES: ReadonlyArray<[RegExp, RegExp]> = [
  [FRENCH_AVOIR, /^(?:have|has|had)$/i],
  [/^(?:suis|es|est|sommes|etes|sont|etai[st]|etions|etiez|etaient|fut|furent|etre)$/, /^(?:is|are|was|were|am|be)$/i],
  [/^ser(?:a|ai|as|ons|ez|ont)$/, /^(?:will|shall)$/i],
  [/^ser(?:ais|ait|ions|iez|aient)$/, /^(?:would|could|should|might)$/i],
  [/^(?:peu[xt]|pouv\w*|pourr\w*|puis|puisse\w*|pu|put|purent)$/, /^(?:can|could|may|might|able)$/i],
  // "ne doit pas" is as often "may not" or "cannot" as "must not".
  [/^(?:doi[st]|doiv\w*|devo\w*|devi\w*|devr\w*|devez|devaient|dus|dut|durent)$/, /^(?:must|should|ought|need|needs|have|has|can|may)$/i],
  [/^(?:veu[xt]|veulent|voul\w*|voudr\w*|veuill\w*)$/, /^(?:want|wants|wanted|wish|wishes|wished|will|would)$/i],
  [/^(?:vais|vas|va|vont|allons|allez|allai[st]|allaient)$/, /^(?:will|shall|going|gonna)$/i],
  [/^\p{L}{3,}(?:rai|ras|ra|rons|rez|ront)$/u, /^(?:will|shall)$/i],
  [/^\p{L}{3,}(?:rais|rait|rions|riez|raient)$/u, /^(?:would|could|should|might)$/i],
  [/./, /^(?:do|does|did)$/i],
];
const ENGLISH_DO = /^(?:do|does|did)$/i;

/**
 * Where the English says the French negated verb group, when the aligner linked no word of it
 * (an unknown verb, a free rendering of the rest): the English auxiliary of the French verb's
 * family (VERB_FAMILIES) before a verb or an adjective, the one nearest the negation's place in the
 * sentence ("Nous ne pouvons pas laisser" → "We can let", "n'avait jamais été" → "had been").
 */
function verbGroupCounterpart(alignment: WordAlignment, negator: Negator): { index: number; score: number } | null {
  // A bare "ne" ("ne peut continuer") ends on its verb.
  // A negative subject ("Jamais les elfes ne vous ont fait", "personne n'a") has its verb after "ne".
  const isSubject = negator.word !== "ne" && /^n(?:e|')$/.test(wordInfo(alignment.source[negator.last].text, "source").folded.replace(/’/g, "'"));
  const [from, to] = isSubject ? [negator.last + 1, negator.last + 4] : [negator.first + 1, negator.word === "ne" ? negator.last + 1 : negator.last];
  const inside = alignment.source.slice(from, to).map((word) => wordInfo(word.text, "source").folded.replace(/’/g, "'"));
  const verb = inside.find((word) => !FRENCH_CLITIC.test(word));
  if (verb === undefined) return null;
  const english = VERB_FAMILIES.find(([french]) => french.test(verb))![1];
  const words = alignment.target;
  const place = negator.first / alignment.source.length;
  let best: { index: number; score: number } | null = null;
  words.forEach((word, at) => {
    const next = words[at + 1];
    // A modal is always a verb group's; "is", "have" and "do" only before a content word ("he does know"), not "is a".
    const isModal = /^(?:can|could|may|might|must|should|shall|will|would|ought)$/i.test(word.text);
    // An emphatic "do" before a verb says any French verb: "n'auront point la force" → "do have the power".
    const isEmphatic = ENGLISH_DO.test(word.text);
    if (!(english.test(word.text) || isEmphatic) || !next || !(isModal || next.isContent || /^(?:be|been|have)$/i.test(next.text)) || (ENGLISH_DO.test(word.text) && (at === 0 || ENGLISH_DO.test(next.text)))) return;
    if (!best || Math.abs(at / words.length - place) < Math.abs(best.index / words.length - place)) best = { index: at, score: 0.5 };
  });
  return best;
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

/** The English word a French negator's negated word is linked to, when no negation stands just before it. */
function unnegatedCounterpart(alignment: WordAlignment, negator: Negator, targetNegators: Negator[]): { index: number; score: number } | null {
  const other = counterpart(alignment, negator, true);
  if (!other || other.score < 0.7) return null;
  // The negation sits before its word, within a few words and not beyond another rendered word: "has not confirmed", not "will not come and … confirmed".
  const linked = new Set(alignment.links.map((link) => link.target));
  let from = other.index;
  while (from > 0 && other.index - from < SCOPE_WINDOW && !(alignment.target[from - 1].isContent && linked.has(from - 1))) from -= 1;
  // Or just after it, across an object pronoun, as older English puts it: "I fear them not", "he knew not".
  const after = OBJECT_PRONOUN.test(alignment.target[other.index + 1]?.text ?? "") ? other.index + 2 : other.index + 1;
  const isNegated = targetNegators.some((candidate) => candidate.first >= from && candidate.first <= after);
  // A word that says no may follow its verb by two: "pourrons" → "will be unable".
  return isNegated || hasTargetImplicitNegation(alignment.target, from, other.index + 3) ? null : other;
}

/** French and English negators (folded) of the same kind, beyond a plain "not". */
const NEGATOR_KINDS: Record<string, string> = {
  sans: "without", without: "without", jamais: "never", never: "never", personne: "person", nobody: "person", "no one": "person",
  rien: "thing", nothing: "thing", ni: "nor", nor: "nor", neither: "nor", nulle: "place", nowhere: "place",
};

/**
 * The English auxiliary of an unplaced French negated verb group (VERB_FAMILIES) with no negation
 * or word that says no beside it: "Sans vous je ne peux continuer" → "Without you I can go on".
 */
function unnegatedVerbGroup(alignment: WordAlignment, negator: Negator, targetNegators: Negator[]): { index: number; score: number } | null {
  if (negator.scope !== null && alignment.links.some((link) => link.source === negator.scope)) return null;
  const other = verbGroupCounterpart(alignment, negator);
  if (!other) return null;
  const isNegated = targetNegators.some((candidate) => candidate.first >= other.index - 1 && candidate.first <= other.index + 2);
  return isNegated || hasTargetImplicitNegation(alignment.target, other.index - 2, other.index + 4) ? null : other;
}

/**
 * Both sides negative, but the French negates more predicates than the English (negative concord
 * counted once): a French negator whose negated word is linked to an English word with no negation
 * (or negative word) just before it.
 */
function scopedHit(sides: Sides, allSourceNegators: Negator[], targetNegators: Negator[]): CheckHit | null {
  const { alignment } = sides;
  const sourceNegators = allSourceNegators.filter((negator) => !isConcord(sides.source, alignment.source, negator, allSourceNegators));
  if (sourceNegators.length <= targetNegators.length) return null;
  const isClose = coverage(alignment) >= MIN_COVERAGE;
  // A French negator the English says with its own word ("sans" → "without", "jamais" → "never") is rendered.
  const unmatched = [...targetNegators];
  const said = new Set(sourceNegators.filter((negator) => {
    const at = unmatched.findIndex((candidate) => NEGATOR_KINDS[candidate.word] !== undefined && NEGATOR_KINDS[candidate.word] === NEGATOR_KINDS[negator.word]);
    return at >= 0 && unmatched.splice(at, 1).length > 0;
  }));
  for (const negator of sourceNegators.filter((candidate) => !said.has(candidate))) {
    const other = (isClose ? unnegatedCounterpart(alignment, negator, targetNegators) : null) ?? unnegatedVerbGroup(alignment, negator, targetNegators);
    if (other) return hit(sides, span(alignment.source, negator.first, negator.last), span(alignment.target, other.index, other.index), true, other.score, "is affirmative");
  }
  return null;
}

/** "très peu d'artistes" → "many artists": a scarce quantity said as an abundant one, or the reverse. */
function quantityHit(sides: Sides, at: { source: number; target: number }): CheckHit {
  const sourceSpan = span(sides.alignment.source, at.source, at.source);
  const targetSpan = span(sides.alignment.target, at.target, at.target);
  const [french, english] = [quote(sides.source, sourceSpan), quote(sides.target, targetSpan)];
  return {
    message: `The source says “${french}”, but the target says “${english}”, the opposite quantity: the meaning is reversed.`,
    sourceSpan, targetSpan, key: `quantity|${normaliseKey(french)}`, evidence: { links: [{ source: sourceSpan, target: targetSpan, score: 0.9 }] },
  };
}

/** "a refusé de fournir" → "agreed to hand": a verb of refusal, denial, prohibition, failure or defeat said by its converse. */
function converseHit(sides: Sides, at: { source: number; target: number }): CheckHit {
  const sourceSpan = span(sides.alignment.source, at.source, at.source);
  const targetSpan = span(sides.alignment.target, at.target, at.target);
  const [french, english] = [quote(sides.source, sourceSpan), quote(sides.target, targetSpan)];
  return {
    message: `The source says “${french}”, but the target says “${english}”, its converse: the meaning is reversed.`,
    sourceSpan, targetSpan, key: `converse|${normaliseKey(french)}`, evidence: { links: [{ source: sourceSpan, target: targetSpan, score: 0.8 }] },
  };
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
    const sides = { source, target, alignment };
    const sourceNegators = findSourceNegators(source, alignment.source);
    const targetNegators = findTargetNegators(target, alignment.target);
    const flip = flipHit(sides, sourceNegators, targetNegators);
    if (flip) return [flip];
    const quantity = findQuantityFlip(source, alignment);
    if (quantity) return [quantityHit(sides, quantity)];
    const converse = findConverseVerb(alignment, sourceNegators, targetNegators);
    if (converse) return [converseHit(sides, converse)];
    if (sourceNegators.length > 0 && targetNegators.length === 0) return [oneSidedHit(sides, sourceNegators, true)].filter((found) => found !== null);
    // A French "ne" of another kind ("ne … que", expletive, literary) may be what the English negation renders.
    // Nor do a negative question without its mark ("Did ye not see…!") or two negatives that cancel ("will not go unavenged").
    if (targetNegators.length > 0 && sourceNegators.length === 0 && !hasOtherNe(alignment.source, sourceNegators) && !NEGATIVE_QUESTION.test(target)) {
      // "will not go without reward": the "without" a litotes cancels is no negation either.
      const litotes = targetNegators.filter((negator) => isTargetLitotes(alignment.target, negator));
      const negating = targetNegators.filter((negator) => !litotes.includes(negator) && !litotes.some((other) => negator.first > other.last && negator.first <= other.last + 3));
      return negating.length === 0 ? [] : [oneSidedHit(sides, negating, false)].filter((found) => found !== null);
    }
    return [scopedHit(sides, sourceNegators, targetNegators)].filter((found) => found !== null);
  },
};
