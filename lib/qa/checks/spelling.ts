import { isKnownCompound, isKnownWord } from "../speller";
import { foldText, normaliseApostrophes, tokenizeWords } from "@/lib/text/text";
import type { CheckHit, GlossaryEntry, SegmentCheck } from "../types";

const URL_OR_CODE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S*[_/\\=<>{}%$#]\S*/g;

/** The glossary's English words, split once per glossary: every pair of a document asks. */
const GLOSSARY_WORDS = new WeakMap<GlossaryEntry[], Set<string>>();

function glossaryWords(glossary: GlossaryEntry[]): Set<string> {
  let words = GLOSSARY_WORDS.get(glossary);
  if (!words) GLOSSARY_WORDS.set(glossary, (words = new Set(glossary.flatMap((entry) => entry.targetTerms.flatMap((term) => foldText(term).split(/[^\p{L}'-]+/u))))));
  return words;
}

function isCheckable(word: string): boolean {
  return word.length > 2 && word === word.toLowerCase() && !/[éèêàçùûîôïëœ]/.test(word);
}

export const spelling: SegmentCheck = {
  id: "spelling",
  category: "linguistic_spelling",
  severity: "minor",
  title: "Word not in the English dictionary",
  run({ source, target }, { glossary }) {
    // Every URL, address or code has one of these characters; the pattern itself is slow on plain prose.
    const cleaned = /[_/\\=<>{}%$#@]|www\./.test(target) ? normaliseApostrophes(target).replace(URL_OR_CODE, (match) => " ".repeat(match.length)) : normaliseApostrophes(target);
    let sourceWords: Set<string> | undefined;
    const allowed = glossaryWords(glossary);
    const hits: CheckHit[] = [];
    for (const token of tokenizeWords(cleaned)) {
      // Capitalised words are names; words copied from the source are names, codes or the untranslated check's business.
      if (!isCheckable(token.text) || allowed.has(token.text)) continue;
      const bare = token.text.replace(/'s$/, "").replace(/^'|'$/g, "");
      if (isKnownWord(bare) || isKnownCompound(bare)) continue;
      if ((sourceWords ??= new Set(tokenizeWords(foldText(source)).map((word) => word.text))).has(token.text)) continue;
      hits.push({
        message: `“${target.slice(token.start, token.end)}” is not in the English dictionary.`,
        sourceSpan: null,
        targetSpan: { start: token.start, end: token.end },
        key: token.text,
      });
    }
    return hits;
  },
};
