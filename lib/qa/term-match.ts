import { escapeRegExp, foldText, normaliseApostrophes } from "@/lib/text/text";
import type { GlossaryEntry, Span } from "./types";

// By language, then term: the glossary's own strings, so a look-up hashes no new string.
const cache = { fr: new Map<string, RegExp>(), en: new Map<string, RegExp>() };

/** Accent- and case-insensitive whole-word pattern for a term, allowing plural endings. */
function termPattern(term: string, language: "fr" | "en"): RegExp {
  const cached = cache[language].get(term);
  if (cached) return cached;
  const words = foldText(normaliseApostrophes(term)).trim().split(/\s+/).map(escapeRegExp);
  const last = words.pop() ?? "";
  const inflected = language === "en" && /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}(?:y|ies)` : `${last}(?:s|x|es)?`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${[...words, inflected].join("\\s+")}(?![\\p{L}\\p{N}])`, "gu");
  cache[language].set(term, pattern);
  return pattern;
}

/** The last text of each language as terms are matched in it: every glossary entry is looked for in the same two texts. */
const lastFolded = { fr: { text: "", folded: "" }, en: { text: "", folded: "" } };

function foldedForTerms(text: string, language: "fr" | "en"): string {
  const last = lastFolded[language];
  if (last.text !== text) lastFolded[language] = { text, folded: foldText(normaliseApostrophes(text)) };
  return lastFolded[language].folded;
}

export function findTerm(text: string, term: string, language: "fr" | "en"): Span | null {
  const pattern = termPattern(term, language);
  pattern.lastIndex = 0;
  const match = pattern.exec(foldedForTerms(text, language));
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The first of the entry's renderings found in the target, with where it is. */
export function findRendering(target: string, entry: GlossaryEntry): { term: string; span: Span } | null {
  for (const term of entry.targetTerms) {
    const span = findTerm(target, term, "en");
    if (span) return { term, span };
  }
  return null;
}

export function termEntries(glossary: GlossaryEntry[]): GlossaryEntry[] {
  return glossary.filter((entry) => entry.kind === "term" && entry.sourceTerm.trim() !== "" && entry.targetTerms.length > 0);
}
