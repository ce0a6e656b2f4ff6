import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import { cognateScore } from "@/lib/word-align/cognates";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { FRENCH_ETRE } from "@/lib/word-align/verb-forms";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { isSinceClause, isUntilClause } from "./negation-clauses";
import { FRENCH_PRIVATIVE, FRENCH_WEAK_NEGATIVE, isPrefixedNegative, isSourceImplicitNegative, isSourceImplicitNegativeAt, isTargetImplicitNegativeAt, isTargetPhrasalNegativeAt, isTargetStrongNegativeAt } from "./negative-words";
import { isBoundary, type Negator } from "./negators";
import { hasNegatedAntonym, hasSourceAntonym } from "./negation-antonyms";
import { DETERMINERS } from "../roles/verb-reading";

// Negations one side says without a negator: a word that says no by itself ("was unable", "sans
// espoir" → "hopeless", "interdite" → "may not"), read through the alignment.

/** Whether a folded French word is one the lexicon knows, so that it may be read as French. */
export function isFrenchWord(folded: string): boolean {
  const { lexicon } = getLexicon();
  return lexicon.has(folded) || lexicon.has(`~${wordInfo(folded, "source").stem}`);
}

/**
 * Whether the English says this French negation without a negator ("n'a pas pu" → "was unable",
 * "sans espoir" → "hopeless"): a word that says no by itself, left unlinked by the aligner or
 * linked inside the negation (its words and the word it negates). One linked elsewhere renders
 * another word ("je ne les ai jamais vus aussi distants" → "I have seen them so unfriendly"). A
 * negated negative word is a positive the English may say plainly ("n'oublie pas" → "remember"),
 * unless it keeps that word's own negative ("n'a jamais failli" → "has failed").
 */
export function isSaidImplicitly(source: string, alignment: WordAlignment, negator: Negator, verbGroup: number | null): boolean {
  const counterparts = (index: number) => alignment.links.filter((link) => link.target === index).map((link) => link.source);
  // "sans faute" → "flawless", "sans emploi" → "jobless": an English "-less" word whose stem renders the negated noun says it ("faute" says no of its own only in "faute de").
  if (negator.word === "sans" && negator.scope !== null && hasLessRendering(alignment, negator.scope)) return true;
  const negative = negatedNegative(source, alignment, negator);
  if (negative !== null) {
    // "ne sera jamais oublié" → "will forever be remembered": "forever" keeps no negative; "n'a pas exclu" → "has ruled out" keeps it.
    // An unlinked English negative may render the negation's own word, but only a linked one a word further on: "Rien ne devrait nous empêcher" → "undisturbed".
    // An unlinked one stands near the verb group or at about the negated word's place: "n'a pas exclu de transférer le siège si Berne maintenait ce projet en l'état" → "unchanged" renders "en l'état".
    const isNear = (index: number) => (verbGroup !== null && Math.abs(index - verbGroup) <= 3) || Math.abs(negative / alignment.source.length - index / alignment.target.length) <= IMPLICIT_DRIFT;
    const isUnplaced = (index: number) => (negative === negator.scope ? [[], [negative]] : [[negative]]).some((linked) => sameSet(linked, counterparts(index)) && (linked.length > 0 || isNear(index)));
    // "n'a pas démenti" → "left unchallenged": a prefix on a verb of contesting negates it as the French does.
    const keepsNegative = alignment.target.some((word, index) => (isTargetStrongNegativeAt(alignment.target, index) && !NEGATED_CONTEST.test(wordInfo(word.text, "target").folded) && isUnplaced(index)) || (isTargetPhrasalNegativeAt(alignment.target, index) && isUnplaced(index + 1)));
    // "n'a pas réussi à empêcher" → "had been unable to stop": the negation said by a word of its own beside the verb group, the negative word by its rendering.
    const saysNegation = verbGroup !== null && alignment.target.some((_, index) => Math.abs(index - verbGroup) <= 3 && isTargetStrongNegativeAt(alignment.target, index) && counterparts(index).length === 0);
    return !keepsNegative || saysNegation;
  }
  if (hasNegatedAntonym(source, alignment.source, alignment.target, negator) || isUntilClause(source, alignment.source, alignment.target, negator) || isSinceClause(alignment.source, alignment.target, negator)) return true;
  // "n'avait pas été présenté à Londres depuis 1991" → "the first time … since 1991": a first time since a date says the negation,
  // where the French says no first time of its own ("pour la première fois depuis 1986" keeps its negation).
  if (/(?<!\p{L})depuis(?!\p{L})/iu.test(source.slice(alignment.source[negator.last].end)) && !/(?<!\p{L})premi[eè]re fois(?!\p{L})/iu.test(source) && alignment.target.some((word, index) => foldedAt(alignment.target, index, "target") === "first" &&
    foldedAt(alignment.target, index + 1, "target") === "time" && alignment.target.slice(index + 2).some((other) => /^since$/i.test(other.text)))) return true;
  // "sans précédent" → "the fastest rise in the history of": a superlative, a record or "unprecedented" says it.
  if (negator.word === "sans" && /^pr[ée]c[ée]dents?$/i.test(alignment.source[negator.last + 1]?.text ?? "") &&
    alignment.target.some((word) => /^(?:\p{Ll}+est|most|record|records|unprecedented|ever|first)$/u.test(wordInfo(word.text, "target").folded))) return true;
  // "ce niveau n'avait jamais été atteint" → "a record level": a record says "never before", unless the French says "record" too.
  if (negator.word === "jamais" && alignment.target.some((word) => /^(?:record|unprecedented)$/.test(wordInfo(word.text, "target").folded)) &&
    !alignment.source.some((word) => /^(?:record|records|inedite?s?|precedent)$/.test(wordInfo(word.text, "source").folded))) return true;
  // "n'ont jamais mis en vente aussi peu de logements" → "fewer homes than at any time": a record said by a comparative with "ever"/"any".
  if (negator.word === "jamais" && alignment.source.slice(negator.last + 1, negator.last + 6).some((word) => /^(?:aussi|autant|si|tant)$/i.test(word.text)) &&
    alignment.target.some((word) => RECORD_WORDS.test(wordInfo(word.text, "target").folded))) return true;
  // "non" makes a term of its adjective ("gazole non routier" → "agricultural diesel"): only a rendered adjective shows the negation lost.
  // Not after a copula: "a été jugé non conforme" says a judgement, not a term.
  if (negator.word === "non" && negator.scope !== null && !alignment.links.some((link) => link.source === negator.scope) && !isCopula(wordInfo(alignment.source[negator.first - 1]?.text ?? "", "source").folded)) return true;
  const last = Math.max(negator.last, negator.scope ?? negator.last);
  return alignment.target.some((_, index) => {
    if (!isTargetImplicitNegativeAt(alignment.target, index)) return false;
    // A verb that says no with its particle renders what the particle renders: "fell short of toppling" is no "tomber".
    const linked = isTargetPhrasalNegativeAt(alignment.target, index) ? counterparts(index + 1) : counterparts(index);
    // "ne sont pas reparties" → "failed to recover": the verb after the negative's "to" renders the negated word (or stands, unlinked, where it does), whatever the negative was linked to.
    if (isTargetStrongNegativeAt(alignment.target, index) && wordInfo(alignment.target[index + 1]?.text ?? "", "target").folded === "to" &&
      (counterparts(index + 2).some((at) => at >= negator.first && at <= last + 1) || (counterparts(index + 2).length === 0 && isUnlinkedAt(alignment, negator.scope, index + 2)))) return true;
    // An unlinked word says this negation when nothing places it, near the verb group the negation belongs to, or at about the place of its negated word, itself unlinked: "ne sont pas aguerris" → "untested".
    if (linked.length === 0) {
      // Unless it renders a French word that says no by itself, left unlinked beside it: "juge le tri insuffisant" → "inadequate" says no "Aucune".
      if (rendersOwnNegative(alignment, negator, index)) return false;
      return verbGroup === null || Math.abs(index - verbGroup) <= 3 || isUnlinkedAt(alignment, negator.scope, index);
    }
    // A word too weak to say no by itself ("ever", "any") says it only as the rendering of the negator's own words: "sans jamais" → "ever" leaves "sans" unsaid.
    const [from, to] = isTargetStrongNegativeAt(alignment.target, index) ? [negator.first - 1, last + 1] : [negator.first, negator.last];
    // The negator's own particle counts though it says no by itself: "ne compensent guère" → "hardly make up".
    const isOwnParticle = (at: number) => at === negator.last && at !== negator.first;
    return linked.some((at) => at >= from && at <= to && (isOwnParticle(at) || !isSourceImplicitNegative(alignment.source[at], isFrenchWord)));
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
    // The negator's own particle after its verb ("ne compensent guère") is the negation, not a word it negates.
    if (k <= negator.last) continue;
    // A noun after its determiner is no verb's negative: "n'a pas suspendu l'arrêté" negates "suspendu", not "arrêter".
    if (DETERMINERS.source.has(foldedAt(words, k - 1, "source"))) continue;
    if (isSourceImplicitNegative(words[k], isFrenchWord) && !FRENCH_WEAK_NEGATIVE.test(wordInfo(words[k].text, "source").folded) && saysNoHere(alignment, k)) return k;
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

/** How far apart a French and an English word stand, as a share of each sentence's length. */
function shareDrift(alignment: WordAlignment, sourceIndex: number, targetIndex: number): number {
  return Math.abs(sourceIndex / alignment.source.length - targetIndex / alignment.target.length);
}

/**
 * Whether an unlinked French word is, of the unlinked French content words, the one that stands
 * nearest an English word's share of its sentence, and near enough: "ne les avait jamais reçus
 * aussi froidement" → "greeted them so unkindly" puts "unkindly" at "froidement", not "reçus".
 */
function isUnlinkedAt(alignment: WordAlignment, sourceIndex: number | null, targetIndex: number): boolean {
  const linked = new Set(alignment.links.map((link) => link.source));
  if (sourceIndex === null || linked.has(sourceIndex)) return false;
  const drift = (index: number) => shareDrift(alignment, index, targetIndex);
  const isNearest = alignment.source.every((word, index) => !word.isContent || linked.has(index) || drift(index) >= drift(sourceIndex));
  return isNearest && drift(sourceIndex) <= IMPLICIT_DRIFT;
}

/**
 * Whether an unlinked English negative word stands nearer, as a share of its sentence, an unlinked French word
 * that says no by itself, outside the negation, than the negation: it renders that word.
 */
function rendersOwnNegative(alignment: WordAlignment, negator: Negator, targetIndex: number): boolean {
  // A prefix for a prefix: "insuffisant" → "inadequate"; "sans se soucier" → "mindlessly" keeps its "sans".
  if (!isPrefixedNegative(wordInfo(alignment.target[targetIndex].text, "target").folded)) return false;
  const linked = new Set(alignment.links.map((link) => link.source));
  const drift = (index: number) => shareDrift(alignment, index, targetIndex);
  const negationDrift = Math.min(drift(negator.first), drift(negator.scope ?? negator.last));
  // Or the two stand beside the English and the French of one link: "un contact jugé irrégulier, ne fera pas" → "contact deemed illegal, will".
  const isPlacedBy = (index: number) => alignment.links.some((link) => (link.source === index - 1 && link.target === targetIndex - 1) || (link.source === index + 1 && link.target === targetIndex + 1));
  // Not a word of the negated phrase: "sans aucune limitation" → "indefinitely" says the negation.
  return alignment.source.some((word, index) => (index < negator.first || index > Math.max(negator.last, negator.scope ?? negator.last) + NEGATED_PHRASE_REACH) && !linked.has(index) &&
    isSourceImplicitNegative(word, isFrenchWord) && (drift(index) < negationDrift || isPlacedBy(index)));
}

/** An English word made with "-less" or "-free": its stem ("flaw" of "flawless", "job" of "jobless", "meat" of "meat-free"). */
const LESS_WORD = /^(\p{L}{3,})(?:less(?:ly|ness)?|-free)$/u;
/** How close a "-less" word's stem must be to the French noun, as a cognate, when the lexicon does not pair them. */
const LESS_COGNATE = 0.7;

/** Whether an English "-less" word renders the French noun at `noun`: its stem is a rendering of the noun ("faute" → "flaw"), or a cognate of it. */
function hasLessRendering(alignment: WordAlignment, noun: number): boolean {
  const { lexicon } = getLexicon();
  const french = wordInfo(alignment.source[noun].text, "source");
  return alignment.target.some((word) => {
    const stem = LESS_WORD.exec(wordInfo(word.text, "target").folded)?.[1];
    if (stem === undefined) return false;
    const english = wordInfo(stem, "target");
    return lexiconHas(lexicon, french.folded, french.stem, english.stem) || cognateScore(french, english) >= LESS_COGNATE;
  });
}

/** How many words past the negated word its phrase may reach. */
const NEGATED_PHRASE_REACH = 3;

/** English words (folded) that negate a verb of contesting, and so say a French negated denial: "unchallenged", "undisputed". */
const NEGATED_CONTEST = /^(?:un|non-?)(?:challeng|contest|disput|deni|oppos|refut)/;

/** English words that say a record: "ever", "any", "record", "a fifteen-year low", "the lowest since". */
const RECORD_WORDS = /^(?:ever|any|record|[a-z]+-(?:year|month|week|decade)s?|(?:low|high|small|great|larg|bigg|fast|slow|strong|weak)est)$/;

/** Verbs (folded) other than "être" that give their subject an attribute: after them "non" negates the attribute. */
const FRENCH_ATTRIBUTE_VERBS = /^(?:reste|restent|demeure|demeurent|juge|jugee?s?|declaree?s?|reconnue?s?|consideree?s?|estimee?s?)$/;
const isCopula = (folded: string) => FRENCH_ETRE.test(folded) || FRENCH_ATTRIBUTE_VERBS.test(folded);

const sameSet = (a: Array<number | null>, b: number[]) => a.length === b.length && a.every((value) => value !== null && b.includes(value));

/** How far apart, as a share of each sentence's length, an unlinked French word and the English negation it may render can stand. */
const IMPLICIT_DRIFT = 0.3;

/** How many words before an English negator, and past its negated word, the rendering of a French word that says no may stand. */
const LINKED_NEGATIVE_REACH = 3;

/**
 * Whether the French says this English negation with a word that says no by itself ("interdite" →
 * "may not", "peu de temps" → "not long", "privés de" → "without"): one linked near the negation,
 * or unlinked at about the same place in the sentence. One linked elsewhere renders another word
 * ("inconnu" → "unknown"), so it cannot be what this negation says. `reach`: how many words past the
 * negated word that rendering may stand. `spent`: French words that said another negation of the English,
 * each says one; the word that says this one joins them.
 */
export function isSaidBySource(alignment: WordAlignment, negator: Negator, reach = LINKED_NEGATIVE_REACH, spent = new Set<number>()): boolean {
  if (hasSourceAntonym(alignment.source, alignment.target, negator)) return true;
  const last = negator.scope ?? negator.last;
  const place = negator.first / alignment.target.length;
  // With no English word of its own that says no, an unlinked French one ("Inutile d'essayer" → "There is no use") can only be said by the negation.
  const isOnlyRendering = !alignment.target.some((_, index) => isTargetStrongNegativeAt(alignment.target, index));
  const sayer = alignment.source.findIndex((_, index) => {
    if (spent.has(index) || !isSourceImplicitNegativeAt(alignment.source, index, isFrenchWord)) return false;
    const linked = alignment.links.filter((link) => link.source === index).map((link) => link.target);
    // A privative word's "without" closes its phrase in English wherever the phrase went: "privant d'électricité 200 000 foyers" → "leaving 200,000 households without power".
    if (linked.length === 0) return isOnlyRendering || FRENCH_PRIVATIVE.test(wordInfo(alignment.source[index].text, "source").folded) || Math.abs(index / alignment.source.length - place) <= IMPLICIT_DRIFT;
    return linked.some((at) => at >= negator.first - LINKED_NEGATIVE_REACH && at <= last + reach && !isRenderedByCognate(alignment.source[index], alignment.target[at]));
  });
  if (sayer < 0) return false;
  spent.add(sayer);
  return true;
}

/**
 * Whether a French word is rendered by its own cognate, which then says what the French word says:
 * the English negation is another word ("importants" → "important" cannot say the "not" of "have not found").
 */
function isRenderedByCognate(french: AlignedWord, english: AlignedWord): boolean {
  return cognateScore(wordInfo(french.text, "source"), wordInfo(english.text, "target")) >= MIN_COGNATE;
}

/** How alike (cognateScore) a French word and its English rendering must look to be one word. */
const MIN_COGNATE = 0.7;
