import type { AlignedWord } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { getLexicon, type Lexicon, renderedStems } from "@/lib/word-align/lexicon";
import { frenchBaseForms } from "@/lib/word-align/noun-forms";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isSpeltAlike } from "./name-similarity";
import { isRomanNumeral } from "../numbers";
import { isCapitalisedOnly, isSpelled } from "../speller";
import { isSentenceInitial } from "@/lib/text/text";
import { spelledNumberValues } from "@/lib/text/number-words";

// Which capitalised words of an aligned pair name someone or something, and which are French dictionary words.

/** Per lexicon, whether a French word's renderings include a name English knows: asked for every capitalised word of every pair. */
const RENDERS_NAME = new WeakMap<Lexicon, Map<string, boolean>>();

/** A French dictionary word ("Blanche", "Nains") that is not also a name English knows ("Paris"). */
export function isFrenchWord(text: string, folded: string, stem: string): boolean {
  const { lexicon } = getLexicon();
  // A plural in "-aux" is its singular's word ("Travaux" of "l'échevine des Travaux" is "travail").
  if (!lexicon.has(folded) && !lexicon.has(`~${stem}`) && !(/aux$/.test(folded) && frenchBaseForms(folded).some((base) => lexicon.has(base)))) return false;
  if (isSpelled(text) && !isSpelled(text.toLowerCase())) return false;
  // "Sicile", "Roumanie": the lexicon renders the word by a name English knows ("Sicily", "Romania"), so it names a place too.
  let known = RENDERS_NAME.get(lexicon);
  if (!known) RENDERS_NAME.set(lexicon, (known = new Map()));
  let rendersName = known.get(folded);
  if (rendersName === undefined) {
    rendersName = [...(lexicon.get(folded) ?? [])].some((rendering) => isEnglishNameStem(rendering, folded));
    if (known.size >= 100_000) known.clear();
    known.set(folded, rendersName);
  }
  return !rendersName;
}

/**
 * Whether a lexicon rendering (an English stem: "sicili", "romania") of the French word `folded` spells a
 * word the English dictionary knows capitalised only.
 */
function isEnglishNameStem(stem: string, folded: string): boolean {
  // A stem of two letters makes a name by chance: "go" (of "maintenant" read as "maintenir") and "Goa".
  if (stem.length < 3) return false;
  if ([stem, stem.replace(/i$/, "y"), `${stem}e`, `${stem}a`].some(isCapitalisedOnly)) return true;
  // The stemmer takes the final "s" off cities English writes with one, and "ll" loses an "l" ("Marseilles" →
  // "marseil", "Naples" → "napl"): such a name spelt like the French one is that city ("gang" is not "Ganges").
  const bases = stem.endsWith("l") ? [stem, `${stem}l`] : [stem];
  return bases.flatMap((base) => [base, `${base}e`, `${base}s`, `${base}es`]).some((form) => isSpeltAlike(folded, form) && isCapitalisedOnly(form));
}

/** Capitalised words that are titles or days, not entities of their own. */
export const NOT_ENTITIES = /^(?:i|ii|iii|iv|v|vi|mr|mrs|ms|dr|st|m|mme|monsieur|madame|sir|lord|lady|king|queen|roi|reine|dieu|god)$/;

/** Titles before a surname, in either language: "Mme Borne", "M. Martin", "Ms Brown". */
const HONORIFIC_BEFORE = /(?<!\p{L})(?:M\.|MM\.|Mme|Mlle|Me|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Monsieur|Madame|Mademoiselle)\s+$/u;
/** A given name and a surname's particle before: "Marine Le Pen", "Bruno Le Maire", "Ursula von der Leyen". */
const PARTICLE_BEFORE = /\p{Lu}\p{Ll}+ (?:Le|La|De|Du|Des|de|du|von der|von|van der|van|Van|Von|Di|Da|Del|Al|al|El|el|Ben|bin|ben) $/u;
/** The word right before, joined by a single space: a given name's place ("Élisabeth Borne"). */
const WORD_BEFORE = /(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?) $/u;

/**
 * A surname that is also a dictionary word ("Borne", "Martin", "Brown"): after a title or a given name and
 * particle ("Le Pen", "Le Maire"), or in French after a
 * given name that is no dictionary word. Dictionary words are otherwise solemn common nouns; in English a
 * name's head noun follows it ("the Elysee Palace", "Hyde Park").
 */
function isSurnameAt(text: string, word: AlignedWord, language: "source" | "target"): boolean {
  const before = text.slice(Math.max(0, word.start - 40), word.start);
  if (HONORIFIC_BEFORE.test(before) || PARTICLE_BEFORE.test(before)) return true;
  const given = WORD_BEFORE.exec(before)?.[1];
  if (given === undefined || language === "target") return false;
  const info = wordInfo(given, language);
  if (info.isFunction || NOT_ENTITIES.test(info.folded)) return false;
  return !isFrenchWord(given, info.folded, info.stem) && !isSpelled(info.folded);
}

/**
 * A capitalised word that names someone or something: mid-sentence (a sentence start says
 * nothing), not shouted in capitals. An English name must also be unknown to the English
 * dictionary in lower case: "the Flaming Sword" is a capitalised common noun, "Lyon" a name.
 */
export function isName(text: string, word: AlignedWord, language: "source" | "target"): boolean {
  if (word.text.length < 2 || !/^\p{Lu}\p{Ll}/u.test(word.text) || /\p{Lu}{2}/u.test(word.text.slice(1))) return false;
  // A letter drawn out thrice is a cry or a hiss ("Aaaah", "Ainsssi", "Soooo"), not a name.
  if (/(\p{L})\1\1/iu.test(word.text)) return false;
  const info = wordInfo(word.text, language);
  if (info.isFunction || NOT_ENTITIES.test(info.folded)) return false;
  // A number capitalised as a body's nickname: "les Vingt-Sept" (the EU's 27), "the Big Four".
  if (info.folded.split("-").every((part) => spelledNumberValues(part, language === "source" ? "fr" : "en"))) return false;
  // A sentence may start with any word: there, only a plain word of four letters or more, the subject of
  // what follows ("Tallin dut…", "Niger's ruling junta…", not "Ahhh, …", "Hmmm"; "Laudiss’s trail" is), that neither language knows in lower case is a name.
  if (isSentenceInitial(text, word.start) && (!/^\p{L}{4,}$/u.test(word.text) || /([ahmoruz])\1$/iu.test(word.text) || !/^(?:['’]s)? \p{Ll}/u.test(text.slice(word.end, word.end + 4)) ||
    isSpelled(info.folded) || (language === "source" && isFrenchWord(word.text, info.folded, info.stem)))) return false;
  // Hunspell lists names capitalised only: "europe" and "lyon" are unknown in lower case, "sword" is known.
  // Demonyms ("Palestinian", "Islamist") qualify an entity; they are not one. The dictionary knows them:
  // an unknown word of that ending is a surname ("Le Drian"). Not ENGLISH_DEMONYM_ENDING: the dictionary also knows "Japan", "Mali", "Zurich", which are names.
  if (language === "target" && /(?:ians?|ese|ish|ists?)$/.test(info.folded) && isSpelled(word.text) && !isGivenNameAt(text, word, info.stem)) return false;
  // The article of a French place name, which the French contracts: "au Guilvinec" → "in Le Guilvinec", "du Havre" → "of Le Havre".
  if (language === "target" && /^(?:le|la|les)$/.test(info.folded) && /^ \p{Lu}/u.test(text.slice(word.end, word.end + 2))) return false;
  // "Vème siècle"; "la Croatie Blanche", "la Première Guerre": a French common word capitalised inside a
  // name is translated, not replaced (the names the checks know, "État", stay in NAME_EQUIVALENTS).
  if (language === "source") return !isRomanNumeral(info.folded, "ordinal") && (!(isFrenchWord(word.text, info.folded, info.stem) && !NAME_EQUIVALENTS[info.folded]?.length) || isSurnameAt(text, word, language));
  return !info.folded.split("-").every((part) => isSpelled(part)) || isSurnameAt(text, word, language) || isAfterPlaceArticle(text, word);
}

/** A word after a French place name's article, which English keeps mid-sentence: "at home to Le Mans", "in La Flèche". */
function isAfterPlaceArticle(text: string, word: AlignedWord): boolean {
  const article = /(?:^|\s)(L[ae]s?) $/u.exec(text.slice(Math.max(0, word.start - 5), word.start));
  return article !== null && !isSentenceInitial(text, word.start - article[1].length - 1);
}

/**
 * An English word ending like a people's word that is a given name: a surname follows it, and no French word is
 * rendered by it ("Brian Bigger", "Julian Assange"), where "Syrian Kurds" and "Palestinian Authority" qualify a name.
 */
function isGivenNameAt(text: string, word: AlignedWord, stem: string): boolean {
  if (!/^ \p{Lu}\p{Ll}/u.test(text.slice(word.end, word.end + 3))) return false;
  return !renderedStems(getLexicon().lexicon).has(stem);
}

/** Indexes of the names among `words` that are not in `linked`. */
export function unlinkedNames(text: string, words: AlignedWord[], linked: Set<number>, language: "source" | "target"): number[] {
  return words.flatMap((word, index) => (!linked.has(index) && isName(text, word, language) ? [index] : []));
}

/** A French locator set off by a comma after a town: "la raffinerie de Donges, en Loire-Atlantique,". */
const COMMA_LOCATOR_BEFORE = /\p{Lu}[\p{L}'’-]*\s*,\s*(?:en|dans\s+(?:le|la|les|l['’]))\s*$/u;
const COMMA_LOCATOR_AFTER = /^[\p{L}'’-]*\s*(?:[,.;:)]|$)/u;
/** How wire English locates a town by a part of the country: "in western France", "in central France". */
const COUNTRY_PART = /\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central) France\b/i;

/**
 * Whether the source word at `start`..`end` is a département or region set off by a comma after a town, which the English
 * renders by a part of the country: "Donges, en Loire-Atlantique," → "Donges in western France". It names no other place.
 */
export function isLocatorByCountryPart(source: string, target: string, start: number, end: number): boolean {
  return COUNTRY_PART.test(target) && COMMA_LOCATOR_BEFORE.test(source.slice(Math.max(0, start - 60), start)) && COMMA_LOCATOR_AFTER.test(source.slice(end, end + 60));
}

/** A French locator in parentheses right after a place: "Vénissieux (Rhône)", "Lalbenque (Lot)", "Saint-Denis (Seine-Saint-Denis)". */
const LOCATOR_BEFORE = /\p{Lu}[\p{L}'’-]*\s*\(\s*(?:[\p{L}'’-]+\s+){0,3}$/u;
const LOCATOR_AFTER = /^[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*\)/u;

/**
 * Whether the source word at `start`..`end` is a département or region set in parentheses after a town, as
 * French news locates places: wire English gives its own locator there, or none ("near Lyon", "central France",
 * "in the Vaucluse department"), so the word is no name the English must keep or replace.
 */
export function isParenthesisedLocator(text: string, start: number, end: number): boolean {
  return LOCATOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && LOCATOR_AFTER.test(text.slice(end, end + 60)) &&
    /^\p{Lu}/u.test(text.slice(text.lastIndexOf("(", start) + 1).trimStart());
}

