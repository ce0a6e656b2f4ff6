import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { isClosingListItem, LIST_JOINERS } from "../closing-list-items";
import { contentCount, isListJoin, listHead, prepositionalTail, prepositionCount } from "./gap-phrases";
import { findUnalignedRuns, type UnalignedRun } from "./unaligned-spans";

/** One side's unlinked run and the anchors around it: the nearest linked words, and their counterparts. */
export type ContentGap = UnalignedRun & {
  /** Content words between the anchors on this side (the run's and any other unlinked ones). */
  contentBetween: number;
  /** Content words between the anchors' counterparts on the other side: where the run's rendering would be. */
  otherContentBetween: number;
  /** The run is all the content of its clause (between punctuation marks), or ends its sentence with nothing linked after it: a whole phrase, not a word of one. */
  isWholePhrase: boolean;
  /** Linked words anchor the run on both sides: it neither opens nor ends the sentence's rendered words. */
  isBetweenAnchors: boolean;
  /** The run opens with a relative pronoun or a preposition ("qui arrivait avec des renforts", "at his home"): a constituent of its own, not words of one. */
  opensConstituent: boolean;
  /** The run is a coordinated member: it opens with "et"/"ou" ("and"/"or"), or one comes right after it. */
  isCoordinate: boolean;
  /** The other side has "et"/"ou" ("and"/"or") between the anchors' counterparts: a coordination of its own. */
  isOtherCoordinated: boolean;
  /** Nothing linked follows the run: it ends the sentence. */
  isTail: boolean;
  /** The run opens a clause: a punctuation mark ends what comes before it ("…, as Agnovon had foretold"). */
  isAfterPunctuation: boolean;
  /** The run is all of its clause, from a punctuation mark to the next or to the sentence's end ("…, où la droite est majoritaire."). */
  isWholeClause: boolean;
  /** The run is one item of a list: a comma before it, a comma or "et"/"ou" ("and"/"or") after it. */
  isListItem: boolean;
  /** The run is an item that closes a list the other side had closed already ("trade, Ukraine [and Taiwan]" against "du commerce et de l'Ukraine"). */
  closesList: boolean;
  /**
   * The run is a prepositional phrase that ends an unlinked run, or is all of it ("… entendre [dans
   * les eaux peu profondes]", "for the living [near the old river]"), listed besides the run: the
   * rest of the run stays outside it, so it may account for what the other side holds between the anchors.
   */
  isPrepositionalPhrase: boolean;
  /** Prepositional phrases this side opens between the anchors, and prepositions the other side has between their counterparts (any, "à"/"to" included). */
  phrasesBetween: number;
  otherPrepositionsBetween: number;
  /** The other side's words strictly between the anchors' counterparts: where the run's rendering would be. */
  otherFrom: number;
  otherTo: number;
};

/** Relative pronouns that open nothing else ("que"/"that" also open complement clauses). */
const RELATIVES: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set("qui dont où lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles".split(" ")),
  target: new Set("who whom whose which where".split(" ")),
};
const SUBJECTS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set("je j' tu il elle on nous vous ils elles".split(" ")),
  target: new Set("i you he she it we they".split(" ")),
};

/** Links below this are guesses (weak cognates, far-off model links): they anchor nothing. */
const MIN_ANCHOR_SCORE = 0.6;

/**
 * Runs of content words of one side with no counterpart, each with what sits between its anchors
 * on both sides. "Le roi, [dans son palais de pierre,] parla" against "The king spoke": the anchors
 * "roi" and "parla" have adjacent counterparts, so the English has no room for the run — a gap.
 * A paraphrase leaves unlinked words between the counterparts too: room for the run's rendering.
 * Anchors crossing over (reordered clauses) make no gap.
 */
export function findContentGaps(text: string, otherText: string, alignment: WordAlignment, side: "source" | "target"): ContentGap[] {
  const other = side === "source" ? "target" : "source";
  const [words, otherWords] = [alignment[side], alignment[other]];
  const counterparts = new Map<number, number[]>();
  for (const link of alignment.links) {
    // Function words ("à"/"a", "me"/"me") link by spelling alone: they anchor nothing.
    if (link.score < MIN_ANCHOR_SCORE || !words[link[side]].isContent || !otherWords[link[other]].isContent) continue;
    counterparts.set(link[side], [...(counterparts.get(link[side]) ?? []), link[other]]);
  }
  const linked = new Set(alignment.links.map((link) => link[side]));
  const isBoundary = (index: number) => isClauseBoundaryBefore(text, words, index);
  const linkedContentWithin = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) if (linked.has(index) && words[index].isContent) return true;
    return false;
  };
  // A content word the other side renders by a function word ("à partir de" → "from") is taken: it is no room for the run.
  const takenByFunctionWords = new Set(alignment.links.filter((link) => link.score >= MIN_ANCHOR_SCORE && otherWords[link[other]].isContent && !words[link[side]].isContent)
    .map((link) => link[other]));
  const renderedElsewhere = (from: number, to: number) => [...takenByFunctionWords].filter((index) => index >= from && index < to).length;
  // The furthest counterpart of any anchor up to each word, and the nearest of any from each word on:
  // read once per run below, so built once per side instead of once per run.
  const furthestUpTo = new Array<number>(words.length);
  const nearestFrom = new Array<number>(words.length + 1);
  for (let index = 0, furthest = -1; index < words.length; index += 1) {
    for (const otherIndex of counterparts.get(index) ?? []) furthest = Math.max(furthest, otherIndex);
    furthestUpTo[index] = furthest;
  }
  nearestFrom[words.length] = otherWords.length;
  for (let index = words.length - 1; index >= 0; index -= 1) {
    nearestFrom[index] = Math.min(nearestFrom[index + 1], ...(counterparts.get(index) ?? []));
  }
  const gaps: ContentGap[] = [];
  const runs = findUnalignedRuns(text, words, linked).flatMap((run) => {
    const phrase = prepositionalTail(text, words, run, side);
    const head = listHead(words, run, side);
    return [{ ...run, isPrepositionalPhrase: false }, ...(phrase ? [{ ...phrase, isPrepositionalPhrase: true }] : []), ...(head ? [{ ...head, isPrepositionalPhrase: false, isHead: true }] : [])];
  });
  for (const run of runs) {
    let before = run.first - 1;
    while (before >= 0 && !counterparts.has(before)) before -= 1;
    let after = run.last + 1;
    while (after < words.length && !counterparts.has(after)) after += 1;
    // The furthest counterpart of any anchor up to the run, the nearest of any after it: "décret présidentiel" → "presidential decree" inverts locally.
    const otherFrom = before >= 0 ? furthestUpTo[before] : -1;
    // An anchor after the run that the other side moved before it ("placed Maison Gaborit, which employs …, into receivership" for
    // "a placé en redressement judiciaire le fabricant"): the room ends at the nearest counterpart past the one before the run.
    let otherTo = nearestFrom[after];
    // One anchor moved, no more: the next anchor after it must stand past the one before the run, as the sentence went on.
    if (otherTo <= otherFrom && before >= 0 && after < words.length) {
      let next = after + 1;
      while (next < words.length && !counterparts.has(next)) next += 1;
      const isOneMoved = next < words.length && Math.min(...counterparts.get(next)!) > otherFrom && nearestFrom[next] > otherFrom;
      if (isOneMoved) otherTo = nearestFrom[next];
    }
    // A list item: "trolls, [d'ogres] et de mages" against "trolls and mages". The anchors are the
    // items either side (only a comma before the run, only a comma or "et"/"ou" and function words
    // after it), and their own counterparts stand joined by "and" or "or" and at most one other
    // function word, wherever the rest of the sentence moved.
    // "cruel, [impitoyable]" or "cruel [et impitoyable]": the run follows its neighbour after a comma, or opens with "et"/"ou".
    const joinedBefore = before === run.first - 1 && before >= 0 &&
      (/^\s*,\s*$/.test(text.slice(words[before].end, words[run.first].start)) || LIST_JOINERS[side].has(words[run.first].text.toLowerCase()));
    const joinedAfter = after < words.length && contentCount(words, run.last + 1, after) === 0 &&
      (text.slice(words[run.last].end, words[run.last + 1].start).includes(",") || LIST_JOINERS[side].has(words[run.last + 1].text.toLowerCase()));
    const [nearFrom, nearTo] = joinedBefore && joinedAfter ? [Math.max(...counterparts.get(before)!), Math.min(...counterparts.get(after)!)] : [-1, -1];
    const otherJoin = otherWords.slice(nearFrom + 1, nearTo);
    // A middle item ("trolls, [d'ogres] et de mages"): the item after it is the last, and its renderer may carry words of its own.
    const isMiddleItem = !LIST_JOINERS[side].has(words[run.first].text.toLowerCase()) && LIST_JOINERS[side].has(words[run.last + 1]?.text.toLowerCase() ?? "");
    // Or the next item is unlinked too ("orcs, [trolls] et gobelins" against "orcs and goblins"): the
    // counterpart of the item before the run is followed by "and"/"or", so the other side's list goes
    // straight on to its last item and has no room for this one.
    const isBeforeLastItem = joinedBefore && isMiddleItem && LIST_JOINERS[other].has(otherWords[Math.max(...counterparts.get(before)!) + 1]?.text.toLowerCase() ?? "");
    // Or it closes a list the other side had closed already: "trade, Ukraine [and Taiwan]" against "du commerce et de l'Ukraine".
    const closes = joinedBefore && isClosingListItem({ text, words }, { text: otherText, words: otherWords }, run, counterparts.get(before) ?? [], side);
    const isListItem = closes || isBeforeLastItem || (nearFrom >= 0 && nearTo > nearFrom && (isMiddleItem ? isListJoin(otherJoin, other) : otherJoin.length <= 2 &&
      otherJoin.every((word) => !word.isContent) && otherJoin.some((word) => LIST_JOINERS[other].has(word.text.toLowerCase()))));
    // A run's head is only ever looked at as a list item: before "et" may stand a clause of its own.
    if ((otherFrom >= otherTo || "isHead" in run) && !isListItem) continue;
    let [clauseStart, clauseEnd] = [run.first, run.last + 1];
    while (!isBoundary(clauseStart)) clauseStart -= 1;
    while (!isBoundary(clauseEnd)) clauseEnd += 1;
    const isTail = !linkedContentWithin(run.last + 1, words.length);
    gaps.push({
      ...run, contentBetween: contentCount(words, before + 1, after),
      otherContentBetween: isListItem ? 0 : contentCount(otherWords, otherFrom + 1, otherTo) - renderedElsewhere(otherFrom + 1, otherTo),
      isWholePhrase: isTail || !linkedContentWithin(clauseStart, clauseEnd), isWholeClause: !linkedContentWithin(clauseStart, clauseEnd), isTail,
      isBetweenAnchors: before >= 0 && after < words.length,
      isOtherCoordinated: otherWords.slice(otherFrom + 1, otherTo).some((word) => LIST_JOINERS[other].has(word.text.toLowerCase())),
      opensConstituent: RELATIVES[side].has(words[run.first].text.toLowerCase()) || prepositionalTail(text, words, run, side)?.first === run.first,
      // "et je suis sûr", "and I believe": a subject opens a clause of its own, not a member.
      isCoordinate: (LIST_JOINERS[side].has(words[run.first].text.toLowerCase()) && !SUBJECTS[side].has(words[run.first + 1]?.text.toLowerCase() ?? "")) ||
        LIST_JOINERS[side].has(words[run.last + 1]?.text.toLowerCase() ?? ""), isListItem, closesList: closes, isAfterPunctuation: run.first > 0 && isBoundary(run.first),
      phrasesBetween: prepositionCount(words, before + 1, after, side, false),
      otherPrepositionsBetween: prepositionCount(otherWords, otherFrom + 1, otherTo, other, true),
      otherFrom: closes ? Math.max(...counterparts.get(before)!) : isListItem ? nearFrom : otherFrom,
      otherTo: closes ? Math.max(...counterparts.get(before)!) + 1 : isListItem ? nearFrom + 1 : otherTo,
    });
  }
  return gaps;
}

/**
 * Whether the other side has no room for the run: what lies between the anchors there is no more
 * than this side's words outside the run, give or take `slack` words (a rendering may add one).
 */
export function hasNoRoom(gap: ContentGap, slack = 0): boolean {
  return gap.otherContentBetween <= gap.contentBetween - gap.contentCount + slack;
}

/**
 * Whether the run is a constituent (a relative clause, a prepositional phrase, a coordinated member)
 * that is all that stands between its anchors, and their counterparts stand side by side (no content
 * word between them): "qui réclament [un allègement des normes et] de meilleurs prix"
 * against "demanding better prices". A rendering of the run would have to sit somewhere else.
 */
export function hasNothingBetween(gap: ContentGap): boolean {
  return gap.isBetweenAnchors && (gap.opensConstituent || gap.isCoordinate) && gap.otherContentBetween === 0 && gap.contentBetween === gap.contentCount;
}

/**
 * Content words the other side leaves unlinked, in the clauses of the anchors' counterparts, beyond
 * those this side leaves unlinked outside the run in the anchors' clauses: what the other side still
 * holds nearby that the run could render. A paraphrase leaves words on both sides ("hélitreuillés"
 * for "winched to safety"); an added phrase leaves none on the other.
 */
export function otherLeftOver(texts: { text: string; otherText: string }, gap: ContentGap, alignment: WordAlignment, side: "source" | "target"): number {
  const other = side === "source" ? "target" : "source";
  const [words, otherWords] = [alignment[side], alignment[other]];
  const [linked, otherLinked] = [new Set(alignment.links.map((link) => link[side])), new Set(alignment.links.map((link) => link[other]))];
  let [before, after] = [gap.first - 1, gap.last + 1];
  while (before >= 0 && !(linked.has(before) && words[before].isContent)) before -= 1;
  while (after < words.length && !(linked.has(after) && words[after].isContent)) after += 1;
  const [from, to] = clauseSpan(texts.text, words, before, after);
  const [otherFrom, otherTo] = clauseSpan(texts.otherText, otherWords, gap.otherFrom, gap.otherTo);
  const unlinkedIn = (list: AlignedWord[], isLinked: Set<number>, start: number, end: number) =>
    list.slice(start, end).filter((word, offset) => word.isContent && !isLinked.has(start + offset)).length;
  return unlinkedIn(otherWords, otherLinked, otherFrom, otherTo) - (unlinkedIn(words, linked, from, to) - gap.contentCount);
}

/** From the start of the clause holding word `first` to the end of the clause holding word `last` (end exclusive; -1 and the length stand for the sentence's ends). */
function clauseSpan(text: string, words: AlignedWord[], first: number, last: number): [number, number] {
  let [start, end] = [Math.max(0, first), Math.min(words.length, last + 1)];
  while (!isClauseBoundaryBefore(text, words, start)) start -= 1;
  while (!isClauseBoundaryBefore(text, words, end)) end += 1;
  return [start, end];
}

/**
 * Whether a prepositional phrase cut from a run has no rendering on the other side: the run holds
 * more such phrases than the other side has prepositions between the anchors' counterparts ("pour
 * les vivants" renders "for the living", not "near the old river"), and the rest of the run
 * accounts for the other side's content words there.
 */
export function hasNoRoomForPhrase(gap: ContentGap, slack = 0): boolean {
  return gap.isPrepositionalPhrase && gap.phrasesBetween > gap.otherPrepositionsBetween && hasNoRoom(gap, slack);
}

/** The runs not inside another of the list (nor the same as an earlier one): a prepositional phrase cut from a run that is reported whole is not reported again. */
export function withoutNested<T extends { first: number; last: number }>(runs: T[]): T[] {
  return runs.filter((run, index) => !runs.some((other, otherIndex) => otherIndex !== index && other.first <= run.first && other.last >= run.last &&
    (other.first < run.first || other.last > run.last || otherIndex < index)));
}
