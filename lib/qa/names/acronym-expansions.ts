import type { AlignedWord } from "@/lib/word-align/types";
import { foldText, stripElision } from "@/lib/text/text";

/** Capitals only: a French acronym ("PNF", "CNIL"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words an English expansion may hold between the ones that give its initials: "the", "of", "for". */
const SKIPPED = /^(?:of|for|the|and|on|de|'s)$/i;

/** How many initials the acronym's letters do not account for. */
function strayInitials(initials: string[], letters: string): number {
  const left = [...letters];
  return initials.filter((initial) => {
    const at = left.indexOf(initial);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  }).length;
}

/**
 * The English words (indexes, first to last) that spell out a French acronym by their initials, in
 * any order, since English reorders the words: "PNF" (parquet national financier) said "national
 * financial prosecutor's office", "CSA" "audiovisual standards council"... Only an acronym of three
 * letters or more: two letters match too many pairs of words by chance. From four letters on, one word
 * may be translated to another initial ("CFCM", Conseil français du culte musulman: "French Council of the Muslim Faith").
 */
export function findAcronymExpansion(acronym: string, target: readonly AlignedWord[]): { first: number; last: number } | null {
  if (!ACRONYM.test(acronym) || acronym.length < 3) return null;
  const letters = [...acronym.toLowerCase()].sort().join("");
  for (let first = 0; first < target.length; first += 1) {
    if (!target[first].isContent || !/^\p{L}/u.test(target[first].text)) continue;
    const initials: string[] = [];
    for (let last = first; last < target.length && initials.length < acronym.length; last += 1) {
      const word = target[last];
      if (SKIPPED.test(word.text)) continue;
      if (!word.isContent || !/^\p{L}/u.test(word.text)) break;
      // "one-day internationals" spells ODI: each part of a hyphenated word gives its initial.
      for (const part of word.text.split("-")) if (part !== "") initials.push(part[0].toLowerCase());
      if (initials.length > acronym.length) break;
      if (initials.length === acronym.length && strayInitials(initials, letters) <= (acronym.length >= 4 ? 1 : 0)) return { first, last };
    }
  }
  return null;
}

/** Whether a French word is an acronym the English spells out somewhere by its initials. */
export function isSpelledOut(word: { text: string }, target: readonly AlignedWord[]): boolean {
  return findAcronymExpansion(word.text, target) !== null;
}

/** The English words that spell out one of the French acronyms: they render it, though the aligner left them unlinked. */
export function findSpelledOutWords(source: readonly AlignedWord[], target: readonly AlignedWord[]): Set<number> {
  const found = new Set<number>();
  for (const word of source) {
    const expansion = findAcronymExpansion(word.text, target);
    for (let index = expansion?.first ?? 0; expansion && index <= expansion.last; index += 1) found.add(index);
  }
  return found;
}

/** French words a name's initials skip: "Autorité des marchés financiers" is the AMF. */
const FRENCH_SKIPPED = /^(?:de|des|du|la|le|les|l|d|et|pour|sur|en|aux?)$/i;

/**
 * Whether `acronym`, in capitals, gives the initials, in order, of the French words from `start` on:
 * English copies a French body's acronym ("the AMF") where the French spells the name out
 * ("l'Autorité des marchés financiers").
 */
export function isInitialsOf(acronym: string, source: string, start: number): boolean {
  if (!ACRONYM.test(acronym) || acronym.length < 3) return false;
  const words = source.slice(start).split(/[^\p{L}]+/u).filter((word) => word !== "").slice(0, 3 * acronym.length);
  const letters = acronym.toLowerCase();
  // A small word may give its letter or not: "FIDE" is "Fédération internationale des échecs", "CDC" "Caisse des dépôts et consignations".
  const spells = (letter: number, word: number): boolean => {
    if (letter === letters.length) return true;
    if (word === words.length) return false;
    const isSkipped = FRENCH_SKIPPED.test(words[word]);
    if (foldText(words[word][0]) === letters[letter] && spells(letter + 1, word + 1)) return true;
    return isSkipped && spells(letter, word + 1);
  };
  return spells(0, 0);
}

/**
 * Where the name starts whose initials a word in capitals, in parentheses right after it, gives in its own language: "la Société
 * canadienne d'hypothèques et de logement (SCHL)", "Canada Mortgage and Housing Corporation (CMHC)"; null when it gives none.
 */
export function parenthesisedInitialsStart(text: string, word: { text: string; start: number }, language: "source" | "target"): number | null {
  const acronym = stripElision(word.text).word;
  const from = Math.max(0, word.start - 200);
  const before = /^(.*?)\s*\(\s*$/su.exec(text.slice(from, word.start))?.[1];
  if (!ACRONYM.test(acronym) || acronym.length < 3 || before === undefined) return null;
  const words = [...before.matchAll(/\p{L}+/gu)].slice(-3 * acronym.length);
  const letters = acronym.toLowerCase();
  const skipped = language === "source" ? FRENCH_SKIPPED : SKIPPED;
  // Read backwards from the last word: a small word may give its letter or not, and a word may give its first letters, up to
  // MAX_LETTERS_OF_WORD ("Office fédéral des routes" is the OFROU, "Federal Roads Office" the FEDRO). The word that gives the first letter, or -1.
  const spells = (letter: number, at: number): number => {
    if (at < 0) return -1;
    const folded = foldText(words[at][0]).toLowerCase();
    for (let count = 1; count <= Math.min(MAX_LETTERS_OF_WORD, letter + 1, folded.length); count += 1) {
      if (folded.slice(0, count) !== letters.slice(letter - count + 1, letter + 1)) continue;
      const first = letter - count < 0 ? at : spells(letter - count, at - 1);
      if (first >= 0) return first;
    }
    return skipped.test(words[at][0]) ? spells(letter, at - 1) : -1;
  };
  const first = spells(letters.length - 1, words.length - 1);
  return first < 0 ? null : from + words[first].index!;
}

/** How many first letters one word may give to initials in parentheses: "FEDRO" takes "Fed" of "Federal", "Ro" of "Roads". */
const MAX_LETTERS_OF_WORD = 3;

/** A figure, and "millions de" or the like, right before a word: "8,6 millions d'EVP", "8.6 million TEU", "3 GW". */
const COUNTED_BEFORE = /\d(?:[\d.,\u00a0\u202f ]*\d)?\s*(?:(?:mille|millions?|milliards?|thousands?|billions?)\s+)?(?:d['’]|de\s+|of\s+)?$/iu;

/**
 * Whether a word in capitals is a unit a figure counts ("8,6 millions d'EVP", "8.6 million TEU"):
 * each language has its own initials for one, and it names no body.
 */
export function isCountedUnit(text: string, word: { text: string; start: number }): boolean {
  return ACRONYM.test(stripElision(word.text).word) && COUNTED_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start));
}

/** An acronym in apposition right after a name: "la Cour des comptes polonaise, la NIK", "Supreme Audit Office (NIK)". */
const APPOSED_ACRONYM = {
  source: /^\s*(?:,\s*(?:(?:la|le|les)\s+|l['’])?|\(\s*)(\p{Lu}{2,6})(?=[\s,.;:)]|$)/u,
  target: /^\s*(?:,\s*(?:the\s+)?|\(\s*)(\p{Lu}{2,6})(?=[\s,.;:)]|$)/u,
};

/**
 * Whether a French name and an English one each have the same acronym in apposition right after them:
 * both sides say which body they mean, whatever each calls it ("la Cour des comptes polonaise, la NIK"/"Poland's Supreme Audit Office (NIK)").
 */
export function isSameApposedAcronym(source: string, sourceEnd: number, target: string, targetEnd: number): boolean {
  const french = APPOSED_ACRONYM.source.exec(source.slice(sourceEnd));
  const english = APPOSED_ACRONYM.target.exec(target.slice(targetEnd));
  return french !== null && english !== null && french[1] === english[1];
}
