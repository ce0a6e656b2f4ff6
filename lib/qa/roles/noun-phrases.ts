import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { PRENOMINAL_ADJECTIVES } from "./role-markers";
import { isVerb } from "./verb-reading";

/**
 * Who does what to whom around one predicate, read from word order and markers, no parser:
 * agent (subject of an active verb, "par"/"by"), patient (object, subject of a passive,
 * "contre"/"against"/"on"), genitive ("de"/"of"/'s, either role) or oblique (another preposition).
 */
export type Slot = "agent" | "patient" | "genitive" | "oblique";
export type Argument = { index: number; slot: Slot; marker: string };

/** The closed classes a noun phrase is read with: its determiners and the markers of a noun's complement ("de", "of"). */
export type PhraseWords = { determiners: Set<string>; genitive: Set<string> };

const isName = (word: AlignedWord | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
const STOPS = /[.;:?!()«»"“”—–]/;

/**
 * The head of the noun phrase that ends right before `end` (exclusive), past one comma at most:
 * "Le mercenaire russe, qui" → "mercenaire", "la ministre du Travail, qui" → "ministre", "The Russian
 * mercenary, who" → "mercenary", "the minister of health, who" → "minister", "Victor Hugo, whose" → "Hugo".
 * French heads come first in their phrase, English heads last before "of"; a name stands for itself.
 * `isFigureDeterminer`: a figure may stand for the article ("20 elderly people, who" → "people"), as a relative's antecedent.
 */
export function headBefore(text: string, words: AlignedWord[], end: number, language: Language, phrase: PhraseWords, isFigureDeterminer = false): number | null {
  const found = phraseBefore(text, words, end, language, phrase, isFigureDeterminer);
  if (found === null) return null;
  const { core, determiner } = found;
  // Without a determiner only a name is a phrase the reader can trust: "Victor Hugo", "DGAC".
  if (determiner < 0) return isName(words[core[core.length - 1]]) ? core[core.length - 1] : null;
  if (language !== "source" || isName(words[core[0]])) return core[core.length - 1];
  // "une légère détente", "un important incendie": an adjective French puts before its noun is not the head.
  const head = core.find((k, at) => at === core.length - 1 || !PRENOMINAL_ADJECTIVES.source.has(foldedAt(words, k, language)));
  return head ?? core[0];
}

/**
 * The noun phrase that ends right before `end` (exclusive), as `headBefore` reads it: its first word,
 * its outermost determiner (-1 without one) and its core, the content words before any complement.
 */
export function phraseBefore(text: string, words: AlignedWord[], end: number, language: Language, phrase: PhraseWords, isFigureDeterminer = false): { first: number; determiner: number; core: number[] } | null {
  let first = end;
  let determiner = -1;
  for (let k = end - 1; k >= 0 && end - k <= 7; k -= 1) {
    const gap = text.slice(words[k].end, words[k + 1]?.start ?? text.length);
    if (STOPS.test(gap) || (k < end - 1 && gap.includes(","))) break;
    const key = foldedAt(words, k, language);
    // "le ministre des Transports": "des", "du" after a noun open its complement.
    const opensComplement = phrase.genitive.has(key) && words[k - 1]?.isContent === true;
    if (phrase.determiners.has(key) && !opensComplement) {
      determiner = k;
      first = k + 1;
      // "de la", "of the": the phrase goes on to the noun it completes.
      if (!phrase.genitive.has(foldedAt(words, k - 1, language))) break;
      continue;
    }
    if (!words[k].isContent && !phrase.genitive.has(key)) break;
    // `isFigureDeterminer`: "20 elderly people, who": a figure determines its noun as an article does.
    if (isFigureDeterminer && k < end - 1 && /^\d[\d,. ]*$/.test(words[k].text)) {
      determiner = k;
      break;
    }
    first = k;
  }
  if (first >= end) return null;
  const inPhrase = Array.from({ length: end - first }, (_, offset) => first + offset);
  const complement = inPhrase.find((k) => k > first && phrase.genitive.has(foldedAt(words, k, language)));
  const core = inPhrase.filter((k) => k < (complement ?? end) && words[k].isContent);
  if (core.length === 0) return null;
  return { first, determiner, core };
}

/** English pasts, participles and adverbs close a subject phrase: "senators admitted", "the minister told", "police quickly". */
function isEnglishVerbForm(word: string): boolean {
  return /(?:ed|ly)$/.test(word) || englishVerbBase(word) !== undefined;
}

/**
 * The head of the noun phrase that opens at `start`: "la ministre du Travail a reconnu" → "ministre",
 * "the labour minister admitted" → "minister", "senators admitted" → "senators".
 */
export function headAfter(text: string, words: AlignedWord[], start: number, language: Language, phrase: PhraseWords): number | null {
  let k = start;
  while (k < words.length && phrase.determiners.has(foldedAt(words, k, language))) k += 1;
  if (!words[k]?.isContent) return null;
  if (language === "source") return k;
  let head = k;
  while (head + 1 < words.length && head - k < 3 && words[head + 1].isContent && !isClauseBoundaryBefore(text, words, head + 1) && !isEnglishVerbForm(foldedAt(words, head + 1, language))) head += 1;
  return head;
}

/**
 * "asked civil aviation authority DGAC to…": an English object without a determiner may be a name
 * with its title. A bare name ("received Joe Biden") is the clause frames' reading (participant-swaps).
 */
export function nameAfter(text: string, alignedWords: AlignedWord[], start: number): number | null {
  let k = start;
  while (k + 1 < alignedWords.length && k - start < 3 && alignedWords[k + 1].isContent && !isClauseBoundaryBefore(text, alignedWords, k + 1) && !/(?:ed|ly)$/.test(alignedWords[k].text)) k += 1;
  const isTitled = k > start && !/^\p{Lu}/u.test(alignedWords[start].text);
  return isTitled && alignedWords[k].isContent && /^\p{Lu}/u.test(alignedWords[k].text) && !/(?:ed|ly)$/.test(alignedWords[k].text) ? k : null;
}

/** "drivers' proposal": a plural noun whose possessive apostrophe stands alone before the next word. */
export function isPluralPossessive(text: string, alignedWords: AlignedWord[], index: number): boolean {
  const [word, next] = [alignedWords[index], alignedWords[index + 1]];
  return word !== undefined && next !== undefined && word.isContent && /s$/.test(word.text) && /^['’]\s+$/.test(text.slice(word.end, next.start));
}

/** "an Amsterdam museum", "Russia's attack": an English name or possessive before a noun is what the noun applies to. */
export function genitiveBefore(text: string, alignedWords: AlignedWord[], noun: number, phrase: PhraseWords): Argument | null {
  const [previous, owner] = [alignedWords[noun - 1], alignedWords[noun - 2]];
  if (!previous || !owner || isClauseBoundaryBefore(text, alignedWords, noun - 1) || isClauseBoundaryBefore(text, alignedWords, noun)) return null;
  if (previous.text === "'s" || previous.text === "’s") return owner.isContent ? { index: noun - 2, slot: "genitive", marker: "'s" } : null;
  // "the farmers' support": a plural possessive keeps only its apostrophe.
  if (isPluralPossessive(text, alignedWords, noun - 1)) return { index: noun - 1, slot: "genitive", marker: "'s" };
  const isName = /^\p{Lu}/u.test(previous.text) && !/^\p{Lu}/u.test(alignedWords[noun].text);
  if (!isName || !previous.isContent || !phrase.determiners.has(foldedAt(alignedWords, noun - 2, "target"))) return null;
  // "the European breeding programme": before a compound's first noun, the name qualifies the compound's head.
  const next = alignedWords[noun + 1];
  const isCompoundModifier = next !== undefined && next.isContent && /^\p{Ll}/u.test(next.text) && /^\s+$/.test(text.slice(alignedWords[noun].end, next.start)) &&
    !/(?:ed|ly)$/.test(next.text) && !isVerb(alignedWords, noun + 1, "target");
  return isCompoundModifier ? null : { index: noun - 1, slot: "genitive", marker: "" };
}

/** The last word of the noun phrase whose head reading stopped on `index`: "de la fondation Gates", "of the Lactalis group". */
export function phraseEnd(text: string, alignedWords: AlignedWord[], index: number): number {
  let k = index;
  while (k + 1 < alignedWords.length && k - index < 3 && alignedWords[k + 1].isContent && !isClauseBoundaryBefore(text, alignedWords, k + 1)) k += 1;
  return k;
}

/**
 * A noun's complements read as a verb's ("le rachat de Transdev par la RATP", "the RATP's takeover of
 * Transdev", "la campagne de Greenpeace contre Shell"): beside an agent, the "de"/"of" complement is
 * the one acted upon; beside one acted upon, the possessive or the "de" complement is the one acting.
 */
export function nominalRoles(found: Argument[]): Argument[] {
  const isPossessive = (argument: Argument) => argument.slot === "genitive" && argument.marker === "'s";
  const hasObject = found.some((argument) => argument.slot === "patient" || (argument.slot === "genitive" && !isPossessive(argument)));
  // "the smuggler's arrest by the gendarmerie": beside an agent, the possessive is the one acted upon.
  const hasMarkedAgent = found.some((argument) => argument.slot === "agent" && argument.marker !== "");
  const possessiveSlot = hasMarkedAgent ? "patient" : hasObject ? "agent" : null;
  const roles = found.map((argument): Argument => (isPossessive(argument) && possessiveSlot ? { ...argument, slot: possessiveSlot } : argument));
  const hasAgent = roles.some((argument) => argument.slot === "agent");
  const hasPatient = roles.some((argument) => argument.slot === "patient");
  return roles.map((argument): Argument => {
    if (argument.slot !== "genitive" || isPossessive(argument)) return argument;
    if (hasAgent) return { ...argument, slot: "patient" };
    return hasPatient ? { ...argument, slot: "agent" } : argument;
  });
}
