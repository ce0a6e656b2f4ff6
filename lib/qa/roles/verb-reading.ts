import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase, frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { getLexicon } from "@/lib/word-align/lexicon";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { ENGLISH_MID_ADVERBS, FRENCH_AUXILIARY_VERBS, FRENCH_INFINITIVE_OPENERS, MARKERS, words } from "./role-markers";

// How the crossing reader (crossed-participants) tells a verb between two participants from a noun,
// by the words around it alone: auxiliaries, determiners, tense endings the lexicon's verbs take.

/** Words a noun phrase opens on: a participant is the content word right after one (or after one adjective). */
export const DETERMINERS: Record<Language, Set<string>> = {
  source: words("le la les l' un une des du au aux son sa ses leur leurs ce cet cette ces notre nos votre vos"),
  target: words("the a an its their his her this these those our your 's"),
};
/** Auxiliaries and modals a verb follows: "a accordé", "s'est incliné", "has lent", "to pay". */
const VERB_OPENERS: Record<Language, Set<string>> = {
  source: new Set([...FRENCH_AUXILIARY_VERBS, ...FRENCH_INFINITIVE_OPENERS]),
  target: words("has have had will would can could may might must should did does do is are was were be been to won't wouldn't can't couldn't don't doesn't didn't shouldn't mustn't isn't aren't wasn't weren't hasn't haven't hadn't"),
};

/** A capitalised word: a name, or a sentence's first word (the reader tells them apart where it matters). */
export const isName = (word: AlignedWord) => /^\p{Lu}/u.test(word.text);

/** Clitics and adverbs that stand between an auxiliary and its verb: "s'en est pris", "a de nouveau devancé", "a également signé", "has already lent". */
const BETWEEN_AUXILIARY_AND_VERB = /^(?:s'|se|en|y|ne|n'|pas|deja|encore|aussi|toujours|jamais|enfin|ensuite|\p{Ll}{3,}ement|not)$/u;

/** Where the word an auxiliary would stand on is, walking back over clitics and adverbs ("de nouveau" is one). */
function auxiliaryPlace(alignedWords: AlignedWord[], index: number, language: Language): number {
  let k = index - 1;
  for (;;) {
    const folded = foldedAt(alignedWords, k, language);
    if (k >= 0 && (BETWEEN_AUXILIARY_AND_VERB.test(folded) || (language === "target" && ENGLISH_MID_ADVERBS.has(folded)))) k -= 1;
    else if (language === "source" && folded === "nouveau" && foldedAt(alignedWords, k - 1, language) === "de") k -= 2;
    else return k;
  }
}

/** A French verb the lexicon lists, in a tense no noun or adjective ends in: "devancerait", "succédera", "accusait". */
const FRENCH_TENSE = /\p{Ll}(?:rait|raient|ra|ront|ait|aient)$/u;

/** A verb form: a word after an auxiliary (past clitics), an English past in "-ed" or an irregular one; not a word after a determiner. */
export function isVerb(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const word = alignedWords[index];
  if (!word.isContent || isName(word)) return false;
  const k = auxiliaryPlace(alignedWords, index, language);
  if (DETERMINERS[language].has(foldedAt(alignedWords, k, language))) return false;
  if (VERB_OPENERS[language].has(foldedAt(alignedWords, k, language))) return true;
  if (isPresentBeforeComplement(alignedWords, index, language)) return true;
  const form = foldedAt(alignedWords, index, language);
  if (isParticipleBeforeComplement(alignedWords, index, language)) return true;
  if (language === "source" && FRENCH_TENSE.test(form) && isListedVerb(form)) return true;
  // "à verser", "de payer": an infinitive after its preposition.
  if (language === "source") return /^(?:a|de|d'|pour)$/.test(foldedAt(alignedWords, index - 1, language)) && /(?:er|ir|re)$/.test(form);
  return /^\p{Ll}+ed$/u.test(word.text) || englishVerbBase(form) !== undefined;
}

/** Prepositions, adverbs and nouns in "-ant"/"-ing": "pendant", "devant", "during", "including", "morning". */
const NOT_PARTICIPLES: Record<Language, RegExp> = {
  source: /^(?:pendant|durant|cependant|maintenant|avant|devant|suivant|moyennant|nonobstant|concernant|touchant)$/,
  target: /^(?:during|according|including|excluding|following|concerning|regarding|notwithstanding|pending|considering|nothing|something|anything|everything|morning|evening|string|spring|king|ring|thing|wing|ceiling|sibling)$/,
};

/** A present participle by its form (folded): "battant", "devançant", "beating"; not "pendant", "during". */
export function isPresentParticiple(folded: string, language: Language): boolean {
  return (language === "source" ? /^\p{Ll}{3,}ant$/u : /^\p{Ll}{3,}ing$/u).test(folded) && !NOT_PARTICIPLES[language].test(folded);
}

/**
 * "en battant la Nouvelle-Zélande", "devançant le Biélorusse", "beating India": a present participle
 * before a determiner or a name is a verb, whose subject is its clause's.
 */
function isParticipleBeforeComplement(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  if (!isPresentParticiple(foldedAt(alignedWords, index, language), language)) return false;
  const next = alignedWords[index + 1];
  return next !== undefined && (DETERMINERS[language].has(foldedAt(alignedWords, index + 1, language)) || isName(next));
}

/** A conjugated form of a verb the lexicon lists (its infinitive is not one: `frenchVerbLemmas` leaves the word itself out). */
export function isListedVerb(folded: string): boolean {
  const { lexicon } = getLexicon();
  return frenchVerbLemmas(folded).some((lemma) => lexicon.has(lemma));
}

/**
 * "Les syndicats reprochent à la direction", "management accuses unions": a third-person present
 * after a content word and before its complement. French needs a plural in "-ent" of a verb the
 * lexicon lists (a singular in "-e" is as often an adjective); English a form in "-s".
 */
function isPresentBeforeComplement(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const [previous, next] = [alignedWords[index - 1], alignedWords[index + 1]];
  if (!previous?.isContent || !next) return false;
  const [form, nextForm] = [foldedAt(alignedWords, index, language), foldedAt(alignedWords, index + 1, language)];
  // "one accident in ten involves": a subject ends on its noun, not on a figure.
  if (/^\d/.test(previous.text) || MARKERS[language].determiners.has(foldedAt(alignedWords, index - 1, language))) return false;
  // "Air France réclame plus de": after a name, a singular in "-e" of a listed verb is the name's verb; adjectives after a name are seldom verbs' forms.
  if (language === "source" && /^\p{Ll}+e$/u.test(alignedWords[index].text) && isName(previous) && !/ment$/.test(form)) return isListedVerb(form);
  const opensComplement = DETERMINERS[language].has(nextForm) || isName(next) || (language === "source" ? /^(?:a|au|aux)$/.test(nextForm) : next.isContent);
  if (!opensComplement) return false;
  if (language === "target") return /^\p{Ll}+[^su']s$/u.test(alignedWords[index].text);
  if (!/^\p{Ll}+ent$/u.test(alignedWords[index].text) || /ment$/.test(form)) return false;
  return isListedVerb(form);
}
