import type { AlignedWord } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isBoundary, type Negator } from "./negators";

/**
 * Whether a French negation stands in a "tant que" clause that the English opens with "until":
 * "tant que la direction n'aura pas retiré son projet" is "until management withdraws its plan".
 */
export function isUntilClause(text: string, sourceWords: AlignedWord[], targetWords: AlignedWord[], negator: Negator): boolean {
  let isTantQue = false;
  for (let k = negator.first - 1; k > 0 && negator.first - k <= 8 && !isBoundary(text, sourceWords[k], sourceWords[k + 1]); k -= 1) {
    if (/^qu/.test(foldedAt(sourceWords, k, "source")) && foldedAt(sourceWords, k - 1, "source") === "tant") isTantQue = true;
  }
  return isTantQue && targetWords.some((_, index) => /^(?:until|till)$/.test(foldedAt(targetWords, index, "target")));
}

/** Spans of time a "que" clause may count from: "il y a longtemps que", "cela fait un demi-siècle que". */
const FRENCH_DURATIONS = /^(?:longtemps|(?:demi-)?siecles?|ans|annees|mois|semaines|jours|heures|generations?)$/;

/**
 * Whether a French negation stands in the "que" clause of a span of time that the English counts
 * with "since": "il y a longtemps qu'aucune princesse vous fit la grâce" is "so long since a
 * princess graced you", "ça fait longtemps que j'avais pas senti" "a long time since I felt".
 */
export function isSinceClause(sourceWords: AlignedWord[], targetWords: AlignedWord[], negator: Negator): boolean {
  const que = [1, 2, 3].map((offset) => negator.first - offset).find((k) => k >= 0 && /^qu/.test(foldedAt(sourceWords, k, "source")));
  if (que === undefined || !targetWords.some((_, index) => foldedAt(targetWords, index, "target") === "since")) return false;
  return sourceWords.slice(0, que).some((_, index) => FRENCH_DURATIONS.test(foldedAt(sourceWords, index, "source")));
}
