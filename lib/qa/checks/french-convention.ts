import type { CheckHit, SegmentCheck } from "../types";
import { ADDRESS_TITLE_WORDS, CALQUES, ENGLISH_FORMS_OF_ADDRESS } from "../french-calques";

const APOSTROPHES = /[’‘]/g;

/**
 * "Mr./Mrs./Madam + title" with no name after it ("Mr. High Commissioner"), where the French
 * addresses someone as "Monsieur le/Madame la + title". English addresses by title alone
 * ("High Commissioner, …") except in a few set forms ("Mr. President", "Madam Speaker").
 */
function formsOfAddress(source: string, target: string): CheckHit[] {
  const frenchAddress = /(?<!\p{L})(?:[Mm]onsieur|[Mm]adame|M\.|Mme)\s+(?:l[ea]\s+|l['’]\s*)\p{L}[\p{L}-]*/u.exec(source);
  if (!frenchAddress) return [];
  const hits: CheckHit[] = [];
  const pattern = /\b(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+(\p{Lu}\p{L}*(?:[\s-]+\p{Lu}\p{L}*){0,3})/gu;
  for (const match of target.matchAll(pattern)) {
    const words = match[1].split(/[\s-]+/);
    // A name follows ("Mr. Türk", "Mr. Justice Smith"): the title is not standing alone.
    const titleWords = words.filter((word) => ADDRESS_TITLE_WORDS.has(word.toLowerCase()));
    if (titleWords.length === 0 || titleWords.length < words.length) continue;
    const title = words.join(" ").toLowerCase();
    if (ENGLISH_FORMS_OF_ADDRESS.has(title)) continue;
    const text = match[0];
    hits.push({
      message: `“${text}” carries over the French form of address (“${frenchAddress[0]}”); English addresses by the title alone (“${words.join(" ")}, …”).`,
      sourceSpan: { start: frenchAddress.index, end: frenchAddress.index + frenchAddress[0].length },
      targetSpan: { start: match.index, end: match.index + text.length },
      key: `address|${title}`,
    });
  }
  return hits;
}

/** Guillemets, and a space before ; : ! ? (the `punctuation` check reports that one), are French. */
function guillemets(target: string): CheckHit[] {
  const match = /[«»‹›]/.exec(target);
  if (!match) return [];
  return [{
    message: `The English uses French guillemets “${match[0]}”; English quotes with “ ” (or ‘ ’).`,
    sourceSpan: null,
    targetSpan: { start: match.index, end: match.index + 1 },
    key: "guillemets",
    category: "linguistic_punctuation",
  }];
}

/**
 * A decimal comma ("3,5 %") or French digit grouping ("1 400 000", with a space or non-breaking
 * space) copied from the source. "1,400" is left alone: it is a valid English number.
 */
function frenchNumbers(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  const decimal = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])/g;
  const grouped = /(?<![\d.,])\d{1,3}(?:[  \u202F]\d{3})+(?!\d)/g;
  for (const [pattern, kind] of [[decimal, "decimal comma"], [grouped, "digit grouping with spaces"]] as const) {
    for (const match of target.matchAll(pattern)) {
      // Only what the French wrote the same way: "4,12" in an English list is not a calque.
      if (!source.includes(match[0])) continue;
      hits.push({
        message: `“${match[0]}” keeps the French ${kind}; English writes ${kind === "decimal comma" ? `“${match[0].replace(",", ".")}”` : `“${match[0].replace(/[  \u202F]/g, ",")}”`}.`,
        sourceSpan: { start: source.indexOf(match[0]), end: source.indexOf(match[0]) + match[0].length },
        targetSpan: { start: match.index, end: match.index + match[0].length },
        key: `number|${kind}|${match[0]}`,
        category: "locale_conventions",
      });
    }
  }
  return hits;
}

/** An elision mark with punctuation inside its brackets ("purges (…,)"): the comma belongs outside. */
function elisionBrackets(target: string): CheckHit[] {
  return [...target.matchAll(/[([](?:…|\.\.\.)\s*[,;:.]\s*[)\]]|[([]\s*[,;:]\s*(?:…|\.\.\.)[)\]]/g)].map((match) => ({
    message: `“${match[0]}” has punctuation inside the elision brackets; write “${match[0].replace(/[,;:.]/, "").replace(/\s+/g, "")}${match[0].match(/[,;:.]/)![0]}”.`,
    sourceSpan: null,
    targetSpan: { start: match.index, end: match.index + match[0].length },
    key: `elision|${match[0]}`,
    category: "linguistic_punctuation",
  }));
}

/** Word-for-word renderings of French turns of phrase, each confirmed by its French in the source. */
function calques(source: string, target: string): CheckHit[] {
  const french = source.replace(APOSTROPHES, "'");
  const english = target.replace(APOSTROPHES, "'");
  const hits: CheckHit[] = [];
  for (const calque of CALQUES) {
    const frenchMatch = calque.source.exec(french);
    if (!frenchMatch) continue;
    const englishMatch = calque.target.exec(english);
    if (!englishMatch) continue;
    hits.push({
      message: `“${target.slice(englishMatch.index, englishMatch.index + englishMatch[0].length)}” renders French “${source.slice(frenchMatch.index, frenchMatch.index + frenchMatch[0].length)}” word for word; ${calque.advice}`,
      sourceSpan: { start: frenchMatch.index, end: frenchMatch.index + frenchMatch[0].length },
      targetSpan: { start: englishMatch.index, end: englishMatch.index + englishMatch[0].length },
      key: `calque|${calque.id}`,
    });
  }
  return hits;
}

export const frenchConvention: SegmentCheck = {
  id: "french-convention",
  category: "style",
  severity: "minor",
  title: "French conventions carried into the English",
  run({ source, target }) {
    return [...formsOfAddress(source, target), ...guillemets(target), ...frenchNumbers(source, target), ...elisionBrackets(target), ...calques(source, target)];
  },
};
