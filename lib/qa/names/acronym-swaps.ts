import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { getLexicon } from "@/lib/word-align/lexicon";
import { foldText, normaliseKey, spanOf, stripElision } from "@/lib/text/text";
import { unexplainedContent } from "./unexplained-content";
import { findAcronymExpansion, isCountedUnit } from "./acronym-expansions";
import { NAME_EQUIVALENTS } from "./name-equivalents";
import { isShouted } from "./name-phrases";
import { isRomanNumeral } from "../numbers";
import { isSpelled } from "../speller";
import type { CheckHit } from "../types";

/**
 * A word, or a hyphenated part, styled in capitals past its first letter: an acronym or a brand
 * ("CFDT", "BFMTV", "CNews", "CFE-CGC"). Roman numerals ("XIV", "XXVIème siècle") are no names.
 */
const CAPITALS_NAME = /^\p{Lu}[\p{L}\d&]*\p{Lu}[\p{L}\d&]*$/u;

/**
 * The folded parts of a word styled in capitals ("l'AIEA" → "aiea", "CFE-CGC" → "cfe", "cgc"); none for a plain
 * word, nor for a dictionary word in capitals for emphasis ("un bâton de FEU", "a MERman").
 */
function capitalsParts(text: string, language: "source" | "target"): string[] {
  const parts = stripElision(text).word.split("-").filter((part) => CAPITALS_NAME.test(part) && !isRomanNumeral(part, "optional")).map((part) => foldText(part));
  return parts.filter((part) => (language === "source" ? !getLexicon().lexicon.has(part) : !isSpelled(part)));
}

/** Whether two acronyms share their letters, the shorter's all in the longer's, one letter apart at most: "OTAN"/"NATO", "FMI"/"IMF", "ONU"/"UN". */
function isReordered(one: string, other: string): boolean {
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  if (shorter.length < 2 || longer.length - shorter.length > 1) return false;
  const left = [...longer];
  return [...shorter].every((letter) => {
    const at = left.indexOf(letter);
    return at >= 0 && left.splice(at, 1).length === 1;
  });
}

/** The unlinked words of a side styled in capitals, with their folded parts. */
function unlinkedCapitals(words: AlignedWord[], linked: Set<number>, language: "source" | "target"): Array<{ index: number; parts: string[] }> {
  return words.flatMap((word, index) => {
    const parts = linked.has(index) ? [] : capitalsParts(word.text, language);
    return parts.length > 0 ? [{ index, parts }] : [];
  });
}

export type UnmatchedCapitals = { dropped: number[]; added: number[] };

/**
 * The words styled in capitals (acronyms, brands) of each side that the other names nowhere, in
 * reading order: neither word is linked, neither renders a word of the other side, and the two do not
 * share their letters ("OTAN"/"NATO"); an acronym the other side spells out by its initials ("AMF"
 * for "Autorité des marchés financiers") is rendered. Word indexes into each side.
 */
export function findUnmatchedCapitals(source: string, target: string, alignment: WordAlignment): UnmatchedCapitals {
  const none = { dropped: [], added: [] };
  const sourceCapitals = unlinkedCapitals(alignment.source, new Set(alignment.links.map((link) => link.source)), "source");
  const targetCapitals = unlinkedCapitals(alignment.target, new Set(alignment.links.map((link) => link.target)), "target");
  if ((sourceCapitals.length === 0 && targetCapitals.length === 0) || isShouted(source) || isShouted(target)) return none;
  const foldedParts = (words: AlignedWord[]) => new Set(words.flatMap((word) => stripElision(foldText(word.text)).word.split("-")));
  const [sourceWords, targetWords] = [foldedParts(alignment.source), foldedParts(alignment.target)];
  const allCapitals = (words: AlignedWord[], language: "source" | "target") => words.flatMap((word) => capitalsParts(word.text, language));
  const foldedTarget = normaliseKey(target);
  const rendered = new Set(alignment.source.flatMap((word) => NAME_EQUIVALENTS[wordInfo(word.text, "source").folded] ?? []));
  const isNamedIn = (part: string, words: Set<string>, capitals: string[]) => words.has(part) || capitals.some((other) => isReordered(part, other));
  const [targetAll, sourceAll] = [allCapitals(alignment.target, "target"), allCapitals(alignment.source, "source")];
  const dropped = sourceCapitals.filter(({ index, parts }) => !parts.some((part) => isNamedIn(part, targetWords, targetAll) ||
    (NAME_EQUIVALENTS[part] ?? []).some((phrase) => foldedTarget.includes(phrase))) && findAcronymExpansion(alignment.source[index].text, alignment.target) === null &&
    unexplainedContent({ first: index, last: index }, alignment, "source") === 1);
  // The source's own acronyms spell out nothing: "la CFDT, la CGT et FO ont appelé" gives no "CFTC".
  const sourceContent = alignment.source.filter((word) => word.isContent && capitalsParts(word.text, "source").length === 0);
  const added = targetCapitals.filter(({ index, parts }) => !parts.some((part) => isNamedIn(part, sourceWords, sourceAll) || rendered.has(part) ||
    findAcronymExpansion(part.toUpperCase(), sourceContent) !== null) && unexplainedContent({ first: index, last: index }, alignment, "target") === 1);
  return { dropped: dropped.map(({ index }) => index), added: added.map(({ index }) => index) };
}

/** A pair of words of the two sides, one in the other's place: the hit entity-mismatch reports. */
export function swapHit(alignment: WordAlignment, sourceIndex: number, targetIndex: number): CheckHit {
  const [sourceWord, targetWord] = [alignment.source[sourceIndex], alignment.target[targetIndex]];
  return {
    message: `The source names “${sourceWord.text}”, but the target has “${targetWord.text}” in its place: a different person, place or body.`,
    sourceSpan: spanOf(sourceWord), targetSpan: spanOf(targetWord), key: `${foldText(sourceWord.text)}|${foldText(targetWord.text)}`,
    evidence: { links: [{ source: spanOf(sourceWord), target: null, score: 0 }, { source: null, target: spanOf(targetWord), score: 0 }] },
  };
}

/**
 * An acronym or brand of the source (capitals past the first letter) that the target names nowhere,
 * with one of the target that the source names nowhere in its place, paired in reading order: "la
 * CFDT" rendered "the CFE-CGC union", "la chaîne CNews" rendered "BFMTV".
 */
export function findAcronymSwaps(source: string, target: string, alignment: WordAlignment, unmatched = findUnmatchedCapitals(source, target, alignment)): CheckHit[] {
  const { dropped, added } = unmatched;
  // Both counted by a figure, they are units, each language's own initials: "8,6 millions d'EVP" → "8.6 million TEU".
  const isUnitPair = (index: number, rank: number) => isCountedUnit(source, alignment.source[index]) && isCountedUnit(target, alignment.target[added[rank]]);
  return dropped.slice(0, added.length).flatMap((index, rank) => (isUnitPair(index, rank) ? [] : [swapHit(alignment, index, added[rank])]));
}
