import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldText, isSentenceInitial, normaliseApostrophes, normaliseKey } from "@/lib/text/text";
import { ENGLISH_DEMONYM_ENDING, entityStem, entityStems, isSameStem } from "../names/entity-stems";
import { COUNTRIES } from "@/lib/text/countries";
import type { CheckHit } from "../types";

/** A country or people named in a sentence, and the noun phrase it qualifies (none for a bare place: "vers la France"). */
type Mention = { index: number; stems: string[]; phrase: number[] };

/** French adjectives of nationality by their ending: "britanniques", "israélien", "norvégien", "américain", "français". */
const FRENCH_DEMONYM = /(?:iennes?|iens?|aises?|ais|aines?|ains?|oises?|ois|ques?)$/;
/** Those the country table knows, in all their forms, whatever their ending: "belges", "allemands", "serbe", "turcs". */
const FRENCH_COUNTRY_ADJECTIVES = new Set(COUNTRIES.flatMap((country) => country.frenchAdjectives));
/** A French adjective of nationality, lower-cased and accent-folded: one the country table knows, or a long enough word of a demonym's ending. */
export const isFrenchDemonym = (foldedWord: string) => FRENCH_COUNTRY_ADJECTIVES.has(foldedWord) || (foldedWord.length >= 5 && FRENCH_DEMONYM.test(foldedWord));
/** English adjectives of nationality: "Israeli", "Norwegian", "British", "Chinese". */
const ENGLISH_DEMONYM = new RegExp(`^\\p{Lu}\\p{Ll}+${ENGLISH_DEMONYM_ENDING.source}`, "u");
/** Those the country table knows, whatever their ending: "Swiss", "Greek", "Thai". */
const ENGLISH_COUNTRY_ADJECTIVES = new Set(COUNTRIES.flatMap((country) => country.englishAdjectives));
const isEnglishDemonym = (word: AlignedWord) => ENGLISH_DEMONYM.test(word.text) || ENGLISH_COUNTRY_ADJECTIVES.has(folded(word));
const FRENCH_DETERMINERS = /^(?:le|la|les|l'|un|une|des|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)$/;
const FRENCH_OF = /^(?:de|d'|du|des)$/;

const folded = (word: AlignedWord) => foldText(normaliseApostrophes(word.text)).toLowerCase();
const isContent = (words: AlignedWord[], index: number) => words[index]?.isContent === true && /^\p{L}/u.test(words[index].text);
const isTight = (text: string, words: AlignedWord[], a: number, b: number) => /^\s*$/.test(text.slice(words[a].end, words[b].start));
const isCapitalised = (words: AlignedWord[], index: number) => /^\p{Lu}/u.test(words[index]?.text ?? "");

/**
 * A name of several words is one mention ("Elon Musk", "United States"): its later words open none, and the first holds them all.
 * English keeps a foreign name's particles inside it ("Rio de Janeiro", "Mocímboa da Praia"): `particles` lists them, per side.
 */
function nameWords(text: string, words: AlignedWord[], index: number, particles: Set<string> = NO_PARTICLES): { names: string[]; last: number } | null {
  const isParticleAt = (k: number) => particles.has(words[k]?.text ?? "") && isCapitalised(words, k - 1) && isCapitalised(words, k + 1) && isTight(text, words, k - 1, k) && isTight(text, words, k, k + 1);
  if (index > 0 && ((isCapitalised(words, index - 1) && isTight(text, words, index - 1, index)) || isParticleAt(index - 1))) return null;
  const names = [folded(words[index])];
  let last = index;
  for (let k = index + 1; k < words.length && (isCapitalised(words, k) || isParticleAt(k)) && isTight(text, words, k - 1, k); k += 1) {
    if (!isParticleAt(k)) names.push(folded(words[k]));
    last = k;
  }
  return { names, last };
}

const NO_PARTICLES = new Set<string>();
/** The particles of foreign names English writes inside them: "Rio de Janeiro", "Viña del Mar", "Ciudad do Este". */
const ENGLISH_NAME_PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "di", "du"]);

/** French words that make a preposition with "de", not a noun it qualifies: "près d'Arequipa", "loin de Paris", "lors du sommet". */
const FRENCH_PREPOSITION_HEADS = new Set(["pres", "loin", "autour", "lors", "aupres", "proche", "hors", "travers"]);

/** The French noun phrase before `end` (exclusive), back to its determiner: "les autorités", "le ministère". */
function phraseBefore(text: string, words: AlignedWord[], end: number): number[] {
  const phrase: number[] = [];
  for (let k = end - 1; k >= 0 && phrase.length < 3 && isContent(words, k) && isTight(text, words, k, k + 1) && !FRENCH_OF.test(folded(words[k])); k -= 1) phrase.unshift(k);
  return phrase.length === 1 && FRENCH_PREPOSITION_HEADS.has(folded(words[phrase[0]])) ? [] : phrase;
}

/**
 * The French mentions: an adjective of nationality after its noun ("les autorités britanniques", "le
 * ministère israélien") qualifies that noun; a name after "de" ("l'ambassadeur de France") the noun
 * before "de"; any other name stands alone ("vers la France", "en Israël").
 */
function sourceMentions(text: string, words: AlignedWord[]): Mention[] {
  return words.flatMap((word, index): Mention[] => {
    const isName = /^\p{Lu}/u.test(word.text) && !isSentenceInitial(text, word.start);
    // Every word of every sentence comes here: fold it only when it may be an adjective.
    const isAdjective = !isName && /^\p{Ll}/u.test(word.text) && isFrenchDemonym(folded(word)) && isContent(words, index - 1) && isTight(text, words, index - 1, index);
    // "les forces mozambicaines et rwandaises": the second adjective qualifies the first one's noun.
    const isCoordinated = !isName && !isAdjective && index >= 2 && /^\p{Ll}/u.test(word.text) && isFrenchDemonym(folded(word)) && /^(?:et|ou)$/.test(folded(words[index - 1])) &&
      isFrenchDemonym(folded(words[index - 2])) && isContent(words, index - 3);
    if (isCoordinated) return [{ index, stems: [entityStem(folded(word), "fr")], phrase: phraseBefore(text, words, index - 2) }];
    if (!isName && !isAdjective) return [];
    const names = isAdjective ? [folded(word)] : nameWords(text, words, index)?.names ?? null;
    if (names === null) return [];
    const stems = isAdjective ? [entityStem(names[0], "fr")] : entityStems(names, "fr");
    if (isAdjective) return [{ index, stems, phrase: phraseBefore(text, words, index) }];
    let k = index - 1;
    while (k >= 0 && FRENCH_DETERMINERS.test(folded(words[k]))) k -= 1;
    return [{ index, stems, phrase: k >= 0 && FRENCH_OF.test(folded(words[k])) ? phraseBefore(text, words, k) : [] }];
  });
}

/** The English noun phrase a premodifier opens, up to its head: "foreign ministry", "authorities". */
function phraseAfter(text: string, words: AlignedWord[], from: number): number[] {
  const phrase: number[] = [];
  for (let k = from; k < words.length && phrase.length < 3 && isContent(words, k) && isTight(text, words, k - 1, k); k += 1) phrase.push(k);
  return phrase;
}

/** The English mentions: "France's foreign ministry", "the Israeli ambassador", "the ambassador of France", or a name alone ("back to Britain"). */
function targetMentions(text: string, words: AlignedWord[]): Mention[] {
  return words.flatMap((word, index): Mention[] => {
    if (!/^\p{Lu}/u.test(word.text) || !isContent(words, index)) return [];
    const name = nameWords(text, words, index, ENGLISH_NAME_PARTICLES);
    if (name === null) return [];
    const stems = entityStems(name.names, "en");
    const { last } = name;
    const next = words[last + 1];
    if (next && /^['’]s$/.test(next.text)) return [{ index, stems, phrase: phraseAfter(text, words, last + 2) }];
    if (isEnglishDemonym(words[last]) && isContent(words, last + 1) && /^\p{Ll}/u.test(next.text)) return [{ index, stems, phrase: phraseAfter(text, words, last + 1) }];
    // "Mozambican and Rwandan forces": the first adjective qualifies the second one's noun.
    const isBeforeDemonym = last + 3 < words.length && /^(?:and|or)$/.test(folded(next)) && isEnglishDemonym(words[last + 2]);
    if (isBeforeDemonym && isEnglishDemonym(words[last]) && isContent(words, last + 3) && /^\p{Ll}/u.test(words[last + 3].text)) return [{ index, stems, phrase: phraseAfter(text, words, last + 3) }];
    const previous = index > 0 ? folded(words[index - 1]) : "";
    if (previous === "of" && isContent(words, index - 2)) return [{ index, stems, phrase: [index - 2] }];
    return [{ index, stems, phrase: [] }];
  });
}

/**
 * Nationalities that traded places between noun phrases: "Les autorités britanniques ont renvoyé vers la
 * France" → "French authorities have sent … back to Britain"; "L'ambassadeur de France … par le ministère
 * israélien" → "France's foreign ministry summoned the Israeli ambassador". A phrase the aligner links
 * across carries one nation in the French and another in the English, each named elsewhere on the other side.
 */
export function findNationSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const sources = sourceMentions(source, alignment.source);
  if (sources.length < 2) return [];
  const targets = targetMentions(target, alignment.target);
  const links = alignment.links.filter((link) => link.score >= 0.7 && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
  const isLinked = (sourcePhrase: number[], targetPhrase: number[]) => links.some((link) => sourcePhrase.includes(link.source) && targetPhrase.includes(link.target));
  const same = (a: Mention, b: Mention) => a.stems.some((stemA) => b.stems.some((stemB) => isSameStem(stemA, stemB)));
  for (const held of sources) {
    if (held.phrase.length === 0) continue;
    // The English phrase that renders the French one, and the nation it carries instead.
    for (const carried of targets) {
      if (carried.phrase.length === 0 || !isLinked(held.phrase, carried.phrase) || same(held, carried)) continue;
      // "l'usine Michelin de Cholet" → "Michelin's Cholet plant": both names still qualify the one phrase.
      // "the Indian Institute of Technology Bombay": the held nation right before the phrase's noun qualifies it still.
      if (targets.some((other) => same(other, held) && (carried.phrase.includes(other.index) || carried.phrase.includes(other.index + 1) || other.phrase.some((index) => carried.phrase.includes(index))))) continue;
      if (sources.some((other) => same(other, carried) && held.phrase.includes(other.index))) continue;
      // "archevêque de Paris, … archevêque de Lille": one noun twice, which the aligner may pair crosswise.
      const isRepeatedNoun = (other: Mention) => other.phrase.some((index) => held.phrase.some((mine) => folded(alignment.source[index]) === folded(alignment.source[mine])));
      const isCarriedElsewhere = sources.some((other) => other !== held && same(other, carried) && !isLinked(other.phrase, carried.phrase) && !isRepeatedNoun(other));
      const isHeldElsewhere = targets.some((other) => other !== carried && same(other, held) && !isLinked(held.phrase, other.phrase));
      if (!isCarriedElsewhere || !isHeldElsewhere) continue;
      const sourceSpan = spanOver(alignment.source, [held.index, ...held.phrase]);
      const targetSpan = spanOver(alignment.target, [carried.index, ...carried.phrase]);
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      return [{
        message: `The source “${sourceText}” is qualified by ${alignment.source[held.index].text}, but the target “${targetText}” by ${alignment.target[carried.index].text}, which the source gives to another phrase: the nationalities have traded places.`,
        sourceSpan, targetSpan, key: `nation-swap|${normaliseKey(targetText)}`,
        evidence: { links: [{ source: sourceSpan, target: targetSpan, score: 1 }] },
      }];
    }
  }
  return [];
}

function spanOver(words: AlignedWord[], indexes: number[]): { start: number; end: number } {
  return { start: words[Math.min(...indexes)].start, end: words[Math.max(...indexes)].end };
}
