import { COUNTRIES } from "@/lib/text/countries";
import { foldText } from "@/lib/text/text";
import { readFreeDict } from "./freedict";
import { COMMON_LEXICON, COMMON_PHRASES } from "./lexicon-common";
import { SHIPPED_LEXICON, SHIPPED_PHRASES } from "./lexicon-data";
import { DOMAIN_LEXICON, DOMAIN_PHRASES } from "./lexicon-domains";
import { loadApertiumPivot, loadCachedLexicon } from "./lexicon-cache";
import type { Phrase } from "./types";
import { frenchBaseForms } from "./noun-forms";
import { frenchVerbLemmas } from "./verb-forms";
import { SUMMER_DETERMINERS, TARGET_FUNCTION_WORDS, wordInfo } from "./words";

/**
 * French folded word or "~"+French stem → English stems it may be rendered by. Dictionaries list
 * infinitives and masculine singulars, so `get` of a conjugated form the dictionary does not list ("détruisent",
 * "a pris") yields what its infinitive may be rendered by ("destroy", "take"), and of a plural or feminine
 * ("travaux", "exceptionnelle") what its masculine singular may, worked out once per form; a listed
 * form gets its own renderings and these. `has` answers for listed words only.
 */
export class Lexicon extends Map<string, Set<string>> {
  private readonly inflected = new Map<string, Set<string> | undefined>();

  override get(key: string): Set<string> | undefined {
    const listed = super.get(key);
    if (key.startsWith("~")) return listed;
    const inflected = this.inflected.get(key);
    if (inflected !== undefined || this.inflected.has(key)) return inflected;
    // A form the dictionary lists as a word of its own ("durée", "porte", "confié") is that word and a
    // form of its verb too ("confié" is "confier"'s): its own renderings, its infinitive's, and its
    // masculine singular's ("travaux" → "travail", "exceptionnelle" → "exceptionnel").
    let stems: Set<string> | undefined = listed;
    for (const lemma of [...frenchVerbLemmas(key), ...frenchBaseForms(key)]) {
      const lemmaStems = super.get(lemma);
      if (lemmaStems) stems = new Set([...(stems ?? []), ...lemmaStems]);
    }
    if (this.inflected.size > 200_000) this.inflected.clear();
    this.inflected.set(key, stems);
    return stems;
  }

  /** Files `targetStem` under `key`; only while building, before the first `get`. */
  file(key: string, targetStem: string): void {
    let stems = super.get(key);
    if (!stems) this.set(key, (stems = new Set()));
    stems.add(targetStem);
  }
}
export type { Phrase };

const SKIPPED_TARGET = new Set([...TARGET_FUNCTION_WORDS, "sb", "sth", "someone", "something", "somebody", "oneself", "one's"]);

/** Content words of an English rendering, stemmed; renderings longer than three words are descriptions, not words. */
function targetStems(rendering: string): string[] {
  const words = rendering.split(/[\s‐-]+/).filter((word) => word !== "" && !SKIPPED_TARGET.has(word));
  if (words.length > 3) return [];
  // "take refuge", "make sure", "give up": beside another word, a light verb renders nothing of its own, and would link any "take".
  const content = words.length > 1 ? words.filter((word) => !LIGHT_VERBS.has(word)) : words;
  return (content.length > 0 ? content : words).map((word) => wordInfo(word, "target").stem);
}

/** English verbs that carry a phrase's grammar, not its meaning: "take refuge", "make sure", "have lunch". */
const LIGHT_VERBS = new Set("take make give have get do put go come keep set hold let".split(" "));

/**
 * The plural of a folded French singular of an ending whose plural Snowball may stem apart from it
 * ("délit" → "del" but "délits" → "delit"; "loi"/"lois", "enjeu"/"enjeux", "élu"/"élus", "démission"/"démissions");
 * none for other endings, whose plurals share the singular's stem.
 */
export function pluralStemmedApart(folded: string): string | undefined {
  if (/(?:eu|au)$/.test(folded)) return `${folded}x`;
  return /(?:[aiouy]|it|ion)$/.test(folded) ? `${folded}s` : undefined;
}

/**
 * Where a French word's renderings are filed: its folded form, then its stem, for inflected forms
 * (Snowball costs ~40 µs a word), and its plural's stem where Snowball stems the two apart
 * ("délit" → "del" but "délits" → "delit", "loi"/"lois"); function words under their form only.
 */
function sourceKeys(sourceWord: string): string[] {
  const info = wordInfo(sourceWord, "source");
  if (info.isFunction) return [info.folded];
  const keys = [info.folded];
  if (info.stem.length >= 3) keys.push(`~${info.stem}`);
  const plural = pluralStemmedApart(info.folded);
  const pluralStem = plural ? wordInfo(plural, "source").stem : undefined;
  if (pluralStem && pluralStem !== info.stem && pluralStem.length >= 3) keys.push(`~${pluralStem}`);
  return keys;
}

/** Files the pair under `sourceKeys(sourceWord)`, or under its folded form alone without `withStem`. */
function addPair(lexicon: Lexicon, sourceWord: string, rendering: string, withStem = true): void {
  const stems = targetStems(rendering);
  if (stems.length === 0) return;
  for (const key of withStem ? sourceKeys(sourceWord) : [foldText(sourceWord)]) for (const stem of stems) lexicon.file(key, stem);
}

export function buildShippedLexicon(): Lexicon {
  const lexicon = new Lexicon();
  for (const line of `${SHIPPED_LEXICON}\n${COMMON_LEXICON}\n${DOMAIN_LEXICON}`.split("\n")) {
    const [sourcePart, targetPart] = line.split(" = ");
    if (!targetPart) continue;
    for (const sourceWord of sourcePart.split(" ")) for (const rendering of targetPart.split(" ")) addPair(lexicon, sourceWord, rendering);
  }
  addCountryNames(lexicon);
  return lexicon;
}

/**
 * The country table's one-word names and seats of power, each rendered by its English names
 * ("Pékin" → "Beijing", "Allemagne" → "Germany"): exonyms no dictionary lists and no spelling links.
 */
function addCountryNames(lexicon: Lexicon): void {
  const oneWord = (names: string[]) => names.filter((name) => !name.includes(" "));
  for (const country of COUNTRIES) {
    for (const [french, english] of [[country.french, country.english], [country.seats.french, country.seats.english]]) {
      for (const sourceWord of oneWord(french)) for (const rendering of oneWord(english)) addPair(lexicon, sourceWord, rendering.toLowerCase(), false);
    }
  }
}

/** Adds the installed FreeDict dictionaries, both directions, to `lexicon`. Returns how many entries were read. */
export function addFreeDict(lexicon: Lexicon): number {
  const forward = readFreeDict("fra-eng");
  for (const entry of forward) {
    if (entry.headword.includes(" ")) continue;
    for (const translation of entry.translations) addPair(lexicon, entry.headword, translation.replace(/^to /, ""));
  }
  const backward = readFreeDict("eng-fra");
  for (const entry of backward) {
    if (entry.headword.includes(" ")) continue;
    for (const translation of entry.translations) {
      // French renderings in eng-fra are mostly base forms already filed with stems by fra-eng.
      if (!translation.includes(" ")) addPair(lexicon, translation, entry.headword.toLowerCase(), false);
    }
  }
  return forward.length + backward.length;
}

/** A pivot lemma as the lexicon files it: `sourceKeys` (its folded form first) and the stems of its English renderings. */
export type PivotFiling = { keys: string[]; stems: string[] };

/** The Apertium pivot lexicon's lemmas as the lexicon files them, stemmed once (and saved with the pivot: stemming them costs a second). */
export function fileApertiumPivot(pivot: Map<string, string[]>): PivotFiling[] {
  return [...pivot].flatMap(([lemma, renderings]) => {
    const stems = [...new Set(renderings.flatMap(targetStems))];
    return stems.length === 0 ? [] : [{ keys: sourceKeys(lemma), stems }];
  });
}

/**
 * Adds the Apertium pivot lexicon (French → Spanish/Catalan → English) to `lexicon`, below the hand
 * lexicon and FreeDict in trust: a French word either already lists is left as they file it, so
 * the pivot only fills gaps. Returns how many French lemmas it added.
 */
export function addApertiumPivot(lexicon: Lexicon, pivot: PivotFiling[]): number {
  let added = 0;
  for (const { keys, stems } of pivot) {
    if (lexicon.has(keys[0])) continue;
    for (const key of keys) for (const stem of stems) lexicon.file(key, stem);
    added += 1;
  }
  return added;
}

/** "l'été", "cet été": the summer, after each determiner after which the tokenizer reads "été" as a content word. */
const SUMMER_PHRASES = [...SUMMER_DETERMINERS].map((determiner) => `${determiner} ete = summer`).join("\n");

export function buildPhrases(): Phrase[] {
  return `${SHIPPED_PHRASES}\n${COMMON_PHRASES}\n${DOMAIN_PHRASES}\n${SUMMER_PHRASES}`.split("\n").flatMap((line) => {
    const [sourcePart, targetPart] = line.split(" = ");
    if (!targetPart) return [];
    return [{ source: sourcePart.split(" "), targetStems: new Set(targetPart.split(" ").map((word) => wordInfo(word, "target").stem)) }];
  });
}

/** A copy of `lexicon`, its sets copied too: the dictionaries are added to the copy, Recto's own stays as it is. */
function copyLexicon(lexicon: Lexicon): Lexicon {
  const copy = new Lexicon();
  for (const [key, stems] of lexicon) copy.set(key, new Set(stems));
  return copy;
}

let shared: { lexicon: Lexicon; shipped: Lexicon; phrases: Phrase[]; freeDictEntries: number } | null = null;

/**
 * The process's lexicon: Recto's own, plus FreeDict and the Apertium pivot when installed, built on
 * first use (a few hundred milliseconds once the pivot is saved), and Recto's own alone (`shipped`);
 * `prepareChecks()` calls it at server start.
 */
export function getLexicon(): { lexicon: Lexicon; phrases: Phrase[]; freeDictEntries: number } {
  shared ??= loadCachedLexicon(() => {
    const shipped = buildShippedLexicon();
    const lexicon = copyLexicon(shipped);
    const freeDictEntries = process.env.RECTO_FREEDICT === "off" ? 0 : addFreeDict(lexicon);
    addApertiumPivot(lexicon, loadApertiumPivot(fileApertiumPivot));
    return { lexicon, shipped, phrases: buildPhrases(), freeDictEntries };
  }, () => new Lexicon());
  return shared;
}

/** Recto's own lexicon alone, without the dictionaries read at run time: it lists only the real ambiguities ("apprendre = learn teach"). */
export function getShippedLexicon(): Lexicon {
  getLexicon();
  return shared!.shipped;
}

/** The English stems the lexicon gives a French word, by its form and by its stem ("anvers" → "antwerp"). */
export function lexiconRenderings(lexicon: Lexicon, folded: string, stem: string): string[] {
  return [...(lexicon.get(folded) ?? []), ...(lexicon.get(`~${stem}`) ?? [])];
}

const RENDERED_STEMS = new WeakMap<Lexicon, Set<string>>();

/** Every English stem the lexicon renders some French word by ("palestinian", "poverty"), gathered once per lexicon. */
export function renderedStems(lexicon: Lexicon): Set<string> {
  let stems = RENDERED_STEMS.get(lexicon);
  if (!stems) RENDERED_STEMS.set(lexicon, (stems = new Set([...lexicon.values()].flatMap((renderings) => [...renderings]))));
  return stems;
}

/** Whether the lexicon lets `source` (a French WordInfo) be rendered by an English word of stem `targetStem`. */
export function lexiconHas(lexicon: Lexicon, folded: string, stem: string, targetStem: string): boolean {
  return lexicon.get(folded)?.has(targetStem) === true || lexicon.get(`~${stem}`)?.has(targetStem) === true;
}
