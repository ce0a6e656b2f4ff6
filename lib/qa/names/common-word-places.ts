import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { foldText, isSentenceInitial, spanOf, stripElision } from "@/lib/text/text";
import { unexplainedContent } from "./unexplained-content";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isFrenchWord } from "./name-words";
import { isSameName, isTransliteratedName } from "./name-similarity";
import { findUnmatchedNames } from "./unmatched-names";
import { isJoined } from "./name-phrases";
import type { CheckHit } from "../types";

/** The words that govern a place: "de l'Aube", "dans la Somme", "du Var", "en Gironde". */
const PLACE_PREPOSITION = /^(?:de|d'|d’|du|des|à|au|aux|en|dans|sur|vers|depuis)$/i;
const ARTICLE = /^(?:le|la|les|l'|l’)$/i;

/**
 * Whether the capitalised French dictionary word at `index` names a place on its own: after a
 * preposition, with no capitalised word either side ("la Forêt du Silence" is a name of several
 * words, translated), and nothing in the target renders it ("la Manche" → "the Channel").
 */
function isCommonWordPlace(source: string, targetText: string, alignment: WordAlignment, index: number, linked: Set<number>): boolean {
  const words = alignment.source;
  const word = words[index];
  if (linked.has(index) || !/^\p{Lu}\p{Ll}+$/u.test(stripElision(word.text).word) || isSentenceInitial(source, word.start)) return false;
  const bare = stripElision(word.text).word;
  const info = wordInfo(bare, "source");
  if (info.isFunction || Object.hasOwn(NAME_EQUIVALENTS, info.folded) || !isFrenchWord(bare, info.folded, info.stem)) return false;
  // "de l'Aube", "d'Aube": the aligner may keep the elided article or preposition on the word.
  const elided = word.text.slice(0, stripElision(word.text).offset);
  let before = /^d['’]$/i.test(elided) ? index : index - 1;
  if (elided === "" && before >= 0 && ARTICLE.test(words[before].text)) before -= 1;
  const governor = before === index ? elided : words[before]?.text;
  if (governor === undefined || !PLACE_PREPOSITION.test(governor)) return false;
  const isCapitalisedAt = (at: number) => at >= 0 && at < words.length && /^\p{Lu}/u.test(stripElision(words[at].text).word) && !isSentenceInitial(source, words[at].start);
  // A name with its own counterpart before "à", "en", "dans" is one of its own: "consulat de Russie à Cracovie" names two places ("de" may join one name: "la Forêt du Silence").
  const isOwnName = (at: number) => {
    const other = wordInfo(stripElision(words[at].text).word, "source");
    return linked.has(at) && !/^d/i.test(governor) && !other.isFunction && !isFrenchWord(stripElision(words[at].text).word, other.folded, other.stem);
  };
  // So is a name across a comma: "le restaurant Mirazur, à Menton".
  if (isCapitalisedAt(before - 1) && isJoined(source, words[before - 1], words[before]) && !isOwnName(before - 1)) return false;
  // Nor one the name goes on after, across its small words: "les Terres du Nord" is translated "the Northlands".
  // A lower-case word after it that English renders with a capital goes on with the name too: "des Affaires étrangères" → "Foreign".
  const target = alignment.target;
  const isRenderedCapitalised = (at: number) => alignment.links.some((link) => link.source === at && /^\p{Lu}/u.test(target[link.target].text) && !isSentenceInitial(targetText, target[link.target].start));
  for (let after = index + 1; after < words.length && after <= index + 3 && isJoined(source, words[after - 1], words[after]); after += 1) {
    if (isCapitalisedAt(after) || isRenderedCapitalised(after)) return false;
    if (!wordInfo(words[after].text, "source").isFunction) break;
  }
  return unexplainedContent({ first: index, last: index }, alignment, "source") === 1;
}

/**
 * A place French names by a dictionary word ("l'Aube", "la Somme", "du Var"), which no check reads as a
 * name, with a name the target adds in its place: "dans la 2e circonscription de l'Aube" rendered "in the
 * Aisne's 2nd constituency". The added name is one no source name accounts for, paired in reading order.
 */
export function findCommonWordPlaceSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const linked = new Set(alignment.links.map((link) => link.source));
  if (!alignment.source.some((word, index) => !linked.has(index) && /^\p{Lu}/u.test(stripElision(word.text).word) && !isSentenceInitial(source, word.start))) return [];
  const places = alignment.source.flatMap((_, index) => (isCommonWordPlace(source, target, alignment, index, linked) ? [index] : []));
  if (places.length === 0) return [];
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  const added = findTargetNames().slice(sourceNames.length);
  return places.slice(0, added.length).flatMap((index, rank): CheckHit[] => {
    const [sourceWord, targetWord] = [alignment.source[index], alignment.target[added[rank]]];
    // A place English spells its own way ("Cracovie"/"Krakow") is the same place.
    const [sourceKey, targetKey] = [wordInfo(stripElision(sourceWord.text).word, "source").folded, wordInfo(targetWord.text, "target").folded];
    if (isSameName(sourceKey, targetKey) || isTransliteratedName(sourceKey, targetKey)) return [];
    const sourceSpan = { start: sourceWord.start + stripElision(sourceWord.text).offset, end: sourceWord.end };
    return [{
      message: `The source names “${source.slice(sourceSpan.start, sourceSpan.end)}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
      sourceSpan, targetSpan: spanOf(targetWord), key: `${foldText(sourceWord.text)}|${foldText(targetWord.text)}`,
      evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
    }];
  });
}
