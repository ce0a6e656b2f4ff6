import { cognateScore } from "@/lib/word-align/cognates";
import { getLexicon, lexiconHas } from "@/lib/word-align/lexicon";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { findSpelledOutWords } from "./acronym-expansions";
import { CLAUSE_BOUNDARY, isClosingListItem } from "./closing-list-items";
import { NAME_EQUIVALENTS } from "./name-equivalents";
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

export { CLAUSE_BOUNDARY };
/**
 * Prepositions that open an adjunct of place, time, manner or cause. "de"/"of" and "à"/"to" are
 * left out: they join a noun or a verb to its complement more often than they open an adjunct.
 */
const PREPOSITIONS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set(("dans en sur sous avec sans pour par contre vers depuis pendant avant après entre chez près loin travers malgré selon " +
    "parmi durant dès jusqu' jusque au-delà derrière devant autour hors envers").split(" ")),
  target: new Set(("in on at near before after despite with without for from through across beyond against during since under over " +
    "among into onto towards toward behind around within throughout amid by until upon along inside outside").split(" ")),
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
const LIST_JOINERS: Record<"source" | "target", ReadonlySet<string>> = { source: new Set(["et", "ou"]), target: new Set(["and", "or"]) };

/** Links below this are guesses (weak cognates, far-off model links): they anchor nothing. */
const MIN_ANCHOR_SCORE = 0.6;

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
function prepositionalTail(text: string, words: AlignedWord[], run: UnalignedRun, side: "source" | "target"): UnalignedRun | null {
  for (let index = run.last - 1; index >= run.first; index -= 1) {
    if (!opensPhrase(words, index, side)) continue;
    let hasContent = false;
    for (let next = index + 1; next <= run.last; next += 1) {
      if (words[next].isContent) hasContent = true;
      else if (hasContent && !PHRASE_LINKS[side].has(words[next].text.toLowerCase())) return null;
    }
    // The noun phrase ends with the run: "on the direct [route]" goes on past it.
    const next = words[run.last + 1];
    if (next && (next.isContent || PHRASE_LINKS[side].has(next.text.toLowerCase())) && !CLAUSE_BOUNDARY.test(text.slice(words[run.last].end, next.start))) return null;
    // "in peace", "en route", "with care": a bare noun after the preposition makes an adverb more often than a phrase of its own.
    const isBare = !DETERMINERS[side].has(words[index + 1].text.toLowerCase()) && contentCount(words, index + 1, run.last + 1) < 2;
    const count = contentCount(words, index, run.last + 1);
    return hasContent && !isBare ? { first: index, last: run.last, contentCount: count } : null;
  }
  return null;
}

/** What else may render a phrase's preposition: "à"/"to", "de"/"of". */
const BROAD_PREPOSITIONS: Record<"source" | "target", ReadonlySet<string>> = {
  source: new Set("à au aux de d' du des".split(" ")),
  target: new Set("to of".split(" ")),
};

/** Prepositions among words `from`..`to` (end exclusive): with `broad`, "à"/"to" and "de"/"of" too, which may render any of them. */
function prepositionCount(words: AlignedWord[], from: number, to: number, side: "source" | "target", broad: boolean): number {
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
function isListJoin(join: AlignedWord[], side: "source" | "target"): boolean {
  const at = join.findIndex((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
  if (at < 0 || at > 1 || join.slice(0, at).some((word) => word.isContent)) return false;
  const rest = join.slice(at + 1);
  return rest.length <= 2 && !rest.some((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
}

/** The part of a run before a list joiner inside it ("[les trolls] et les gobelins"), when it holds content: an item of its own. */
function listHead(words: AlignedWord[], run: UnalignedRun, side: "source" | "target"): UnalignedRun | null {
  const at = words.slice(run.first + 1, run.last + 1).findIndex((word) => LIST_JOINERS[side].has(word.text.toLowerCase()));
  if (at < 0) return null;
  let last = run.first + at;
  while (last >= run.first && !words[last].isContent) last -= 1;
  return last >= run.first ? { first: run.first, last, contentCount: contentCount(words, run.first, last + 1) } : null;
}

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
  const isBoundary = (index: number) => index <= 0 || index >= words.length || CLAUSE_BOUNDARY.test(text.slice(words[index - 1].end, words[index].start));
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
    const otherTo = nearestFrom[after];
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

/** A cognate this close is a rendering even when the aligner gave the word to another one. */
const SUPPORT_COGNATE = 0.7;

/** A word of a name the names table renders by this one English word: "Union européenne" by "EU", "Allemagne" by "German". */
function isNameRendering(french: string, english: string): boolean {
  return Object.hasOwn(NAME_EQUIVALENTS, french) && NAME_EQUIVALENTS[french].includes(english);
}

/**
 * Content words of the run that a content word anywhere on the other side could render (lexicon
 * or close cognate), linked or not: "our gold" against "notre or" when the aligner took "or" for
 * the conjunction. A run whose words are all accounted for is a rendering the aligner missed, not
 * a gap; the words that are not are what a reviewer should look at.
 */
export function unexplainedContent(gap: { first: number; last: number }, alignment: WordAlignment, side: "source" | "target"): number {
  const { lexicon } = getLexicon();
  const other = side === "source" ? "target" : "source";
  // Every word of the other side, function words too: French "or" is a conjunction and gold.
  const otherInfos = alignment[other].map((word) => wordInfo(word.text, other));
  let count = 0;
  // An acronym spelled out by the initials of English words ("PNF" → "national financial prosecutor's office") is rendered by them.
  let spelledOut: Set<number> | undefined;
  for (const [offset, word] of alignment[side].slice(gap.first, gap.last + 1).entries()) {
    if (!word.isContent) continue;
    if (side === "target" && (spelledOut ??= findSpelledOutWords(alignment.source, alignment.target)).has(gap.first + offset)) continue;
    const info = wordInfo(word.text, side);
    const explained = otherInfos.some((otherInfo) => {
      const [french, english] = side === "source" ? [info, otherInfo] : [otherInfo, info];
      return lexiconHas(lexicon, french.folded, french.stem, english.stem) || (english.baseStem !== english.stem && lexiconHas(lexicon, french.folded, french.stem, english.baseStem)) ||
        cognateScore(french, english) >= SUPPORT_COGNATE || isNameRendering(french.folded, english.folded);
    });
    if (!explained) count += 1;
  }
  return count;
}
