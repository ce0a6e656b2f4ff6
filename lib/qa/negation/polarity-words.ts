import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import type { Negator } from "./negators";

/**
 * A negative word and, on the other side, the positive word that says the opposite without a
 * negator: "Personne n'a été blessé" → "Someone was injured", "nothing" for "quelque chose".
 */
export type PolarityFlip = { negator: Negator; positive: { first: number; last: number } };

/** "Aucun des 43 députés" → "Some of the 43 MPs": a part of a group, said as some or all of it. */
const SOME_OF = ["some of", "all of", "each of", "most of", "many of", "several of", "both of"];

/** French negative words → the English words that reverse them. */
const ENGLISH_POSITIVES: Record<string, readonly string[]> = {
  personne: ["someone", "somebody", "everyone", "everybody"],
  nul: ["someone", "somebody", "everyone", "everybody"],
  aucun: ["someone", "somebody", "everyone", "everybody", "something", "everything", ...SOME_OF],
  aucune: ["something", "everything", ...SOME_OF],
  rien: ["something", "everything"],
  jamais: ["always"],
  nulle: ["somewhere", "everywhere"],
  sans: ["with"],
};

/** English negative words → the French words (folded, space-joined) that reverse them. */
const FRENCH_POSITIVES: Record<string, readonly string[]> = {
  nobody: ["quelqu'un", "chacun"],
  "no one": ["quelqu'un", "chacun"],
  nothing: ["quelque chose"],
  never: ["toujours"],
  nowhere: ["quelque part", "partout"],
  without: ["avec"],
};

/** Words that put a positive word back under a negation: "not always", "hardly anyone". */
const ENGLISH_NEGATING_BEFORE = /^(?:not|never|no|hardly|barely|scarcely|without|.*n't|cannot)$/;
const FRENCH_NEGATING_BEFORE = /^(?:ne|n'|pas|jamais|plus|sans|non)$/;


/** Negative determiners and pronouns that negate the word before them: "with no date set" says "without". */
const ENGLISH_NEGATING_AFTER = /^(?:no|none|nothing|nobody|neither)$/;
const FRENCH_NEGATING_AFTER = /^(?:aucun|aucune|nul|nulle|rien|personne)$/;

/** Where the one- or two-word `form` occurs in `words`, not right after a negating word nor right before a negative determiner. */
function occurrences(words: AlignedWord[], form: string, language: "source" | "target"): number[] {
  const parts = form.split(" ");
  const [negating, negatingAfter] = language === "target" ? [ENGLISH_NEGATING_BEFORE, ENGLISH_NEGATING_AFTER] : [FRENCH_NEGATING_BEFORE, FRENCH_NEGATING_AFTER];
  const found: number[] = [];
  for (let i = 0; i + parts.length <= words.length; i += 1) {
    if (!parts.every((part, offset) => foldedAt(words, i + offset, language) === part)) continue;
    if ([i - 1, i - 2].some((k) => negating.test(foldedAt(words, k, language))) || negatingAfter.test(foldedAt(words, i + parts.length, language))) continue;
    found.push(i);
  }
  return found;
}

/** The other side's counterpart of a negator's scope word, when the alignment links it. */
function scopeCounterpart(alignment: WordAlignment, negator: Negator, fromSource: boolean): number | null {
  if (negator.scope === null) return null;
  const link = alignment.links.find((candidate) => (fromSource ? candidate.source : candidate.target) === negator.scope);
  return link ? (fromSource ? link.target : link.source) : null;
}

/**
 * "sans"/"without" ↔ "with"/"avec" is common in clean text, so it counts only next to the negated
 * word's counterpart ("sans votre permission" → "with your permission"), or, that counterpart
 * unknown, at the negation's place in the sentence when the other side has more of the positive
 * word than of its translation.
 */
function isNearScope(alignment: WordAlignment, negator: Negator, at: number, fromSource: boolean): boolean {
  const anchor = scopeCounterpart(alignment, negator, fromSource);
  if (anchor !== null) return at < anchor && anchor - at <= 3;
  // With the negated word unplaced ("sans eux"), a "with" is the opposite only where the negation stands in
  // the sentence, and when the French has no "avec" it could render.
  const [negatorWords, otherWords] = fromSource ? [alignment.source, alignment.target] : [alignment.target, alignment.source];
  if (Math.abs(at / otherWords.length - negator.first / negatorWords.length) > 0.2) return false;
  const count = (words: AlignedWord[], form: string, language: "source" | "target") => words.filter((_, index) => foldedAt(words, index, language) === form).length;
  return fromSource ? count(alignment.target, "with", "target") > count(alignment.source, "avec", "source") : count(alignment.source, "avec", "source") > count(alignment.target, "with", "target");
}

/**
 * A negative word of one side rendered by its positive opposite on the other ("personne" →
 * "someone", "nothing" ← "quelque chose"), where the other side has fewer negations. Needs no
 * coverage: the two words say opposite things whatever the rest of the sentence does.
 */
export function findPolarityFlip(alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): { flip: PolarityFlip; fromSource: boolean } | null {
  const sides = [
    { negators: sourceNegators, others: targetNegators, words: alignment.target, table: ENGLISH_POSITIVES, fromSource: true, language: "target" as const },
    { negators: targetNegators, others: sourceNegators, words: alignment.source, table: FRENCH_POSITIVES, fromSource: false, language: "source" as const },
  ];
  for (const { negators, others, words, table, fromSource, language } of sides) {
    if (negators.length <= others.length) continue;
    for (const negator of negators) {
      for (const form of table[negator.word] ?? []) {
        const isScoped = form === "with" || form === "avec";
        const at = occurrences(words, form, language).find((index) => !isScoped || isNearScope(alignment, negator, index, fromSource));
        if (at !== undefined) return { flip: { negator, positive: { first: at, last: at + form.split(" ").length - 1 } }, fromSource };
      }
    }
  }
  return null;
}

/** How often, said either way: "rarement" against "often", "souvent" against "rarely". */
const FRENCH_RARELY = /^rarement$/;
const FRENCH_OFTEN = /^(?:souvent|frequemment|regulierement)$/;
const ENGLISH_RARELY = /^(?:rarely|seldom|rare|infrequently|few|only|occasionally|sporadically)$/;
const ENGLISH_OFTEN = /^(?:often|frequently|regularly|commonly|repeatedly)$/;

/** "n'ont que rarement dépassé" → "often topped": a frequency said as its opposite, neither side negating it, the English saying the French one nowhere. */
function findFrequencyFlip(source: string[], target: string[]): { source: number; target: number } | null {
  const isNegated = (words: string[], index: number, negating: RegExp) => [index - 1, index - 2].some((k) => negating.test(words[k] ?? ""));
  for (const [french, englishSame, englishOpposite] of [[FRENCH_RARELY, ENGLISH_RARELY, ENGLISH_OFTEN], [FRENCH_OFTEN, ENGLISH_OFTEN, ENGLISH_RARELY]] as const) {
    // "pas souvent" negates the frequency; "ne … que rarement" does not.
    const at = source.findIndex((word, index) => french.test(word) && !/^(?:pas|jamais|plus)$/.test(source[index - 1] ?? ""));
    if (at < 0 || target.some((word) => englishSame.test(word))) continue;
    const opposite = target.findIndex((word, index) => englishOpposite.test(word) && !isNegated(target, index, ENGLISH_NEGATING_BEFORE));
    if (opposite >= 0) return { source: at, target: opposite };
  }
  return null;
}

/**
 * "few" and "little" said either way: their opposites "many", "much", "numerous", "plenty", "lots"; a record of
 * either ("n'avait pas attiré aussi peu de chineurs depuis 2001" → "drew its smallest crowd since 2001", not its largest).
 */
const ENGLISH_MANY = /^(?:many|much|numerous|plenty|lots|largest|biggest|greatest|highest)$/;
const ENGLISH_FEW = /^(?:few|fewer|fewest|little|less|least|handful|rare|rarely|scarce|scarcely|hardly|barely|only|small|smallest|lowest)$/;
const FRENCH_MANY = /^(?:beaucoup|nombreux|nombreuses|plusieurs|maints?|maintes)$/;
/** "un peu" (a little), "peu à peu", "sous peu", "depuis peu", "à peu près", "quelque peu": not the quantifier "few". */
const FRENCH_NOT_FEW_BEFORE = /^(?:un|a|sous|depuis|quelque|pour)$/;

/**
 * A scarce quantity said as an abundant one, or the reverse: "très peu d'artistes" → "many
 * artists", "de nombreux blessés" → "few injured". The French "peu de" (not "un peu") is the
 * quantifier few/little; English "few" without "a" ("a few", "quite a few" are some, many).
 */
export function findQuantityFlip(sourceText: string, alignment: WordAlignment): { source: number; target: number } | null {
  // Most sentences say no quantity at all: spare them the word look-ups.
  if (!/\b(?:peu|beaucoup|nombreu|plusieurs|maint|rarement|souvent|fr[ée]quemment|r[ée]guli[èe]rement)/i.test(sourceText)) return null;
  const source = alignment.source.map((_, index) => foldedAt(alignment.source, index, "source"));
  const target = alignment.target.map((_, index) => foldedAt(alignment.target, index, "target"));
  const frequency = findFrequencyFlip(source, target);
  if (frequency) return frequency;
  const few = source.findIndex((word, index) => word === "peu" && /^(?:de|d')$/.test(source[index + 1] ?? "") && !FRENCH_NOT_FEW_BEFORE.test(source[index - 1] ?? ""));
  if (few >= 0 && !target.some((word) => ENGLISH_FEW.test(word))) {
    const many = target.findIndex((word, index) => ENGLISH_MANY.test(word) && ![index - 1, index - 2].some((k) => ENGLISH_NEGATING_BEFORE.test(target[k] ?? "") || /^(?:how|as)$/.test(target[k] ?? "")));
    if (many >= 0) return { source: few, target: many };
  }
  const hasFew = source.some((word, index) => word === "peu" || (word === "rares" && index > 0));
  // "the last few months" counts a span of time, as "ces derniers mois" does: no scarcity.
  // "so scarce", "scarcer": a quantity said scarce by its adjective.
  const fewTarget = target.findIndex((word, index) => (word === "few" && !/^(?:a|quite|not|last|past|next|first)$/.test(target[index - 1] ?? "")) || /^(?:scarce|scarcer|sparse)$/.test(word));
  const manySource = source.findIndex((word, index) => FRENCH_MANY.test(word) && !FRENCH_NEGATING_BEFORE.test(source[index - 1] ?? ""));
  return fewTarget >= 0 && manySource >= 0 && !hasFew ? { source: manySource, target: fewTarget } : null;
}

/** A factor's number: "deux fois", "2,5 fois", "three times", "10 times". */
const FRENCH_FACTOR_NUMBER = /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\d+(?:[.,]\d+)?)$/;
const ENGLISH_FACTOR_NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+(?:\.\d+)?)$/;
/** Comparatives that make an English factor a division: "three times less", "ten times smaller". */
const ENGLISH_LESS = /^(?:less|fewer|lower|smaller|cheaper|shorter|slower|weaker|lighter|below)$/;
/** Fractions that say a French "fois moins" in English: "half the rainfall", "a third of the price". */
const ENGLISH_FRACTIONS = /^(?:half|halved|halving|third|thirds|quarter|quarters|fifth|tenth|fraction)$/;

/**
 * "deux fois moins de pluie que la normale" → "twice its normal rainfall": a French factor that divides said by an English
 * one that multiplies, or "trois fois plus" said "three times less". One factor on each side, so that each is the other's rendering.
 */
export function findFactorFlip(sourceText: string, alignment: WordAlignment): { sourceFirst: number; source: number; targetFirst: number; target: number; divides: boolean } | null {
  if (!/(?<!\p{L})fois\s+(?:moins|plus)(?!\p{L})/iu.test(sourceText)) return null;
  const source = alignment.source.map((_, index) => foldedAt(alignment.source, index, "source"));
  const target = alignment.target.map((_, index) => foldedAt(alignment.target, index, "target"));
  const sourceFactors = source.flatMap((word, index) => (word === "fois" && FRENCH_FACTOR_NUMBER.test(source[index - 1] ?? "") && /^(?:moins|plus)$/.test(source[index + 1] ?? "") ? [index] : []));
  const targetFactors = target.flatMap((word, index) => (/^(?:twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold|\d+-fold)$/.test(word) || (word === "times" && ENGLISH_FACTOR_NUMBER.test(target[index - 1] ?? "")) ? [index] : []));
  if (sourceFactors.length !== 1 || targetFactors.length !== 1) return null;
  const [french, english] = [sourceFactors[0], targetFactors[0]];
  const less = target.slice(english + 1, english + 4).findIndex((word) => ENGLISH_LESS.test(word));
  const divides = source[french + 1] === "moins";
  const isFlipped = divides ? less < 0 && !target.some((word) => ENGLISH_FRACTIONS.test(word)) : less >= 0;
  if (!isFlipped) return null;
  const targetFirst = target[english] === "times" ? english - 1 : english;
  return { sourceFirst: french - 1, source: french + 1, targetFirst, target: less < 0 ? english : english + 1 + less, divides };
}
