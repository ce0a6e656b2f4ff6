// What a word's form says about the verb it may be: participle, passive, finite form, adverb.
import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase, frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language, wordInfo } from "@/lib/word-align/words";
import { ENGLISH_MID_ADVERBS, isAuxiliaryAt, MARKERS, words } from "./role-markers";

/** "Israeli movement", "New York office": the word before the head qualifies it. */
export function isModifier(word: string, next: string): boolean {
  const isName = (candidate: string) => /^\p{Lu}/u.test(candidate);
  return (isName(word) && isName(next)) || /^\p{Lu}\p{Ll}+(?:i|ian|ese|ish|an)$/u.test(word) || /(?:al|ive|ic|ous)$/.test(word);
}

/**
 * "was seized", "was taken": a passive needs a participle ("was alone" is not one). Endings shared
 * with common adjectives ("complicit", "absent", "afraid", "bold") count only in the irregular
 * participles that have them.
 */
export const ENGLISH_PARTICIPLE = /(?:ed|en|wn|ne|ught|ung|ade|eld|ept|elt|ost|uilt|et|ut|ound)$|^(?:hit|lit|quit|split|knit|slit|spit|(?:s|sp|l|b|r)ent|(?:re)?(?:sold|told|paid|laid)|said|hid|rid|slid|bid|forbid)$/;

/** A participle after "was", "been", "be": by its ending, or any irregular form ("was struck", "was left", "was won"). */
export function isEnglishPassiveParticiple(folded: string): boolean {
  return ENGLISH_PARTICIPLE.test(folded) || englishVerbBase(folded) !== undefined;
}

/** Finite verbs and participles by their endings, adjectives excluded ("sociaux", "publique", "civiles"). */
export const VERB_ENDING: Record<Language, RegExp> = { source: /(?:e|es|ent|ait|aient|it|ut|a|d|t|ra|ront)$/, target: /(?:s|ed)$/ };
export const ADJECTIVE_ENDING: Record<Language, RegExp> = {
  source: /(?:ment|iques?|istes?|aires?|i?ens?|i?ennes?|els?|elles?|ales?|aux|ifs?|ives?|eux|euses?|ais|aises?|ois|oises?|iles?|ibles?|ables?|antes?|ants?|ees?|es?|ee)$/,
  target: /(?:ly|ness|al|ic|ist|ian|ous|ive|ful|less|able|ible|ss)$/,
};

/** Pasts spelt like their base ("the coach hit", "the council cut"): right after a subject they are the verb. */
export const ENGLISH_UNCHANGED_PAST = /^(?:hit|cut|put|set|let|shut|hurt|quit|split|spread|burst|cast|shed|beat|bet|bid|cost|upset|broadcast|forecast|thrust)$/;

/** English predicates that say the same with their participants either way round: "Macron met Scholz", "Scholz met Macron". */
const SYMMETRIC_PREDICATES = ["meet", "face", "play", "marry", "merge", "fight", "clash", "draw", "tie"];
let symmetricStems: Set<string> | null = null;

export function isSymmetric(verb: string): boolean {
  symmetricStems ??= new Set(SYMMETRIC_PREDICATES.map((predicate) => wordInfo(predicate, "target").stem));
  const info = wordInfo(verb, "target");
  return symmetricStems.has(info.baseStem) || symmetricStems.has(info.stem);
}

export const LINKING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared)$/;

/**
 * Forms that are only past participles after a third-person subject (accented -é, agreed -ées,
 * -ises, -ies, -ues; -is, -us are first or second person when finite): right after a noun, with no
 * auxiliary, such a word is an adjective ("les aides promises", "le texte adopté"), not the noun's verb.
 */
export const FRENCH_PARTICIPLE_ONLY = /(?:é|ée|és|ées|ises|ies|ues|ites|is|us)$/;

/** Verbs whose compound tenses take "être" and stay active: "la reine était partie" is the queen leaving. */
const ETRE_VERBS = new Set(
  "aller venir devenir revenir parvenir survenir intervenir arriver partir repartir entrer rentrer sortir monter descendre naitre mourir deceder rester tomber retomber retourner".split(" "),
);

const FAIRE_FORMS = words("fait faite faits faites font fera feront ferait feraient fit firent fasse fassent faisait faisaient faire");

/**
 * "s'est fait surprendre par l'Italie", "se sont fait voler par des pickpockets": "se faire" with an
 * infinitive and its agent is a passive. The index of the "faire" form, or -1.
 */
export function causativePassiveFaire(alignedWords: AlignedWord[], predicate: number): number {
  const faire = predicate - 1;
  if (faire < 1 || !/(?:er|ir|re)$/.test(alignedWords[predicate].text.toLowerCase()) || !FAIRE_FORMS.has(foldedAt(alignedWords, faire, "source"))) return -1;
  if (foldedAt(alignedWords, predicate + 1, "source") !== "par") return -1;
  let k = faire - 1;
  while (k >= 0 && isAuxiliaryAt(alignedWords, k, "source")) {
    if (/^s['’]?e?$/i.test(alignedWords[k].text)) return faire;
    k -= 1;
  }
  return -1;
}

/** "a été saisie", "seront fermées": a participle after a form of "être" (not one of the verbs that take it for their past). */
export function isFrenchPassive(alignedWords: AlignedWord[], predicate: number): boolean {
  const markers = MARKERS.source;
  let k = predicate - 1;
  let isPassive = false;
  while (k >= 0 && isAuxiliaryAt(alignedWords, k, "source")) {
    if (markers.passiveAuxiliaries.has(foldedAt(alignedWords, k, "source"))) isPassive = true;
    k -= 1;
  }
  // After "être", a form in "-it" is a participle too ("est construit", "sont produits"), which FRENCH_PARTICIPLE leaves out for the presents it shares.
  const form = alignedWords[predicate].text.toLowerCase();
  return isPassive && (FRENCH_PARTICIPLE.test(form) || /(?:uit|rit|dit)e?s?$/.test(form)) && !takesEtre(foldedAt(alignedWords, predicate, "source"));
}

export function takesEtre(participle: string): boolean {
  return frenchVerbLemmas(participle).some((lemma) => ETRE_VERBS.has(lemma));
}

/**
 * "ont finalement accepté", "finally accepted": an adverb between the subject or auxiliary and the
 * verb. A French "-ment" counts only after an auxiliary ("le gouvernement a" is a noun); an English
 * "-ly" not after a determiner ("the family").
 */
export function isMidAdverb(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const word = alignedWords[index].text;
  if (language === "source") return /ment$/.test(word) && isAuxiliaryAt(alignedWords, index - 1, "source");
  if (ENGLISH_MID_ADVERBS.has(word)) return true;
  return /^\p{Ll}+ly$/u.test(word) && index > 0 && !MARKERS.target.determiners.has(foldedAt(alignedWords, index - 1, language));
}

/** The French verbs whose infinitive after them shares their subject as an auxiliary's participle does: "va racheter", "doit verser", "peut reprendre". */
const FRENCH_MODALS = words("aller devoir pouvoir vouloir");

/**
 * Whether the word at `index` stands before the predicate as a modal does: a French modal before an
 * infinitive ("Ipsen va racheter"), an English "to" between an auxiliary and the verb ("Ipsen is to buy",
 * "is to be bought", "has to be paid"). The subject before it is the predicate's.
 */
export function isModalAt(alignedWords: AlignedWord[], index: number, predicate: number, language: Language): boolean {
  const folded = foldedAt(alignedWords, index, language);
  if (language === "source") return /(?:er|ir|re)$/.test(foldedAt(alignedWords, predicate, language)) && frenchVerbLemmas(folded).some((lemma) => FRENCH_MODALS.has(lemma));
  const isBeforeVerb = index + 1 === predicate || /^(?:be|have)$/.test(foldedAt(alignedWords, index + 1, language));
  return folded === "to" && isBeforeVerb && /^\p{Ll}/u.test(alignedWords[predicate].text) && isAuxiliaryAt(alignedWords, index - 1, language);
}

/** Whether a passive auxiliary's verb is a participle: "a été saisie", "was seized" ("was alone" is not one). */
export function isParticiple(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  return language === "target" ? ENGLISH_PARTICIPLE.test(foldedAt(alignedWords, index, language)) : /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|(?:i|er|in|or)t(?:e|s|es)?)$/u.test(alignedWords[index].text.toLowerCase());
}

/** Past participles that no present shares an ending with ("conduit", "sort", "finit" are left out). */
export const FRENCH_PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ite|ites|its|erte|ertes|erts|ainte|aintes|einte|eintes)$/u;

/** Words of a participle's ending that are none: "depuis des mois", "cette fois". */
export const NOT_PARTICIPLES = words("mois fois depuis puis avis pays");
