import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { argumentAfter, farPassiveAgent, isSumOfMoney, recipientAfter } from "./argument-after";
import { argumentBefore } from "./argument-before";
import { infinitiveSubject } from "./infinitive-subjects";
import { genitiveBefore, headAfter, headBefore, nominalRoles, phraseEnd, type Argument } from "./noun-phrases";
import { hasBoundary, isAuxiliaryAt, isNoun, MARKERS, RECIPIENT_MARKERS, RELATIVE_OBJECTS } from "./role-markers";
import { FRENCH_PARTICIPLE } from "./verb-shapes";

/** French participles whose "par" names what marks their subject, not an agent: "marqué par", "caractérisé par", "ponctué par". */
const FRENCH_DESCRIBING = /^(?:marque|caracteris|ponctue|emaille|rythme)/;

const SENTENCE_START = /(?:^|[.;:!?«"“—–])\s*$/;

/**
 * What a detached past participle with an agent says about the noun it qualifies: "Interrogée par
 * les sénateurs, la ministre…", "Questioned by senators, the minister…", "le mercenaire, capturé par
 * l'armée,", "une demande rejetée par la majorité": that noun is the one acted upon. An English bare
 * participle after a noun may be a simple past ("the team finished by noon"), so English needs the comma.
 */
function participleSubject(text: string, alignedWords: AlignedWord[], predicate: number, language: Language, agent: Argument | null): Argument | null {
  const markers = MARKERS[language];
  const word = alignedWords[predicate].text.toLowerCase();
  // "Hold by the gate, men!", "Sit by the fire": an English base form is no participle.
  const isClearParticiple = language === "target" ? /(?:ed|en|wn)$/.test(word) || englishVerbBase(word) !== undefined : FRENCH_PARTICIPLE.test(word);
  if (agent?.slot !== "agent" || !isClearParticiple || isAuxiliaryAt(alignedWords, predicate - 1, language)) return null;
  const before = text.slice(predicate > 0 ? alignedWords[predicate - 1].end : 0, alignedWords[predicate].start);
  if (SENTENCE_START.test(text.slice(0, alignedWords[predicate].start))) {
    const comma = alignedWords.findIndex((word, index) => index > agent.index && index - agent.index <= 8 && text.slice(alignedWords[index - 1].end, word.start).includes(","));
    const gap = comma > 0 ? text.slice(alignedWords[agent.index].end, alignedWords[comma].start) : "";
    const head = comma > 0 && !/[.;:!?()«»"“”—–]/.test(gap) ? headAfter(text, alignedWords, comma, language, markers) : null;
    return head === null ? null : { index: head, slot: "patient", marker: "" };
  }
  if (language === "target" && !before.includes(",")) return null;
  if (/[.;:!?()«»"“”—–]/.test(before)) return null;
  const head = headBefore(text, alignedWords, predicate, language, markers);
  return head === null ? null : { index: head, slot: "patient", marker: "" };
}

/**
 * The arguments around a predicate. `isKnownVerb`: the other side reads its counterpart as a verb with
 * a subject, so a French present in -e right after a noun ("le ministre ordonne") is a verb, not an adjective.
 */
export function argumentsOf(text: string, alignedWords: AlignedWord[], predicate: number, language: Language, isKnownVerb = false, isOpeningNoun = false): Argument[] {
  const before = argumentBefore(text, alignedWords, predicate, language, isKnownVerb, isOpeningNoun) ?? infinitiveSubject(text, alignedWords, predicate, language);
  const near = argumentAfter(text, alignedWords, predicate, language);
  const read = near?.slot === "agent" || near?.slot === "patient" ? near : farPassiveAgent(text, alignedWords, predicate, language) ?? near;
  // "la tempête, marquée par des rafales" → "the storm, which brought gusts": "par" after these says what the subject was like, not who acted.
  const after = read?.marker === "par" && language === "source" && FRENCH_DESCRIBING.test(foldedAt(alignedWords, predicate, language)) ? { ...read, slot: "oblique" as const } : read;
  const isEnglishNoun = language === "target" && !/ed$/.test(alignedWords[predicate].text) && englishVerbBase(alignedWords[predicate].text.toLowerCase()) === undefined;
  const possessive = isEnglishNoun && !before ? genitiveBefore(text, alignedWords, predicate, MARKERS.target) : null;
  const attached = before || possessive ? null : participleSubject(text, alignedWords, predicate, language, after);
  // "a locksmith whom she had charged €2,400": the sum is a second object, the antecedent still the one acted upon.
  const relative = before?.slot === "agent" && (after === null || after.marker !== "" || isSumOfMoney(text, alignedWords, after.index, language)) ? objectRelative(text, alignedWords, before.index, language) : null;
  const found = [before, after, possessive ?? attached ?? relative].filter((argument): argument is Argument => argument !== null);
  const isNominal = possessive !== null || (after?.slot === "genitive" && isNoun(alignedWords, predicate, language));
  if (!isNominal) return after ? [...found, ...recipientAfter(text, alignedWords, after, language)] : found;
  if (!after || after.marker === "") return found;
  const next = argumentAfter(text, alignedWords, phraseEnd(text, alignedWords, after.index), language);
  // "la reprise de la cave coopérative de Sigoulès par la maison…": the complement's own "de" complement stands between.
  const second = next?.slot === "genitive" ? argumentAfter(text, alignedWords, phraseEnd(text, alignedWords, next.index), language) ?? next : next;
  // "l'aide de l'UE à l'Ukraine", "EU aid to Ukraine": a noun's recipient stands beside its complement.
  const isRole = second !== null && second.marker !== "" && (second.slot === "agent" || second.slot === "patient" || RECIPIENT_MARKERS.has(second.marker));
  return nominalRoles(isRole ? [...found, second] : found);
}

/**
 * "la famille que le bailleur a expulsée", "the family that the landlord evicted": the antecedent of
 * an object relative is the one acted upon. Read only when the verb has no object of its own, which
 * leaves out "le fait que le gouvernement a refusé la réforme".
 */
function objectRelative(text: string, alignedWords: AlignedWord[], subject: number, language: Language): Argument | null {
  const markers = MARKERS[language];
  let k = subject - 1;
  // French subjects open on their head ("que le bailleur"), English ones may have modifiers first ("that the local landlord").
  while (k >= 0 && subject - k <= 3 && !RELATIVE_OBJECTS[language].has(foldedAt(alignedWords, k, language)) && (markers.determiners.has(foldedAt(alignedWords, k, language)) || (language === "target" && alignedWords[k].isContent))) k -= 1;
  if (k <= 0 || !RELATIVE_OBJECTS[language].has(foldedAt(alignedWords, k, language)) || hasBoundary(text, alignedWords[k].end, alignedWords[subject].start)) return null;
  let antecedent = headBefore(text, alignedWords, k, language, markers);
  // "a locksmith in Villeurbanne whom she had charged": a place takes no "whom"; the person before it does.
  if (antecedent !== null && language === "target" && foldedAt(alignedWords, k, language) === "whom" && PLACE_PREPOSITIONS.has(foldedAt(alignedWords, antecedent - 1, language)) &&
    /^\p{Lu}/u.test(alignedWords[antecedent].text)) {
    antecedent = headBefore(text, alignedWords, antecedent - 1, language, markers) ?? antecedent;
  }
  return antecedent === null ? null : { index: antecedent, slot: "patient", marker: "" };
}

/** Prepositions that place a noun where a name says ("a locksmith in Villeurbanne", "a farmer from Picardy"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "outside"]);

/** "les infirmières, dont les salaires", "nurses, whose pay": the noun the owner relative hangs on, or null. */
export function relativeOwner(text: string, alignedWords: AlignedWord[], noun: number, language: Language): number | null {
  let k = noun - 1;
  while (k > 0 && MARKERS[language].determiners.has(foldedAt(alignedWords, k, language))) k -= 1;
  if (foldedAt(alignedWords, k, language) !== (language === "source" ? "dont" : "whose") || hasBoundary(text, alignedWords[k].end, alignedWords[noun].start)) return null;
  return headBefore(text, alignedWords, k, language, MARKERS[language]);
}
