import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { englishVerbBase, frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { genitiveBefore, headAfter, headBefore, isPluralPossessive, nameAfter, nominalRoles, phraseBefore, phraseEnd, type Argument, type Slot } from "./noun-phrases";

export type { Argument, Slot } from "./noun-phrases";

type Markers = {
  agent: Set<string>; patient: Set<string>; genitive: Set<string>; determiners: Set<string>; auxiliaries: Set<string>;
  passiveAuxiliaries: Set<string>; prepositions: Set<string>; skippable: Set<string>;
};

const words = (text: string) => new Set(text.split(" "));
/** Cardinals stand where a determiner does: "a libéré trois otages", "freed three hostages". */
const FRENCH_CARDINALS = "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille plusieurs";
const ENGLISH_CARDINALS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen twenty thirty forty fifty sixty hundred thousand several";
/** "vingt-six", "twenty-six": the hyphenated cardinals under a hundred. */
const compoundCardinals = (tens: string, units: string) => tens.split(" ").flatMap((ten) => units.split(" ").map((unit) => `${ten}-${unit}`)).join(" ");
const FRENCH_COMPOUND_CARDINALS = `dix-sept dix-huit dix-neuf quatre-vingt quatre-vingts ${compoundCardinals("vingt trente quarante cinquante soixante quatre-vingt", "deux trois quatre cinq six sept huit neuf dix")}`;
const ENGLISH_COMPOUND_CARDINALS = compoundCardinals("twenty thirty forty fifty sixty seventy eighty ninety", "two three four five six seven eight nine");
/** Relative pronouns that stand for their antecedent as the subject of the verb after them. */
const RELATIVE_SUBJECTS: Record<Language, Set<string>> = { source: words("qui"), target: words("who which") };

/** Each side's words that mark a role or open a phrase; crossed-participants reads the passive and agent markers from here too. */
export const MARKERS: Record<Language, Markers> = {
  source: {
    agent: words("par"), patient: words("contre envers"), genitive: words("de d' du des"),
    determiners: words(`le la les l' un une des du son sa ses leur leurs ce cet cette ces notre nos votre vos au aux ${FRENCH_CARDINALS} ${FRENCH_COMPOUND_CARDINALS}`),
    auxiliaries: words("a ont avait avaient aura auront est sont etait etaient sera seront fut ete ne n' pas se s' lui leur y en deja bien aussi"),
    passiveAuxiliaries: words("ete est sont etait etaient sera seront fut"),
    prepositions: words("a au aux de d' du des en par pour sur sous avec sans dans entre vers chez contre selon depuis pendant apres avant envers"),
    skippable: words("ses sa son leur leurs"),
  },
  target: {
    agent: words("by"), patient: words("against on"), genitive: words("of 's"),
    determiners: words(`the a an its their his her this that these those our your ${ENGLISH_CARDINALS} ${ENGLISH_COMPOUND_CARDINALS}`),
    auxiliaries: words("has have had is are was were be been being will would did does do not n't also already"),
    passiveAuxiliaries: words("is are was were be been being"),
    prepositions: words("of to in on at by for with from into onto against about over under between through towards after before"),
    skippable: words("yourself itself themselves himself herself oneself ourselves"),
  },
};


export function isNoun(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const previous = foldedAt(alignedWords, index - 1, language);
  const word = alignedWords[index];
  if (isAfterRelativeThat(alignedWords, index, language)) return false;
  return MARKERS[language].determiners.has(previous) || MARKERS[language].genitive.has(previous) || (index > 0 && /^\p{Lu}/u.test(word.text));
}

/**
 * "the family that evicted", "a report that shows": after a noun, "that" before a verb form is the
 * verb's relative subject, not a determiner ("that report" has no verb after it).
 */
function isAfterRelativeThat(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  if (language !== "target" || foldedAt(alignedWords, index - 1, language) !== "that" || index < 2) return false;
  const word = alignedWords[index].text.toLowerCase();
  // "a programme that funds the region": "that" qualifies no plural, so a form in -s with its own object after it is a present.
  const isPresent = /^\p{Ll}+[^s]s$/u.test(word) && (MARKERS.target.determiners.has(foldedAt(alignedWords, index + 1, language)) || /^\p{Lu}/u.test(alignedWords[index + 1]?.text ?? ""));
  const isVerbForm = /ed$/.test(word) || isPresent || englishVerbBase(word) !== undefined || MARKERS.target.auxiliaries.has(word);
  return isVerbForm && alignedWords[index - 2].isContent && isNoun(alignedWords, index - 2, language);
}

/** Whether punctuation between two words (text offsets) closes a clause or a phrase. */
export function hasBoundary(text: string, from: number, to: number): boolean {
  return /[.;:?!,()«»"“”—]/.test(text.slice(from, to));
}

/** The argument right after the predicate: its marker and the head of the noun phrase it opens. */
function argumentAfter(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): Argument | null {
  const markers = MARKERS[language];
  let k = predicate + 1;
  while (k < alignedWords.length && markers.skippable.has(foldedAt(alignedWords, k, language))) k += 1;
  const marker = foldedAt(alignedWords, k, language);
  const hasPreposition = markers.prepositions.has(marker);
  if (hasPreposition) k += 1;
  while (k < alignedWords.length && markers.determiners.has(foldedAt(alignedWords, k, language))) k += 1;
  if (k >= alignedWords.length || hasBoundary(text, alignedWords[predicate].end, alignedWords[k].start)) return null;
  // "la mort de 67 soldats": the head is the noun, not the number.
  const isAfterDeterminer = markers.determiners.has(foldedAt(alignedWords, k - 1, language));
  if (/^\d/.test(alignedWords[k]?.text ?? "") && alignedWords[k + 1]?.isContent) k += 1;
  if (!alignedWords[k].isContent) return null;
  // A direct object follows a determiner ("seized the government"); "réseaux sociaux" is a noun and its adjective.
  // "bought Airbus's plant": a possessive stands where a determiner does, the head comes after it.
  const isPossessor = language === "target" && /^['’]s$/.test(alignedWords[k + 1]?.text ?? "") && alignedWords[k + 2]?.isContent === true && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 2].start);
  if (!hasPreposition && isPossessor) k += 2;
  // "its 20% stake": a figure may stand between the determiner and the head.
  else if (!hasPreposition && !isAfterDeterminer && !markers.determiners.has(foldedAt(alignedWords, k - 1, language))) {
    const name = language === "target" ? nameAfter(text, alignedWords, k) ?? bareObjectAfter(text, alignedWords, predicate, k) : null;
    if (name === null) return null;
    k = name;
  }
  // English noun phrases end on their head: "the Israeli movement", "the New York office".
  if (language === "target") while (k + 1 < alignedWords.length && alignedWords[k + 1].isContent && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start) && isModifier(alignedWords[k].text, alignedWords[k + 1].text)) k += 1;
  // "chose Dassault Aviation's Rafale": a name of several words may own the head too.
  if (language === "target" && !hasPreposition && /^['’]s$/.test(alignedWords[k + 1]?.text ?? "") && alignedWords[k + 2]?.isContent && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 2].start)) k += 2;
  // "accepted the lorry drivers' proposal": the head comes after a plural possessive.
  if (language === "target" && !hasPreposition) {
    let j = k;
    while (j < k + 2 && !isPluralPossessive(text, alignedWords, j) && alignedWords[j + 1]?.isContent && !hasBoundary(text, alignedWords[j].end, alignedWords[j + 1].start)) j += 1;
    if (isPluralPossessive(text, alignedWords, j) && alignedWords[j + 1]?.isContent) k = j + 1;
  }
  // "six heures par nuit", "par décret", "adopté par 300 voix": a French agent takes a determiner or is a
  // name; "par" before a bare common noun or a number distributes or says the means.
  const isBarePar = language === "source" && marker === "par" && !markers.determiners.has(foldedAt(alignedWords, k - 1, language)) && !/^\p{Lu}/u.test(alignedWords[k].text);
  const slot: Slot = !hasPreposition ? "patient" : markers.agent.has(marker) && !isBarePar ? "agent" : markers.patient.has(marker) ? "patient" : markers.genitive.has(marker) ? "genitive" : "oblique";
  if (!hasPreposition && isNoun(alignedWords, predicate, language)) return null;
  // "seront fermées la nuit": a passive has no object; a bare noun after it says when or how.
  if (!hasPreposition && language === "source" && isFrenchPassive(alignedWords, predicate)) return null;
  // "combien coûtera la réforme", ", a déclaré le ministre", ", said the minister": the noun after the verb is its subject.
  if (!hasPreposition) {
    const inversion = subjectInversion(text, alignedWords, predicate, language);
    if (inversion === "incise") return null;
    if (inversion === "inverted") return { index: k, slot: "agent", marker: "" };
  }
  // "it seems the skeletons were…": a linking verb takes no object; the noun after it opens a clause.
  if (!hasPreposition && language === "target" && LINKING_VERB.test(foldedAt(alignedWords, predicate, language))) return null;
  return { index: k, slot, marker: hasPreposition ? marker : "" };
}

/**
 * "succeeds Marie Dupont", "granted Crédit Agricole a loan", "reported patients": after an English
 * verb form, a name or a bare plural is the object. Reporting verbs are left out: "said farmers were…"
 * opens a clause.
 */
function bareObjectAfter(text: string, alignedWords: AlignedWord[], predicate: number, k: number): number | null {
  const [verb, word] = [alignedWords[predicate].text, alignedWords[k].text];
  // "will supply Renault", "to sue the State": a base form after a modal or "to" is a verb.
  const isAfterModal = predicate > 0 && /^(?:will|would|can|could|may|might|must|should|shall|to)$/i.test(alignedWords[predicate - 1].text);
  const isVerbForm = /^\p{Ll}+(?:s|ed)$/u.test(verb) || englishVerbBase(verb) !== undefined || (isAfterModal && /^\p{Ll}+$/u.test(verb));
  if (!isVerbForm || ENGLISH_REPORTING.test(verb) || MARKERS.target.auxiliaries.has(verb)) return null;
  // "arrested police officers": the plural may be the head after a bare modifier.
  const next = alignedWords[k + 1];
  const isPlural = (text: string) => /^\p{Ll}+[^s]s$/u.test(text);
  return /^\p{Lu}/u.test(word) || isPlural(word) || (next?.isContent && isPlural(next.text) && /^\s+$/.test(text.slice(alignedWords[k].end, next.start))) ? k : null;
}

/** Words after which a French verb takes its subject after it: "combien coûtera la réforme", "où vit le ministre", "ce que prévoit la loi". */
const FRENCH_INVERTING = new Set("combien où que qu' dont comme lequel laquelle lesquels lesquelles auquel auxquels duquel desquels".split(" "));
/** Adverbs that invert only when they open the clause: "Ainsi naquit l'idée", but "il a ainsi dénoncé les abus". */
const FRENCH_INVERTING_OPENERS = new Set("ainsi aussi".split(" "));
/** Clitics that may stand between an inverting word and its verb: "comme l'a dit le ministre". */
const FRENCH_CLITICS = new Set("l' le la les lui leur y en se s' ne n' me m' te t'".split(" "));
/** Infinitives take no subject at all: "où trouver la liche" is no inversion. */
const FRENCH_INFINITIVE = /(?:er|ir|oir|ire|dre|ttre|aitre|uire|indre|oudre|ompre|aire|oire|ivre)$/;
/** Verbs that report speech or thought, which take an inverted subject in an incise: ", a déclaré le ministre", ", estime l'OMS". */
const FRENCH_REPORTING = new Set(
  ("affirmer ajouter admettre alerter annoncer assurer avertir avouer commenter conclure confier confirmer constater declarer deplorer " +
    "denoncer detailler dire ecrire estimer expliquer fustiger indiquer insister juger lancer marteler noter observer plaider poursuivre " +
    "preciser prevenir promettre rappeler raconter reagir reconnaitre regretter relever repliquer repondre resumer retorquer reveler " +
    "souligner soutenir suggerer temoigner tonner avancer analyser considerer esperer ironiser mettre").split(" "),
);
const ENGLISH_REPORTING = /^(?:said|says|added|adds|warned|warns|wrote|writes|explained|explains|insisted|insists|noted|notes|argued|argues|asked|asks|stressed|stresses|told|tells|declared|declares|announced|announces|acknowledged|acknowledges|admitted|admits|replied|replies|recalled|recalls|continued|continues|concluded|concludes|claimed|claims)$/;

/**
 * Whether the verb at `predicate` has its subject after it. French inverts after "combien", "où",
 * "que", "dont", "comme" (and a clause-opening "ainsi"): the noun after the verb is its subject
 * ("inverted"). A reporting verb opening an incise after a comma or quote (", alerte l'OMS", ", a
 * déclaré le ministre"; English ", said the minister") also has its subject after it, but the same
 * order also coordinates a second verb with its object, so the reading is left open ("incise").
 */
function subjectInversion(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): "inverted" | "incise" | null {
  const markers = MARKERS[language];
  if (language === "target") {
    return predicate > 0 && /[,"“”'‘’—]\s*$/.test(text.slice(alignedWords[predicate - 1].end, alignedWords[predicate].start)) && ENGLISH_REPORTING.test(foldedAt(alignedWords, predicate, language)) ? "incise" : null;
  }
  let k = predicate - 1;
  while (k >= 0 && (markers.auxiliaries.has(foldedAt(alignedWords, k, language)) || FRENCH_CLITICS.has(foldedAt(alignedWords, k, language))) && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) k -= 1;
  const opening = k + 1;
  const gap = text.slice(k >= 0 ? alignedWords[k].end : 0, alignedWords[opening].start);
  const opensClause = k < 0 || /[.;:!?,()«»"“”—–]/.test(gap);
  if (k === predicate - 1 && FRENCH_INFINITIVE.test(foldedAt(alignedWords, predicate, language))) return null;
  if (k >= 0 && !/[.;:!?,()«»"“”—–]/.test(gap)) {
    const word = alignedWords[k].text.toLowerCase().replace(/’/g, "'");
    if (FRENCH_INVERTING.has(word)) return "inverted";
    if (FRENCH_INVERTING_OPENERS.has(foldedAt(alignedWords, k, language)) && (k === 0 || /[.;:!?«"“—–]/.test(text.slice(alignedWords[k - 1].end, alignedWords[k].start)))) return "inverted";
  }
  if (opensClause && k >= 0 && frenchVerbLemmas(foldedAt(alignedWords, predicate, language)).some((lemma) => FRENCH_REPORTING.has(lemma))) return "incise";
  return null;
}

/** "Israeli movement", "New York office": the word before the head qualifies it. */
function isModifier(word: string, next: string): boolean {
  const isName = (candidate: string) => /^\p{Lu}/u.test(candidate);
  return (isName(word) && isName(next)) || /^\p{Lu}\p{Ll}+(?:i|ian|ese|ish|an)$/u.test(word) || /(?:al|ive|ic|ous)$/.test(word);
}

/**
 * "was seized", "was taken": a passive needs a participle ("was alone" is not one). Endings shared
 * with common adjectives ("complicit", "absent", "afraid", "bold") count only in the irregular
 * participles that have them.
 */
const ENGLISH_PARTICIPLE = /(?:ed|en|wn|ne|ught|ung|ade|eld|ept|elt|ost|uilt|et|ut|ound)$|^(?:hit|lit|quit|split|knit|slit|spit|(?:s|sp|l|b|r)ent|(?:re)?(?:sold|told|paid|laid)|said|hid|rid|slid|bid|forbid)$/;

/** Finite verbs and participles by their endings, adjectives excluded ("sociaux", "publique", "civiles"). */
const VERB_ENDING: Record<Language, RegExp> = { source: /(?:e|es|ent|ait|aient|it|ut|a|d|t|ra|ront)$/, target: /(?:s|ed)$/ };
const ADJECTIVE_ENDING: Record<Language, RegExp> = {
  source: /(?:ment|iques?|istes?|aires?|i?ens?|i?ennes?|els?|elles?|ales?|aux|ifs?|ives?|eux|euses?|ais|aises?|ois|oises?|iles?|ibles?|ables?|antes?|ants?|ees?|es?|ee)$/,
  target: /(?:ly|ness|al|ic|ist|ian|ous|ive|ful|less|able|ible|ss)$/,
};

/** Pasts spelt like their base ("the coach hit", "the council cut"): right after a subject they are the verb. */
const ENGLISH_UNCHANGED_PAST = /^(?:hit|cut|put|set|let|shut|hurt|quit|split|spread|burst|cast|shed)$/;

const LINKING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared)$/;

/**
 * Forms that are only past participles after a third-person subject (accented -é, agreed -ées,
 * -ises, -ies, -ues; -is, -us are first or second person when finite): right after a noun, with no
 * auxiliary, such a word is an adjective ("les aides promises", "le texte adopté"), not the noun's verb.
 */
const FRENCH_PARTICIPLE_ONLY = /(?:é|ée|és|ées|ises|ies|ues|ites|is|us)$/;

/** Verbs whose compound tenses take "être" and stay active: "la reine était partie" is the queen leaving. */
const ETRE_VERBS = new Set(
  "aller venir devenir revenir parvenir survenir intervenir arriver partir repartir entrer rentrer sortir monter descendre naitre mourir deceder rester tomber retomber retourner".split(" "),
);

/** "a été saisie", "seront fermées": a participle after a form of "être" (not one of the verbs that take it for their past). */
function isFrenchPassive(alignedWords: AlignedWord[], predicate: number): boolean {
  const markers = MARKERS.source;
  let k = predicate - 1;
  let isPassive = false;
  while (k >= 0 && markers.auxiliaries.has(foldedAt(alignedWords, k, "source"))) {
    if (markers.passiveAuxiliaries.has(foldedAt(alignedWords, k, "source"))) isPassive = true;
    k -= 1;
  }
  return isPassive && FRENCH_PARTICIPLE.test(alignedWords[predicate].text.toLowerCase()) && !takesEtre(foldedAt(alignedWords, predicate, "source"));
}

function takesEtre(participle: string): boolean {
  return frenchVerbLemmas(participle).some((lemma) => ETRE_VERBS.has(lemma));
}

/**
 * "ont finalement accepté", "finally accepted": an adverb between the subject or auxiliary and the
 * verb. A French "-ment" counts only after an auxiliary ("le gouvernement a" is a noun); an English
 * "-ly" not after a determiner ("the family").
 */
function isMidAdverb(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  const word = alignedWords[index].text;
  if (language === "source") return /ment$/.test(word) && MARKERS.source.auxiliaries.has(foldedAt(alignedWords, index - 1, language));
  return /^\p{Ll}+ly$/u.test(word) && index > 0 && !MARKERS.target.determiners.has(foldedAt(alignedWords, index - 1, language));
}

/** Subject pronouns. */
const PRONOUN_SUBJECTS: Record<Language, Set<string>> = { source: words("il elle ils elles on nous vous je j'"), target: words("he she they we i you it") };

/**
 * "qui l'avait menacé": an object pronoun between a subject relative and its auxiliary. Right before
 * an auxiliary "le", "la", "les" can be no determiner. (After a noun subject, "le ministre les a
 * convoqués", the clause is read by participant-swaps, pronoun and all.)
 */
function isObjectClitic(alignedWords: AlignedWord[], k: number, predicate: number, language: Language): boolean {
  return language === "source" && k > 0 && k < predicate - 1 && /^(?:l'|l’|le|la|les)$/i.test(alignedWords[k].text) &&
    MARKERS.source.auxiliaries.has(foldedAt(alignedWords, k + 1, language)) && RELATIVE_SUBJECTS.source.has(foldedAt(alignedWords, k - 1, language));
}

/** The subject before a verb, across auxiliaries ("a été", "has been"): agent, or patient when the verb is passive. */
function argumentBefore(text: string, alignedWords: AlignedWord[], predicate: number, language: Language, isKnownVerb = false, isOpeningNoun = false): Argument | null {
  const markers = MARKERS[language];
  if (isNoun(alignedWords, predicate, language)) return null;
  let k = predicate - 1;
  let isPassive = false;
  let hasBeen = false;
  while (k >= 0 && (markers.auxiliaries.has(foldedAt(alignedWords, k, language)) || isMidAdverb(alignedWords, k, language) || isObjectClitic(alignedWords, k, predicate, language))) {
    if (markers.passiveAuxiliaries.has(foldedAt(alignedWords, k, language))) isPassive = true;
    if (foldedAt(alignedWords, k, language) === "ete") hasBeen = true;
    k -= 1;
  }
  // "était partie", "sera venu": a compound past, not a passive ("a été tombé" does not occur).
  if (language === "source" && isPassive && !hasBeen && takesEtre(foldedAt(alignedWords, predicate, language))) isPassive = false;
  if (k > 0 && (RELATIVE_SUBJECTS[language].has(foldedAt(alignedWords, k, language)) || isAfterRelativeThat(alignedWords, k + 1, language))) return relativeSubject(text, alignedWords, predicate, k, language, isPassive);
  // "the smuggler whom he had threatened", "la laiterie, qu'ils accusent": a pronoun subject after an object relative (its antecedent is read by objectRelative).
  if (k > 0 && PRONOUN_SUBJECTS[language].has(foldedAt(alignedWords, k, language)) && RELATIVE_OBJECTS[language].has(foldedAt(alignedWords, k - 1, language)) && !isPassive) return { index: k, slot: "agent", marker: "" };
  if (k < 0 || !alignedWords[k].isContent || hasBoundary(text, alignedWords[k].end, alignedWords[predicate].start)) return null;
  if (language === "target" && k === predicate - 1 && isCausativeObject(text, alignedWords, k)) return { index: k, slot: "patient", marker: "" };
  // "se reflète" reads as a passive, "has been making" as an active: leave reflexives and -ing alone.
  if (language === "source" && alignedWords.slice(k + 1, predicate).some((word) => /^s['’]?e?$/i.test(word.text))) return null;
  if (language === "target" && !ENGLISH_PARTICIPLE.test(foldedAt(alignedWords, predicate, language))) isPassive = false;
  const predicateWord = foldedAt(alignedWords, predicate, language);
  // With its agent ("les écoles fermées par la préfecture") it is read like the English "schools closed by", which has no comma to tell a participle.
  if (k === predicate - 1 && language === "source" && FRENCH_PARTICIPLE_ONLY.test(alignedWords[predicate].text.toLowerCase()) &&
    foldedAt(alignedWords, predicate + 1, language) !== "par") return null;
  // An irregular English past ("bought", "took") is a verb whatever its ending.
  const isIrregularPast = language === "target" && (englishVerbBase(predicateWord) !== undefined || ENGLISH_UNCHANGED_PAST.test(predicateWord));
  if (k === predicate - 1 && !isKnownVerb && !isIrregularPast && (!VERB_ENDING[language].test(predicateWord) || ADJECTIVE_ENDING[language].test(predicateWord))) return null;
  // `isOpeningNoun`: the caller knows the sentence's first word for a noun ("Parliament was…").
  // "the commission chaired by…", "inspections targeted by…": with no auxiliary, an English "-ed" before "by" is a participle on its noun.
  const isParticipleOnNoun = language === "target" && k === predicate - 1 && foldedAt(alignedWords, predicate + 1, language) === "by";
  // "Management rejected", not "Vaccines are free": a lone bare noun opening the sentence needs a verb after it.
  const isOpeningSubject = isOpeningNoun || (language === "target" && (isIrregularPast || /^\p{Ll}+ed$/u.test(predicateWord)));
  const subject = isParticipleOnNoun ? null : subjectHead(text, alignedWords, k, language, isOpeningSubject);
  if (subject === null) return null;
  // "a signé" is active; "a été saisie" and "was seized" are passive; "sont sûres", "est libre", "sont absents" are a copula and its adjective (a participle in -e is accented; one in -t is "dit", "ouvert", "peint", "mort").
  if (language === "source" && isPassive && !/(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|(?:i|er|in|or)t(?:e|s|es)?|se|ses)$/u.test(alignedWords[predicate].text.toLowerCase())) isPassive = false;
  return { index: subject, slot: isPassive ? "patient" : "agent", marker: "" };
}

const CAUSATIVES = words("have has had having get gets got gotten getting");

/**
 * Whether the English noun at `noun` is the object of "have"/"get" that a participle follows: "the
 * carrier had three aircraft based there", "he got his car stolen": the noun is acted upon. Only
 * determiners, figures and lower-case words (adjectives) may stand between.
 */
function isCausativeObject(text: string, alignedWords: AlignedWord[], noun: number): boolean {
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
function subjectHead(text: string, alignedWords: AlignedWord[], last: number, language: Language, isOpeningNoun: boolean): number | null {
  const markers = MARKERS[language];
  const qualified = language === "target" ? qualifiedNoun(text, alignedWords, last) : null;
  if (qualified !== null) return subjectHead(text, alignedWords, qualified, language, isOpeningNoun);
  if (isCoordinatedComplement(text, alignedWords, last, language)) return null;
  // "suffered minor injuries": a bare noun right after a verb of its own clause is that verb's object.
  if (language === "target" && isAfterFiniteVerb(text, alignedWords, last)) return null;
  if (!markers.prepositions.has(foldedAt(alignedWords, last - 1, language)) && (isNoun(alignedWords, last, language) || (isOpeningNoun && last === 0))) return nameComplementOwner(text, alignedWords, last, language) ?? last;
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

const COORDINATORS: Record<Language, Set<string>> = { source: words("et ou"), target: words("and or") };

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

/** Whether a passive auxiliary's verb is a participle: "a été saisie", "was seized" ("was alone" is not one). */
function isParticiple(alignedWords: AlignedWord[], index: number, language: Language): boolean {
  return language === "target" ? ENGLISH_PARTICIPLE.test(foldedAt(alignedWords, index, language)) : /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|(?:i|er|in|or)t(?:e|s|es)?)$/u.test(alignedWords[index].text.toLowerCase());
}

/**
 * "le mercenaire, qui a capturé", "the mercenary, who captured", "la réforme, qui a été adoptée": the
 * antecedent of a subject relative is the verb's subject ("à qui", "with whom" are not subjects).
 */
function relativeSubject(text: string, alignedWords: AlignedWord[], predicate: number, pronoun: number, language: Language, isPassive: boolean): Argument | null {
  const markers = MARKERS[language];
  if (markers.prepositions.has(foldedAt(alignedWords, pronoun - 1, language)) || hasBoundary(text, alignedWords[pronoun].end, alignedWords[predicate].start)) return null;
  if (language === "source" && alignedWords.slice(pronoun + 1, predicate).some((word) => /^s['’]?e?$/i.test(word.text))) return null;
  const antecedent = headBefore(text, alignedWords, pronoun, language, markers);
  if (antecedent === null) return null;
  // "a king who is skilled": without its agent a passive cannot be told from a copula and its adjective.
  if (isPassive && isParticiple(alignedWords, predicate, language)) return argumentAfter(text, alignedWords, predicate, language)?.slot === "agent" ? { index: antecedent, slot: "patient", marker: "" } : null;
  return { index: antecedent, slot: "agent", marker: "" };
}

/** Past participles that no present shares an ending with ("conduit", "sort", "finit" are left out). */
const FRENCH_PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ite|ites|its|erte|ertes|erts|ainte|aintes|einte|eintes)$/u;
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
  if (agent?.slot !== "agent" || !isClearParticiple || markers.auxiliaries.has(foldedAt(alignedWords, predicate - 1, language))) return null;
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
  const before = argumentBefore(text, alignedWords, predicate, language, isKnownVerb, isOpeningNoun);
  const near = argumentAfter(text, alignedWords, predicate, language);
  const after = near?.slot === "agent" || near?.slot === "patient" ? near : farPassiveAgent(text, alignedWords, predicate, language) ?? near;
  const isEnglishNoun = language === "target" && !/ed$/.test(alignedWords[predicate].text) && englishVerbBase(alignedWords[predicate].text.toLowerCase()) === undefined;
  const possessive = isEnglishNoun && !before ? genitiveBefore(text, alignedWords, predicate, MARKERS.target) : null;
  const attached = before || possessive ? null : participleSubject(text, alignedWords, predicate, language, after);
  const relative = before?.slot === "agent" && (after === null || after.marker !== "") ? objectRelative(text, alignedWords, before.index, language) : null;
  const found = [before, after, possessive ?? attached ?? relative].filter((argument): argument is Argument => argument !== null);
  const isNominal = possessive !== null || (after?.slot === "genitive" && isNoun(alignedWords, predicate, language));
  if (!isNominal) return after ? [...found, ...recipientAfter(text, alignedWords, after, language)] : found;
  if (!after || after.marker === "") return found;
  const second = argumentAfter(text, alignedWords, phraseEnd(text, alignedWords, after.index), language);
  // "l'aide de l'UE à l'Ukraine", "EU aid to Ukraine": a noun's recipient stands beside its complement.
  const isRole = second !== null && second.marker !== "" && (second.slot === "agent" || second.slot === "patient" || RECIPIENT_MARKERS.has(second.marker));
  return nominalRoles(isRole ? [...found, second] : found);
}

/** Words of a participle's ending that are none: "depuis des mois", "cette fois". */
const NOT_PARTICIPLES = words("mois fois depuis puis avis pays");

/**
 * The agent of a French passive that stands past the verb's other complements: "a été assigné en
 * justice par une association", "a été convoqué dimanche par le ministère", "a été éliminé mardi soir
 * en huitièmes de finale par Liverpool". Read within the clause, up to another participle (whose own
 * agent it would be: "publié dans le journal détenu par Bolloré").
 */
function farPassiveAgent(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): Argument | null {
  if (language !== "source") return null;
  // "le proviseur, contesté depuis des mois par les élèves,": a participle set off by a comma is a passive too.
  const isDetached = predicate > 0 && /,\s*$/.test(text.slice(alignedWords[predicate - 1].end, alignedWords[predicate].start)) && FRENCH_PARTICIPLE_ONLY.test(alignedWords[predicate].text.toLowerCase());
  if (!isDetached && !isFrenchPassive(alignedWords, predicate)) return null;
  for (let k = predicate + 1; k < alignedWords.length && k <= predicate + 12; k += 1) {
    if (hasBoundary(text, alignedWords[k - 1].end, alignedWords[k].start)) return null;
    const word = foldedAt(alignedWords, k, language);
    if (/^(?:qui|que|qu'|et|ou|mais|dont|lorsque|quand|car|puis)$/.test(word)) return null;
    if (k > predicate + 1 && /^\p{Ll}/u.test(alignedWords[k].text) && FRENCH_PARTICIPLE_ONLY.test(alignedWords[k].text.toLowerCase()) && !NOT_PARTICIPLES.has(word)) return null;
    if (word !== "par") continue;
    const agent = argumentAfter(text, alignedWords, k - 1, language);
    return agent?.slot === "agent" ? agent : null;
  }
  return null;
}

/** Relative pronouns that stand for their antecedent as the object of the verb after them. */
const RELATIVE_OBJECTS: Record<Language, Set<string>> = { source: words("que qu' qu"), target: words("that whom which") };

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
  const antecedent = headBefore(text, alignedWords, k, language, markers);
  return antecedent === null ? null : { index: antecedent, slot: "patient", marker: "" };
}

/**
 * Markers of the one something goes to or comes from: "versées aux agriculteurs", "paid to farmers", "aid for farmers";
 * "emprunté aux banques", "borrowed from the banks" ("à" says both); and of the one passed over, which
 * French also marks with "à": "préféré le F-35 au Rafale", "chose the F-35 over the Rafale".
 */
export const RECIPIENT_MARKERS = words("a au aux to from for over");
/** Prepositions of a place phrase a recipient may follow: "dans un champ gazier", "in a North Sea gas field". */
const PLACE_MARKERS: Record<Language, Set<string>> = { source: words("dans en sur"), target: words("in on at") };

/**
 * "a prêté deux millions d'euros à la commune", "paid by farmers to the Union", "sold its stake in a
 * gas field to TotalEnergies": the recipient after the first complement, past one "de"/"of" or place phrase.
 */
function recipientAfter(text: string, alignedWords: AlignedWord[], first: Argument, language: Language): Argument[] {
  let argument = first;
  for (let step = 0; step < 2; step += 1) {
    const next = argumentAfter(text, alignedWords, phraseEnd(text, alignedWords, argument.index), language);
    if (!next || next.marker === "") return [];
    if (RECIPIENT_MARKERS.has(next.marker)) return [next];
    if (next.slot !== "genitive" && !PLACE_MARKERS[language].has(next.marker)) return [];
    argument = next;
  }
  return [];
}

/** "les infirmières, dont les salaires", "nurses, whose pay": the noun the owner relative hangs on, or null. */
export function relativeOwner(text: string, alignedWords: AlignedWord[], noun: number, language: Language): number | null {
  let k = noun - 1;
  while (k > 0 && MARKERS[language].determiners.has(foldedAt(alignedWords, k, language))) k -= 1;
  if (foldedAt(alignedWords, k, language) !== (language === "source" ? "dont" : "whose") || hasBoundary(text, alignedWords[k].end, alignedWords[noun].start)) return null;
  return headBefore(text, alignedWords, k, language, MARKERS[language]);
}

/** Links worth reasoning on: content words on both sides, confident. */
export function strongLinks(alignment: WordAlignment): WordLink[] {
  return alignment.links.filter((link) => link.score >= 0.7 && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
}
