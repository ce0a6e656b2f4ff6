/** Stems that name one country, people or body in French and English: "allemand"/"Germany", "britanniques"/"Britain", "israélien"/"Israeli". */
import { COUNTRIES } from "@/lib/text/countries";

type Language = "fr" | "en";

/** Bodies whose French and English names share no stem; countries come from the country table. */
const BODY_ALIASES: Record<string, string> = { ue: "eu", onu: "un", otan: "nato" };
const FRENCH_SUFFIX = /(?:iennes?|iens?|aises?|ais|aines?|ains?|oises?|ois|es?|s)$/;
// Strips rather than tests, so not ENGLISH_DEMONYM_ENDING: "-an" and "-ch" stay on, ending as many names ("Jordan", "Zurich") as adjectives the country table does not already map.
const ENGLISH_SUFFIX = /(?:ian|ians|ese|ish|i|ans)$/;
/** How a French people's word made from a place ends (folded): "savoyard", "lyonnais", "vosgien", "nicoise", "europeen". */
export const FRENCH_DEMONYM_ENDING = /(?:ards?|ardes?|iens?|iennes?|aises?|ais|ains?|aines?|ois|oises?|eens?|eennes?)$/;
/** How an English adjective of nationality ends: "Israeli", "Norwegian", "Chinese", "British", "American", "French". */
export const ENGLISH_DEMONYM_ENDING = /(?:i|ian|ese|ish|an|ch)$/;

/** English words for a people the country table knows, adjectives and nouns (lower-cased, accent-folded): "swiss", "danish", "dane". */
const ENGLISH_PEOPLE_WORDS = new Set(COUNTRIES.flatMap((country) => country.englishAdjectives.map((word) => word.toLowerCase())));
/** Whether a folded English word names a people, singular or plural: "Swiss", "the Dane", "Britons". */
export const isEnglishPeopleWord = (folded: string) => ENGLISH_PEOPLE_WORDS.has(folded) || (folded.endsWith("s") && ENGLISH_PEOPLE_WORDS.has(folded.slice(0, -1)));

/**
 * Each country name or adjective (lower-cased, all forms) to one stem per country, "germany#0": the
 * index keeps two countries' stems from meeting by prefix or consonants (Niger/Nigeria, Austria/Australia).
 * Capitals and seats are not the country here: "l'archevêque de Paris" is no Frenchman.
 */
const COUNTRY_STEMS: Record<Language, Map<string, string>> = { fr: new Map(), en: new Map() };
COUNTRIES.forEach((country, index) => {
  const stem = `${country.key}#${index}`;
  for (const name of [...country.french, ...country.frenchAdjectives]) COUNTRY_STEMS.fr.set(name.toLowerCase(), stem);
  for (const name of [...country.english, ...country.englishAdjectives]) COUNTRY_STEMS.en.set(name.toLowerCase(), stem);
});
// "L'Amérique", "America": the United States in news, though no name of it in the table ("Amérique latine" is no country).
COUNTRY_STEMS.fr.set("amerique", COUNTRY_STEMS.fr.get("etats-unis")!);
COUNTRY_STEMS.en.set("america", COUNTRY_STEMS.en.get("united states")!);

/** The country a lower-cased name or adjective is of, English plurals the table leaves out included ("Swedes", "Britons"). */
export function countryStem(name: string, language: Language): string | undefined {
  const names = COUNTRY_STEMS[language];
  return names.get(name) ?? (language === "en" && name.endsWith("s") ? names.get(name.slice(0, -1)) : undefined);
}

/** A folded word's stem as a name of a country, people or body: its country's, else the word with its demonym ending off. */
export function entityStem(word: string, language: Language): string {
  const bare = word.replace(/'s$/, "");
  const country = countryStem(bare, language);
  if (country !== undefined) return country;
  const stripped = bare.replace(language === "fr" ? FRENCH_SUFFIX : ENGLISH_SUFFIX, "");
  const stem = stripped.length >= 3 ? stripped : bare;
  return BODY_ALIASES[stem] ?? stem;
}

/**
 * A name's stems: one if its words together name a country ("united states", "sri lanka"), else each
 * word's; `withParts` adds each hyphenated word's parts ("Saint-Pétersbourg"), but a country's name is whole ("Royaume-Uni").
 */
export function entityStems(words: string[], language: Language, withParts = false): string[] {
  const country = words.length > 1 ? countryStem(words.join(" ").replace(/'s$/, ""), language) : undefined;
  if (country !== undefined) return [country];
  return words.flatMap((word) => (withParts && countryStem(word, language) === undefined ? [word, ...word.split("-")] : [word]).map((part) => entityStem(part, language)));
}

export function isSameStem(a: string, b: string): boolean {
  if (a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)))) return true;
  // Transliterations keep the consonants: "achemenid"/"achaemenid".
  const [bareA, bareB] = [a.replace(/[aeiouy]/g, ""), b.replace(/[aeiouy]/g, "")];
  return bareA.length >= 4 && bareA === bareB;
}
