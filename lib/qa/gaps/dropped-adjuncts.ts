import { matchesOf, type Span } from "@/lib/text/text";
import type { WordAlignment } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { unexplainedContent } from "../names/unexplained-content";

/**
 * Adjuncts that add a reason, a condition or a contrast to what a sentence says, each opened by
 * its French marker ("faute de médecins disponibles", "en raison des pluies", "alors que la
 * couverture reste faible"), with the English words that may carry the same relation. The
 * relation has few wordings on either side; what it joins has many, and the alignment weighs those.
 */
const RELATIONS: ReadonlyArray<{ opens: RegExp; carriedBy: RegExp }> = [
  // Cause: English renders it by a conjunction, a preposition or a verb ("citing", "blamed on").
  { opens: /(?<!\p{L})(?:faute d[e'’]|en raison d(?:[e'’]|u |es )|à cause d(?:[e'’]|u |es )|pour cause d[e'’]|du fait d(?:[e'’]|u |es )|grâce (?:à|au|aux) |suite (?:à|au|aux) |à la suite d(?:[e'’]|u |es ))/giu,
    // Not "due to open", "due to be": a schedule, not a cause.
    carriedBy: /\b(?:because|due(?! to (?:be|open|reopen|start|begin|end|close|finish|take|launch|arrive|resume|return|run|come|go|meet|vote|sign|hold|deliver|complete|expire|retire)\b)|owing|account|result\w*|follow\w*|after|thanks|lack\w*|want|short\w*|absence|amid|given|since|as|caus\w*|cit\w*|blam\w*|reason\w*|led|hence|therefore)\b/i },
  // Condition.
  { opens: /(?<!\p{L})(?:à condition (?:que|qu['’]|de|d['’])|sauf si|en cas d[e'’]|pour peu que)/giu,
    carriedBy: /\b(?:if|unless|provided|providing|condition\w*|case|event|should|when|whenever|only|as long as|subject to)\b/i },
  // Contrast and concession; "bien que" after a comma or first, not the adverb and its verb's object ("Souvenez-vous bien que…").
  { opens: /(?<!\p{L})(?:alors (?:que|qu['’])|tandis (?:que|qu['’])|(?:^|(?<=[,;:(—–]\s?))bien (?:que|qu['’])|même si|malgré|en dépit d[e'’u])/giu,
    carriedBy: /\b(?:while|whilst|whereas|although|though|despite|spite|yet|but|however|even|meanwhile|when|as|against|notwithstanding|still|nevertheless|regardless)\b/i },
];

/** Content words an adjunct needs before its loss weighs: two ("faute de médecins"), besides its marker. */
const MIN_CONTENT = 2;

/**
 * The source's reason, condition and contrast adjuncts, from their marker to the end of their
 * clause, that the target renders nowhere: it carries no marker of the relation in any wording,
 * and at most one content word of the adjunct has a rendering anywhere in it (an adjunct recast as a main
 * clause, "Heavy rains will cut the harvest", keeps its words). "La récolte devrait reculer de
 * 15 % en raison des pluies abondantes" against "The harvest is expected to fall by 15%".
 */
export function findDroppedAdjuncts(source: string, target: string, alignment: WordAlignment): Span[] {
  const spans: Span[] = [];
  const linked = new Set(alignment.links.map((link) => link.source));
  // An adjunct is dropped from a sentence the target renders: two linked content words outside it ("Alors que nous avons essayé ?" is all there is).
  const isRenderedOutside = (start: number, end: number) =>
    alignment.source.filter((word, index) => (word.end <= start || word.start >= end) && word.isContent && linked.has(index)).length >= MIN_CONTENT;
  for (const relation of RELATIONS) {
    for (const match of matchesOf(source, relation.opens)) {
      if (relation.carriedBy.test(target)) break;
      const first = alignment.source.findIndex((word) => word.start >= match.index + match[0].length);
      if (first < 0) continue;
      let last = first;
      // The adjunct ends with its clause, or where "et"/"ou" joins something else to it ("à cause de cette mission [et] la gratitude…").
      while (!isClauseBoundaryBefore(source, alignment.source, last + 1) &&
        !/^(?:et|ou)$/i.test(alignment.source[last + 1].text)) last += 1;
      const content = alignment.source.slice(first, last + 1).filter((word) => word.isContent).length;
      // One word may find a look-alike elsewhere ("cours" of "cours du lait" is also a "price"): the rest must find none.
      const unexplained = content < MIN_CONTENT ? 0 : unexplainedContent({ first, last }, alignment, "source");
      if (unexplained < MIN_CONTENT || unexplained < content - 1) continue;
      if (isRenderedOutside(match.index, alignment.source[last].end)) spans.push({ start: match.index, end: alignment.source[last].end });
    }
  }
  return spans;
}
