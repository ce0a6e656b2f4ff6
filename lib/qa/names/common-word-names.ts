import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { foldText, isSentenceInitial } from "@/lib/text/text";
import { isFrenchWord } from "./name-words";
import { isJoined } from "./name-phrases";
import { findUnmatchedNames } from "./unmatched-names";
import { isSpelled } from "../speller";
import type { CheckHit } from "../types";

type Run = { first: number; last: number };

/** Runs of capitalised words side by side, mid-sentence, each passing `isPart`. */
function capitalisedRuns(text: string, words: AlignedWord[], language: "source" | "target", isPart: (word: AlignedWord, index: number) => boolean): Run[] {
  const runs: Run[] = [];
  let first = -1;
  const close = (last: number) => {
    if (first >= 0 && last >= first) runs.push({ first, last });
    first = -1;
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    const isIn = /^\p{Lu}\p{Ll}+$/u.test(word.text) && !isSentenceInitial(text, word.start) && !wordInfo(word.text, language).isFunction && isPart(word, index);
    if (isIn && first >= 0 && !isJoined(text, words[index - 1], word)) close(index - 1);
    if (isIn && first < 0) first = index;
    if (!isIn) close(index - 1);
  }
  close(words.length - 1);
  return runs;
}

/** A word the English dictionary knows as written, long enough to be no abbreviation. */
const isEnglishName = (text: string) => text.length >= 4 && isSpelled(text);

const phrase = (text: string, words: AlignedWord[], run: Run) => text.slice(words[run.first].start, words[run.last].end);

/**
 * A company or body English names with dictionary words ("Union Pacific", "General Electric",
 * "Standard Chartered") in the place of a foreign name the French keeps as it is and the English
 * does not ("la compagnie Norfolk Southern" → "rail operator Union Pacific"). The word-by-word pairing
 * reads neither: English dictionary words are no names to it, and the French name has no other
 * name to stand against. A name French keeps untranslated is one of no French word, so the English
 * would keep it too; a name of English words that no source word renders stands in its place.
 */
export function findCommonWordNameSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const { sourceNames } = findUnmatchedNames(source, target, alignment);
  if (sourceNames.length === 0) return [];
  const foldedSource = foldText(source);
  const foldedTarget = foldText(target);
  const unmatched = new Set(sourceNames);
  const isForeign = (word: AlignedWord) => {
    const info = wordInfo(word.text, "source");
    return !isFrenchWord(word.text, info.folded, info.stem);
  };
  // The unmatched part of a name may be a part only: "American Battle Monuments Commission" → "Commonwealth War Graves Commission" leaves "Battle".
  const wholeNames = capitalisedRuns(source, alignment.source, "source", () => true);
  const sourceRuns = capitalisedRuns(source, alignment.source, "source", (word, index) => unmatched.has(index) && isForeign(word))
    // One word alone is a name English writes as it is ("Nuremberg", "Battle"), not a French word the lexicon lacks ("Essor", "Azur") nor an abbreviation ("Mgr").
    .filter((run) => (run.last > run.first || isEnglishName(alignment.source[run.first].text)) && !foldedTarget.includes(foldText(phrase(source, alignment.source, run))))
    .map((run) => wholeNames.find((whole) => whole.first <= run.first && whole.last >= run.last) ?? run);
  if (sourceRuns.length === 0) return [];
  const targetLinked = new Set(alignment.links.map((link) => link.target));
  // Some words of an English name may render French words by chance ("International Cricket Council" → "cricket"); one at least renders none.
  const targetRuns = capitalisedRuns(target, alignment.target, "target", (word) => isSpelled(word.text.toLowerCase()))
    // A capitalised word alone is as often a title or a common noun ("Archbishop", "the Rise of Wesnoth") as a name.
    .filter((run) => run.last > run.first && !foldedSource.includes(foldText(phrase(target, alignment.target, run))) && alignment.target.slice(run.first, run.last + 1).some((_, offset) => !targetLinked.has(run.first + offset)));
  return sourceRuns.slice(0, targetRuns.length).map((run, rank): CheckHit => {
    const other = targetRuns[rank];
    const sourceSpan = { start: alignment.source[run.first].start, end: alignment.source[run.last].end };
    const targetSpan = { start: alignment.target[other.first].start, end: alignment.target[other.last].end };
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    return {
      message: `The source names “${sourceText}”, but the target has “${targetText}” in its place: a different person, place or body.`,
      sourceSpan, targetSpan, key: `${foldText(sourceText)}|${foldText(targetText)}`,
      evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
    };
  });
}
