import { type ContentGap, findContentGaps, hasNoRoom, hasNothingBetween, hasNoRoomForPhrase, unexplainedContent, withoutNested } from "../content-gaps";
import { DEFAULT_DOCUMENT_STATS, logRatio } from "../length-ratio";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

/** French says more words than English for the same thing: an omission needs three content words. */
const MIN_OMITTED_CONTENT = 3;
/** How much shorter than the document's usual length ratio the target must be (log; e^-0.25 ≈ 0.78): a gap takes length with it. */
const MIN_SHORTFALL = 0.25;
/**
 * A whole clause left out ("Le ministre, [réuni avec ses homologues], a annoncé…"): all
 * the content between two punctuation marks unlinked needs only two content words and a smaller
 * shortfall (e^-0.1 ≈ 0.9).
 */
const MIN_OMITTED_PHRASE_CONTENT = 2;
const MIN_PHRASE_SHORTFALL = 0.1;
/** A list item needs only a target no longer than usual. */
const MIN_LIST_SHORTFALL = 0;
/**
 * A prepositional phrase left out ("Les rebelles ont attaqué [dans le nord du pays]"): two content
 * words none of which the target could render anywhere, one content word of slack in the room (the
 * phrase's neighbours may be rendered loosely), and a shortfall of e^-0.15 ≈ 0.86.
 */
const MIN_PREPOSITIONAL_SHORTFALL = 0.15;
const PREPOSITIONAL_SLACK = 1;

/**
 * Whether a run that is not a prepositional phrase cut from a longer one was left out: three
 * content words and a clear shortfall; a list item; a whole clause inside the sentence, or at its
 * end with a clear shortfall; or two content words none of which the target could render, between
 * anchors whose counterparts stand side by side.
 */
function isOmitted(gap: ContentGap, shortfall: number | null, unexplained: () => number): boolean {
  if (!hasNoRoom(gap)) return false;
  // A pair too short to measure may still drop a list item ("Merci, Stalrag et Ro'Arthian" → "My thanks and Ro'Arthian").
  if (gap.isListItem && (shortfall === null || shortfall >= MIN_LIST_SHORTFALL) && unexplained() >= 1) return true;
  if (shortfall === null) return false;
  if (shortfall >= MIN_SHORTFALL && gap.contentCount >= MIN_OMITTED_CONTENT) return true;
  if (shortfall < MIN_PHRASE_SHORTFALL || gap.contentCount < MIN_OMITTED_PHRASE_CONTENT) return false;
  // A tail that is a relative clause or a phrase of its own (", où la droite est majoritaire") needs the larger shortfall: ends of sentences are where renderings condense.
  const isPhrase = (gap.isWholePhrase && !gap.isTail) || (gap.isWholeClause && gap.isAfterPunctuation && gap.opensConstituent && shortfall >= MIN_SHORTFALL);
  return (isPhrase || (hasNothingBetween(gap) && shortfall >= MIN_SHORTFALL)) && unexplained() >= (isPhrase ? MIN_OMITTED_PHRASE_CONTENT : gap.contentCount);
}

export const contentOmission: SegmentCheck = {
  id: "content-omission",
  category: "accuracy_omission",
  severity: "major",
  title: "Words of the source with no counterpart in the target",
  run(pair, context): CheckHit[] {
    const ratio = logRatio(pair);
    const shortfall = ratio === null ? null : (context.documentStats ?? DEFAULT_DOCUMENT_STATS).medianLogRatio - ratio;
    if (shortfall !== null && shortfall < MIN_LIST_SHORTFALL) return [];
    const alignment = context.alignment();
    const gaps = withoutNested(findContentGaps(pair.source, alignment, "source").filter((gap) => gap.isPrepositionalPhrase
      ? shortfall !== null && shortfall >= MIN_PREPOSITIONAL_SHORTFALL && gap.contentCount >= MIN_OMITTED_PHRASE_CONTENT && hasNoRoomForPhrase(gap, PREPOSITIONAL_SLACK) &&
        unexplainedContent(gap, alignment, "source") >= gap.contentCount
      : isOmitted(gap, shortfall, () => unexplainedContent(gap, alignment, "source"))));
    return gaps.map((gap) => {
      const span = { start: alignment.source[gap.first].start, end: alignment.source[gap.last].end };
      const text = pair.source.slice(span.start, span.end);
      return {
        message: gap.isPrepositionalPhrase
          ? `“${text}” has no counterpart in the target: none of its words has a rendering in the English, the English around it has no phrase left that could render it, and the target is shorter than usual. It may have been left out.`
          : gap.isListItem
            ? `“${text}” has no counterpart in the target: it is an item of a list whose English has no place for it between the items around it, and the target is no longer than usual. It may have been left out.`
            : `“${text}” has no counterpart in the target: the words on either side of it are rendered with nothing between them, and the target is shorter than usual. It may have been left out.`,
        sourceSpan: span, targetSpan: null, key: normaliseKey(text),
        evidence: { links: [{ source: span, target: null, score: 0 }] },
      };
    });
  },
};
