// The arguments after a predicate: its object or agent, a far passive agent, a recipient.
import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase, frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { isPluralPossessive, nameAfter, phraseEnd, type Argument, type Slot } from "./noun-phrases";
import { hasBoundary, isAuxiliaryAt, isNoun, MARKERS, PLACE_MARKERS, PRONOUN_SUBJECTS, RECIPIENT_MARKERS, RELATIVE_SUBJECTS, words } from "./role-markers";
import { isPresentParticiple } from "./verb-reading";
import { ENGLISH_REPORTING, subjectInversion } from "./subject-inversion";
import { timeSpanAt } from "../gaps/dropped-constituents";
import { FOLDED_CALENDAR_NAMES, FOLDED_DAYS, FRENCH_PART_OF_TIME, FRENCH_TIME_TAIL, FRENCH_TIME_UNIT } from "@/lib/text/calendar-words";
import { ENGLISH_UNCHANGED_PAST, FRENCH_PARTICIPLE_ONLY, isFrenchPassive, isModifier, LINKING_VERB, NOT_PARTICIPLES } from "./verb-shapes";

/** French verbs whose object takes "à" where the English verb takes a direct one: "succédera à Anneke Vos", "will succeed Anneke Vos". */
const DATIVE_OBJECT_VERBS = words("succeder survivre resister obeir desobeir nuire");

/** Day and month names (folded, and plural): "will open on Sundays", "reopens Monday" say when, not who is acted upon. */
const CALENDAR_WORDS = new Set([...FOLDED_CALENDAR_NAMES].flatMap((name) => [name, `${name}s`]));

/** What may follow a day in a time phrase: "mardi soir", "on Tuesday night". */
export const DAY_PARTS = words("soir matin midi apres-midi dernier prochain night morning evening afternoon");

/**
 * Past a date said right after a verb, or a day right after a verb and its auxiliary, which the news puts
 * before the object: "a accusé mardi le président", "was accused on Tuesday by". A day not after a bare participle: "a study published on
 * Monday by the charity" is a noun's reduced relative, whose subject the reading before it would get wrong.
 */
function pastDay(text: string, alignedWords: AlignedWord[], predicate: number, k: number, language: Language): number {
  const date = pastDate(alignedWords, k, language);
  if (date > k) return date;
  const relative = pastRelativeTime(alignedWords, k, language);
  if (relative > k) return relative;
  const duration = pastDuration(text, alignedWords, k, language);
  if (duration > k) return duration;
  if (!isAuxiliaryAt(alignedWords, predicate - 1, language)) return k;
  const on = language === "target" && foldedAt(alignedWords, k, language) === "on" ? 1 : 0;
  if (!FOLDED_DAYS.has(foldedAt(alignedWords, k + on, language))) return k;
  return k + on + (DAY_PARTS.has(foldedAt(alignedWords, k + on + 1, language)) ? 2 : 1);
}

/** English spans of time a word before them places: "next season", "last week", "this year". */
const ENGLISH_TIME_SPANS = words("season week year month summer winter autumn spring weekend");
const ENGLISH_RELATIVE_TIME = words("next last this");
/** Days named from today: "a signé hier le contrat", "signed yesterday". */
const NEAR_DAYS: Record<Language, Set<string>> = { source: words("hier avant-hier aujourd'hui demain"), target: words("yesterday today tomorrow") };

/**
 * Past a span of time placed relative to now, said right after a verb before its object: "rejoindra
 * la saison prochaine le Royal Excelsior Virton" joins the club, not the season; "will join next season";
 * "a finalisé fin 2024 le rachat", "cette semaine", "hier".
 */
function pastRelativeTime(alignedWords: AlignedWord[], k: number, language: Language): number {
  const [at, raw] = [(index: number) => foldedAt(alignedWords, index, language), (index: number) => alignedWords[index]?.text ?? ""];
  if (NEAR_DAYS[language].has(at(k))) return k + 1;
  if (language === "target") return ENGLISH_RELATIVE_TIME.has(at(k)) && ENGLISH_TIME_SPANS.has(at(k + 1)) ? k + 2 : k;
  const isYearOrMonth = (index: number) => /^\d{4}$/.test(at(index)) || (FOLDED_CALENDAR_NAMES.has(at(index)) && !FOLDED_DAYS.has(at(index)));
  // "a finalisé fin 2024 le rachat", "signera début mars le contrat".
  if (FRENCH_PART_OF_TIME.test(raw(k)) && isYearOrMonth(k + 1)) return /^\d{4}$/.test(at(k + 2)) ? k + 3 : k + 2;
  if (!isSpanUnit(at(k + 1))) return k;
  if (/^(?:ce|cet|cette)$/.test(at(k))) return k + 2;
  return /^(?:le|la|l')$/.test(at(k)) && FRENCH_TIME_TAIL.test(raw(k + 2)) ? k + 3 : k;
}

/**
 * Past a French span of time counted from a start, said right after a verb before its object: "fournit depuis dix ans
 * la maroquinerie", "a dirigé pendant vingt ans le club". Read by the dropped-span reader's `timeSpanAt`: "depuis la crise" is no span.
 */
function pastDuration(text: string, alignedWords: AlignedWord[], k: number, language: Language): number {
  if (language !== "source" || k >= alignedWords.length || !/^(?:depuis|pendant|durant)$/.test(foldedAt(alignedWords, k, language))) return k;
  const span = timeSpanAt(text, alignedWords, k);
  return span === null ? k : span.last + 1;
}

/**
 * A French unit of a span of time placed from now, folded, the year's short form included: "la saison prochaine", "l'an prochain".
 * FRENCH_TIME_UNIT leaves "an" out for the dropped-span reader, where it raised false alarms.
 */
function isSpanUnit(folded: string): boolean {
  return FRENCH_TIME_UNIT.test(folded) || folded === "an";
}

/**
 * Past a date said right after a verb, before its complement: "succédera le 1er janvier à", "replaced
 * on January 1 by", "on 1 January". A date has a day's number and a month's name; `k` when there is none.
 */
function pastDate(alignedWords: AlignedWord[], k: number, language: Language): number {
  const at = (index: number) => foldedAt(alignedWords, index, language);
  const isMonth = (index: number) => FOLDED_CALENDAR_NAMES.has(at(index)) && !FOLDED_DAYS.has(at(index));
  const isDayNumber = (index: number) => /^\d{1,2}$/.test(at(index));
  const start = at(k) === (language === "source" ? "le" : "on") ? k + 1 : k;
  if (start === k) return k;
  let end = start;
  if (language === "source" && isDayNumber(end)) end += at(end + 1) === "er" ? 2 : 1;
  else if (language === "target" && (isMonth(end) ? isDayNumber(end + 1) : isDayNumber(end) && isMonth(end + 1))) end += 1;
  if (!isMonth(end) && !(language === "target" && isDayNumber(end) && isMonth(end - 1) && end > start)) return k;
  end += 1;
  return /^\d{4}$/.test(at(end)) ? end + 1 : end;
}

/** "partir"/"compter" between "à" and "de": "à partir de", "à compter du". */
const COMPOUND_PREPOSITION_HEADS = words("partir compter");

function isCompoundPrepositionAt(alignedWords: AlignedWord[], k: number): boolean {
  return foldedAt(alignedWords, k - 1, "source") === "a" && COMPOUND_PREPOSITION_HEADS.has(foldedAt(alignedWords, k, "source")) &&
    /^(?:de|d'|du|des)$/.test(foldedAt(alignedWords, k + 1, "source"));
}

/** A figure right after a currency's sign, in English: "€18,000", "$2.5bn". */
export function isSumOfMoney(text: string, alignedWords: AlignedWord[], k: number, language: Language): boolean {
  return language === "target" && k > 0 && /^\d/.test(alignedWords[k].text) && /^\s*[€$£]$/u.test(text.slice(alignedWords[k - 1].end, alignedWords[k].start));
}

/** The argument right after the predicate: its marker and the head of the noun phrase it opens. */
export function argumentAfter(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): Argument | null {
  const markers = MARKERS[language];
  let k = predicate + 1;
  while (k < alignedWords.length && markers.skippable.has(foldedAt(alignedWords, k, language))) k += 1;
  k = pastDay(text, alignedWords, predicate, k, language);
  const score = scoreBeforePreposition(text, alignedWords, k, language);
  // The score's own commas ("6-2, 6-2") close nothing: the boundary is read before and after it.
  if (score > 0 && hasBoundary(text, alignedWords[predicate].end, alignedWords[k].start)) return null;
  const clauseFrom = score > 0 ? alignedWords[k + score - 1].end : alignedWords[predicate].end;
  k += score;
  const marker = foldedAt(alignedWords, k, language);
  const hasPreposition = markers.prepositions.has(marker);
  if (hasPreposition) k += 1;
  const firstDeterminer = k;
  while (k < alignedWords.length && markers.determiners.has(foldedAt(alignedWords, k, language))) k += 1;
  if (k >= alignedWords.length || hasBoundary(text, clauseFrom, alignedWords[k].start)) return null;
  // "à partir de septembre", "à compter du 1er mai": a preposition of three words saying when, not a participant.
  if (language === "source" && hasPreposition && isCompoundPrepositionAt(alignedWords, k)) return null;
  // "the ceasefire that Kyiv had accepted", "said that the minister": a "that" before a name or a determiner opens a clause whose subject that is.
  if (language === "target" && foldedAt(alignedWords, firstDeterminer, language) === "that" && (k > firstDeterminer + 1 || (k === firstDeterminer + 1 && /^\p{Lu}/u.test(alignedWords[k].text)))) return null;
  // "la mort de 67 soldats": the head is the noun, not the number.
  const isAfterDeterminer = markers.determiners.has(foldedAt(alignedWords, k - 1, language));
  if (/^\d/.test(alignedWords[k]?.text ?? "") && alignedWords[k + 1]?.isContent) k += 1;
  if (!alignedWords[k].isContent) return null;
  // A direct object follows a determiner ("seized the government"); "réseaux sociaux" is a noun and its adjective.
  // "bought Airbus's plant": a possessive stands where a determiner does, the head comes after it.
  const isPossessor = language === "target" && /^['’]s$/.test(alignedWords[k + 1]?.text ?? "") && alignedWords[k + 2]?.isContent === true && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 2].start);
  if (!hasPreposition && isPossessor) k += 2;
  // "its 20% stake": a figure may stand between the determiner and the head.
  // "to pay €18,000 to the town": a sum of money, its currency's sign before the figure, is an object of its own.
  else if (!hasPreposition && !isAfterDeterminer && !markers.determiners.has(foldedAt(alignedWords, k - 1, language)) && !isSumOfMoney(text, alignedWords, k, language)) {
    const name = language === "target" ? nameAfter(text, alignedWords, k) ?? bareObjectAfter(text, alignedWords, predicate, k) : bareNameAfter(text, alignedWords, predicate, k);
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
  // "mandats d'arrêt", "accord de paix": "de" before a bare common noun makes a compound, whose second noun plays no role.
  const isCompound = language === "source" && /^(?:de|d')$/.test(marker) && k === firstDeterminer && /^\p{Ll}/u.test(alignedWords[k].text);
  const isDativeObject = language === "source" && /^(?:a|au|aux)$/.test(marker) && frenchVerbLemmas(foldedAt(alignedWords, predicate, language)).some((lemma) => DATIVE_OBJECT_VERBS.has(lemma));
  const slot: Slot = CALENDAR_WORDS.has(foldedAt(alignedWords, k, language)) || isCompound ? "oblique" : !hasPreposition || isDativeObject ? "patient" : markers.agent.has(marker) && !isBarePar ? "agent" : markers.patient.has(marker) ? "patient" : markers.genitive.has(marker) ? "genitive" : "oblique";
  if (!hasPreposition && isNoun(alignedWords, predicate, language) && !isInfinitiveBeforeObject(alignedWords, predicate, language)) return null;
  // "seront fermées la nuit": a passive has no object; a bare noun after it says when or how.
  if (!hasPreposition && language === "source" && isFrenchPassive(alignedWords, predicate)) return null;
  // "combien coûtera la réforme", ", a déclaré le ministre", ", said the minister": the noun after the verb is its subject.
  if (!hasPreposition) {
    const inversion = subjectInversion(text, alignedWords, predicate, language);
    if (inversion === "incise") return null;
    // "où est construit l'Extremely Large Telescope": the inverted subject of a passive is the one acted upon.
    if (inversion === "inverted") return { index: k, slot: isFrenchPassive(alignedWords, predicate) ? "patient" : "agent", marker: "" };
  }
  // "it seems the skeletons were…": a linking verb takes no object; the noun after it opens a clause.
  if (!hasPreposition && language === "target" && LINKING_VERB.test(foldedAt(alignedWords, predicate, language))) return null;
  return { index: k, slot, marker: hasPreposition ? marker : "" };
}

/**
 * "en train d'attaquer un dinosaure", "afin de racheter la fromagerie": a French infinitive after its "de", its object's
 * determiner right after it, which a noun after "de" does not take ("les vêtements d'hiver", "un accord de principe").
 */
function isInfinitiveBeforeObject(alignedWords: AlignedWord[], predicate: number, language: Language): boolean {
  return language === "source" && /^(?:de|d')$/.test(foldedAt(alignedWords, predicate - 1, language)) && /(?:er|ir|re)$/.test(foldedAt(alignedWords, predicate, language)) &&
    MARKERS.source.determiners.has(foldedAt(alignedWords, predicate + 1, language));
}

/**
 * "stunned 24-21 by France", "battu 3-1 par Lyon", "battu 6-2, 6-2 par Zverev": how many words a score
 * between the verb and its agent or complement holds (its sets, each two figures), or 0.
 */
function scoreBeforePreposition(text: string, alignedWords: AlignedWord[], k: number, language: Language): number {
  let end = k;
  for (;;) {
    const [first, second] = [alignedWords[end], alignedWords[end + 1]];
    if (!first || !second || !/^\d+$/.test(first.text) || !/^\d+$/.test(second.text) || !/^\s*[-–]\s*$/.test(text.slice(first.end, second.start))) break;
    end += 2;
    // Sets are set off by commas or spaces: "6-2, 6-2", "6-3 7-5".
    if (end >= alignedWords.length || !/^\s*,?\s*$/.test(text.slice(second.end, alignedWords[end].start))) break;
  }
  if (end === k || end >= alignedWords.length) return 0;
  return MARKERS[language].prepositions.has(foldedAt(alignedWords, end, language)) && !hasBoundary(text, alignedWords[end - 1].end, alignedWords[end].start) ? end - k : 0;
}

/**
 * "qui avait renversé Ali Bongo", "devançant Yauheni Zalaty": a French name with no article after a
 * verb is its object; the head is its last word. After a noun it names a kind: "satellites Starlink".
 */
function bareNameAfter(text: string, alignedWords: AlignedWord[], predicate: number, k: number): number | null {
  const isName = (index: number) => alignedWords[index]?.isContent === true && /^\p{Lu}/u.test(alignedWords[index].text);
  // A verb shows by an auxiliary or a subject pronoun ("qui" too) before it, or by a present participle's form.
  const before = foldedAt(alignedWords, predicate - 1, "source");
  const isVerb = isAuxiliaryAt(alignedWords, predicate - 1, "source") || PRONOUN_SUBJECTS.source.has(before) || RELATIVE_SUBJECTS.source.has(before) ||
    isPresentParticiple(foldedAt(alignedWords, predicate, "source"), "source");
  if (!isVerb || !isName(k)) return null;
  while (isName(k + 1) && /^[\s-]+$/.test(text.slice(alignedWords[k].end, alignedWords[k + 1].start))) k += 1;
  return k;
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
  const isVerbForm = /^\p{Ll}+(?:s|ed)$/u.test(verb) || englishVerbBase(verb) !== undefined || ENGLISH_UNCHANGED_PAST.test(verb) || (isAfterModal && /^\p{Ll}+$/u.test(verb));
  if (!isVerbForm || ENGLISH_REPORTING.test(verb) || MARKERS.target.auxiliaries.has(verb)) return null;
  // "arrested police officers": the plural may be the head after a bare modifier.
  const next = alignedWords[k + 1];
  const isPlural = (text: string) => /^\p{Ll}+[^s]s$/u.test(text);
  return /^\p{Lu}/u.test(word) || isPlural(word) || (next?.isContent && isPlural(next.text) && /^\s+$/.test(text.slice(alignedWords[k].end, next.start))) ? k : null;
}

/**
 * The agent of a French passive that stands past the verb's other complements: "a été assigné en
 * justice par une association", "a été convoqué dimanche par le ministère", "a été éliminé mardi soir
 * en huitièmes de finale par Liverpool". Read within the clause, up to another participle (whose own
 * agent it would be: "publié dans le journal détenu par Bolloré").
 */
export function farPassiveAgent(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): Argument | null {
  if (language !== "source") return null;
  // "le proviseur, contesté depuis des mois par les élèves,": a participle set off by a comma is a passive too.
  const isDetached = predicate > 0 && /,\s*$/.test(text.slice(alignedWords[predicate - 1].end, alignedWords[predicate].start)) && FRENCH_PARTICIPLE_ONLY.test(alignedWords[predicate].text.toLowerCase());
  if (!isDetached && !isOpeningParticiple(text, alignedWords, predicate) && !isFrenchPassive(alignedWords, predicate)) return null;
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

/** Words that open a sentence with a participle's ending and are none: "Plus de 300 personnes…", "Mais…". */
const NOT_OPENING_PARTICIPLES = words("mais jamais tous nous vous sous plus ainsi aussi parmi hormis jadis ici pres tres apres dessus dessous");

/** "Reçus lundi à Matignon par le Premier ministre, les élus…": a participle opening the sentence. */
function isOpeningParticiple(text: string, alignedWords: AlignedWord[], predicate: number): boolean {
  const word = alignedWords[predicate].text;
  const before = text.slice(predicate > 0 ? alignedWords[predicate - 1].end : 0, alignedWords[predicate].start);
  const folded = foldedAt(alignedWords, predicate, "source");
  return (predicate === 0 || /[.!?]\s*$/.test(before)) && /^\p{Lu}\p{Ll}+$/u.test(word) && FRENCH_PARTICIPLE_ONLY.test(word.toLowerCase()) && !NOT_PARTICIPLES.has(folded) && !NOT_OPENING_PARTICIPLES.has(folded);
}

/**
 * "a prêté deux millions d'euros à la commune", "paid by farmers to the Union", "sold its stake in a
 * gas field to TotalEnergies": the recipient after the first complement, past one "de"/"of" or place phrase.
 */
export function recipientAfter(text: string, alignedWords: AlignedWord[], first: Argument, language: Language): Argument[] {
  let argument = first;
  for (let step = 0; step < 2; step += 1) {
    const next = argumentAfter(text, alignedWords, phraseEnd(text, alignedWords, argument.index), language);
    if (!next || next.marker === "") return [];
    if (RECIPIENT_MARKERS.has(next.marker)) return [next];
    // "deux millions d'euros aux médecins": the recipient may stand past a compound as well.
    if (next.slot !== "genitive" && !PLACE_MARKERS[language].has(next.marker) && !/^(?:de|d')$/.test(next.marker)) return [];
    argument = next;
  }
  return [];
}
