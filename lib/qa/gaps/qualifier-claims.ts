import { STRONG_NUMBER_WORDS } from "@/lib/text/number-words";
import type { Span } from "@/lib/text/text";

/**
 * A word or two that changes what a sentence claims ("provisoire", "au moins", "because of", "a
 * record"), as one side says it, and the other side's wordings that carry it. The gap rules never
 * weigh one such word alone: dropped-qualifiers and added-qualifiers read them in each direction.
 */
export type QualifierClaim = { said: RegExp; carriedBy: RegExp };

/** The French cardinals of the number table, without its ordinals, round figures ("dizaine", "millier") and ages. */
const FRENCH_CARDINALS = Object.entries(STRONG_NUMBER_WORDS.fr)
  .filter(([word, values]) => values.every((value) => value > 0) && !/(?:ieme|aines?|genaires?|ier)$/.test(word)).map(([word]) => word).join("|");
/** French numbers in words that count days, people or things, compounds too ("sous quinze jours", "dont deux", "quarante-huit heures"). */
export const FRENCH_NUMBER_WORDS = String.raw`(?:${FRENCH_CARDINALS})(?:-(?:${FRENCH_CARDINALS}|et-un))*`;
/** A French count, in figures or in words. */
export const FRENCH_COUNT = String.raw`(?:\d+|${FRENCH_NUMBER_WORDS})`;
/** The English cardinals of the number table, "one" and "dozen" among them, without ordinals, decades and plural round figures. */
const ENGLISH_CARDINALS = ["one", ...Object.entries(STRONG_NUMBER_WORDS.en)
  .filter(([word, values]) => values.every((value) => value > 0 && value < 1900) && !/(?:th|ties)$/.test(word)).map(([word]) => word)].join("|");
/** An English count, in figures (with their separators) or in words, compounds too ("twelve", "twenty-three", "1,200"). */
export const ENGLISH_COUNT = String.raw`(?:\d[\d,.]*|(?:${ENGLISH_CARDINALS})(?:-(?:${ENGLISH_CARDINALS}))*)`;

/**
 * A finder of the claims `text` makes that `other` carries nowhere. Every claim's pattern is tried
 * at once first (most texts make none); claims read by several patterns ("un peu plus de") count once.
 */
export function unmatchedClaims(claims: readonly QualifierClaim[]): (text: string, other: string) => Span[] {
  const any = new RegExp(claims.map((claim) => claim.said.source).join("|"), claims[0].said.flags);
  return (text, other) => {
    if (!any.test(text)) return [];
    const spans: Span[] = [];
    for (const claim of claims) {
      const match = claim.said.exec(text);
      const span = match && { start: match.index, end: match.index + match[0].length };
      if (span && !spans.some((seen) => seen.start < span.end && span.start < seen.end) && !claim.carriedBy.test(other)) spans.push(span);
    }
    return spans;
  };
}
