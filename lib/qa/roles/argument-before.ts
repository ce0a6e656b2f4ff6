// The argument before a predicate: its subject, agent or patient as the voice says, or a relative's antecedent.
import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { argumentAfter, DAY_PARTS } from "./argument-after";
import { FOLDED_DAYS } from "@/lib/text/calendar-words";
import { headBefore, type Argument } from "./noun-phrases";
import { commaPhraseEnd, ENGLISH_PARTICLES, FRENCH_AUXILIARY_VERBS, hasBoundary, isAfterRelativeThat, isAuxiliaryAt, isNoun, MARKERS, MAX_SET_OFF_WORDS, PRONOUN_SUBJECTS, RELATIVE_OBJECTS, RELATIVE_SUBJECTS, setOffPhraseStart } from "./role-markers";
import { isCausativeObject, subjectHead } from "./subject-heads";
import { ADJECTIVE_ENDING, causativePassiveFaire, ENGLISH_UNCHANGED_PAST, FRENCH_PARTICIPLE_ONLY, isEnglishPassiveParticiple, isMidAdverb, isModalAt, isParticiple, takesEtre, VERB_ENDING } from "./verb-shapes";

/**
 * "qui l'avait menacé": an object pronoun between a subject relative and its auxiliary. Right before
 * an auxiliary "le", "la", "les" can be no determiner. (After a noun subject, "le ministre les a
 * convoqués", the clause is read by participant-swaps, pronoun and all.)
 */
function isObjectClitic(alignedWords: AlignedWord[], k: number, predicate: number, language: Language): boolean {
  if (language !== "source" || k <= 0 || !RELATIVE_SUBJECTS.source.has(foldedAt(alignedWords, k - 1, language))) return false;
  // "qui l'accusait", "qui lui reproche", "qui la menace": before the verb itself, after "qui", a clitic is all that may stand.
  if (k === predicate - 1) return /^(?:l'|l’|le|la|les|lui|leur)$/i.test(alignedWords[k].text) && VERB_ENDING.source.test(foldedAt(alignedWords, predicate, language));
  return k < predicate - 1 && /^(?:l'|l’|le|la|les)$/i.test(alignedWords[k].text) && isAuxiliaryAt(alignedWords, k + 1, "source");
}

/** How many words of a day stand right before an English verb: "on Thursday", "on Tuesday evening". */
function dayBefore(alignedWords: AlignedWord[], predicate: number, language: Language): number {
  if (language !== "target") return 0;
  const part = DAY_PARTS.has(foldedAt(alignedWords, predicate - 1, language)) ? 1 : 0;
  const isDay = FOLDED_DAYS.has(foldedAt(alignedWords, predicate - 1 - part, language)) && foldedAt(alignedWords, predicate - 2 - part, language) === "on";
  return isDay ? 2 + part : 0;
}

/** The subject before a verb, across auxiliaries ("a été", "has been"): agent, or patient when the verb is passive. */
export function argumentBefore(text: string, alignedWords: AlignedWord[], predicate: number, language: Language, isKnownVerb = false, isOpeningNoun = false): Argument | null {
  const markers = MARKERS[language];
  if (isNoun(alignedWords, predicate, language) && !isObjectClitic(alignedWords, predicate - 1, predicate, language)) return null;
  const faire = language === "source" ? causativePassiveFaire(alignedWords, predicate) : -1;
  // "Mayotte's hospital on Thursday sent": the news puts the day between an English subject and its verb.
  const verbStart = predicate - dayBefore(alignedWords, predicate, language);
  let k = faire >= 0 ? faire - 1 : verbStart - 1;
  let isPassive = faire >= 0;
  let hasBeen = false;
  let hasVerbAuxiliary = false;
  let isPastModal = false;
  while (k >= 0) {
    const isOther = isAuxiliaryAt(alignedWords, k, language) || isMidAdverb(alignedWords, k, language) || isObjectClitic(alignedWords, k, predicate, language);
    // A modal is asked for only past the other kinds, once: its lemmas cost a look-up, and no auxiliary is one.
    const isModal = !isOther && isModalAt(alignedWords, k, predicate, language);
    if (!isOther && !isModal) break;
    // "is to buy": an auxiliary before the modal "to" is not the predicate's; "is to be bought" has its own after it.
    isPastModal ||= isModal;
    if (markers.passiveAuxiliaries.has(foldedAt(alignedWords, k, language)) && !isPastModal) isPassive = true;
    if (foldedAt(alignedWords, k, language) === "ete") hasBeen = true;
    if (FRENCH_AUXILIARY_VERBS.has(foldedAt(alignedWords, k, language)) || isModal) hasVerbAuxiliary = true;
    k -= 1;
  }
  // "était partie", "sera venu": a compound past, not a passive ("a été tombé" does not occur).
  if (language === "source" && isPassive && !hasBeen && takesEtre(foldedAt(alignedWords, predicate, language))) isPassive = false;
  if (k > 0 && (RELATIVE_SUBJECTS[language].has(foldedAt(alignedWords, k, language)) || isAfterRelativeThat(alignedWords, k + 1, language))) return relativeSubject(text, alignedWords, predicate, k, language, isPassive);
  // "the smuggler whom he had threatened", "la laiterie, qu'ils accusent": a pronoun subject after an object relative (its antecedent is read by objectRelative).
  if (k > 0 && PRONOUN_SUBJECTS[language].has(foldedAt(alignedWords, k, language)) && RELATIVE_OBJECTS[language].has(foldedAt(alignedWords, k - 1, language)) && !isPassive) return { index: k, slot: "agent", marker: "" };
  // "La coopérative Blue Whale, premier exportateur français de pommes, a racheté": the subject stands before the phrase set off before the verb.
  // English only after a name, and for a participle's phrase: English also puts such phrases before verbs whose subject is no agent ("A strike at Escondida, the world's largest copper mine, has ended").
  if (k >= 0 && hasBoundary(text, alignedWords[k].end, alignedWords[predicate].start)) {
    const setOffStart = k > 0 ? setOffPhraseStart(text, alignedWords, k + 1, language) : -1;
    // "Jean-Marc Pouvreau, who has farmed snails since 1998, bought": an English relative set off after the name ends right before the verb.
    const relativeStart = setOffStart < 0 && language === "target" && k > 0 ? setOffRelativeStart(text, alignedWords, k + 1) : -1;
    if (relativeStart > 0 && isOpeningName(text, alignedWords, relativeStart - 1)) k = relativeStart - 1;
    else if (setOffStart < 0 || (language === "target" && !isParticipleAfterOpeningName(text, alignedWords, setOffStart))) return null;
    else k = setOffStart - 1;
  }
  if (k < 0 || !alignedWords[k].isContent) return null;
  if (language === "target" && k === verbStart - 1 && isCausativeObject(text, alignedWords, k)) return { index: k, slot: "patient", marker: "" };
  // "se reflète" reads as a passive, "has been making" as an active: leave reflexives and -ing alone.
  if (language === "source" && faire < 0 && alignedWords.slice(k + 1, predicate).some((word) => /^s['’]?e?$/i.test(word.text))) return null;
  if (language === "target" && !isEnglishPassiveParticiple(foldedAt(alignedWords, predicate, language))) isPassive = false;
  const predicateWord = foldedAt(alignedWords, predicate, language);
  // With its agent ("les écoles fermées par la préfecture") it is read like the English "schools closed by", which has no comma to tell a participle.
  if (k === predicate - 1 && language === "source" && FRENCH_PARTICIPLE_ONLY.test(alignedWords[predicate].text.toLowerCase()) &&
    foldedAt(alignedWords, predicate + 1, language) !== "par") return null;
  // An irregular English past ("bought", "took") is a verb whatever its ending.
  const isIrregularPast = language === "target" && (englishVerbBase(predicateWord) !== undefined || ENGLISH_UNCHANGED_PAST.test(predicateWord));
  // With no verb of its own before it, the word must look like a verb: "en" and "y" are also prepositions ("l'approvisionnement en gaz").
  const isBare = k === verbStart - 1 || (language === "source" && faire < 0 && !hasVerbAuxiliary);
  if (isBare && !isKnownVerb && !isIrregularPast && (!VERB_ENDING[language].test(predicateWord) || ADJECTIVE_ENDING[language].test(predicateWord))) return null;
  // `isOpeningNoun`: the caller knows the sentence's first word for a noun ("Parliament was…").
  // "the commission chaired by…", "inspections targeted by…": with no auxiliary, an English "-ed" before "by" is a participle on its noun.
  // "the fund set up by Washington": a particle may stand between them.
  const byAt = ENGLISH_PARTICLES.has(foldedAt(alignedWords, predicate + 1, language)) ? predicate + 2 : predicate + 1;
  const isParticipleOnNoun = language === "target" && k === verbStart - 1 && foldedAt(alignedWords, byAt, language) === "by";
  // "Management rejected", not "Vaccines are free": a lone bare noun opening the sentence needs a verb after it.
  const isOpeningSubject = isOpeningNoun || (language === "target" && (isIrregularPast || /^\p{Ll}+ed$/u.test(predicateWord)));
  const subject = isParticipleOnNoun ? null : subjectHead(text, alignedWords, k, language, isOpeningSubject);
  if (subject === null) return null;
  // "a signé" is active; "a été saisie" and "was seized" are passive; "sont sûres", "est libre", "sont absents" are a copula and its adjective (a participle in -e is accented; one in -t is "dit", "ouvert", "peint", "mort").
  if (language === "source" && isPassive && faire < 0 && !/(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|(?:i|er|in|or)t(?:e|s|es)?|se|ses)$/u.test(alignedWords[predicate].text.toLowerCase())) isPassive = false;
  return { index: subject, slot: isPassive ? "patient" : "agent", marker: "" };
}

/**
 * "Hatmaker Morand, founded in Caussade in 1898, has bought": in English, a participle's phrase set off
 * after a name that opens its clause with no preposition in it. Not "A strike at Escondida, the
 * world's largest copper mine, has ended", whose subject is no name and whose verb's subject is no agent.
 */
function isParticipleAfterOpeningName(text: string, alignedWords: AlignedWord[], setOffStart: number): boolean {
  return isEnglishPassiveParticiple(foldedAt(alignedWords, setOffStart, "target")) && isOpeningName(text, alignedWords, setOffStart - 1);
}

/** The "who" or "which" opening a relative set off by commas that ends right before word `end`, or -1. */
function setOffRelativeStart(text: string, alignedWords: AlignedWord[], end: number): number {
  for (let start = end - 2; start > 0 && end - start <= MAX_SET_OFF_WORDS; start -= 1) {
    if (/^(?:who|which)$/.test(foldedAt(alignedWords, start, "target"))) return commaPhraseEnd(text, alignedWords, start) === end ? start : -1;
  }
  return -1;
}

/** Whether word `name` ends a name that opens its clause, with no preposition in it: "Hatmaker Morand"; not "A strike at Escondida". */
function isOpeningName(text: string, alignedWords: AlignedWord[], name: number): boolean {
  if (!/^\p{Lu}/u.test(alignedWords[name]?.text ?? "")) return false;
  let first = name;
  while (first > 0 && !hasBoundary(text, alignedWords[first - 1].end, alignedWords[first].start)) first -= 1;
  return alignedWords.slice(first, name + 1).every((word, offset) => /^\p{Lu}/u.test(word.text) || MARKERS.target.determiners.has(foldedAt(alignedWords, first + offset, "target")));
}

/**
 * "le mercenaire, qui a capturé", "the mercenary, who captured", "la réforme, qui a été adoptée": the
 * antecedent of a subject relative is the verb's subject ("à qui", "with whom" are not subjects).
 */
function relativeSubject(text: string, alignedWords: AlignedWord[], predicate: number, pronoun: number, language: Language, isPassive: boolean): Argument | null {
  const markers = MARKERS[language];
  if (markers.prepositions.has(foldedAt(alignedWords, pronoun - 1, language)) || hasBoundary(text, alignedWords[pronoun].end, alignedWords[predicate].start)) return null;
  if (language === "source" && alignedWords.slice(pronoun + 1, predicate).some((word) => /^s['’]?e?$/i.test(word.text))) return null;
  // A relative pronoun's antecedent may be counted by a figure: "around 20 elderly people, who billed him".
  const antecedent = headBefore(text, alignedWords, pronoun, language, markers, true);
  if (antecedent === null) return null;
  // "a king who is skilled": without its agent a passive cannot be told from a copula and its adjective.
  if (isPassive && isParticiple(alignedWords, predicate, language)) return argumentAfter(text, alignedWords, predicate, language)?.slot === "agent" ? { index: antecedent, slot: "patient", marker: "" } : null;
  return { index: antecedent, slot: "agent", marker: "" };
}
