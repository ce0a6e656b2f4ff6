import { foldText, normaliseApostrophes, tokenizeWords } from "@/lib/qa/text";
import type { AlignedWord, WordAlignment, WordLink } from "./types";

// First version: identical words and shared prefixes only. The lexicon, stemming and the
// statistical model replace this body; the signature is what the workspace and the checks use.
const FUNCTION_WORDS = new Set(["le", "la", "les", "de", "du", "des", "et", "a", "au", "aux", "un", "une", "the", "of", "and", "to", "in", "on", "for", "an"]);

function words(text: string): AlignedWord[] {
  return tokenizeWords(text).map((token) => {
    const folded = foldText(normaliseApostrophes(token.text));
    return { text: token.text, start: token.start, end: token.end, isContent: !FUNCTION_WORDS.has(folded) };
  });
}

/** Links the French words of `source` to the English words of `target`. Pure; no I/O. */
export function alignWords(source: string, target: string): WordAlignment {
  const sourceWords = words(source);
  const targetWords = words(target);
  const links: WordLink[] = [];
  const targetKeys = targetWords.map((word) => foldText(word.text));
  sourceWords.forEach((word, sourceIndex) => {
    if (!word.isContent) return;
    const key = foldText(word.text);
    const targetIndex = targetKeys.findIndex((candidate) => candidate === key || (key.length >= 5 && candidate.slice(0, 5) === key.slice(0, 5)));
    if (targetIndex >= 0) links.push({ source: sourceIndex, target: targetIndex, score: targetKeys[targetIndex] === key ? 1 : 0.6 });
  });
  return { source: sourceWords, target: targetWords, links };
}
