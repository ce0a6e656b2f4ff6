import { getLexicon } from "@/lib/word-align/lexicon";
import { wordInfo } from "@/lib/word-align/words";
import { spelledNumberValues } from "@/lib/text/number-words";
import { NAME_EQUIVALENTS, isStateInCompound } from "../names/name-equivalents";
import { isShouted } from "../names/name-phrases";
import { isFrenchWord, isParenthesisedLocator } from "../names/name-words";
import { isSpeltAlike, isTransliteration } from "../names/name-similarity";
import { isSpelled } from "../speller";
import {
  foldText, isCapitalised, isSentenceInitial, normaliseApostrophes, spanOf, stripElision, tokenizeWords, type Token,
} from "@/lib/text/text";
import { isAlteration, isCognate, type NameWord } from "../names/name-spellings";
import { isSpelledOut } from "../names/acronym-expansions";
import { isInRenderedEntity } from "../names/known-entities";
import { ENGLISH_DEMONYM_ENDING } from "../names/entity-stems";
import type { CheckHit, SegmentCheck } from "../types";

/**
 * Roman numerals, era abbreviations, honorifics and articles are capitalised without being names. The numerals are
 * read loosely, any word of their letters ("XIVe", but also "Lille", "Ille"): reported missing, such a name raised
 * more faithful alarms than it caught; put in another's place, entity-mismatch reads it (isRomanNumeral, name-words.ts).
 */
const NOT_A_NAME = /^(?:[ivxlc]+(?:e|er|re|eme|ème)?|a?ec|av|apr|j|c|jc|le|la|les|un|une|des|du|de|en|au|aux|et|i|mr|mrs|ms|dr|mme|mlle|mm)$/;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** `foldedText` is the whole text folded once (folding keeps offsets), to spare folding word by word. */
function toWord(token: Token, foldedText: string): NameWord {
  let folded = foldedText.slice(token.start, token.end);
  if (folded.includes("'")) folded = stripElision(folded).word.replace(/'s?$/, "");
  return { text: token.text, start: token.start, end: token.end, folded };
}

function foldForNames(text: string): string {
  return foldText(normaliseApostrophes(text));
}

function hasPhrase(folded: string, words: NameWord[], phrase: string): boolean {
  if (phrase.includes(" ")) return folded.includes(phrase);
  // "sud" → "southwards", "est" → "easternmost": compounds of a direction or title count.
  return words.some((word) => word.folded === phrase || (phrase.length >= 4 && word.folded.includes(phrase)));
}

function equivalentsOf(folded: string): string[] | null {
  return Object.hasOwn(NAME_EQUIVALENTS, folded) ? NAME_EQUIVALENTS[folded] : null;
}

/**
 * Source names with no rendering in the target. Each target word renders one occurrence, so a name
 * written twice in the source needs two renderings ("Ohlone … les Ohlones" against "Ohlone … the Ohlore").
 */
function findUnmatched(names: NameWord[], targetWords: NameWord[], foldedTarget: string): NameWord[] {
  const used = new Set<NameWord>();
  const unmatched: NameWord[] = [];
  for (const name of names) {
    const equivalents = equivalentsOf(name.folded);
    if (equivalents && (equivalents.length === 0 || equivalents.some((phrase) => hasPhrase(foldedTarget, targetWords, phrase)))) {
      // The word that renders it renders nothing else: "Lombardie" takes "Lombardy", which "Lombards" cannot then claim.
      const rendering = targetWords.find((word) => !used.has(word) && equivalents.includes(word.folded));
      if (rendering) used.add(rendering);
      continue;
    }
    const match = targetWords.find((word) => !used.has(word) && word.folded === name.folded) ?? targetWords.find((word) => !used.has(word) && (isCognate(name, word) || isAdjectiveOf(name, word)));
    if (match) used.add(match);
    else if (!unmatched.some((other) => other.folded === name.folded)) unmatched.push(name);
  }
  return unmatched;
}

/** The whole of an English adjective of nationality's ending: "-ish" of "Kurdish", "-ese" of "Nepalese". */
const PEOPLE_ADJECTIVE_ENDING = new RegExp(`^${ENGLISH_DEMONYM_ENDING.source}`);

/** A people named by its English adjective: "les Kurdes" → "Kurdish forces", "des Orcs" → "the orcish army". */
function isAdjectiveOf(name: NameWord, word: NameWord): boolean {
  const stem = name.folded.replace(/e?s$/, "");
  return stem.length >= 3 && word.folded.startsWith(stem) && PEOPLE_ADJECTIVE_ENDING.test(word.folded.slice(stem.length));
}

function isInsideQuotes(text: string, position: number): boolean {
  const before = text.slice(0, position);
  const count = (pattern: RegExp) => (before.match(pattern) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** English words that start sentences without being names; other sentence-initial capitals may be names. */
const ENGLISH_STARTERS = new Set("the a an in on at it its this that these those they there he she we his her their our after before during when while since today however although as by for from with of to but and or so then yet also most many some all both each one two three four five later later known named until under over between about according despite following".split(" "));

/** Words with hyphens split into their parts ("Antigua-et-Barbuda"), elisions removed ("l'Irak"). */
function wordParts(text: string): Token[] {
  return tokenizeWords(text).flatMap((token) => {
    if (!/['’-]/.test(token.text)) return [token];
    const { word, offset } = stripElision(token.text);
    let start = token.start + offset;
    return word.split("-").flatMap((part) => {
      const piece = { text: part, start, end: start + part.length };
      start += part.length + 1;
      return part.length > 0 ? [piece] : [];
    });
  });
}

const ARTICLE_BEFORE = /(?:(?<!\p{L})(?:le|la|les|des|du|aux|au|un|une)\s+|(?<!\p{L})l['’])$/iu;
/** The parts of a hyphenated word before one of its parts: "le Haut-Commissariat" has its article before "Haut-". */
const HYPHENATED_PARTS_BEFORE = /(?:\p{L}+-)+$/u;

function capitalisedWords(text: string, language: "fr" | "en"): NameWord[] {
  const folded = foldForNames(text);
  let shouted: boolean | null = null;
  return wordParts(text).flatMap((part) => {
    if (part.text.length < 2 || !isCapitalised(part.text)) return [];
    if (part.text === part.text.toUpperCase() && (shouted ??= isShouted(text))) return [];
    // "Sire, Puis-je…", "Mes seigneurs": a capitalised function word is no name.
    if (language === "fr" && wordInfo(part.text, "source").isFunction) return [];
    if (isSentenceInitial(text, part.start) && (language === "fr" || ENGLISH_STARTERS.has(part.text.toLowerCase()))) return [];
    const candidate = toWord(part, folded);
    // A number capitalised as a body's nickname ("les Vingt-Sept", the EU's 27) is read by the number check.
    const isNumber = spelledNumberValues(candidate.folded, language) !== undefined;
    return isNumber || NOT_A_NAME.test(candidate.folded) || CALENDAR.test(candidate.folded) || isInsideQuotes(text, part.start) ? [] : [candidate];
  });
}

/** Capitalised French adjectives and common nouns ("Germanique", "Saharienne", "Histoire") are often dropped or recast, so never reported missing. */
const COMMON_WORD_ENDING = /(?:iques?|iennes?|iens?|aines?|ales?|aises?|ais|oises?|ois|i[eè]res?|[eè]res?|istes?|elles?|ées?|ures?|oires?|aires?|ites?|eurs?|euses?|ions?)$/;

/** Whether a capitalised French dictionary word has one of its lexicon renderings in the target: "Santé publique France" → "the public health agency". */
function isTranslatedWord(name: NameWord, targetStems: Set<string>): boolean {
  const { folded, stem } = wordInfo(name.text, "source");
  const stems = getLexicon().lexicon.get(folded) ?? getLexicon().lexicon.get(`~${stem}`);
  return stems !== undefined && [...stems].some((candidate) => targetStems.has(candidate));
}

/** The setting French news leaves implicit: inside a body's name ("Santé publique France", "Météo-France") it goes when the name is translated. */
const SETTING_NAMES = new Set(["france"]);
/** A name word's predecessor in the same name: joined by a hyphen or a space, across at most two lowercase words ("Santé publique France"). */
const SAME_NAME_GAP = /^(?:[\s-]+\p{Ll}+){0,2}[\s-]+$/u;

/** The State's office in a département or region, named after it: "la préfecture du Bas-Rhin", "le préfet des Hautes-Pyrénées". */
const LOCAL_OFFICE_BEFORE = /(?<!\p{L})(?:sous-)?pr[ée](?:fectures?|fets?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$/iu;
/** How wire English renders such an office: "local authorities said", "the prefecture", "officials". */
const LOCAL_OFFICE_RENDERING = /\b(?:authorit|prefect|official)/i;

/** A place named only as the seat of the State's local office, rendered "local authorities": "a indiqué la préfecture du Bas-Rhin". */
function isPlaceOfLocalOffice(source: string, target: string, name: NameWord): boolean {
  const before = /[\p{L}-]*$/u.exec(source.slice(0, name.start))![0];
  return LOCAL_OFFICE_BEFORE.test(source.slice(0, name.start - before.length)) && LOCAL_OFFICE_RENDERING.test(target);
}

/** A church's dedication between its noun and its town: "la cathédrale Saint-Pierre de Beauvais", "l'église Notre-Dame d'Étampes". */
const DEDICATION = /(?<!\p{L})(?:cath[ée]drale|[ée]glise|basilique|abbatiale|coll[ée]giale|chapelle|abbaye|prieur[ée])\s+((?:Saint|Sainte|Notre)-[\p{L}-]+)\s+(?:de|du|d['’])\s*\p{Lu}/gu;
/** How English names such a church: by its town, "Beauvais cathedral", "the abbey of Jumièges". */
const CHURCH_RENDERING = /\b(?:cathedral|church|basilica|abbey|collegiate|chapel|priory|minster)\b/i;

/** A word of a church's dedication English leaves out when it names the church by its town: "Saint-Pierre de Beauvais" → "Beauvais cathedral". */
function isDedicationOfNamedChurch(source: string, target: string, name: NameWord): boolean {
  if (!CHURCH_RENDERING.test(target)) return false;
  for (const match of source.matchAll(DEDICATION)) {
    const start = match.index + match[0].indexOf(match[1]);
    if (name.start >= start && name.end <= start + match[1].length) return true;
  }
  return false;
}

/** A part of a hyphenated name the table translates whole: "France" of "Île-de-France" rendered "the Paris region". */
function isPartOfTranslatedCompound(source: string, name: NameWord, targetWords: NameWord[], foldedTarget: string): boolean {
  const before = /[\p{L}'’-]*$/u.exec(source.slice(0, name.start))![0].replace(/^.*['’]/, "");
  const after = /^[\p{L}-]*/u.exec(source.slice(name.end))![0];
  if (!before.includes("-") && !after.includes("-")) return false;
  const equivalents = equivalentsOf(foldForNames(`${before}${name.text}${after}`));
  return equivalents !== null && equivalents.some((phrase) => hasPhrase(foldedTarget, targetWords, phrase));
}

/** A part of a hyphenated name the target writes run together, transliterated: "Bator" of "Oulan-Bator" rendered "Ulaanbaatar". */
function isPartOfRunTogetherName(source: string, name: NameWord, targetWords: NameWord[]): boolean {
  const before = /[\p{L}-]*$/u.exec(source.slice(0, name.start))![0];
  const after = /^[\p{L}-]*/u.exec(source.slice(name.end))![0];
  if (!before.endsWith("-") && !after.startsWith("-")) return false;
  const whole = foldForNames(`${before}${name.text}${after}`).replace(/-/g, "");
  return targetWords.some((word) => isTransliteration(whole, word.folded));
}

/** Capitalised words and hyphenated parts of a text, the sentence's first too. */
function capitalisedParts(text: string): NameWord[] {
  const folded = foldForNames(text);
  return wordParts(text).filter((part) => part.text.length >= 2 && isCapitalised(part.text)).map((part) => toWord(part, folded));
}

/** The words of a name written in camel case ("ZooParc": "Zoo", "Parc"); none for a plain word. */
function camelParts(name: NameWord): NameWord[] {
  const pieces = name.text.match(/\p{Lu}\p{Ll}+/gu);
  if (pieces === null || pieces.length < 2 || pieces.join("") !== name.text) return [];
  let start = name.start;
  return pieces.map((piece) => {
    const word = { text: piece, start, end: start + piece.length, folded: foldForNames(piece) };
    start += piece.length;
    return word;
  });
}

/** English words that render a capitalised source word through the equivalents table ("Allemagne" → "Germany"). */
function renderedEquivalents(sourceNames: NameWord[]): Set<string> {
  return new Set(sourceNames.flatMap((name) => (equivalentsOf(name.folded) ?? []).flatMap((phrase) => phrase.split(" "))));
}

/**
 * A first name whose surname, right after it, the target keeps: "Josh Paul fait le tour des médias" →
 * "Paul has been making the rounds", English news naming a person again by the surname alone.
 */
function isGivenNameOfKeptSurname(source: string, name: NameWord, names: NameWord[], unmatched: NameWord[]): boolean {
  const surname = names.find((other) => other.start > name.end && /^ $/.test(source.slice(name.end, other.start)));
  return surname !== undefined && !unmatched.includes(surname) && !/^[\s-]*\p{Lu}/u.test(source.slice(surname.end));
}

/**
 * A club or body named by its initials, which English names by its city when the French names that
 * city too: "L'OM … les Marseillais" → "Marseille", "le PSG … les Parisiens" → "Paris". The city's
 * initial is one of the initials, and a source word is the city or derived from it.
 */
function isNamedByItsCity(name: NameWord, sourceWords: NameWord[], targetWords: NameWord[]): boolean {
  if (name.text !== name.text.toUpperCase() || name.text.length > 4) return false;
  return targetWords.some((word) => word.folded.length >= 4 && /^\p{Lu}/u.test(word.text) && name.folded.includes(word.folded[0]) &&
    sourceWords.some((other) => other.folded.startsWith(word.folded.replace(/e$/, ""))));
}

/** The capitalised word right before a name, in the same name: "Hugo" of "Hugo Delmas". */
const GIVEN_NAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s$/u;

/** One word is the other but for one letter left out: a transliteration's ("Rakhmon"/"Rahmon") or a slip of the keyboard, one name still. */
function isOneLetterShort(one: string, other: string): boolean {
  const [shorter, longer] = one.length < other.length ? [one, other] : [other, one];
  return longer.length === shorter.length + 1 && [...longer].some((_, index) => longer.slice(0, index) + longer.slice(index + 1) === shorter);
}

/**
 * A surname no dictionary of either side knows, after the same given name, met by one spelt like it but not its spelling in
 * English: "Hugo Delmas" → "Hugo Dumas". A person's name has no exonym (places do, "Algésiras"/"Algeciras"), and no
 * transliteration links the two (isCognate): the target names someone else.
 */
function isOtherSurnameSpeltAlike(texts: { source: string; target: string }, name: NameWord, word: NameWord): boolean {
  const [givenName, otherGivenName] = [GIVEN_NAME_BEFORE.exec(texts.source.slice(0, name.start)), GIVEN_NAME_BEFORE.exec(texts.target.slice(0, word.start))];
  return givenName !== null && otherGivenName !== null && foldForNames(givenName[1]) === foldForNames(otherGivenName[1]) &&
    name.text !== name.text.toUpperCase() && isSpeltAlike(name.folded, word.folded) && !isCognate(name, word) && !isOneLetterShort(name.folded, word.folded) && !isSpelled(word.folded) &&
    !isFrenchWord(name.text, name.folded, wordInfo(name.text, "source").stem);
}

export const nameMismatch: SegmentCheck = {
  id: "name-mismatch",
  category: "accuracy_mistranslation",
  severity: "major",
  title: "Proper noun missing or altered in the target",
  run({ source, target }, context) {
    if (target.trim() === "") return [];
    const names = capitalisedWords(source, "fr");
    if (names.length === 0) return [];
    const foldedTarget = foldForNames(target);
    const targetWords = wordParts(target).map((token) => toWord(token, foldedTarget));
    // A French dictionary word capitalised after an article ("la Forêt Royale") is a common noun made
    // solemn, often rendered in lower case or recast; before a name ("Maître Delfador") it is a title;
    // in capitals in a sentence that is not ("je comprends VRAIMENT"), emphasis. A person's name takes
    // no article ("Mme Borne"): there, and for the table's names, a missing word is reported.
    // A table's word too when one lower-case word closes its phrase ("la direction du Centre thermal." → "the spa's management"), not a longer name ("l'Agence régionale de santé").
    const isCommonWord = (name: NameWord) => (equivalentsOf(name.folded) === null || /^\s+\p{Ll}{3,}\s*(?:[.,;:!?)»"”]|$)/u.test(source.slice(name.end))) &&
      (ARTICLE_BEFORE.test(source.slice(0, name.start).replace(HYPHENATED_PARTS_BEFORE, "")) || /^[\s-]+\p{Lu}/u.test(source.slice(name.end)) || name.text === name.text.toUpperCase()) &&
      isFrenchWord(name.text, name.folded, wordInfo(name.text, "source").stem);
    let targetStems: Set<string> | undefined;
    const isTranslatedPart = (name: NameWord) => isFrenchWord(name.text, name.folded, wordInfo(name.text, "source").stem) &&
      isTranslatedWord(name, (targetStems ??= new Set(targetWords.map((word) => wordInfo(word.text, "target").stem))));
    // A name run together from French words ("ZooParc" → "zoo") is translated when one of its words is.
    const isTranslated = (name: NameWord) => isTranslatedPart(name) || camelParts(name).some(isTranslatedPart);
    // The word before may open the sentence ("Météo-France a placé…"): a body's name is often the subject.
    let nameWords: NameWord[] | undefined;
    const isInTranslatedName = (name: NameWord) => (nameWords ??= capitalisedParts(source)).some((other) =>
      other.end <= name.start && SAME_NAME_GAP.test(source.slice(other.end, name.start)) && isTranslated(other));
    // The setting, or a name the target renders elsewhere ("Le débit du Rhône … la Compagnie nationale du Rhône" → "the company that manages the river").
    const isSettingOfTranslatedName = (name: NameWord) => (SETTING_NAMES.has(name.folded) || targetWords.some((word) => isCognate(name, word))) && isInTranslatedName(name);
    const unmatched = findUnmatched(names, targetWords, foldedTarget).filter((name) => !isCommonWord(name) && !isStateInCompound(source, name.start, name.folded) &&
      !isTranslated(name) && !isSettingOfTranslatedName(name) && !isPartOfTranslatedCompound(source, name, targetWords, foldedTarget) && !isPartOfRunTogetherName(source, name, targetWords) && !isPlaceOfLocalOffice(source, target, name) && !isDedicationOfNamedChurch(source, target, name) && !isParenthesisedLocator(source, name.start, name.end) &&
      // "Le PNF" -> "the national financial prosecutor's office": an acronym spelled out is rendered.
      !isSpelledOut(name, context.alignment().target) && !isInRenderedEntity(source, target, name));
    if (unmatched.length === 0) return [];
    const sourceWords = wordParts(source).map((token) => toWord(token, foldForNames(source)));
    // Capitalised target words with no counterpart in the source are likely the unmatched names, translated.
    const accounted = renderedEquivalents(names);
    const translatedNames = capitalisedWords(target, "en").filter((word) => !accounted.has(word.folded) && !sourceWords.some((other) => isCognate(word, other)));
    const hits: CheckHit[] = [];
    const missing: NameWord[] = [];
    for (const name of unmatched) {
      const altered = translatedNames.find((word) => isAlteration(name, word)) ?? translatedNames.find((word) => isOtherSurnameSpeltAlike({ source, target }, name, word));
      if (!altered) {
        missing.push(name);
        continue;
      }
      translatedNames.splice(translatedNames.indexOf(altered), 1);
      hits.push({ message: `The name “${name.text}” appears altered as “${altered.text}” in the target.`, sourceSpan: spanOf(name), targetSpan: spanOf(altered), key: name.folded });
    }
    const isReported = (candidate: NameWord) => (!COMMON_WORD_ENDING.test(candidate.folded) || candidate.text === candidate.text.toUpperCase()) && !isGivenNameOfKeptSurname(source, candidate, names, unmatched) &&
      !isNamedByItsCity(candidate, sourceWords, targetWords);
    for (const name of missing.filter(isReported).slice(translatedNames.length)) {
      hits.push({ message: `The name “${name.text}” is missing from the target.`, sourceSpan: spanOf(name), targetSpan: null, key: name.folded });
    }
    return hits;
  },
};
