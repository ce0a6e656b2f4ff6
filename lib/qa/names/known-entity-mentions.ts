import { foldText, matchesOf, normaliseApostrophes } from "@/lib/text/text";
import { KNOWN_BODIES } from "./known-bodies";
import { COUNTRIES } from "@/lib/text/countries";
import { CITIES, seatAdjectives } from "@/lib/text/cities";

/** A name's pattern, and its longest word (folded): a text without that word cannot hold the name, and a word set tells at once. */
type NamePattern = { readonly regex: RegExp; isCased: boolean; isCapitalised: boolean; key: string };

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** A French office's head word, which an adjective of nationality may follow: "ministère rwandais de la Défense". */
const FRENCH_OFFICE_HEAD = /^(ministere|ministre|secretaire)(?=\[)/;
/** What English joins to a name with a hyphen to make a modifier of it, the name still named: "Islamic State-linked", "Kremlin-backed". */
const COMPOUND_MODIFIERS = "(?:linked|backed|led|based|run|owned|allied|held|controlled|affiliated|inspired|aligned|funded|sponsored|born|bound|made|style|era)";

/**
 * Whole words only; a hyphen joins words into one name ("Grande-Bretagne" is not "Bretagne"). A
 * `isCapitalised` name is matched only where the text capitalises it: "Turkey", not "turkey"; "Bénin", not "bénin".
 */
function compile(names: string[], isCapitalised = false): NamePattern[] {
  return names.map((name) => {
    const isCased = /^[A-Z][A-Za-z]+$/.test(name) && /[A-Z].*[A-Z]/.test(name);
    // Words of a name may be joined by a hyphen where the table spaces them: "the Paris-region water authority".
    // "le ministère rwandais de la Défense": a French office's head may take an adjective of nationality before its complement.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+").replace(FRENCH_OFFICE_HEAD, "$1(?:[\\s-]+\\p{L}{4,}(?:ien|ienne|ais|aise|ain|aine|ois|oise|ique|e)s?)?");
    const key = foldText(name).split(WORD_BREAK).reduce((longest, word) => (word.length > longest.length ? word : longest), "");
    // Built on first use: building all ~1,600 (\p{L} under /iu) cost ~150 ms of start-up, and a text runs only those whose key word it has.
    let regex: RegExp | undefined;
    return { get regex() { return (regex ??= new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}]|-(?!${COMPOUND_MODIFIERS}(?![\\p{L}])))`, isCased ? "gu" : "giu")); }, isCased, isCapitalised, key };
  });
}

// A country's names are capitalised in both languages; only its French adjective is written in lower case ("un drone iranien").
// Its capital and seat stand for the state here ("Moscou" for Russia): news names the government by them.
const COMPILED = [
  ...KNOWN_BODIES.map((entity) => ({ french: compile(entity.french), english: compile(entity.english) })),
  ...COUNTRIES.map((country) => ({
    french: [...compile([...country.french, ...country.seats.french], true), ...compile([...country.frenchAdjectives, ...country.seats.english.flatMap(seatAdjectives)])],
    english: compile([...country.english, ...country.englishAdjectives, ...country.seats.english], true),
  })),
  // Cities follow the countries: a place like them ("un fonds londonien" against "a New York hedge fund").
  ...CITIES.map((city) => ({
    french: [...compile(city.french, true), ...compile(city.frenchAdjectives)],
    english: compile([...city.english, ...city.englishAdjectives], true),
  })),
];

/** Each side's patterns by their longest word: a pair's words say which few patterns to run. */
const BY_KEY = { french: indexByKey("french"), english: indexByKey("english") };

function indexByKey(side: "french" | "english"): Map<string, Array<{ entity: number; pattern: NamePattern }>> {
  const index = new Map<string, Array<{ entity: number; pattern: NamePattern }>>();
  COMPILED.forEach((entity, at) => {
    for (const pattern of entity[side]) index.set(pattern.key, [...(index.get(pattern.key) ?? []), { entity: at, pattern }]);
  });
  return index;
}

export type Mention = { entity: number; start: number; end: number };

/** Mentions per side and text: a pair's texts are read up to six times (swaps, then each name pair's check). */
const MENTIONS = { french: new Map<string, Mention[]>(), english: new Map<string, Mention[]>() };

/** Mentions of the table's entities, longest first where two overlap ("conseil de l'europe" over nothing shorter). */
export function findMentions(text: string, side: "french" | "english"): Mention[] {
  const memo = MENTIONS[side];
  let mentions = memo.get(text);
  if (mentions === undefined) {
    if (memo.size >= 2_000) memo.clear();
    memo.set(text, (mentions = findMentionsUncached(text, side)));
  }
  return mentions;
}

function findMentionsUncached(text: string, side: "french" | "english"): Mention[] {
  // The other checks fold the same text: fold first, then the apostrophes (one character for one, offsets kept).
  const folded = normaliseApostrophes(foldText(text));
  const candidates = new Set(folded.split(WORD_BREAK).flatMap((word) => BY_KEY[side].get(word) ?? []));
  if (candidates.size === 0) return [];
  const cased = normaliseApostrophes(text);
  const found: Mention[] = [];
  for (const { entity, pattern } of candidates) {
    for (const match of matchesOf(pattern.isCased ? cased : folded, pattern.regex)) {
      if (!pattern.isCapitalised || /^\p{Lu}/u.test(text[match.index])) found.push({ entity, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) if (!kept.some((other) => other.start < mention.end && mention.start < other.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether a mention names a place, a country or a city (the places follow the bodies in one numbering). */
export const isPlace = (mention: Mention) => mention.entity >= KNOWN_BODIES.length;
