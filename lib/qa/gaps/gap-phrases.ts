import type { AlignedWord } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { LIST_JOINERS } from "../closing-list-items";
import type { UnalignedRun } from "./unaligned-spans";

// The phrases inside an unlinked run that content-gaps weighs: a prepositional phrase ending it, the
// item before a list joiner, the words joining two list items, and counts of prepositions and content words.

/**
 * Prepositions that open an adjunct of place, time, manner or cause. "de"/"of" and "à"/"to" are
 * left out: they join a noun or a verb to its complement more often than they open an adjunct.
 */
export const PREPOSITIONS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set(("dans en sur sous avec sans pour par contre vers depuis pendant avant après entre chez près loin travers malgré selon " +
    "parmi durant dès jusqu' jusque au-delà derrière devant autour hors envers").split(" ")),
  target: new Set(("in on at near before after despite with without for from through across beyond against during since under over " +
    "among into onto towards toward behind around within throughout amid by until upon along inside outside").split(" ")),
};
/** Words a prepositional phrase's noun phrase may hold after its first content word: "dans le nord du pays", "on the far side of the river". */
const PHRASE_LINKS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set("de d' du des le la les l'".split(" ")),
  target: new Set("of the".split(" ")),
};
const DETERMINERS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set(("le la les l' un une des du d' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs " +
    "tout toute tous toutes chaque quelques plusieurs").split(" ")),
  target: new Set("the a an this that these those my your his her its our their any every each some all".split(" ")),
};
/** French "en" opens a phrase before a determiner or a number ("en trois armées", "en sa possession"); "en train de", "en profiter" are no phrases. */
const EN_DETERMINERS = new Set("le la les l' un une des ce cet cette ces son sa ses mon ma mes ton ta tes notre nos votre vos leur leurs deux trois quatre cinq six dix cent mille".split(" "));

function opensPhrase(words: AlignedWord[], index: number, side: "source" | "target"): boolean {
  const key = words[index].text.toLowerCase();
  if (!PREPOSITIONS[side].has(key)) return false;
  return side === "target" || key !== "en" || EN_DETERMINERS.has(words[index + 1]?.text.toLowerCase() ?? "") || /^\d/.test(words[index + 1]?.text ?? "");
}

/**
 * The prepositional phrase that ends the run, or is all of it: a preposition, its determiners,
 * then content words and only the words that join a noun to its complement ("du", "of the") up to
 * the run's end. "devant toi seront immenses" is no phrase: a verb follows its noun phrase.
 */
export function prepositionalTail(text: string, words: AlignedWord[], run: UnalignedRun, side: "source" | "target"): UnalignedRun | null {
  for (let index = run.last - 1; index >= run.first; index -= 1) {
    if (!opensPhrase(words, index, side)) continue;
    let hasContent = false;
    for (let next = index + 1; next <= run.last; next += 1) {
      if (words[next].isContent) hasContent = true;
      else if (hasContent && !PHRASE_LINKS[side].has(words[next].text.toLowerCase())) return null;
    }
    // The noun phrase ends with the run: "on the direct [route]" goes on past it.
    const next = words[run.last + 1];
    if (next && (next.isContent || PHRASE_LINKS[side].has(next.text.toLowerCase())) && !isClauseBoundaryBefore(text, words, run.last + 1)) return null;
    // "in peace", "en route", "with care": a bare noun after the preposition makes an adverb more often than a phrase of its own.
    const isBare = !DETERMINERS[side].has(words[index + 1].text.toLowerCase()) && contentCount(words, index + 1, run.last + 1) < 2;
    const count = contentCount(words, index, run.last + 1);
    return hasContent && !isBare ? { first: index, last: run.last, contentCount: count } : null;
  }
  return null;
}

/**
 * The stretches a run holds one after another, each opening with a preposition or "and"/"or" (but
 * the first, which opens the run) and ending where the next opens: "the Azores | after hitting a
 * submerged object | during a delivery trip". Empty when nothing inside the run opens one.
 */
export function innerPhrases(words: AlignedWord[], run: UnalignedRun, side: "source" | "target"): UnalignedRun[] {
  const starts = [run.first];
  for (let index = run.first + 1; index <= run.last; index += 1) {
    if (opensPhrase(words, index, side) || LIST_JOINERS[side].has(words[index].text.toLowerCase())) starts.push(index);
  }
  if (starts.length === 1) return [];
  return starts.map((first, at) => {
    let last = at + 1 < starts.length ? starts[at + 1] - 1 : run.last;
    while (last > first && !words[last].isContent) last -= 1;
    return { first, last, contentCount: contentCount(words, first, last + 1) };
  });
}

/** What else may render a phrase's preposition: "à"/"to", "de"/"of". */
const BROAD_PREPOSITIONS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set("à au aux de d' du des".split(" ")),
  target: new Set("to of".split(" ")),
};

/** Prepositions among words `from`..`to` (end exclusive): with `broad`, "à"/"to" and "de"/"of" too, which may render any of them. */
export function prepositionCount(words: AlignedWord[], from: number, to: number, side: "source" | "target", broad: boolean): number {
  let count = 0;
  for (let index = Math.max(0, from); index < Math.min(words.length, to); index += 1) {
    const key = words[index].text.toLowerCase();
    if (opensPhrase(words, index, side) || (broad && BROAD_PREPOSITIONS[side].has(key))) count += 1;
  }
  return count;
}

/**
 * Whether the words between two items' renderings join them as a list: "and"/"or" first (after at
 * most one function word), then at most two words of the next item's own ("trolls and [some
 * selected] mages"), with no other joiner among them.
 */
export function isListJoin(join: AlignedWord[], side: "source" | "target"): boolean {
  const at = join.findIndex((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
  if (at < 0 || at > 1 || join.slice(0, at).some((word) => word.isContent)) return false;
  const rest = join.slice(at + 1);
  return rest.length <= 2 && !rest.some((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
}

/** The part of a run before a list joiner inside it ("[les trolls] et les gobelins"), when it holds content: an item of its own. */
export function listHead(words: AlignedWord[], run: UnalignedRun, side: "source" | "target"): UnalignedRun | null {
  const at = words.slice(run.first + 1, run.last + 1).findIndex((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
  if (at < 0) return null;
  let last = run.first + at;
  while (last >= run.first && !words[last].isContent) last -= 1;
  return last >= run.first ? { first: run.first, last, contentCount: contentCount(words, run.first, last + 1) } : null;
}

export function contentCount(words: AlignedWord[], from: number, to: number): number {
  let count = 0;
  for (let index = Math.max(0, from); index < Math.min(words.length, to); index += 1) if (words[index].isContent) count += 1;
  return count;
}
