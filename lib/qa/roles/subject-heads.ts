// The head of the subject phrase that ends right before a verb.
import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { isCapitalised } from "@/lib/text/text";
import { phraseBefore } from "./noun-phrases";
import { COORDINATORS, hasBoundary, isNoun, MARKERS, RELATIVE_OBJECTS, words } from "./role-markers";

const CAUSATIVES = words("have has had having get gets got gotten getting");

/**
 * Whether the English noun at `noun` is the object of "have"/"get" that a participle follows: "the
 * carrier had three aircraft based there", "he got his car stolen": the noun is acted upon. Only
 * determiners, figures and lower-case words (adjectives) may stand between.
 */
export function isCausativeObject(text: string, alignedWords: AlignedWord[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k -= 1) {
    if (hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) return false;
    const folded = foldedAt(alignedWords, k, "target");
    if (CAUSATIVES.has(folded)) return true;
    if (!MARKERS.target.determiners.has(folded) && !/^\d/.test(folded) && !/^\p{Ll}/u.test(alignedWords[k].text)) return false;
  }
  return false;
}

/**
 * The head of the subject phrase whose last word is `last`: that word itself when it is a noun ("le
 * ministre a"), else the head of a longer phrase: "le maire de Lyon a été critiqué" → "maire", "the
 * mayor of Lyon criticised" → "mayor", "a migrant boat intercepted" → "boat", and at the start of a
 * sentence a bare English compound, "SNCF management filed" → "management". A phrase after a
 * preposition is its complement, not the subject ("dans la ville de Lyon a…").
 */
export function subjectHead(text: string, alignedWords: AlignedWord[], last: number, language: Language, isOpeningNoun: boolean): number | null {
  const markers = MARKERS[language];
  const qualified = language === "target" ? qualifiedNoun(text, alignedWords, last) : null;
  if (qualified !== null) return subjectHead(text, alignedWords, qualified, language, isOpeningNoun);
  if (isCoordinatedComplement(text, alignedWords, last, language)) return null;
  const owner = language === "source" ? genitiveOwner(text, alignedWords, last) : null;
  if (owner !== null) {
    // French puts the head first: "Le Musée acadien" is a museum. A named body only: "le recul de la Bourse" may be an object's.
    const phrase = phraseBefore(text, alignedWords, owner + 1, language, markers);
    const isOpening = phrase !== null && phrase.determiner >= 0 && phrase.core.includes(owner) && !markers.prepositions.has(foldedAt(alignedWords, phrase.determiner - 1, language));
    // Or any noun, where its phrase opens the sentence: "La caisse régionale du Crédit agricole a accordé" is the bank's.
    if (isOpening && (isCapitalised(alignedWords[phrase.core[0]].text) || phrase.determiner === 0)) return phrase.core[0];
    if (!isOpening && isCapitalised(alignedWords[owner].text)) return subjectHead(text, alignedWords, owner, language, isOpeningNoun);
    // "du Crédit agricole des Savoie": an owner that ends a name of several words is read from the name's first word.
    if (!isOpening && owner > 0 && isCapitalised(alignedWords[owner - 1].text) && alignedWords[owner - 1].isContent && !hasBoundary(text, alignedWords[owner - 1].end, alignedWords[owner].start)) {
      return subjectHead(text, alignedWords, owner - 1, language, isOpeningNoun);
    }
  }
  // "suffered minor injuries": a bare noun right after a verb of its own clause is that verb's object.
  if (language === "target" && isAfterFiniteVerb(text, alignedWords, last)) return null;
  // "fell short of the energy-saving targets": a noun after a preposition and its determiner is read with the phrase it closes.
  const isAfterPreposition = markers.prepositions.has(foldedAt(alignedWords, last - 1, language)) ||
    (markers.determiners.has(foldedAt(alignedWords, last - 1, language)) && markers.prepositions.has(foldedAt(alignedWords, last - 2, language)));
  if (!isAfterPreposition && (isNoun(alignedWords, last, language) || (isOpeningNoun && last === 0))) return nameComplementOwner(text, alignedWords, last, language) ?? last;
  const phrase = phraseBefore(text, alignedWords, last + 1, language, markers);
  if (phrase === null) return null;
  const { first, determiner, core } = phrase;
  const start = determiner >= 0 ? determiner : first;
  // "the lorry that the coach hit", "la laiterie que les éleveurs accusent": a subject may open right after an object relative.
  const isAfterObjectRelative = start > 1 && RELATIVE_OBJECTS[language].has(foldedAt(alignedWords, start - 1, language)) && alignedWords[start - 2].isContent;
  if (start > 0 && !isAfterObjectRelative && (markers.prepositions.has(foldedAt(alignedWords, start - 1, language)) || !hasBoundary(text, alignedWords[start - 1].end, alignedWords[start].start))) return null;
  if (determiner >= 0) return language === "source" && !/^\p{Lu}/u.test(alignedWords[core[0]].text) ? core[0] : core[core.length - 1];
  const isBareCompound = language === "target" && start === 0 && (core.length >= 2 || isOpeningNoun) && core.every((index) => !/(?:ed|ly)$/.test(alignedWords[index].text));
  return isBareCompound || /^\p{Lu}/u.test(alignedWords[core[core.length - 1]].text) && start > 0 ? core[core.length - 1] : null;
}

/**
 * "Le Musée acadien de l'Université de Moncton a prêté": a French subject ending in a complement with
 * "de" and a name is headed by the word the complement follows, read again from there. Null when `last` ends no such complement.
 */
function genitiveOwner(text: string, alignedWords: AlignedWord[], last: number): number | null {
  // A name's complement only: "une aide de 1,2 milliard" and "le recul de la production" are not read (the latter may be an object's).
  if (!isCapitalised(alignedWords[last].text)) return null;
  let of = last - 1;
  if (/^(?:l'|l’|la|le|les)$/i.test(alignedWords[of]?.text ?? "")) of -= 1;
  if (of < 1 || !/^(?:de|d'|d’|du|des)$/i.test(alignedWords[of].text) || (of < last - 1 && !/^(?:de|d'|d’)$/i.test(alignedWords[of].text))) return null;
  if (!alignedWords[of - 1].isContent || hasBoundary(text, alignedWords[of - 1].end, alignedWords[last].start)) return null;
  return of - 1;
}

/**
 * "les usagers du RER B ont lancé": a name of several words ending a French subject is the complement
 * of the common noun that opens the phrase ("usagers"), as a one-word name after "de" already is.
 */
function nameComplementOwner(text: string, alignedWords: AlignedWord[], last: number, language: Language): number | null {
  const isName = (index: number) => /^\p{Lu}/u.test(alignedWords[index]?.text ?? "");
  if (language !== "source" || !isName(last) || !isName(last - 1) || !alignedWords[last - 1].isContent) return null;
  const phrase = phraseBefore(text, alignedWords, last + 1, language, MARKERS[language]);
  if (phrase === null || phrase.determiner < 0 || isName(phrase.core[0]) || phrase.core.includes(last)) return null;
  return phrase.core[0];
}

/** Prepositions whose phrase, right after a noun, says where that noun is from: "teachers in Seine-Saint-Denis". */
const ENGLISH_PLACE_QUALIFIERS = words("in at from near across");

/**
 * "General practitioners in the region paid", "Teachers in Seine-Saint-Denis apologised": the phrase
 * before the verb qualifies a noun before it, which is the subject. Returns that noun's last word, or
 * null when `last` ends no such phrase ("in 2019, farmers…", "stationed in Lyon").
 */
function qualifiedNoun(text: string, alignedWords: AlignedWord[], last: number): number | null {
  const phrase = phraseBefore(text, alignedWords, last + 1, "target", MARKERS.target);
  if (phrase === null) return null;
  const preposition = (phrase.determiner >= 0 ? phrase.determiner : phrase.first) - 1;
  if (preposition < 1 || !ENGLISH_PLACE_QUALIFIERS.has(foldedAt(alignedWords, preposition, "target"))) return null;
  const noun = alignedWords[preposition - 1];
  if (!noun.isContent || /(?:ed|ing|ly)$/.test(noun.text) || englishVerbBase(noun.text.toLowerCase()) !== undefined) return null;
  return hasBoundary(text, noun.end, alignedWords[last].start) ? null : preposition - 1;
}

/**
 * "la ligne entre Bordeaux et Toulouse ne sera pas…": the second member of a pair a preposition
 * governs ("entre Bordeaux et Toulouse", "between Paris and Lyon") is part of that complement, not
 * the subject of the verb after it.
 */
function isCoordinatedComplement(text: string, alignedWords: AlignedWord[], last: number, language: Language): boolean {
  const markers = MARKERS[language];
  let k = last - 1;
  while (k >= 0 && markers.determiners.has(foldedAt(alignedWords, k, language))) k -= 1;
  if (k < 1 || !COORDINATORS[language].has(foldedAt(alignedWords, k, language)) || hasBoundary(text, alignedWords[k].end, alignedWords[last].start)) return false;
  // The first member: at most three words, then its preposition.
  for (let j = k - 1; j >= Math.max(0, k - 4); j -= 1) {
    if (hasBoundary(text, alignedWords[j].end, alignedWords[j + 1].start)) return false;
    if (markers.prepositions.has(foldedAt(alignedWords, j, language))) return true;
  }
  return false;
}

/** Verbs a clause follows without "that" ("police said protesters attacked"): what follows them may be a subject. */
const REPORTING_VERBS = words("said told claimed reported added warned announced stated believed thought insisted argued alleged feared hoped estimated noted confirmed denied revealed suggested admitted acknowledged explained wrote knew found felt saw heard");

/** An English past verb with a subject before it ("officers suffered"), right before `noun` ("minor"). */
function isAfterFiniteVerb(text: string, alignedWords: AlignedWord[], noun: number): boolean {
  const [verb, subject] = [alignedWords[noun - 1], alignedWords[noun - 2]];
  if (!verb || !subject || !verb.isContent || !subject.isContent || !/^\p{Ll}/u.test(verb.text) || /ly$/.test(subject.text)) return false;
  const form = foldedAt(alignedWords, noun - 1, "target");
  return (/ed$/.test(form) || englishVerbBase(form) !== undefined) && !REPORTING_VERBS.has(form) && !hasBoundary(text, subject.end, alignedWords[noun].start);
}
