import { type ContentGap, findContentGaps, hasNoRoom, hasNothingBetween, hasNoRoomForPhrase, otherLeftOver, withoutNested } from "../gaps/content-gaps";
import { unexplainedContent } from "../names/unexplained-content";
import { findAddedQualifiers } from "../gaps/added-qualifiers";
import { findAddedMemberPartner, isCoordinateAtClauseEnd } from "../gaps/added-members";
import { isFreeRenderingOfSource } from "../gaps/free-renderings";
import { findAddedAppositives } from "../gaps/added-appositives";
import { findAddedInnerPhrases } from "../gaps/added-inner-phrases";
import { findAddedModifiers } from "../gaps/added-modifiers";
import { isPhraseClosingRenderedClause } from "../gaps/clause-closing-phrases";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { withoutStrayLinks } from "../gaps/stray-links";
import { findNameGlosses } from "../names/name-glosses";
import { findAddedKnownBodies } from "../names/known-entities";
import { findCoordinatedName } from "../names/coordinated-names";
import { isJoined } from "../names/name-phrases";
import { findAddedNameModifiers } from "../names/name-modifiers";
import { compareNumbers } from "../numbers";
import { hasCalendarWord } from "./date-mismatch";
import { DEFAULT_DOCUMENT_STATS, logRatio } from "../gaps/length-ratio";
import { findAddedNames } from "./entity-mismatch";
import { ENGLISH_DAY_PATTERN, ENGLISH_MONTHS } from "@/lib/text/calendar-words";
import { normaliseKey } from "@/lib/text/text";
import { wordInfo } from "@/lib/word-align/words";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { isPresentParticiple } from "../roles/verb-reading";
import { PLACE_MARKERS } from "../roles/role-markers";
import { isEnglishPeopleWord } from "../names/entity-stems";
import type { CheckHit, SegmentCheck, SegmentPair } from "../types";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";

const MIN_ADDED_CONTENT = 3;
/** How much longer than the document's usual length ratio the target must be (log; e^0.3 ≈ 1.35). */
const MIN_EXCESS = 0.3;
/** The French between the anchors may hold one content word more than the English outside the run: a rendering may drop one. */
const ROOM_SLACK = 1;
/**
 * A whole added phrase (", according to the minister", "… after the vote": all of a clause,
 * or the sentence's end, unlinked) needs only two content words and a smaller excess (e^0.1 ≈ 1.1),
 * with no slack: the French between the anchors must hold nothing it could render.
 */
const MIN_ADDED_PHRASE_CONTENT = 2;
const MIN_PHRASE_EXCESS = 0.1;
/**
 * An added prepositional phrase ("The army withdrew [from the northern provinces]"): two content
 * words none of which the source could render anywhere, one content word of slack in the room,
 * and an excess of e^0.25 ≈ 1.28.
 */
const MIN_PREPOSITIONAL_EXCESS = 0.25;
/**
 * A constituent closing the sentence after the last rendered word, with three content words and
 * nothing left in the French after that word's counterpart ("Then we saw many ships [near the old
 * river]"), needs no longer target: a word the English leaves out elsewhere may pay for its length.
 */
const MIN_TAIL_EXCESS = -0.3;

function isAddedTail(gap: ContentGap, alignment: WordAlignment, unexplained: () => number): boolean {
  // A clause of its own, set off by a punctuation mark (", with the left abstaining"), needs two content words only.
  const minContent = gap.isWholeClause && gap.isAfterPunctuation ? MIN_ADDED_PHRASE_CONTENT : MIN_ADDED_CONTENT;
  if (!gap.isTail || !gap.opensConstituent || gap.otherContentBetween !== 0 || gap.contentCount < minContent) return false;
  // After the counterpart of the word right before the run, not only of the furthest one: a clause moved
  // to the front ("regrettent les syndicats" → "Unions regret that…") leaves French unrendered at the end.
  const before = alignment.links.filter((link) => link.target < gap.first && alignment.target[link.target].isContent);
  if (before.length === 0) return false;
  const nearest = Math.max(...before.map((link) => link.target));
  const from = Math.max(...before.filter((link) => link.target === nearest).map((link) => link.source));
  const linked = new Set(alignment.links.map((link) => link.source));
  const isLeftOver = alignment.source.slice(from + 1).some((word, offset) => word.isContent && !linked.has(from + 1 + offset));
  return !isLeftOver && unexplained() >= gap.contentCount;
}

/** French demonstrative pronouns that stand for a noun said before: "mon aide et celle de mes hommes". */
const FRENCH_DEMONSTRATIVE_PRONOUN = /(?<!\p{L})(?:celui|celle|ceux|celles)(?!\p{L})/iu;

/**
 * Whether the run only says again a noun the English says elsewhere, where the French stands a
 * demonstrative pronoun for it: "mon aide et celle de mes hommes" → "my support and the support of my men".
 */
function isNounForPronoun(source: string, gap: ContentGap, alignment: WordAlignment): boolean {
  if (!FRENCH_DEMONSTRATIVE_PRONOUN.test(source)) return false;
  const stemOf = (index: number) => wordInfo(alignment.target[index].text, "target").stem;
  const isOutside = (index: number) => index < gap.first || index > gap.last;
  const saidElsewhere = new Set(alignment.target.map((word, index) => (word.isContent && isOutside(index) ? stemOf(index) : "")));
  const content = alignment.target.slice(gap.first, gap.last + 1).map((word, offset) => (word.isContent ? gap.first + offset : -1)).filter((index) => index >= 0);
  return content.length > 0 && content.every((index) => saidElsewhere.has(stemOf(index)));
}

/** The gap without the name glosses at its edges ("statistics agency" of "statistics agency said"); null when nothing else is left. */
function withoutGlosses(gap: ContentGap, glosses: Set<number>, words: AlignedWord[]): ContentGap | null {
  let [first, last, removed] = [gap.first, gap.last, 0];
  const skip = (index: number) => glosses.has(index) || !words[index].isContent;
  while (first <= last && skip(first)) removed += glosses.has(first++) ? 1 : 0;
  while (last >= first && skip(last)) removed += glosses.has(last--) ? 1 : 0;
  if (removed === 0) return gap;
  if (first > last) return null;
  return { ...gap, first, last, contentCount: gap.contentCount - removed, contentBetween: gap.contentBetween - removed };
}

/**
 * An added coordinated member, or a clause of its own with three content words, needs only a target
 * no shorter than usual: a noun phrase or a short apposition is little of a long sentence's length.
 */
const MIN_USUAL_EXCESS = 0;

/**
 * A clause of its own (between punctuation marks, or ending the sentence after one) with three content
 * words, none of which the French could render: ", their first walkout in a decade"; a predicate
 * "and"/"but" joins to the clause's own: "was stabbed in a Florida prison [and remains in critical condition]";
 * or a subordinate clause ending its clause: "ordered by the emir [after he suspended parliament]".
 */
function isAddedClause(gap: ContentGap, text: string, words: AlignedWord[], unexplained: () => number): boolean {
  // A participle's clause (", confirming a report by the Financial Times") is a claim of its own: one French word left unrendered nearby cannot say it.
  if (gap.isWholeClause && gap.isAfterPunctuation) return gap.contentCount >= MIN_ADDED_CONTENT && hasNoRoom(gap, isParticipleClause(words, gap.first) ? 1 : 0) && unexplained() >= MIN_ADDED_CONTENT;
  // A subordinate clause says its claim in a subject, a verb and one more word: "after he suspended parliament".
  const isSubordinate = isSubordinateClause(words, gap.first);
  const minContent = isSubordinate ? MIN_ADDED_PHRASE_CONTENT : isCoordinatedPredicate(words, gap.first) ? MIN_ADDED_CONTENT : Infinity;
  // A subordinate clause may go on with a rendered place: "had fallen eight metres [after a rope snapped] in the chasm".
  const isClauseEnd = isClauseBoundaryBefore(text, words, gap.last + 1) || (isSubordinate && PLACE_MARKERS.target.has((words[gap.last + 1]?.text ?? "").toLowerCase()));
  return isClauseEnd && gap.contentCount >= minContent && hasNoRoom(gap) && unexplained() >= minContent;
}

/** "after he suspended parliament", "because the club had": a subordinating word before a subject and its verb. */
function isSubordinateClause(words: AlignedWord[], first: number): boolean {
  if (!/^(?:after|before|because|when|while|although|though|once|until)$/i.test(words[first]?.text ?? "")) return false;
  const subject = words[first + 1]?.text ?? "";
  const isSubject = /^(?:he|she|it|they|we|the|a|an|its|their|his|her)$/i.test(subject) || /^\p{Lu}/u.test(subject);
  return isSubject && words.slice(first + 2, first + 5).some((word) => /^(?:is|are|was|were|has|have|had|will|would|could)$/i.test(word.text) || /^\p{Ll}+ed$/u.test(word.text));
}

/** ", confirming a report": a present participle that opens a clause and takes an object. */
function isParticipleClause(words: AlignedWord[], first: number): boolean {
  return isPresentParticiple(words[first]?.text ?? "", "target") && /^(?:a|an|the|that|its|their|his|her)$/i.test(words[first + 1]?.text ?? "");
}

/** "and remains", "but has not": "and"/"but" before a verb in the present or the past, or an auxiliary. */
function isCoordinatedPredicate(words: AlignedWord[], first: number): boolean {
  if (!/^(?:and|but)$/i.test(words[first]?.text ?? "")) return false;
  const next = words[first + 1]?.text ?? "";
  return /^(?:is|are|was|were|has|have|had|will|would|remains?|remained)$/i.test(next) || (/^\p{Ll}+(?:ed|s)$/u.test(next) && englishVerbBase(next.toLowerCase()) !== undefined);
}

/**
 * A constituent of three content words, none of which the French could render, between French
 * anchors side by side ("until March [with broad bipartisan support], averting"), needs no longer
 * target when the French clauses of its anchors leave no more words unrendered than the English ones
 * do outside it, give or take one: nothing in the French is left for it to render.
 */
function isAddedConstituent(pair: SegmentPair, gap: ContentGap, alignment: WordAlignment, unexplained: () => number): boolean {
  return hasNothingBetween(gap) && gap.contentCount >= MIN_ADDED_CONTENT && unexplained() >= MIN_ADDED_CONTENT &&
    otherLeftOver({ text: pair.target, otherText: pair.source }, gap, alignment, "target") <= ROOM_SLACK;
}

export const contentAddition: SegmentCheck = {
  id: "content-addition",
  category: "accuracy_addition",
  severity: "major",
  title: "Words of the target with no counterpart in the source",
  run(pair, context): CheckHit[] {
    const ratio = logRatio(pair);
    const excess = ratio === null ? null : ratio - (context.documentStats ?? DEFAULT_DOCUMENT_STATS).medianLogRatio;
    let stripped: WordAlignment | undefined;
    const alignment = () => (stripped ??= withoutStrayLinks(pair.target, context.alignment()));
    const hits = excess === null ? [] : findGapAdditions(pair, excess, alignment);
    const add = (span: { start: number; end: number }, message: (text: string) => string) => {
      if (hits.some((hit) => hit.targetSpan!.start < span.end && span.start < hit.targetSpan!.end)) return;
      hits.push(spanHit(pair.target, span, message));
    };
    // A claim of a word or two ("because of", "a record", "reportedly") weighs alone, at any length.
    for (const span of findAddedQualifiers(pair.source, pair.target)) {
      add(span, (text) => `“${text}” makes a claim the source does not: nothing in the French says it, in any wording. It may have been added.`);
    }
    // A word of a phrase makes the target only a little longer; a rendering no longer than usual has no room for one.
    for (const index of excess !== null && excess > MIN_USUAL_EXCESS ? findAddedModifiers(pair.source, pair.target, alignment()) : []) {
      const word = alignment().target[index];
      add({ start: word.start, end: word.end }, (text) => `“${text}” qualifies a noun the source renders, and nothing in the French says it, in any wording. It may have been added.`);
    }
    // A name the source never names, joined by "and"/"or" to one it renders ("the Ishin [and Komeito] parties"), at any length.
    for (const span of / (?:and|or) \p{Lu}/u.test(pair.target) ? findAddedCoordinatedNames(pair, alignment()) : []) {
      add(span, (text) => `“${text}” has no counterpart in the source: it joins a name the source never names to one it renders. It may have been added.`);
    }
    for (const span of findAddedNameModifiers(pair.source, pair.target, () => context.alignment())) {
      add(span, (text) => `“${text}” has no counterpart in the source: the source names no “${text.replace(/-\p{Ll}+$/u, "")}”, in any spelling. It may have been added.`);
    }
    return hits;
  },
};

/**
 * "and the Dane admitted", "the Briton said": a people's word after "the" refers to someone the sentence
 * names, as a pronoun does ("Vingegaard … the Dane"); English news writes it where French repeats the name or says "il".
 */
function isPeopleEpithet(gap: { first: number; last: number }, words: AlignedWord[]): boolean {
  const content: number[] = [];
  for (let index = gap.first; index <= gap.last; index += 1) if (words[index].isContent) content.push(index);
  if (content.length !== 1) return false;
  const [index] = content;
  return /^the$/i.test(words[index - 1]?.text ?? "") && /^\p{Lu}/u.test(words[index].text) && isEnglishPeopleWord(wordInfo(words[index].text, "target").folded);
}

/** Spans from "and"/"or" to a name the source never names, after a name the aligner linked: "and Komeito" of "the Ishin and Komeito parties". */
function findAddedCoordinatedNames(pair: SegmentPair, alignment: WordAlignment): Array<{ start: number; end: number }> {
  const words = alignment.target;
  const linked = new Set(alignment.links.map((link) => link.target));
  return findAddedNames(pair.source, pair.target, alignment).flatMap((index) => {
    // The whole name is added, and its first word is the one coordinated: "and [San] Fernando".
    const isNamePart = (at: number) => /^\p{Lu}/u.test(words[at]?.text ?? "") && !linked.has(at);
    let [first, last] = [index, index];
    while (first > 0 && isNamePart(first - 1) && isJoined(pair.target, words[first - 1], words[first])) first -= 1;
    while (isNamePart(last + 1) && isJoined(pair.target, words[last], words[last + 1])) last += 1;
    const partner = findCoordinatedName(pair.target, words, first, "target");
    return partner >= 0 && partner < first && linked.has(partner) && /^\p{Lu}/u.test(words[partner].text) ? [{ start: words[partner + 1].start, end: words[last].end }] : [];
  });
}

/** A finding over a span of the target, its message made from the span's text. */
function spanHit(target: string, span: { start: number; end: number }, describe: (text: string) => string): CheckHit {
  const text = target.slice(span.start, span.end);
  return { message: describe(text), sourceSpan: null, targetSpan: span, key: normaliseKey(text), evidence: { links: [{ source: null, target: span, score: 0 }] } };
}

/** A finding over target words `first`..`last`. */
function runHit(target: string, alignment: WordAlignment, { first, last }: { first: number; last: number }, describe: (text: string) => string): CheckHit {
  return spanHit(target, { start: alignment.target[first].start, end: alignment.target[last].end }, describe);
}

/** "on Sunday", "in March", "last Tuesday morning": a time adjunct naming a day or a month ("May" may be the modal), the whole of its run. */
const DATED_PHRASE = new RegExp(`^(?:on|in|last|this|next|since|until|by)\\s+(?:(?:early|late|mid)[\\s-])?(?:${ENGLISH_DAY_PATTERN}|${ENGLISH_MONTHS.filter((month) => month !== "May").join("|")})s?(?:\\s+(?:morning|afternoon|evening|night))?$`);

/** A unit of measure right after a figure: "600-metre", "40 km", "12 tonnes". */
const MEASURE_AFTER = /^[-\s]?(?:metres?|meters?|metre|km|kilomet(?:re|er)s?|miles?|feet|foot|tonnes?|tons?|kg|kilo(?:gram)?s?|litres?|liters?|hectares?|acres?|storey|story)(?!\p{L})/u;

/** A scale right after a figure: "9.6 million", "2 billion" ("million" alone may render a French "millions" elsewhere). */
const SCALE_AFTER = /^\s(?:million|billion|trillion|thousand|bn)(?!\p{L})/u;

/** A personal pronoun right before a number word: "you two", "we three" address or name a group the sentence knows. */
const PRONOUN_BEFORE = /(?<!\p{L})(?:you|we|us|they|them)\s+$/iu;

/**
 * "the two sides", "the two countries", "the two men": the parties to a talk or a dispute the sentence has named, not a figure;
 * and "the two" standing alone for them, a verb right after it ("after the two left Alduin").
 */
function isTwoSides(target: string, token: { text: string; start: number; end: number }): boolean {
  return /^two$/i.test(token.text) && /(?<!\p{L})the\s+$/iu.test(target.slice(Math.max(0, token.start - 4), token.start)) &&
    (/^\s+(?:sides|parties|camps|countries|nations|neighbou?rs|governments|leaders|capitals|men|women|presidents|ministers|heads|teams|clubs|companies|firms|groups)(?!\p{L})/iu.test(target.slice(token.end, token.end + 14)) ||
      /^\s+(?:were|had|have|are|will|would|could|should|did|met|left|went|came|agreed|signed|spoke|fought|made|set|shook|parted)(?!\p{L})/iu.test(target.slice(token.end, token.end + 10)));
}

/** `excess`: how much longer than the document's usual ratio the target is (log); `strippedAlignment`: the alignment without stray links, made once per pair. */
function findGapAdditions(pair: SegmentPair, excess: number, strippedAlignment: () => WordAlignment): CheckHit[] {
  // A coordinated member or a clause of its own needs no more than the usual length: the sentence must hold "and"/"or" or a punctuation mark.
  const mayAddAtUsualLength = excess >= MIN_USUAL_EXCESS && /(?: (?:and|or) |[,;:—–])/i.test(pair.target);
  const mayAddTail = excess >= MIN_TAIL_EXCESS;
  // Only a capital after the first word can name someone: most sentences are spared the name look-up.
  // A figure no source number matches, with none of the source's left over to stand for it: "by 40 million euros" added, not changed.
  const numbers = excess >= MIN_USUAL_EXCESS ? compareNumbers(pair.source, pair.target) : null;
  // A number word counts too ("a three-shot lead", "on a two-year deal"), but not after a pronoun ("you two") nor in "the two sides": they name a group the sentence knows.
  const addedNumbers = numbers && numbers.unmatchedSource.length === 0
    ? numbers.unmatchedTarget.filter((token) => !token.isWord || !(PRONOUN_BEFORE.test(pair.target.slice(Math.max(0, token.start - 6), token.start)) || isTwoSides(pair.target, token))) : [];
  if (excess < MIN_PHRASE_EXCESS && !mayAddAtUsualLength && !mayAddTail && addedNumbers.length === 0 && !/[\p{L},;:—–] \p{Lu}/u.test(pair.target)) return [];
  const alignment = strippedAlignment();
  let addedNames: number[] | null = null;
  const findNames = () => (addedNames ??= findAddedNames(pair.source, pair.target, alignment));
  let addedBodies: Array<{ start: number; end: number }> | null = null;
  const findBodies = () => (addedBodies ??= findAddedKnownBodies(pair.source, pair.target));
  if (excess < MIN_PHRASE_EXCESS && !mayAddAtUsualLength && !mayAddTail && addedNumbers.length === 0 && findNames().length === 0 && findBodies().length === 0) return [];
  const found: Array<{ first: number; last: number; hit: CheckHit }> = [];
  const gaps = findContentGaps(pair.target, pair.source, alignment, "target");
  const linked = new Set(alignment.links.map((link) => link.target));
  const glosses = gaps.length === 0 ? new Set<number>() : findNameGlosses(pair.target, alignment, (index) => !linked.has(index));
  for (const whole of gaps) {
    const gap = withoutGlosses(whole, glosses, alignment.target);
    if (gap === null || isPeopleEpithet(gap, alignment.target) || isNounForPronoun(pair.source, gap, alignment)) continue;
    const span = { start: alignment.target[gap.first].start, end: alignment.target[gap.last].end };
    const text = pair.target.slice(span.start, span.end);
    const hit = (message: string) => spanHit(pair.target, span, () => message);
    // A phrase inside a longer run, the rest of which renders what the French holds there: "the Azores [after hitting a submerged object] during a delivery trip".
    for (const phrase of excess >= MIN_PHRASE_EXCESS ? findAddedInnerPhrases(pair, gap, alignment) : []) {
      found.push({ ...phrase, hit: runHit(pair.target, alignment, phrase, (text) => `“${text}” has no counterpart in the source: the unrendered words either side of it account for all the French holds where it stands, none of its words has a rendering in the French, and the French has no words left unrendered for it. It may have been added.`) });
    }
    const figures = addedNumbers.filter((token) => token.start >= span.start && token.end <= span.end);
    const figureMessage = `“${text}” has no counterpart in the source: its figure is nowhere in the French, in any form, and no French figure is left unrendered. It may have been added.`;
    if (gap.isPrepositionalPhrase) {
      // A figure in a phrase of its own: "the 2019 record [of 9.6 million]", ", [at a cost of €2.5 million],".
      if (figures.length > 0 && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && unexplainedContent(gap, alignment, "target") >= MIN_ADDED_PHRASE_CONTENT) {
        found.push({ ...gap, hit: hit(figureMessage) });
      } else if (mayAddTail && isAddedTail(gap, alignment, () => unexplainedContent(gap, alignment, "target"))) {
        found.push({ ...gap, hit: hit(`“${text}” has no counterpart in the source: it closes the sentence after the last word the French renders, the French has nothing left after that word, and none of its words has a rendering there. It may have been added.`) });
      } else if (excess >= MIN_PREPOSITIONAL_EXCESS && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && hasNoRoomForPhrase(gap, ROOM_SLACK) &&
        unexplainedContent(gap, alignment, "target") >= gap.contentCount) {
        found.push({ ...gap, hit: hit(`“${text}” has no counterpart in the source: none of its words has a rendering in the French, the French around it has no phrase left that it could render, and the target is longer than usual. It may have been added.`) });
      } else if (excess >= MIN_USUAL_EXCESS && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && isPhraseClosingRenderedClause(pair, gap, alignment) &&
        unexplainedContent(gap, alignment, "target") >= gap.contentCount) {
        found.push({ ...gap, hit: hit(`“${text}” has no counterpart in the source: it closes its clause, the French clause it stands for ends with nothing it could render, and none of its words has a rendering in the French. It may have been added.`) });
      }
      continue;
    }
    // A clause of its own naming someone the source never names: ", as Agnovon had foretold".
    // A known body is a name too, though its words are common ones: ", which is largely funded by the European Union".
    const isAddedClaim = gap.isAfterPunctuation && gap.isWholePhrase && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT;
    const isInGap = (at: { start: number; end: number }) => at.start >= span.start && at.end <= span.end;
    const nameIndex = isAddedClaim ? findNames().find((index) => index >= gap.first && index <= gap.last) : undefined;
    const body = isAddedClaim && nameIndex === undefined ? findBodies().find(isInGap) : undefined;
    const name = nameIndex !== undefined ? alignment.target[nameIndex].text : body && pair.target.slice(body.start, body.end);
    let freeRendering: boolean | undefined;
    // A clause set off by punctuation beside runs in the anchors' own clause ("Around a hundred [removal workers], [some of whom blocked
    // traffic for an hour], demonstrated"): those render the French words left unrendered there first.
    const renderedBeside = () => gap.isWholeClause && gap.isAfterPunctuation
      ? gaps.filter((other) => other !== whole && other.otherFrom === gap.otherFrom && other.otherTo === gap.otherTo && !other.isWholeClause).reduce((sum, other) => sum + other.contentCount, 0)
      : 0;
    const isFreeRendering = () => (freeRendering ??= isFreeRenderingOfSource(gap, alignment, renderedBeside()));
    const isConstituent = excess >= MIN_USUAL_EXCESS && isAddedConstituent(pair, gap, alignment, () => unexplainedContent(gap, alignment, "target"));
    const isAdded = isConstituent || (excess >= MIN_PHRASE_EXCESS && !(gap.otherContentBetween > 0 && isFreeRendering()) && (
      // Most of its words rendering a French one ("the national financial prosecutor's office" for "le PNF") is a rendering spelled out, not an addition.
      (excess >= MIN_EXCESS && gap.contentCount >= MIN_ADDED_CONTENT && hasNoRoom(gap, ROOM_SLACK) && unexplainedContent(gap, alignment, "target") >= MIN_ADDED_PHRASE_CONTENT) ||
      ((gap.isWholePhrase || isCoordinateAtClauseEnd(pair, gap, alignment)) && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && hasNoRoom(gap) && unexplainedContent(gap, alignment, "target") >= MIN_ADDED_PHRASE_CONTENT) ||
      // Inside a clause: French anchors side by side, and nothing in the run the French could render ("who died in 2018 [at his home in the Alpilles]").
      (excess >= MIN_PREPOSITIONAL_EXCESS && hasNothingBetween(gap) && gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && unexplainedContent(gap, alignment, "target") >= gap.contentCount)));
    // A time adjunct of its own, "on Sunday", where the French names no day nor month at all: date-mismatch says the day is not the French's, this says the phrase is added.
    const isDated = !isAdded && name === undefined && gap.otherContentBetween === 0 && DATED_PHRASE.test(text) && !hasCalendarWord(pair.source);
    const isFigure = !isAdded && name === undefined && !isDated && figures.length > 0 && (
      (gap.contentCount >= MIN_ADDED_PHRASE_CONTENT && unexplainedContent(gap, alignment, "target") >= MIN_ADDED_PHRASE_CONTENT) ||
      // A number word alone ("a three-shot lead"): English writes a figure the French gave in words as digits, rarely the reverse.
      // Or a measure ("on a 600-metre cable") or a scale ("of 9.6 million"): a figure with its unit is a claim of its own.
      (figures.some((token) => token.isWord || MEASURE_AFTER.test(pair.target.slice(token.end, token.end + 12)) || SCALE_AFTER.test(pair.target.slice(token.end, token.end + 12))) &&
        unexplainedContent(gap, alignment, "target") >= 1));
    const isOpen = !isAdded && name === undefined && !isDated && !isFigure && mayAddAtUsualLength && !(gap.otherContentBetween > 0 && isFreeRendering());
    const partner = isOpen ? findAddedMemberPartner(gap, pair, alignment, () => unexplainedContent(gap, alignment, "target")) : null;
    const isMember = partner !== null;
    const isClause = isOpen && !isMember && isAddedClause(gap, pair.target, alignment.target, () => unexplainedContent(gap, alignment, "target"));
    // An item closing a list the French had closed ("trade, Ukraine [and Taiwan]" for "du commerce et de l'Ukraine"), none of whose words the French renders.
    // Not any list item: English lists what French coordinates in pairs ("cruel, merciless" for "cruel et impitoyable").
    const isItem = isOpen && !isMember && !isClause && gap.closesList && unexplainedContent(gap, alignment, "target") >= gap.contentCount;
    if (!isAdded && name === undefined && !isDated && !isFigure && !isMember && !isClause && !isItem) continue;
    found.push({ ...gap, hit: hit(isDated
      ? `“${text}” has no counterpart in the source: the French names no day nor month anywhere, and nothing stands where it does. It may have been added.`
      : isFigure
      ? figureMessage
      : name !== undefined
      ? `“${text}” has no counterpart in the source: the source names no “${name}”, in any spelling. It may have been added.`
      : isMember
        ? `“${text}” has no counterpart in the source: it is coordinated to “${alignment.target[partner!].text}”, whose French counterpart has nothing beside it that it could render. It may have been added.`
        : isItem
        ? `“${text}” has no counterpart in the source: it closes a list whose French counterpart ends one item earlier, and nothing in the French renders it. It may have been added.`
      : isClause
          ? `“${text}” has no counterpart in the source: it is a clause of its own, none of whose words the French could render, and the French has nothing where it stands. It may have been added.`
          : isConstituent
          ? `“${text}” has no counterpart in the source: the French words around it stand side by side with nothing it could render, and the French has no words left unrendered for it. It may have been added.`
          : `“${text}” has no counterpart in the source: the French words around it stand side by side with nothing it could render, and the target is longer than usual. It may have been added.`) });
  }
  const appositives = findAddedAppositives(pair.target, alignment);
  // The glosses were read above only when there were gaps; read them once here otherwise.
  const glossed = gaps.length === 0 && appositives.length > 0 ? findNameGlosses(pair.target, alignment, (index) => !linked.has(index)) : glosses;
  for (const run of appositives) {
    // A phrase found inside it ("with an EU country" of ", its first such agreement with an EU country,") gives way to it below.
    if (found.some((other) => other.first <= run.first && run.last <= other.last)) continue;
    if (alignment.target.slice(run.first, run.last + 1).some((_, offset) => glossed.has(run.first + offset))) continue;
    found.push({ ...run, hit: runHit(pair.target, alignment, run, (text) => `“${text}” has no counterpart in the source: it is set off by commas after “${alignment.target[run.first - 1].text}”, whose French counterpart goes on to no more unrendered words than the English has after it, and none of its words has a rendering in the French. It may have been added.`) });
  }
  return withoutNested(found).map(({ hit }) => hit);
}
