import type { WordAlignment } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { unexplainedContent } from "../names/unexplained-content";
import { findUnalignedRuns, type UnalignedRun } from "./unaligned-spans";

/** Words that open a noun phrase in apposition: ", the largest in the profession,". */
const APPOSITION_OPENERS = new Set("the a an its their his her".split(" "));
/**
 * Words that open a part of the group just named (", most of them from Europe,", ", one of them
 * seriously,", ", including several Goncourt winners,") or a manner (", without a tender,"): one content word says a claim there.
 */
const PART_OPENERS = new Set("most many some one two three several all both none mostly mainly largely without including".split(" "));
/** Finite verbs that make a run opened by a determiner a clause of its own: "With their master gone, [the undead are fading] away!". */
const FINITE_VERBS = new Set("is are was were has have had will would can could may might must shall should does do did".split(" "));
/** An apposition of two content words at least: ", the largest in the profession". */
const MIN_APPOSITION_CONTENT = 2;
/** Links below this are guesses: they anchor nothing. */
const MIN_ANCHOR_SCORE = 0.6;

/**
 * Whether the French has no room for an apposition to its counterpart: from the counterpart on,
 * the French content words it meets before a rendered one are no more than the English leaves unlinked
 * after the apposition ("la récolte de blé tendre devrait" has none after "récolte" but "blé"; "visiteurs
 * [se sont pressés] sur les quais" has "thronged" after ", a record for the event,"). An apposition the
 * French holds ("le SNCTA, premier syndicat du secteur,") stands right after it, unrendered.
 */
function hasNoRoomAfter(alignment: WordAlignment, counterpart: number, after: number, first: number): boolean {
  const unlinkedFrom = (side: "source" | "target", from: number) => {
    const linked = new Set(alignment.links.map((link) => link[side]));
    let count = 0;
    for (let index = from; index < alignment[side].length && !(linked.has(index) && alignment[side][index].isContent); index += 1) {
      if (alignment[side][index].isContent) count += 1;
    }
    return count;
  };
  return unlinkedFrom("source", afterComplement(alignment, counterpart + 1, first)) <= unlinkedFrom("target", after);
}

/** French articles after "de": "du pouvoir de la reine". */
const GENITIVE_ARTICLES = /^(?:la|l['’]|les)$/i;

/**
 * Where the room after a French word starts: past its complement of "de" when the English renders that complement before the
 * apposition ("le pouvoir [du chevalier] en apprenant par exemple…" for "the Knight's power, including…"), as a genitive
 * moves before its noun.
 */
function afterComplement(alignment: WordAlignment, from: number, first: number): number {
  const words = alignment.source;
  if (!/^(?:de|du|des)$/i.test(words[from]?.text ?? "")) return from;
  let noun = from + 1;
  if (GENITIVE_ARTICLES.test(words[noun]?.text ?? "")) noun += 1;
  const targets = alignment.links.filter((link) => link.source === noun).map((link) => link.target);
  return words[noun]?.isContent && targets.length > 0 && targets.every((target) => target < first) ? noun + 1 : from;
}

/**
 * Appositions and relative clauses the English sets off by commas after a rendered word, with no
 * counterpart in the French: "France's soft wheat harvest, [the largest in the European Union], is
 * expected to reach" against "La récolte de blé tendre devrait atteindre". The whole clause is
 * unlinked, none of its words has a rendering anywhere in the French, and the French goes straight
 * on from the rendered word's counterpart to rendered words. Unlike content-gaps, the anchors may
 * cross: news English moves the subject ("a annoncé le syndicat" → "the union said").
 */
export function findAddedAppositives(text: string, alignment: WordAlignment): UnalignedRun[] {
  const words = alignment.target;
  const linked = new Set(alignment.links.map((link) => link.target));
  const isBoundary = (index: number) => isClauseBoundaryBefore(text, words, index);
  // A French word rendered elsewhere explains nothing more: "its first such [agreement]" repeats the "deal" that renders "accord".
  const renderedSource = new Set(alignment.links.map((link) => link.source));
  const unrendered = { ...alignment, source: alignment.source.filter((_, index) => !renderedSource.has(index)) };
  return findUnalignedRuns(text, words, linked).filter((run) => {
    const before = run.first - 1;
    const opener = words[run.first].text.toLowerCase();
    const minContent = PART_OPENERS.has(opener) ? 1 : MIN_APPOSITION_CONTENT;
    // Or a past participle's phrase: ", prompted by a spate of fatal attacks,".
    const isParticiple = /^\p{Ll}{3,}ed$/u.test(opener) && /^\s*(?:by|in|after|over|amid|following)\b/i.test(text.slice(words[run.first].end, words[run.first].end + 12));
    if (run.contentCount < minContent || before < 0 || !words[before].isContent || !(APPOSITION_OPENERS.has(opener) || PART_OPENERS.has(opener) || isParticiple)) return false;
    if (!/^\s*,\s*$/.test(text.slice(words[before].end, words[run.first].start))) return false;
    if (words.slice(run.first, run.last + 1).some((word) => FINITE_VERBS.has(word.text.toLowerCase()))) return false;
    // All of its clause: nothing linked from the run to the next punctuation mark or the end.
    let end = run.last + 1;
    while (!isBoundary(end)) end += 1;
    if (words.slice(run.last + 1, end).some((_, offset) => linked.has(run.last + 1 + offset))) return false;
    const counterparts = alignment.links.filter((link) => link.target === before && link.score >= MIN_ANCHOR_SCORE && alignment.source[link.source].isContent);
    if (counterparts.length === 0) return false;
    return hasNoRoomAfter(alignment, Math.max(...counterparts.map((link) => link.source)), end, run.first) && unexplainedContent(run, unrendered, "target") >= run.contentCount;
  });
}
