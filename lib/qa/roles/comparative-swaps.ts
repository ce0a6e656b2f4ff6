import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { hasBoundary, strongLinks } from "./role-markers";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit } from "../types";

const words = (text: string) => new Set(text.split(" "));
/** Words that make a "que" the standard of a comparison: "plus vite que", "davantage que", "meilleur que". */
const FRENCH_COMPARATIVES = words("plus moins davantage autant aussi mieux pire meilleur meilleure meilleurs meilleures");
const ENGLISH_LESS = words("less fewer lower");
/** What stands between the marker and the standard's head: "qu'à Lyon", "que celles des hybrides", "than in Lyon", "than those of". */
const STANDARD_SKIPPED: Record<Language, Set<string>> = {
  source: words("a au aux en dans chez pour le la les l' un une des du de d' celui celle ceux celles ce cela ne n'"),
  target: words("in at on for to the a an that those this these of one ones do does did"),
};
const HAS_THAN = /\bthan\b/i;
const HAS_QUE = /\bqu(?:e\b|['’])/i;

/** The index of the comparison's marker ("que" after a comparative, "than"), or -1. */
function markerOf(text: string, alignedWords: AlignedWord[], language: Language): number {
  for (let k = 1; k < alignedWords.length; k += 1) {
    const word = foldedAt(alignedWords, k, language);
    if (language === "target" ? word !== "than" : word !== "que" && word !== "qu'") continue;
    if (language === "target") return k;
    // "plus élevé à Marseille qu'à Lyon": the comparative stands a few words before, in the same clause.
    for (let back = k - 1; back >= 0 && k - back <= 6 && !hasBoundary(text, alignedWords[back].end, alignedWords[back + 1].start); back -= 1) {
      if (FRENCH_COMPARATIVES.has(foldedAt(alignedWords, back, language))) return k;
    }
  }
  return -1;
}

/** The head of the standard of comparison: the first content word after the marker, past prepositions, determiners and "celles", "those". */
function standardAfter(text: string, alignedWords: AlignedWord[], marker: number, language: Language): number {
  for (let k = marker + 1; k < alignedWords.length && k <= marker + 5; k += 1) {
    if (hasBoundary(text, alignedWords[k - 1].end, alignedWords[k].start)) return -1;
    if (!STANDARD_SKIPPED[language].has(foldedAt(alignedWords, k, language))) return alignedWords[k].isContent ? k : -1;
  }
  return -1;
}

/**
 * A comparison turned round: "L'Allemagne investit davantage que la France" → "France invests more
 * than Germany". The source's standard (after "que") and the target's (after "than") are each
 * linked to a word that stands before the other side's marker. A comparison whose sense flips
 * ("plus" rendered "less") may be turned round on purpose and is left alone.
 */
export function findComparativeSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  if (!HAS_THAN.test(target) || !HAS_QUE.test(source)) return [];
  const [sourceMarker, targetMarker] = [markerOf(source, alignment.source, "source"), markerOf(target, alignment.target, "target")];
  if (sourceMarker < 0 || targetMarker < 0) return [];
  if (alignment.target.slice(0, targetMarker).some((_, k) => ENGLISH_LESS.has(foldedAt(alignment.target, k, "target")))) return [];
  const [sourceStandard, targetStandard] = [standardAfter(source, alignment.source, sourceMarker, "source"), standardAfter(target, alignment.target, targetMarker, "target")];
  if (sourceStandard < 0 || targetStandard < 0) return [];
  const links = strongLinks(alignment);
  const standardCounterpart = links.find((link) => link.source === sourceStandard)?.target;
  const otherCounterpart = links.find((link) => link.target === targetStandard)?.source;
  if (standardCounterpart === undefined || otherCounterpart === undefined) return [];
  if (standardCounterpart >= targetMarker || otherCounterpart >= sourceMarker || otherCounterpart === sourceStandard) return [];
  const sourceSpan = { start: alignment.source[otherCounterpart].start, end: alignment.source[sourceStandard].end };
  const targetSpan = { start: alignment.target[standardCounterpart].start, end: alignment.target[targetStandard].end };
  const [compared, standard] = [alignment.source[otherCounterpart].text, alignment.source[sourceStandard].text];
  const word = (alignedWords: AlignedWord[], index: number) => ({ start: alignedWords[index].start, end: alignedWords[index].end });
  return [{
    message: `The source compares ${compared} with ${standard}, but the target “${target.slice(targetSpan.start, targetSpan.end)}” compares ${alignment.target[standardCounterpart].text} with ${alignment.target[targetStandard].text}: the comparison is turned round.`,
    sourceSpan, targetSpan, key: `comparative|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
    evidence: { links: [
      { source: word(alignment.source, sourceStandard), target: word(alignment.target, standardCounterpart), score: 1 },
      { source: word(alignment.source, otherCounterpart), target: word(alignment.target, targetStandard), score: 1 },
    ] },
  }];
}
