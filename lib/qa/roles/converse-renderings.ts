import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { getLexicon, getShippedLexicon, type Lexicon, lexiconHas } from "@/lib/word-align/lexicon";
import { frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { normaliseKey } from "@/lib/text/text";
import { FOLDED_DAYS } from "@/lib/text/calendar-words";
import { argumentsOf } from "./argument-roles";
import { isParticiple } from "./verb-shapes";
import { conversesOf } from "./converse-predicates";
import { ENGLISH_PARTICLES, FRENCH_CLITICS, FRENCH_INFINITIVE_OPENERS, hasBoundary, isAfterSeVoir, isFrenchAuxiliaryVerbAt, isSeVoirAt, isNoun, MARKERS, setOffPhraseEnd } from "./role-markers";
import type { CheckHit } from "../types";

/** How far past its subject's head a French verb may stand: "Un patient de 54 ans a reçu". */
const VERB_REACH = 8;
/** Clitics and modals that may stand between a subject and its verb: "la Bulgarie l'a emporté", "le Kenya va emprunter". */
const FRENCH_VERB_OPENERS = new Set([...FRENCH_CLITICS, ...FRENCH_INFINITIVE_OPENERS]);

/**
 * "La Bulgarie l'a emporté sur la Biélorussie" → "Bulgaria lost to Belarus", "La mairie a racheté
 * trois immeubles à un bailleur" → "City hall sold three buildings to a landlord": the English keeps
 * the subject but says the converse of the French verb, so who gains and who loses is turned round.
 * Read only when the lexicon gives the French verb the converse and not the English verb itself
 * ("emprunter" is given both "borrow" and "lend", so it says nothing).
 */
export function findConverseRenderings(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  for (let verb = 1; verb < alignment.target.length; verb += 1) {
    const { predicate, end } = alignment.target[verb].isContent ? rankReading(target, alignment.target, verb) : { predicate: "", end: verb };
    const converses = predicate === "" ? [] : conversesOf(predicate);
    if (converses.length === 0) continue;
    const subject = englishSubjectOf(target, alignment.target, verb);
    if (subject === null) continue;
    // The head, or the words qualifying it when it renders nothing itself: "The metropolitan authority" for "La métropole".
    const subjectWords = alignment.links.some((candidate) => candidate.target === subject) ? [subject] : modifiersBefore(target, alignment.target, subject);
    for (const link of alignment.links.filter((candidate) => subjectWords.includes(candidate.target) && alignment.source[candidate.source].isContent)) {
      // After "se voir" the French subject receives: the English verb that renders the French one itself turns it round.
      const frenchVerb = frenchVerbsOf(source, alignment.source, link.source).find((candidate) => isAfterSeVoir(alignment.source, candidate)
        ? rendersItself(alignment.source[candidate].text, predicate) : isConverse(alignment.source[candidate].text, predicate, converses));
      if (frenchVerb === undefined) continue;
      const sourceSpan = { start: alignment.source[link.source].start, end: alignment.source[frenchVerb].end };
      const targetSpan = { start: alignment.target[subject].start, end: alignment.target[end].end };
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      return [{
        message: isAfterSeVoir(alignment.source, frenchVerb)
          ? `The source “${sourceText}” has its subject receive what is done (“se voir”), but in the target “${targetText}” the subject does it: who gains and who loses is turned round.`
          : `The source “${sourceText}” and the target “${targetText}” share their subject, but “${target.slice(alignment.target[verb].start, alignment.target[end].end)}” is the converse of “${alignment.source[frenchVerb].text}”: who gains and who loses is turned round.`,
        sourceSpan, targetSpan, key: `converse-rendering|${normaliseKey(targetText)}`,
        evidence: { links: [{ source: sourceSpan, target: targetSpan, score: link.score }] },
      }];
    }
  }
  return [];
}

/** The content words right before an English noun, up to three, that qualify it: "metropolitan" of "the Aix-Marseille-Provence metropolitan authority". */
function modifiersBefore(target: string, alignedWords: AlignedWord[], head: number): number[] {
  const found: number[] = [];
  for (let k = head - 1; k >= 0 && head - k <= 3; k -= 1) {
    if (!alignedWords[k].isContent || hasBoundary(target, alignedWords[k].end, alignedWords[k + 1].start)) break;
    found.push(k);
  }
  return found;
}

/** How far past its verb a preposition of rank may stand: "finished a length behind". */
const RANK_REACH = 4;

/**
 * The predicate an English verb says, and its last word, with a preposition of rank after it: "finished a length behind
 * the favourite" trails it, "came in ahead of" leads it; any other verb says itself.
 */
function rankReading(target: string, alignedWords: AlignedWord[], verb: number): { predicate: string; end: number } {
  for (let k = verb + 1; k < alignedWords.length && k <= verb + RANK_REACH; k += 1) {
    if (hasBoundary(target, alignedWords[k - 1].end, alignedWords[k].start)) break;
    const folded = foldedAt(alignedWords, k, "target");
    if (folded === "behind") return { predicate: "trail", end: k };
    if (folded === "ahead" && foldedAt(alignedWords, k + 1, "target") === "of") return { predicate: "lead", end: k };
  }
  return { predicate: alignedWords[verb].text, end: verb };
}

/** Adverbs that may stand between an English subject and its verb: "Evenepoel now trails". */
const ENGLISH_MID_ADVERBS = new Set("now again still also already once".split(" "));

/** The active English verb's subject: read by argumentsOf, or a name or noun right before it past auxiliaries and adverbs. */
/** English subject pronouns that name again the subject of a verb of saying before them. */
const PRONOUN_SUBJECT = /^(?:it|he|she|they)$/;
/** English verbs of saying whose subject a pronoun in the reported clause names again: "BHP said it had bought". */
const REPORTING_VERBS = /^(?:said|says|announced|announces|added|adds|stated|states|confirmed|confirms|indicated|indicates|explained|insisted|argued|claimed|claims|revealed|disclosed|reported)$/;

/**
 * The subject of a verb of saying just before a pronoun subject, which the pronoun names again: "it"
 * in "BHP said on Friday it had bought" is BHP. Null when the pronoun follows no verb of saying.
 */
function reporterOf(target: string, alignedWords: AlignedWord[], pronoun: number): number | null {
  if (!PRONOUN_SUBJECT.test(foldedAt(alignedWords, pronoun, "target"))) return null;
  let k = pronoun - 1;
  if (foldedAt(alignedWords, k, "target") === "that") k -= 1;
  // "said on Friday it had bought": a day may stand between the verb of saying and its clause.
  if (k > 1 && foldedAt(alignedWords, k - 1, "target") === "on" && alignedWords[k].isContent) k -= 2;
  if (k < 1 || !REPORTING_VERBS.test(foldedAt(alignedWords, k, "target")) || hasBoundary(target, alignedWords[k].end, alignedWords[pronoun].start)) return null;
  const reporter = argumentsOf(target, alignedWords, k, "target").find((argument) => argument.slot === "agent" && argument.marker === "" && argument.index < k);
  return reporter === undefined || PRONOUN_SUBJECT.test(foldedAt(alignedWords, reporter.index, "target")) ? null : reporter.index;
}

export function englishSubjectOf(target: string, alignedWords: AlignedWord[], verb: number): number | null {
  const read = argumentsOf(target, alignedWords, verb, "target").find((argument) => argument.slot === "agent" && argument.marker === "" && argument.index < verb);
  if (read) return reporterOf(target, alignedWords, read.index) ?? read.index;
  let k = verb - 1;
  while (k >= 0 && (ENGLISH_MID_ADVERBS.has(foldedAt(alignedWords, k, "target")) || /^\p{Ll}+ly$/u.test(alignedWords[k].text) || MARKERS.target.auxiliaries.has(foldedAt(alignedWords, k, "target")) || isDayAfterOn(alignedWords, k))) {
    if (MARKERS.target.passiveAuxiliaries.has(foldedAt(alignedWords, k, "target"))) return null;
    // "US charity Friends of Notre-Dame on Thursday received": wire English puts the day between the subject and its verb.
    k -= isDayAfterOn(alignedWords, k) ? 2 : 1;
  }
  const reporter = k >= 0 ? reporterOf(target, alignedWords, k) : null;
  if (reporter !== null) return reporter;
  if (k < 0 || k === verb - 1 || !alignedWords[k].isContent || hasBoundary(target, alignedWords[k].end, alignedWords[verb].start)) return null;
  const reduced = reducedRelativeHead(target, alignedWords, k);
  if (reduced !== null) return reduced;
  return /^\p{Lu}/u.test(alignedWords[k].text) || isNoun(alignedWords, k, "target") ? k : null;
}

/** How far before the verb the agent of a reduced relative may end: "set up by [Marne winegrowers]". */
const REDUCED_AGENT_REACH = 3;

/**
 * The noun a reduced relative qualifies, when the word before the verb ends its agent: "A company set up by Marne
 * winegrowers has sold" is the company's selling, not the winegrowers'. Null when no "by" after a participle stands there.
 */
function reducedRelativeHead(target: string, alignedWords: AlignedWord[], end: number): number | null {
  for (let by = end - 1; by >= 2 && end - by <= REDUCED_AGENT_REACH; by -= 1) {
    if (hasBoundary(target, alignedWords[by].end, alignedWords[by + 1].start)) return null;
    if (foldedAt(alignedWords, by, "target") !== "by") continue;
    // "set up by", "owned by": a particle may follow the participle.
    const participle = isParticiple(alignedWords, by - 1, "target") ? by - 1 : ENGLISH_PARTICLES.has(foldedAt(alignedWords, by - 1, "target")) && isParticiple(alignedWords, by - 2, "target") ? by - 2 : -1;
    const head = participle - 1;
    if (head < 0 || !alignedWords[head].isContent || hasBoundary(target, alignedWords[head].end, alignedWords[participle].start)) return null;
    return head;
  }
  return null;
}

/** Whether word `k` is a day named after "on": "on Thursday". */
function isDayAfterOn(alignedWords: AlignedWord[], k: number): boolean {
  return k >= 1 && FOLDED_DAYS.has(foldedAt(alignedWords, k, "target")) && foldedAt(alignedWords, k - 1, "target") === "on";
}

/** The words that may be the active French verb whose subject is `subject`: read by argumentsOf, or past clitics and auxiliaries only ("l'a emporté"). */
function frenchVerbsOf(source: string, alignedWords: AlignedWord[], subject: number): number[] {
  const markers = MARKERS.source;
  const verbs: number[] = [];
  let isAdjacent = true;
  let skipped = 0;
  for (let k = subject + 1; k < alignedWords.length && k <= subject + VERB_REACH + skipped; k += 1) {
    if (hasBoundary(source, alignedWords[k - 1].end, alignedWords[k].start)) {
      // "ArcelorMittal, dont le siège est à Luxembourg, a racheté": the verb goes on past a phrase set off by commas.
      const end = k === subject + 1 ? setOffPhraseEnd(source, alignedWords, k, "source") : -1;
      if (end < 0) break;
      skipped = end - k;
      k = end;
    }
    const folded = foldedAt(alignedWords, k, "source");
    // "se sont inclinés": "être" after a reflexive makes a compound past, no passive.
    if (markers.passiveAuxiliaries.has(folded) && !/^(?:se|s')$/.test(foldedAt(alignedWords, k - 1, "source"))) isAdjacent = false;
    if (markers.auxiliaries.has(folded) || FRENCH_VERB_OPENERS.has(folded)) continue;
    // "Les Canadiens de Montréal se sont inclinés": the subject's own "de" and name keep the verb beside it.
    if (isSubjectsPlace(alignedWords, k, subject)) continue;
    // "le musée s'est vu prêter": the verb is the infinitive after "se voir".
    if (isSeVoirAt(alignedWords, k)) continue;
    if (!alignedWords[k].isContent || /^\p{Lu}/u.test(alignedWords[k].text)) {
      isAdjacent = false;
      continue;
    }
    // "La Banque mondiale a prêté": a word right before an auxiliary qualifies the subject; the verb comes after ("racheté à" has no auxiliary: "à" is no "a").
    if (isAdjacent && isFrenchAuxiliaryVerbAt(alignedWords, k + 1)) continue;
    if (isAdjacent || argumentsOf(source, alignedWords, k, "source", true).some((argument) => argument.index === subject && argument.slot === "agent" && argument.marker === "")) verbs.push(k);
    isAdjacent = false;
  }
  return verbs;
}

/**
 * Whether the lexicon renders the French verb by one of `converses` and never by the English verb
 * itself. When the dictionaries give it both ("emprunter": "borrow", "lend"), Recto's own lexicon,
 * which lists the real ambiguities ("apprendre = learn teach"), decides.
 */
export function isConverse(french: string, english: string, converses: string[]): boolean {
  const renders = frenchVerbRenders(french);
  const own = wordInfo(english, "target");
  const rendersConverse = (lexicon: Lexicon) => converses.some((stem) => renders(lexicon, stem)) && !renders(lexicon, own.baseStem) && !renders(lexicon, own.stem);
  return rendersConverse(getLexicon().lexicon) || rendersConverse(getShippedLexicon());
}

/** Whether the shipped lexicon renders the French verb by the English verb itself ("prêter" by "lent"). */
function rendersItself(french: string, english: string): boolean {
  const own = wordInfo(english, "target");
  const renders = frenchVerbRenders(french);
  return renders(getShippedLexicon(), own.baseStem) || renders(getShippedLexicon(), own.stem);
}

/** Whether an English verb is a converse of the French one's meaning ("prêté"/"borrowed"), though a dictionary may also list it as its rendering. */
export function isConverseRendering(french: string, english: string): boolean {
  const converses = conversesOf(english);
  return converses.length > 0 && isConverse(french, english, converses);
}

/** Whether a lexicon gives a French verb (as written, or any of its infinitives) an English stem. */
export function frenchVerbRenders(french: string): (lexicon: Lexicon, stem: string) => boolean {
  const info = wordInfo(french, "source");
  const forms = [info, ...frenchVerbLemmas(info.folded).map((lemma) => wordInfo(lemma, "source"))];
  return (lexicon, stem) => forms.some((form) => lexiconHas(lexicon, form.folded, form.stem, stem));
}

/**
 * Whether word `k` is a name or a bare noun completing the subject right after it, or the "de" before it: "les Canadiens [de Montréal]",
 * "une société [de viticulteurs] a racheté"; or a word of a name set beside it: "la communauté de communes [Millau Grands Causses] a emprunté".
 */
function isSubjectsPlace(alignedWords: AlignedWord[], k: number, subject: number): boolean {
  const isCapitalised = (index: number) => /^\p{Lu}/u.test(alignedWords[index]?.text ?? "");
  const isOf = (index: number) => /^(?:de|d'|d’)$/i.test(alignedWords[index]?.text ?? "");
  const isComplement = (index: number) => isCapitalised(index) || (alignedWords[index] !== undefined && isNoun(alignedWords, index, "source"));
  const isBesideName = () => alignedWords.slice(subject + 1, k + 1).every((word) => /^\p{Lu}/u.test(word.text));
  return (k === subject + 1 && isOf(k) && isComplement(k + 1)) || (k === subject + 2 && isOf(k - 1) && isComplement(k)) || (k > subject && isBesideName());
}
