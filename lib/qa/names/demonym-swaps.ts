import { getLexicon } from "@/lib/word-align/lexicon";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { spanOf } from "@/lib/text/text";
import { isCapitalisedOnly } from "../speller";
import { countryStem } from "./entity-stems";
import type { CheckHit } from "../types";

/** Endings of English words for a people or a country's things: "Ukrainian", "Chinese", "Polish", "Israeli". */
const DEMONYM_ENDING = /(?:ans?|ese|ish|i|ic)$/;

/** The lexicon's renderings of a French adjective that name a people: "russian", "german" ("mani" of "nombreuse" is no people). */
const SOURCE_DEMONYM_ENDING = /(?:an|ish|ese)$/;

/** A capitalised word with such an ending anywhere in the target: most pairs have none, and leave after this one look. */
const ANY_DEMONYM = /(?<!\p{L})\p{Lu}\p{Ll}+(?:ans?|ese|ish|i|ic)(?!\p{L})/u;

/** "anglais" is often "British", and "écossais" too: the nations of one state. */
const BRITISH = new Set(["british", "english", "scottish", "welsh", "scots"]);
const isBritishOf = (rendering: string, targetBritish: boolean) => targetBritish && BRITISH.has(rendering);

/**
 * Whether the English qualifies the French adjective's noun by its country's name, as English news does: "milliardaire
 * américain" → "US billionaire". The name stands right before the noun's counterpart.
 */
function isQualifiedByCountry(alignment: WordAlignment, adjective: number): boolean {
  const country = countryStem(wordInfo(alignment.source[adjective].text, "source").folded, "fr");
  if (country === undefined) return false;
  // A name is capitalised: "US", not "us".
  const isName = (word: string) => /^\p{Lu}/u.test(word) && countryStem(word.toLowerCase(), "en") === country;
  const isLinked = (source: number, target: number) => alignment.links.some((link) => link.source === source && link.target === target);
  // The noun's counterpart after the name, or an English word the aligner left unlinked before the counterpart of what follows
  // the adjective: "milliardaire américain Dale Whitaker" → "US billionaire Dale Whitaker".
  return alignment.target.some((word, index) => isName(word.text) &&
    (isLinked(adjective - 1, index + 1) || (!alignment.links.some((link) => link.target === index + 1) && isLinked(adjective + 1, index + 2))));
}

/**
 * A French adjective of nationality rendered as another one: "deux établissements russes" against
 * "two Ukrainian institutions". Both are left unlinked (the lexicon pairs "russe" with "Russian"
 * only), and the French one's English rendering appears nowhere in the target.
 */
export function findDemonymSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  if (!ANY_DEMONYM.test(target)) return [];
  const linkedTarget = new Set(alignment.links.map((link) => link.target));
  const targetIndexes = alignment.target.flatMap((word, index) =>
    !linkedTarget.has(index) && /^\p{Lu}\p{Ll}/u.test(word.text) && DEMONYM_ENDING.test(word.text) && isCapitalisedOnly(word.text) ? [index] : []);
  if (targetIndexes.length === 0) return [];
  const { lexicon } = getLexicon();
  const targetStems = new Set(alignment.target.map((word) => wordInfo(word.text, "target").stem));
  const targetOpenings = new Set(targetIndexes.map((index) => alignment.target[index].text.toLowerCase().slice(0, 4)));
  const targetBritish = alignment.target.some((word) => BRITISH.has(word.text.toLowerCase()));
  const linkedSource = new Set(alignment.links.map((link) => link.source));
  const sourceIndexes = alignment.source.flatMap((word, index) => {
    // An adjective after its noun ("établissements russes"), not a word opening a clause ("…, mais").
    const before = alignment.source[index - 1];
    if (linkedSource.has(index) || !/^\p{Ll}/u.test(word.text) || !before?.isContent || !/^\s+$/.test(source.slice(before.end, word.start))) return [];
    // The adjective's own entry, plural and feminine taken off ("russes", "écossaises"): stems meet by chance ("mais", "nombre").
    const folded = wordInfo(word.text, "source").folded;
    const bare = folded.replace(/s$/, "");
    const renderings = [...(lexicon.get(folded) ?? lexicon.get(bare) ?? lexicon.get(bare.replace(/e$/, "")) ?? [])];
    const demonyms = renderings.filter((rendering) => rendering.length >= 5 && SOURCE_DEMONYM_ENDING.test(rendering) && isCapitalisedOnly(rendering));
    // "Persian" for "perse" (Persia), "Turkic" for "turque" (Turkish): one people's words share their opening.
    const isKin = (rendering: string) => targetOpenings.has(rendering.slice(0, 4)) || targetStems.has(wordInfo(rendering, "target").stem) || isBritishOf(rendering, targetBritish);
    return demonyms.length > 0 && !demonyms.some(isKin) && !isQualifiedByCountry(alignment, index) ? [index] : [];
  });
  return sourceIndexes.slice(0, targetIndexes.length).map((sourceIndex, rank) => {
    const [sourceWord, targetWord] = [alignment.source[sourceIndex], alignment.target[targetIndexes[rank]]];
    return {
      message: `The source says “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different nationality.`,
      sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${wordInfo(sourceWord.text, "source").folded}|${wordInfo(targetWord.text, "target").folded}`,
      evidence: { links: [{ source: spanOf(sourceWord), target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
    };
  });
}
