import { escapeRegExp, foldText, normaliseApostrophes } from "@/lib/text/text";
import type { GlossaryEntry, Span } from "./types";

const cache = new Map<string, RegExp>();

/** Accent- and case-insensitive whole-word pattern for a term, allowing plural endings. */
function termPattern(term: string, language: "fr" | "en"): RegExp {
  const cacheKey = `${language}:${term}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const words = foldText(normaliseApostrophes(term)).trim().split(/\s+/).map(escapeRegExp);
  const last = words.pop() ?? "";
  const inflected = language === "en" && /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}(?:y|ies)` : `${last}(?:s|x|es)?`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${[...words, inflected].join("\\s+")}(?![\\p{L}\\p{N}])`, "gu");
  cache.set(cacheKey, pattern);
  return pattern;
}

export function findTerm(text: string, term: string, language: "fr" | "en"): Span | null {
  const pattern = termPattern(term, language);
  pattern.lastIndex = 0;
  const match = pattern.exec(foldText(normaliseApostrophes(text)));
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
