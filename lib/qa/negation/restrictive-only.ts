import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";

// "Seuls les pompiers volontaires sont concernés" → "Not only volunteer firefighters are affected": a
// restriction said as an inclusion, or the reverse. "not only" is no negation (negators' idioms), so the
// polarity count cannot see it.

/** French words that restrict: "seuls", "seulement", "uniquement", "exclusivement". */
const FRENCH_RESTRICTIVE = /^(?:seule?s?|seulement|uniquement|exclusivement)$/;
/** English words after "not" that widen: "not only", "not just", "not merely", "not solely". */
const ENGLISH_RESTRICTIVE = /^(?:only|just|merely|solely|exclusively)$/;
/** What makes a French restriction an inclusion itself: "non seulement", "pas seulement", "pas uniquement". */
const FRENCH_WIDENING_BEFORE = /^(?:non|pas|plus)$/;

/** How far apart, as shares of their sentences, the French and English words may stand. */
const DRIFT = 0.25;

/**
 * An English "not only" (just, merely…) where the French restricts without widening: the French word
 * of restriction unnegated, at about the same place, and no "non seulement" or "pas seulement"
 * anywhere in the French.
 */
export function findWidenedOnly(alignment: WordAlignment): { source: number; target: number } | null {
  const { source, target } = alignment;
  const widened = target.findIndex((_, k) => foldedAt(target, k, "target") === "not" && ENGLISH_RESTRICTIVE.test(foldedAt(target, k + 1, "target")));
  if (widened < 0) return null;
  const folded = source.map((_, index) => foldedAt(source, index, "source"));
  if (folded.some((word, index) => FRENCH_RESTRICTIVE.test(word) && FRENCH_WIDENING_BEFORE.test(folded[index - 1] ?? ""))) return null;
  const restrictive = folded.findIndex((word, index) => FRENCH_RESTRICTIVE.test(word) &&
    Math.abs(index / source.length - (widened + 1) / target.length) <= DRIFT);
  return restrictive < 0 ? null : { source: restrictive, target: widened + 1 };
}
