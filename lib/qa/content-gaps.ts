import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { findUnalignedRuns, type UnalignedRun } from "./unaligned-spans";

/** One side's unlinked run and the anchors around it: the nearest linked words, and their counterparts. */
export type ContentGap = UnalignedRun & {
  /** Content words between the anchors on this side (the run's and any other unlinked ones). */
  contentBetween: number;
  /** Content words between the anchors' counterparts on the other side: where the run's rendering would be. */
  otherContentBetween: number;
  /** The run is all the content of its clause (between punctuation marks), or ends its sentence with nothing linked after it: a whole phrase, not a word of one. */
  isWholePhrase: boolean;
  /** Nothing linked follows the run: it ends the sentence. */
  isTail: boolean;
  /** The run opens a clause: a punctuation mark ends what comes before it ("…, as Agnovon had foretold"). */
  isAfterPunctuation: boolean;
  /** The run is one item of a list: a comma before it, a comma or "et"/"ou" ("and"/"or") after it. */
  isListItem: boolean;
};

const BOUNDARY = /[.;:?!,()«»"“”—–]/;
const LIST_JOINERS: Record<"source" | "target", ReadonlySet<string>> = { source: new Set(["et", "ou"]), target: new Set(["and", "or"]) };

/** Links below this are guesses (weak cognates, far-off model links): they anchor nothing. */
const MIN_ANCHOR_SCORE = 0.6;

function contentCount(words: AlignedWord[], from: number, to: number): number {
  let count = 0;
  for (let index = Math.max(0, from); index < Math.min(words.length, to); index += 1) if (words[index].isContent) count += 1;
  return count;
}

/**
 * Runs of content words of one side with no counterpart, each with what sits between its anchors
 * on both sides. "Le roi, [dans son palais de pierre,] parla" against "The king spoke": the anchors
 * "roi" and "parla" have adjacent counterparts, so the English has no room for the run — a gap.
 * A paraphrase leaves unlinked words between the counterparts too: room for the run's rendering.
 * Anchors crossing over (reordered clauses) make no gap.
 */
export function findContentGaps(text: string, alignment: WordAlignment, side: "source" | "target"): ContentGap[] {
  const other = side === "source" ? "target" : "source";
  const [words, otherWords] = [alignment[side], alignment[other]];
  const counterparts = new Map<number, number[]>();
  for (const link of alignment.links) {
    // Function words ("à"/"a", "me"/"me") link by spelling alone: they anchor nothing.
    if (link.score < MIN_ANCHOR_SCORE || !words[link[side]].isContent || !otherWords[link[other]].isContent) continue;
    counterparts.set(link[side], [...(counterparts.get(link[side]) ?? []), link[other]]);
  }
  const linked = new Set(alignment.links.map((link) => link[side]));
  const isBoundary = (index: number) => index <= 0 || index >= words.length || BOUNDARY.test(text.slice(words[index - 1].end, words[index].start));
  const linkedContentWithin = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) if (linked.has(index) && words[index].isContent) return true;
    return false;
  };
  const gaps: ContentGap[] = [];
  for (const run of findUnalignedRuns(text, words, linked)) {
    let before = run.first - 1;
    while (before >= 0 && !counterparts.has(before)) before -= 1;
    let after = run.last + 1;
    while (after < words.length && !counterparts.has(after)) after += 1;
    // The furthest counterpart of any anchor up to the run, the nearest of any after it: "décret présidentiel" → "presidential decree" inverts locally.
    const otherFrom = Math.max(-1, ...[...counterparts].filter(([index]) => index <= before).flatMap(([, others]) => others));
    const otherTo = Math.min(otherWords.length, ...[...counterparts].filter(([index]) => index >= after).flatMap(([, others]) => others));
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
    const isListItem = nearFrom >= 0 && nearTo > nearFrom && otherJoin.length <= 2 &&
      otherJoin.every((word) => !word.isContent) && otherJoin.some((word) => LIST_JOINERS[other].has(word.text.toLowerCase()));
    if (otherFrom >= otherTo && !isListItem) continue;
    let [clauseStart, clauseEnd] = [run.first, run.last + 1];
    while (!isBoundary(clauseStart)) clauseStart -= 1;
    while (!isBoundary(clauseEnd)) clauseEnd += 1;
    const isTail = !linkedContentWithin(run.last + 1, words.length);
    gaps.push({
      ...run, contentBetween: contentCount(words, before + 1, after),
      otherContentBetween: isListItem ? 0 : contentCount(otherWords, otherFrom + 1, otherTo),
      isWholePhrase: isTail || !linkedContentWithin(clauseStart, clauseEnd), isTail, isListItem, isAfterPunctuation: run.first > 0 && isBoundary(run.first),
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

/** A cognate this close is a rendering even when the aligner gave the word to another one. */
const SUPPORT_COGNATE = 0.7;

/**
 * Content words of the run that a content word anywhere on the other side could render (lexicon
 * or close cognate), linked or not: "our gold" against "notre or" when the aligner took "or" for
 * the conjunction. A run whose words are all accounted for is a rendering the aligner missed, not
 * a gap; the words that are not are what a reviewer should look at.
 */
export function unexplainedContent(gap: ContentGap, alignment: WordAlignment, side: "source" | "target"): number {
  const { lexicon } = getLexicon();
  const other = side === "source" ? "target" : "source";
  // Every word of the other side, function words too: French "or" is a conjunction and gold.
  const otherInfos = alignment[other].map((word) => wordInfo(word.text, other));
  let count = 0;
  for (const word of alignment[side].slice(gap.first, gap.last + 1)) {
    if (!word.isContent) continue;
    const info = wordInfo(word.text, side);
    const explained = otherInfos.some((otherInfo) => {
      const [french, english] = side === "source" ? [info, otherInfo] : [otherInfo, info];
      return lexiconHas(lexicon, french.folded, french.stem, english.stem) || (english.baseStem !== english.stem && lexiconHas(lexicon, french.folded, french.stem, english.baseStem)) || cognateScore(french, english) >= SUPPORT_COGNATE;
    });
    if (!explained) count += 1;
  }
  return count;
}
