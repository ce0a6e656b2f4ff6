import type { AlignedWord } from "@/lib/word-align/types";
import { getLexicon } from "@/lib/word-align/lexicon";
import { frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { wordInfo, type Language } from "@/lib/word-align/words";
import { isSentenceInitial } from "@/lib/text/text";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isSpelled } from "../speller";

/** A multi-word name of one side: indexes into that side's aligned words, content words only. */
export type NamePhrase = { words: number[]; start: number; end: number };

/** Titles, honorifics and calendar words: capitalised without naming an entity. */
const NOT_NAMES = /^(?:i|ii|iii|iv|v|vi|mr|mrs|ms|dr|st|m|mme|mlle|monsieur|madame|sir|lord|lady|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** French relational adjectives, which follow the noun of a name ("Conseil constitutionnel", "Banque centrale européenne", "Assemblée nationale"), and "suprême" ("Cour suprême"). */
const FRENCH_NAME_ADJECTIVE = /^supreme$|(?:iques?|aires?|i?ens?|i?ennes?|els?|elles?|ales?|al|aux|ifs?|ives?|ais|aises?|ois|oises?|ains?|aines?|unie?s?)$/;
/** "de", "du", "des", "d'", with "la" or "l'" after "de": the French name's complement follows. */
const FRENCH_OF = /^(?:de|du|des|d')$/;
/** What a body is for or against, after a capitalised common noun: "pour", "contre". */
const FRENCH_PURPOSE = /^(?:pour|contre)$/;
const FRENCH_ARTICLE = /^(?:la|l')$/;
/** Words joining the parts of an English name: "Council of State", "Ministry of the Interior", "Office for Students". */
const ENGLISH_JOINERS = /^(?:of|for|and|on|de|du|des|the)$/;
/**
 * The nouns that head the name of a public body, a company or an institution, in French and in English
 * ("Conseil constitutionnel", "ministère de l'Intérieur", "Council of State", "Interior Ministry"). Names
 * made of other common words ("les Portes des Nains", "the Dwarven Doors") are translated freely.
 */
export const FRENCH_BODY_HEADS = new Set(("conseil cour tribunal banque agence autorite institut ministere assemblee senat parlement gouvernement " +
  "commission office fonds organisation universite ecole caisse direction federation confederation union syndicat parti comite " +
  "observatoire academie musee hopital secretariat prefecture mairie fondation association societe compagnie groupe regie administration inspection").split(" "));
export const ENGLISH_BODY_HEADS = new Set(("council court tribunal bank agency authority institute ministry department assembly senate parliament " +
  "government commission office fund organisation organization university school board federation confederation union party committee " +
  "observatory academy museum hospital secretariat prefecture foundation association company group administration inspectorate directorate bureau corporation").split(" "));
/** Capitalised letters only: an acronym (BCE, IMF, SNCF). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A text mostly in capitals is shouted ("JE SUIS VENU PRENDRE VOTRE ÉPÉE !"): its capitals name nothing. */
export function isShouted(text: string): boolean {
  // Counted by hand, in UTF-16 units as the two replacements `[^\p{L}]` and `\P{Lu}` would: every check of every pair asks.
  let [letters, capitals] = [0, 0];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) [letters, capitals] = [letters + 1, capitals + 1];
      else if (code >= 97 && code <= 122) letters += 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    const units = point > 0xffff ? 2 : 1;
    const kind = letterKind(point);
    if (kind !== "none") letters += units;
    if (kind === "capital") capitals += units;
    i += units - 1;
  }
  return letters >= 8 && capitals > 0.6 * letters;
}

const LETTER_KINDS = new Map<number, "capital" | "letter" | "none">();

function letterKind(point: number): "capital" | "letter" | "none" {
  let kind = LETTER_KINDS.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    LETTER_KINDS.set(point, (kind = /\p{Lu}/u.test(char) ? "capital" : /\p{L}/u.test(char) ? "letter" : "none"));
  }
  return kind;
}

/** A relational adjective by its ending, not a verb the lexicon knows by its infinitive ("la FNSEA appelle"). */
function isNameAdjective(folded: string): boolean {
  if (!FRENCH_NAME_ADJECTIVE.test(folded)) return false;
  const { lexicon } = getLexicon();
  return Map.prototype.has.call(lexicon, folded) || !frenchVerbLemmas(folded).some((lemma) => Map.prototype.has.call(lexicon, lemma));
}

function isCapitalisedWord(word: AlignedWord, language: Language): boolean {
  return /^\p{Lu}/u.test(word.text) && (/^\p{Lu}\p{Ll}/u.test(word.text) || isAcronym(word, language));
}

/** Only spaces (and elisions) between two words: a comma or a bracket ends a name. */
export function isJoined(text: string, left: AlignedWord, right: AlignedWord): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(left.end, right.start));
}

function isNameWord(text: string, word: AlignedWord, language: Language): boolean {
  if (!word.isContent || !isCapitalisedWord(word, language)) return false;
  return !NOT_NAMES.test(wordInfo(word.text, language).folded);
}

/**
 * French names: a capitalised word mid-sentence with what French writes after it, relational
 * adjectives, further capitalised words and a "de" complement ("Conseil constitutionnel",
 * "Institut Pasteur", "Agence du médicament", "Cour des comptes"), and the lowercase noun a
 * capitalised complement follows ("ministère de l'Intérieur"). A common noun capitalised as a
 * name takes a lowercase complement; a proper name ("Paris", "Macron") does not.
 */
export function findSourceNamePhrases(text: string, words: AlignedWord[], isFrenchWord: (index: number) => boolean): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  if (isShouted(text)) return phrases;
  const folded = (index: number) => wordInfo(words[index].text, "source").folded;
  for (let index = 0; index < words.length; index += 1) {
    if (!isNameWord(text, words[index], "source") || isSentenceInitial(text, words[index].start)) continue;
    const members = [index];
    const isCommonNoun = isFrenchWord(index);
    // "ministère de l'Intérieur": a body's noun in lower case, "de", maybe "la"/"l'", and a common noun the names table does not translate as a name.
    let of = isCommonNoun && !Object.hasOwn(NAME_EQUIVALENTS, folded(index)) ? index - 1 : -1;
    if (of >= 0 && FRENCH_ARTICLE.test(folded(of))) of -= 1;
    if (of >= 1 && of < index && FRENCH_OF.test(folded(of)) && FRENCH_BODY_HEADS.has(folded(of - 1)) && isJoined(text, words[of - 1], words[of])) members.unshift(of - 1);
    let next = index + 1;
    while (next < words.length && isJoined(text, words[next - 1], words[next])) {
      const word = words[next];
      if (isNameWord(text, word, "source") || (word.isContent && /^\p{Ll}/u.test(word.text) && isNameAdjective(folded(next)))) {
        members.push(next);
        next += 1;
        continue;
      }
      // A body's name also says what it is for or against: "Union sociale pour l'habitat", "Ligue contre le cancer".
      if (!FRENCH_OF.test(folded(next)) && !(isCommonNoun && FRENCH_PURPOSE.test(folded(next)))) break;
      let complement = next + 1;
      if (complement < words.length && FRENCH_ARTICLE.test(folded(complement))) complement += 1;
      const noun = words[complement];
      if (!noun || !noun.isContent || !isJoined(text, words[complement - 1], noun)) break;
      if (!isCapitalisedWord(noun, "source") && !isCommonNoun) break;
      members.push(complement);
      next = complement + 1;
    }
    phrases.push({ words: members, start: words[members[0]].start, end: words[members[members.length - 1]].end });
    index = next - 1;
  }
  return phrases;
}

/**
 * English names: runs of capitalised words joined by spaces or by "of", "for", "and", "the"
 * ("Council of State", "European Central Bank", "Ministry of the Interior"), and acronyms. A
 * capitalised word that opens the sentence starts a name only with another capitalised word after it.
 */
export function findTargetNamePhrases(text: string, words: AlignedWord[]): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  if (isShouted(text)) return phrases;
  for (let index = 0; index < words.length; index += 1) {
    if (!isNameWord(text, words[index], "target")) continue;
    const members = [index];
    let next = index + 1;
    while (next < words.length && isJoined(text, words[next - 1], words[next])) {
      if (isNameWord(text, words[next], "target")) {
        members.push(next);
        next += 1;
        continue;
      }
      let after = next;
      while (after < words.length && ENGLISH_JOINERS.test(words[after].text) && isJoined(text, words[after - 1], words[after])) after += 1;
      if (after === next || after >= words.length || !isJoined(text, words[after - 1], words[after]) || !isNameWord(text, words[after], "target")) break;
      next = after;
    }
    index = next - 1;
    if (isSentenceInitial(text, words[members[0]].start) && members.length === 1 && !isAcronym(words[members[0]], "target")) continue;
    phrases.push({ words: members, start: words[members[0]].start, end: words[members[members.length - 1]].end });
  }
  return phrases;
}

const KNOWN_ACRONYMS = new Set(Object.entries(NAME_EQUIVALENTS).flatMap(([french, renderings]) => [french, ...renderings]));

/** Capitals only, and not a dictionary word written in capitals for emphasis ("un bâton de FEU", "a staff of FLAME"), unless a known acronym ("WHO", "ONU"). */
export function isAcronym(word: AlignedWord, language: Language): boolean {
  if (!ACRONYM.test(word.text)) return false;
  const folded = wordInfo(word.text, language).folded;
  if (KNOWN_ACRONYMS.has(folded)) return true;
  return language === "source" ? !Map.prototype.has.call(getLexicon().lexicon, folded) : !isSpelled(folded);
}
