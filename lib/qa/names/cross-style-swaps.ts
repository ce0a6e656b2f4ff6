import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldText } from "@/lib/text/text";
import { findUnmatchedCapitals, swapHit } from "./acronym-swaps";
import { findUnmatchedNames } from "./unmatched-names";
import type { CheckHit } from "../types";

/** Each of `left` with one of `right`, in reading order, as many as the shorter list has. */
function pairInOrder(left: number[], right: number[]): Array<[number, number]> {
  return left.slice(0, right.length).map((index, rank) => [index, right[rank]]);
}

/**
 * Whether an acronym may stand for the name at `index` of the other side: one of its letters is the
 * name's initial ("OM" for "Marseille", "LOSC" for "Lille"), or its letters are, in order, initials of
 * the words around the name ("ADP" for "Aéroports de Paris", "LR" for "Les Républicains").
 */
function mayAbbreviate(acronym: string, words: AlignedWord[], index: number): boolean {
  const letters = [...foldText(acronym).replace(/[^a-z]/g, "")];
  const initials = words.slice(Math.max(0, index - letters.length - 3), index + 4).map((word) => foldText(word.text)[0] ?? "");
  if (letters.includes(initials[Math.min(index, letters.length + 3)])) return true;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at += 1;
  return at === letters.length;
}

/**
 * A body's initials in the source with a name of the target in their place: "la RATP" rendered
 * "Keolis". The word-by-word pairing reads only names written "Name", the acronym pairing only words
 * in capitals on both sides: an acronym the latter leaves over is paired here with a name the former
 * leaves over, in reading order. English often names a French body by a name its initials may stand
 * for ("l'OM" → "Marseille"): such a name is a rendering. The other way, a French name rendered by
 * English initials raised false alarms on faithful news where the name had several words; a name of
 * one word ("Infrabel" → "the SNCB") spells out no initials and is read.
 */
export function findCrossStyleSwaps(source: string, target: string, alignment: WordAlignment, unmatched = findUnmatchedCapitals(source, target, alignment)): CheckHit[] {
  const { dropped, added } = unmatched;
  if (dropped.length === added.length) return [];
  const { sourceNames, findTargetNames } = findUnmatchedNames(source, target, alignment);
  const targetNames = findTargetNames();
  if (dropped.length < added.length) {
    // Not a name's last word, nor a noun's complement ("la Chambre des notaires de Paris"): the body it belongs to is the other checks'.
    const isOneWordName = (index: number) => ![index - 1, index + 1].some((at) => /^\p{Lu}/u.test(alignment.source[at]?.text ?? "")) &&
      !/^(?:de|du|des|d['’])$/i.test(alignment.source[index - 1]?.text ?? "");
    return pairInOrder(sourceNames.slice(targetNames.length), added.slice(dropped.length))
      .filter(([sourceIndex, targetIndex]) => isOneWordName(sourceIndex) && !mayAbbreviate(alignment.target[targetIndex].text, alignment.source, sourceIndex))
      .map(([sourceIndex, targetIndex]) => swapHit(alignment, sourceIndex, targetIndex));
  }
  const pairs = pairInOrder(dropped.slice(added.length), targetNames.slice(sourceNames.length))
    .filter(([sourceIndex, targetIndex]) => !mayAbbreviate(alignment.source[sourceIndex].text, alignment.target, targetIndex));
  return pairs.map(([sourceIndex, targetIndex]) => swapHit(alignment, sourceIndex, targetIndex));
}
