import { englishVerbBase } from "@/lib/word-align/verb-forms";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { isSpelled } from "../speller";
import { stripElision } from "@/lib/text/text";
import { countryStem } from "./entity-stems";

/** Longest gloss, in content words: "France's top literary award". */
const MAX_GLOSS_CONTENT = 4;
/** Function words a descriptive noun phrase may hold: "the lower house of parliament", "the country's". */
const GLOSS_FUNCTION_WORDS = new Set(["the", "a", "an", "its", "their", "'s", "’s", "of"]);
/** The setting French news leaves implicit, which an adaptation for foreign readers spells out: "Paris transport operator RATP". */
export const SETTING_NAMES = new Set(["france", "french", "paris"]);

/** Participles that describe a body by its remit, not an event: "the union representing pilots", "the agency overseeing nuclear safety". */
const DESCRIBING_PARTICIPLES = /^(?:representing|overseeing|running|managing|regulating|operating|organi[sz]ing|grouping|uniting)$/;

/** Whether a word could belong to a descriptive noun phrase: no verb form, number or name of its own. */
function isGlossWord(text: string, word: AlignedWord): boolean {
  const folded = wordInfo(word.text, "target").folded;
  if (!word.isContent) return GLOSS_FUNCTION_WORDS.has(folded);
  if (/\d/.test(word.text)) return false;
  // A country or its people, placing a foreign body for English readers: "the Storting, Norway's parliament", "the Federal Council, the Swiss government".
  if (SETTING_NAMES.has(folded) || countryStem(folded, "en") !== undefined) return true;
  // A capital only at the start of the sentence: "Civil aviation authority DGAC".
  if (/^\p{Lu}/u.test(word.text) && text.slice(0, word.start).trim() !== "") return false;
  // Hyphenated compounds are adjectives ("state-owned", "Paris-based"); other -ed/-ing forms and irregular pasts may be verbs,
  // but for those that say what a body does: "the Central Consistory, the body representing France's Jews,".
  if (folded.includes("-") || DESCRIBING_PARTICIPLES.test(folded)) return true;
  return !/(?:ed|ing)$/.test(folded) && englishVerbBase(folded) === undefined && !/^(?:says|adds|warns|notes|told)$/.test(folded);
}

function isParticiple(word: AlignedWord): boolean {
  const folded = wordInfo(word.text, "target").folded;
  return /(?:ed|ing)$/.test(folded) || englishVerbBase(folded) !== undefined;
}

/** The target without the name glosses findNameGlosses finds: what is left to measure against the source. */
export function withoutNameGlosses(text: string, alignment: WordAlignment): string {
  const linked = new Set(alignment.links.map((link) => link.target));
  const glosses = findNameGlosses(text, alignment, (index) => !linked.has(index));
  return alignment.target.reduceRight((rest, word, index) => (glosses.has(index) ? rest.slice(0, word.start) + rest.slice(word.end) : rest), text);
}

/** Target words that are a name (capitalised, not sentence-initial unless all capitals) linked to a French name. */
function linkedNames(text: string, alignment: WordAlignment): Set<number> {
  const names = new Set<number>();
  for (const link of alignment.links) {
    const [word, french] = [alignment.target[link.target], alignment.source[link.source]];
    // A French word the English keeps and capitalises is a name too: "le livret A" → "the Livret A".
    const isName = /^\p{Lu}/u.test(french.text) || french.text.toLowerCase() === word.text.toLowerCase();
    if (link.score < 0.6 || !/^\p{Lu}/u.test(word.text) || !isName) continue;
    // At the start of the sentence any word is capitalised: a name there is in capitals, or spelt as in the French and no English word ("Météo-France").
    const isKeptName = word.text === french.text && !isSpelled(word.text.toLowerCase());
    if (text.slice(0, word.start).trim() === "" && word.text !== word.text.toUpperCase() && !isKeptName) continue;
    names.add(link.target);
  }
  return names;
}

/**
 * Target words that gloss a name the source has: a short descriptive noun phrase in apposition,
 * right before or after a name linked to the French, with no verb, number or other name in it
 * ("civil aviation authority DGAC", "the INSEE statistics agency", "the Prix Goncourt, France's
 * top literary award,"). Newsrooms add these for foreign readers; they add no fact. The country
 * the French leaves implicit ("France's", "French") may appear in one.
 */
export function findNameGlosses(text: string, alignment: WordAlignment, unlinked: (index: number) => boolean): Set<number> {
  const words = alignment.target;
  const names = linkedNames(text, alignment);
  const glosses = new Set<number>();
  const isBoundaryBefore = (index: number) => isClauseBoundaryBefore(text, words, index);
  const take = (from: number, to: number) => {
    // The setting adds no fact: "France's main animal welfare charity" glosses with four words.
    const content = words.slice(from, to + 1).filter((word) => word.isContent && !SETTING_NAMES.has(wordInfo(word.text, "target").folded.replace(/['’]s$/, ""))).length;
    if (content === 0 || content > MAX_GLOSS_CONTENT) return;
    for (let index = from; index <= to; index += 1) if (words[index].isContent) glosses.add(index);
  };
  // Of two alike target words, the aligner may link the one in the gloss ("animaux" → the "animal" of "France's main animal welfare charity", not "Animal shelters"): the other can take the link.
  const stemOf = (index: number) => wordInfo(words[index].text, "target").stem;
  // Or links it to both ("secouru" → "rescue" of "sea rescue service" and "rescued").
  const sourcesOf = (index: number) => alignment.links.filter((link) => link.target === index).map((link) => link.source);
  const isFree = (index: number) => unlinked(index) || words.some((other, at) => at !== index && other.isContent && stemOf(at) === stemOf(index) &&
    (unlinked(at) || sourcesOf(index).every((source) => sourcesOf(at).includes(source))));
  const isGloss = (index: number) => isFree(index) && isGlossWord(text, words[index]);
  // A name goes on across the lowercase words it keeps from the French ("Victoires de la Musique") to its last capitalised word.
  // Or its capitalised words the English writes as the French does, linked or not: "the Conseil d'État, France's top administrative court,".
  let frenchCapitals: Set<string> | undefined;
  const isFrenchCapital = (index: number) => (frenchCapitals ??= new Set(alignment.source.map((word) => stripElision(word.text).word).filter((word) => /^\p{Lu}/u.test(word))))
    .has(stripElision(words[index].text).word);
  const isKeptFrench = (index: number) => alignment.links.some((link) => link.target === index && alignment.source[link.source].text.toLowerCase() === words[index].text.toLowerCase()) ||
    isFrenchCapital(index);
  const nameEnd = (from: number) => {
    let end = from;
    for (let next = from + 1; next < words.length && !isBoundaryBefore(next) && (isKeptFrench(next) || !words[next].isContent); next += 1) {
      if (/^\p{Lu}/u.test(stripElision(words[next].text).word)) end = next;
    }
    return end;
  };
  for (const name of names) {
    if (names.has(name - 1) && !isBoundaryBefore(name)) continue;
    let end = name;
    while (names.has(end + 1) && !isBoundaryBefore(end + 1)) end += 1;
    end = nameEnd(end);
    // Before the name, nothing between: from the clause start or a determiner up to the name.
    let from = name;
    while (from > 0 && !isBoundaryBefore(from) && isGloss(from - 1)) from -= 1;
    if (from < name && (isBoundaryBefore(from) || !words[from - 1].isContent)) take(from, name - 1);
    // After the name, nothing between, the name a modifier after its determiner: "the INSEE statistics agency said".
    let to = end;
    while (to + 1 < words.length && !isBoundaryBefore(to + 1) && isGloss(to + 1)) to += 1;
    if (to > end && /^(?:the|a|an)$/i.test(words[name - 1]?.text ?? "")) take(end + 1, to);
    // A whole clause after or before the name: "the Prix Goncourt, France's top literary award, went".
    if (isBoundaryBefore(end + 1) && end + 1 < words.length) {
      let last = end + 1;
      while (last < words.length && isGloss(last) && !isBoundaryBefore(last + 1)) last += 1;
      if (last < words.length && isGloss(last) && isBoundaryBefore(last + 1)) take(end + 1, last);
      // Or up to a rendered participle that goes on with the French clause: "Congress, the joint session of parliament held in Versailles".
      else if (last > end + 1 && last < words.length && !unlinked(last) && isParticiple(words[last])) take(end + 1, last - 1);
    }
    if (isBoundaryBefore(name) && name > 0) {
      let first = name - 1;
      while (first >= 0 && isGloss(first) && !isBoundaryBefore(first)) first -= 1;
      if (first >= 0 && isGloss(first) && isBoundaryBefore(first)) take(first, name - 1);
    }
  }
  return glosses;
}
