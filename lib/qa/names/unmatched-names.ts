import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { NAME_EQUIVALENTS, isStateInCompound } from "./name-equivalents";
import { isSameName, isSpeltLikeSound, isTransliteratedName, soundSkeleton } from "./name-similarity";
import { findCoordinatedName } from "./coordinated-names";
import { unexplainedContent } from "./unexplained-content";
import { ENGLISH_DEMONYM_ENDING, FRENCH_DEMONYM_ENDING } from "./entity-stems";
import { SETTING_NAMES } from "./name-glosses";
import { isFrenchWord, isLocatorByCountryPart, isName, isParenthesisedLocator, NOT_ENTITIES, unlinkedNames } from "./name-words";
import { isSpelled } from "../speller";
import { foldText, isSentenceInitial, normaliseKey, stripElision } from "@/lib/text/text";
import { FOLDED_CALENDAR_NAMES } from "@/lib/text/calendar-words";

// Names of one side of an aligned pair that the other side names in no spelling: the replaced,
// added and dropped names that entity-mismatch, content-addition and content-omission report.

/** Whether the target holds a rendering the names table gives for the French name ("Allemagne" → "Germany"). */
function isTranslatedName(sourceFolded: string, target: string): boolean {
  const equivalents = Object.hasOwn(NAME_EQUIVALENTS, sourceFolded) ? NAME_EQUIVALENTS[sourceFolded] : null;
  return equivalents !== null && equivalents.some((phrase) => target.includes(phrase));
}

/**
 * The setting a French source names without a name: its "national" bodies are the country's, so an
 * adapter writes "France's medicines regulator" for "l'Agence nationale de sécurité du médicament".
 */
function namedByNational(alignment: WordAlignment): Iterable<string> {
  return alignment.source.some((word) => /^nationa(?:l|le|ls|les|ux)$/.test(wordInfo(word.text, "source").folded)) ? SETTING_NAMES : [];
}

/**
 * Names of the target that nothing in the source names, beyond those standing in for an unmatched
 * source name (entity-mismatch's): "with the help of Alduin" where the French names nobody. Word
 * indexes into `alignment.target`.
 */
export function findAddedNames(source: string, target: string, alignment: WordAlignment): number[] {
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  // A capitalised French word left unlinked ("les Portes des Nains" → "Dwarven Doors", "l'Âge Primaire"
  // → "the Primal Aeon") may be the name, translated: nothing is added then.
  const linked = new Set(alignment.links.map((link) => link.source));
  if (alignment.source.some((word, index) => !linked.has(index) && /^\p{Lu}/u.test(word.text) && !isSentenceInitial(source, word.start) && !wordInfo(word.text, "source").isFunction)) return [];
  const targetNames = findTargetNames();
  const rendered = new Set([...alignment.source.flatMap((word) => NAME_EQUIVALENTS[wordInfo(word.text, "source").folded] ?? []), ...namedByNational(alignment)]);
  return targetNames.slice(sourceNames.length).filter((index) => !rendered.has(wordInfo(alignment.target[index].text, "target").folded));
}

/**
 * Names of the source that nothing in the target names, beyond those a target name stands in for
 * (entity-mismatch's): "interpellé à Calais jeudi" against "arrested on Thursday". Word indexes
 * into `alignment.source`.
 */
export function findDroppedNames(source: string, target: string, alignment: WordAlignment): number[] {
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  if (sourceNames.length === 0) return [];
  // A capitalised English word left unlinked may be the name, translated ("Sicile" → "Sicily"): nothing is dropped then.
  const linked = new Set(alignment.links.map((link) => link.target));
  let hasTranslatedName: boolean | undefined;
  const isTranslatedElsewhere = () => (hasTranslatedName ??= alignment.target.some((word, index) => !linked.has(index) && /^\p{Lu}/u.test(word.text) &&
    !isSentenceInitial(target, word.start) && !wordInfo(word.text, "target").isFunction));
  // Only a name a preposition governs ("à Calais", "vers la Sicile"), or one "et"/"ou" joins to a name the target
  // keeps ("Kalenz et Landar" → "Kalenz"): a person named mid-sentence is often rendered "he" or "her", a vocative
  // dropped, a sentence-opening capital may be any word.
  const unmatched = new Set(sourceNames);
  const sourceLinked = new Set(alignment.links.map((link) => link.source));
  const isKept = (index: number) => sourceLinked.has(index) || (/^\p{Lu}/u.test(alignment.source[index].text) && !unmatched.has(index) && isName(source, alignment.source[index], "source"));
  return sourceNames.slice(findTargetNames().length).filter((index) => {
    // A list's member: its rendering would stand beside the kept name's, where content-omission looks for room.
    const partner = findCoordinatedName(source, alignment.source, index, "source");
    if (partner >= 0 && isKept(partner)) return true;
    if (isSentenceInitial(source, alignment.source[index].start) || isTranslatedElsewhere()) return false;
    let before = index - 1;
    if (before >= 0 && FRENCH_ARTICLES.has(alignment.source[before].text.toLowerCase())) before -= 1;
    // "à toute l'Europe", "dans tout le pays": a quantifier may stand between the preposition and the article.
    if (before >= 0 && /^tou(?:te|t|s|tes)$/i.test(alignment.source[before].text)) before -= 1;
    const word = (at: number) => alignment.source[at]?.text.toLowerCase() ?? "";
    // "la province de Neuquén", "la ville de Lyon": a place noun's "de" names the place.
    // "venus d'Haïti, du Sénégal, du Québec": a "de" after a comma and a name the target keeps opens a list's member.
    const isListed = before > 0 && /,\s*$/.test(source.slice(alignment.source[before - 1].end, alignment.source[before].start)) && isKept(before - 1);
    return before >= 0 && (FRENCH_NAME_PREPOSITIONS.has(word(before)) || (/^d(?:e|'|’)$/.test(word(before)) && FRENCH_PLACE_NOUNS.has(word(before - 1))) ||
      (/^d(?:e|u|es|'|’)$/.test(word(before)) && isListed));
  });
}

/** Nouns of places whose "de" complement is the place's name: "la région de Kayes", "l'île de Gorée". */
const FRENCH_PLACE_NOUNS = new Set("province région ville commune département district île archipel état comté canton oblast préfecture municipalité village quartier".split(" "));

const FRENCH_ARTICLES = new Set(["le", "la", "les", "l'", "l’"]);
/** Prepositions of place, time and direction; "de" is left out: "ce tyran d'Haldric" is a genitive that English often drops. */
/** "comme", "dont" and "notamment" give examples: "des plateformes comme Temu et Shein". */
const FRENCH_NAME_PREPOSITIONS = new Set("à au aux en dans vers depuis chez sur sous par pour entre contre avec comme dont notamment".split(" "));

/** The words a slash joins to a word, folded: "bienne" for the "Biel" of "Biel/Bienne". */
function slashPartners(text: string, word: AlignedWord): string[] {
  const before = /([\p{L}'’-]+)\/$/u.exec(text.slice(Math.max(0, word.start - 40), word.start))?.[1];
  const after = /^\/([\p{L}'’-]+)/u.exec(text.slice(word.end, word.end + 40))?.[1];
  return [before, after].flatMap((partner) => (partner === undefined ? [] : [foldText(partner)]));
}

/** A name the other side writes as a common noun of the same sound: "Gryphons" for "des griffons". */
function isSameSound(name: string, word: string): boolean {
  const skeleton = soundSkeleton(name);
  return skeleton.length >= 3 && skeleton === soundSkeleton(word) && isSpeltLikeSound(name, word);
}

/**
 * Whether two words share their stem: all letters but the last three of the shorter, four at least
 * of a compound's first part ("Israeli"/"israélienne", "Congolese"/"congolais"; not "Computing"/"completed").
 */
function isSameStem(one: string, other: string): boolean {
  // A compound's first part: "Nantes-based"/"nantaise".
  const [left, right] = [one.split("-")[0], other.split("-")[0]];
  const length = Math.max(4, Math.min(left.length, right.length) - 3);
  return left.slice(0, length) === right.slice(0, length);
}

/**
 * Whether a French people's word is made from the place an English word names: "savoyard" and "savoie". Read one way only: an
 * English name ending like a French people's word ("Britain") is none ("Britain" is not "Brittany").
 */
function isDemonymOf(frenchPeople: string, englishPlace: string): boolean {
  return FRENCH_DEMONYM_ENDING.test(frenchPeople) && !FRENCH_DEMONYM_ENDING.test(englishPlace) && englishPlace.length >= 4 && isSameStem(frenchPeople, englishPlace);
}

/** The words of a name run together in camel case, folded ("ZooParc": "zoo", "parc"); none for a plain word. */
function camelCaseWords(text: string): string[] {
  const pieces = text.match(/\p{Lu}\p{Ll}+/gu);
  return pieces !== null && pieces.length >= 2 && pieces.join("") === text ? pieces.map((piece) => foldText(piece)) : [];
}

/** A side's words split at hyphens (folded): the capitalised ones, the others, and the capitalised ones that render no French word. */
type Parts = { capitalised: string[]; lowerCase: string[]; names: string[] };
export type UnmatchedNames = { sourceNames: number[]; findTargetNames: () => number[] };
/** entity-mismatch and content-addition ask about the same pair's alignment: look the names up once. */
const UNMATCHED = new WeakMap<WordAlignment, UnmatchedNames>();

/** Below this, a link from a French common word to an English name is a guess by letters ("parc"/"Paray-le-Monial"). */
const MIN_NAME_LINK_SCORE = 0.7;

/** Unlinked names of each side that the other side does not name in any spelling, in reading order. */
export function findUnmatchedNames(source: string, target: string, alignment: WordAlignment): UnmatchedNames {
  let found = UNMATCHED.get(alignment);
  if (!found) {
    found = lookUpUnmatchedNames(source, target, alignment);
    UNMATCHED.set(alignment, found);
  }
  return found;
}

function lookUpUnmatchedNames(source: string, target: string, alignment: WordAlignment): UnmatchedNames {
  let foldedTarget: string | undefined;
  const parts = (words: AlignedWord[], language: "source" | "target") => words.flatMap((word) => stripElision(wordInfo(word.text, language).folded).word.split("-"));
  // A name found anywhere on the other side, even linked to another word, is not replaced ("Gaza" twice in French, once in English).
  // In lower case only as a word of its stem ("Israeli"/"israélienne"): "Esten" is not "l'est", "Abez" not "able".
  // Transliterations (Khadafi/Gaddafi, Ouïghours/Uyghur) are compared with the other side's capitalised words only.
  // Each side's parts are split when a name of the other side asks for them: most pairs have no unlinked name.
  // "The Lyon Opera" for "L'Opéra de Paris": "Opera" renders the French word "Opéra", so it transliterates no name ("Paris" sounds "pr" too).
  const partsOf = (words: AlignedWord[], language: "source" | "target", isRendering: (index: number) => boolean = () => false) => {
    let split: Parts | null = null;
    // "d'Etat" is capitalised after its elision.
    const isCapitalised = (word: AlignedWord) => /^\p{Lu}/u.test(stripElision(word.text).word);
    // A day or a month names no one: "Cyclone Freddy" is not "Friday".
    const nameParts = (named: AlignedWord[]) => parts(named, language).filter((part) => !FOLDED_CALENDAR_NAMES.has(part));
    return () => (split ??= {
      capitalised: nameParts(words.filter(isCapitalised)), lowerCase: parts(words.filter((word) => !isCapitalised(word)), language),
      names: nameParts(words.filter((word, index) => isCapitalised(word) && !isRendering(index))),
    });
  };
  // Nor does a French dictionary word ("Forêt du Silence": "Cylanna" is no "Silence"), nor a name the aligner gave its own counterpart ("Ka'lian"/"Ka’lian" is not "Kalenz").
  const linkedSources = new Set(alignment.links.map((link) => link.source));
  const sourceParts = partsOf(alignment.source, "source", (index) => {
    const info = wordInfo(alignment.source[index].text, "source");
    return linkedSources.has(index) || isFrenchWord(alignment.source[index].text, info.folded, info.stem);
  });
  const targetParts = partsOf(alignment.target, "target", (index) => alignment.links.some((link) => {
    if (link.target !== index) return false;
    const word = alignment.source[link.source];
    const info = wordInfo(word.text, "source");
    // As on the French side, a name the aligner gave its own counterpart ("Bergerac" for "bergeracoise") is no spelling of another ("Prigonrieux").
    return !info.isFunction;
  }));
  // A name of the other side that this side spells letter for letter elsewhere is rendered there: "Pescara" in both
  // is no loose spelling of the "Pessac" put beside it in place of "Mérignac". Once for each time it is spelt so:
  // "Royaume de Man … Duché de Man" → "Kingdom of Mann … Lordship of Man".
  const appearsIn = (word: AlignedWord, sideText: string, folded: string, others: () => Parts, own: () => Parts, isFrench = false) => {
    const { text } = word;
    // A name in two languages joined by a slash is one name: "Biel/Bienne".
    const ownParts = [...stripElision(folded).word.split("-"), ...slashPartners(sideText, word)];
    const count = (parts: string[], part: string) => parts.filter((one) => one === part).length;
    const isRenderedElsewhere = (other: string) => !ownParts.includes(other) && count(own().capitalised, other) >= count(others().capitalised, other);
    return others().capitalised.some((other) => !isRenderedElsewhere(other) && (isSameName(folded, other) || (isFrench ? isDemonymOf(folded, other) : isDemonymOf(other, folded)))) ||
      others().lowerCase.some((other) => other.length >= 4 && ((isSameStem(folded, other) && isSameName(folded, other)) || isSameSound(folded, other))) ||
      camelCaseWords(text).some((part) => others().lowerCase.includes(part)) || others().names.some((name) => !isRenderedElsewhere(name) && isTransliteratedName(folded, name));
  };
  const sourceNames = unlinkedNames(source, alignment.source, new Set(alignment.links.map((link) => link.source)), "source")
    .filter((index) => {
      const folded = wordInfo(alignment.source[index].text, "source").folded;
      return !isTranslatedName(folded, (foldedTarget ??= normaliseKey(target))) && !appearsIn(alignment.source[index], source, folded, targetParts, sourceParts, true) && !isStateInCompound(source, alignment.source[index].start, folded) &&
        !isParenthesisedLocator(source, alignment.source[index].start, alignment.source[index].end) && !isLocatorByCountryPart(source, target, alignment.source[index].start, alignment.source[index].end);
    });
  // The target's names cost a dictionary look-up each: found only when asked for. A word of a source name's
  // English rendering ("Paris" of "the Paris region" for "Île-de-France") stands in for no other name.
  let targetNames: number[] | null = null;
  const findTargetNames = () => {
    if (targetNames) return targetNames;
    const equivalents = (folded: string) => (Object.hasOwn(NAME_EQUIVALENTS, folded) ? NAME_EQUIVALENTS[folded] : []);
    const rendered = new Set([...alignment.source.flatMap((word) => equivalents(wordInfo(word.text, "source").folded).flatMap((phrase) => phrase.split(" "))), ...namedByNational(alignment)]);
    const isUnmatched = (index: number) => {
      const folded = wordInfo(alignment.target[index].text, "target").folded;
      return !appearsIn(alignment.target[index], target, folded, sourceParts, targetParts) && !rendered.has(folded);
    };
    // "Paray-le-Monial" guessed for "parc" by its letters: a weak link from a common word renders no name.
    const isGuessedName = (link: WordLink) => link.score < MIN_NAME_LINK_SCORE && /^\p{Ll}/u.test(alignment.source[link.source].text) && /^\p{Lu}/u.test(alignment.target[link.target].text);
    const linked = new Set(alignment.links.filter((link) => !isGuessedName(link)).map((link) => link.target));
    // "Vénissieux (Rhône)" → "Vénissieux, near Lyon": a town the English locates by another stands in for the French locator, no other name.
    const hasLocator = source.includes("(") && alignment.source.some((word) => word.text.length > 1 && isParenthesisedLocator(source, word.start, word.end));
    const isLocator = (index: number) => hasLocator && /^(?:near|outside)$/i.test(alignment.target[index - 1]?.text ?? "");
    const names = unlinkedNames(target, alignment.target, linked, "target").filter((index) => isUnmatched(index) && !isLocator(index));
    // Fewer English names than French ones left unmatched: a capitalised word the dictionary also knows in lower
    // case may stand in for one ("Microsoft" → "Amazon", "Orange" → "Apple").
    // Only French names no dictionary knows count: "Microsoft" may be replaced so, "Mostra" or "Azur" is translated.
    const ownNames = sourceNames.filter((index) => {
      const info = wordInfo(alignment.source[index].text, "source");
      return !isSentenceInitial(source, alignment.source[index].start) && !isFrenchWord(alignment.source[index].text, info.folded, info.stem);
    });
    const missing = Math.min(ownNames.length, sourceNames.length - names.length);
    const stand = missing <= 0 ? [] : alignment.target
      .flatMap((_, index) => (!linked.has(index) && !names.includes(index) && !isLocator(index) && (isCommonWordAsName(target, alignment, index) || isCommonWordsName(target, alignment, index, linked)) &&
        isUnmatched(index) ? [index] : []))
      .slice(0, missing);
    return (targetNames = [...names, ...stand].sort((a, b) => a - b));
  };
  return { sourceNames, findTargetNames };
}

/**
 * Nationalities, their plurals and languages ("French literature", "Americans", "Arabic"): they qualify, they name no body.
 * A common noun that merely ends in "-an" ("Sedan", "Caravan") is no nationality: English writes it in lower case too.
 */
const isDemonym = (folded: string) => (ENGLISH_DEMONYM_ENDING.test(folded) || /(?:ans|ic)$/.test(folded)) && !(/[^i]an$/.test(folded) && isSpelled(folded));
/** Beyond the titles no check reads as a name (NOT_ENTITIES): ranks, compass points and a ruler's number ("Haldric the First"). */
const NOT_NAMES = /^(?:president|minister|general|prime|north|south|east|west|new|old|great|upper|lower|first|second|third|fourth|fifth|elder|younger)$/;

/**
 * A dictionary word capitalised mid-sentence that renders no word of the source, by the lexicon or by
 * its spelling: it names a company, a product or a place ("instead of Amazon"), where "the Flaming
 * Sword" renders "l'Épée flamboyante" and is no name of its own.
 */
function isCommonWordAsName(target: string, alignment: WordAlignment, index: number): boolean {
  if (!isCapitalisedContent(target, alignment.target[index])) return false;
  // A word of a longer name ("the Venice Film Festival", "the Brown Hills") translates that name's words.
  // So does one joined to a capitalised word by "of" ("the Rise of Wesnoth", "the Lords of Light").
  // A function word opening the sentence is capitalised by its place only: "The Nestlé group".
  const isCapitalisedAt = (at: number) => {
    const word = alignment.target[at];
    return word !== undefined && /^\p{Lu}/u.test(word.text) && !(isSentenceInitial(target, word.start) && wordInfo(word.text, "target").isFunction);
  };
  const isOf = (at: number) => /^of$/i.test(alignment.target[at]?.text ?? "");
  const isThe = (at: number) => /^the$/i.test(alignment.target[at]?.text ?? "");
  if (isCapitalisedAt(index - 1) || isCapitalisedAt(index + 1)) return false;
  if ((isOf(index + 1) && (isCapitalisedAt(index + 2) || (isThe(index + 2) && isCapitalisedAt(index + 3)))) || (isOf(index - 1) && isCapitalisedAt(index - 2))) return false;
  return unexplainedContent({ first: index, last: index }, alignment, "target") === 1;
}

/** A capitalised content word of the target mid-sentence that is no title, rank, compass point or nationality. */
function isCapitalisedContent(target: string, word: AlignedWord | undefined, mayOpen = false): boolean {
  if (word === undefined || !word.isContent || !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || (!mayOpen && isSentenceInitial(target, word.start))) return false;
  const info = wordInfo(word.text, "target");
  return !info.isFunction && !NOT_ENTITIES.test(info.folded) && !NOT_NAMES.test(info.folded) && !isDemonym(info.folded);
}

/**
 * The first word of a name made of capitalised dictionary words, all unlinked and none rendering a word of
 * the source: it names a body the French does not ("the Red Cross's report", "Amnesty International has
 * accused"), where "the Flaming Sword" renders "l'Épée flamboyante" word by word.
 */
function isCommonWordsName(target: string, alignment: WordAlignment, index: number, linked: Set<number>): boolean {
  const words = alignment.target;
  // The sentence may open on it: the words after it are capitalised mid-sentence.
  if (/^\p{Lu}/u.test(words[index - 1]?.text ?? "") || !isCapitalisedContent(target, words[index], true)) return false;
  let last = index;
  while (!linked.has(last + 1) && isCapitalisedContent(target, words[last + 1])) last += 1;
  if (last === index || /^\p{Lu}/u.test(words[last + 1]?.text ?? "") || /^of$/i.test(words[last + 1]?.text ?? "")) return false;
  return unexplainedContent({ first: index, last }, alignment, "target") === last - index + 1;
}
