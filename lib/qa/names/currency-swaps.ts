import { escapeRegExp, foldText, matchesOf } from "@/lib/text/text";
import type { CheckHit } from "../types";

/**
 * An amount just before, in either language: "15 milliards de", "1 900", "3.5 million". Words that
 * also mean something else ("livres", "won", "real", "couronnes", "rand") name a currency only after one.
 */
const AFTER_AMOUNT = String.raw`(?<=(?:\d|(?<!\p{L})(?:millions?|milliards?|billions?|trillions?|mille|thousand|hundred|dozens?))\s+(?:de\s+|d['’])?)`;
const WORD_END = String.raw`(?![\p{L}\d])`;
const WORD_START = String.raw`(?<![\p{L}\d])`;

/** A piece of a currency's pattern, and the literals one of which every match of it holds. */
type PatternPart = { source: string; keys: string[] };

/** A currency's pattern on one side, and its keys: a text holding none of them (lower-cased, for a case-blind pattern) cannot match it. */
export type CurrencyPattern = { regex: RegExp; keys: readonly string[]; isCaseBlind: boolean };

export type Currency = { id: string; french: CurrencyPattern; english: CurrencyPattern };

/** The top-level alternatives of a pattern's source: "francs?\s+(?:suisses?|cfa)|CHF" has two. */
function alternativesOf(source: string): string[] {
  const alternatives = [""];
  let [depth, isInClass] = [0, false];
  for (let at = 0; at < source.length; at++) {
    const piece = source[at] === "\\" ? source.slice(at, at + 2) : source[at];
    at += piece.length - 1;
    if (piece === "[" || piece === "]") isInClass = piece === "[";
    else if (!isInClass) depth += piece === "(" ? 1 : piece === ")" ? -1 : 0;
    if (piece === "|" && depth === 0 && !isInClass) alternatives.push("");
    else alternatives[alternatives.length - 1] += piece;
  }
  return alternatives;
}

/** The letters every match of an alternative starts with: "dollars?" → "dollar", "kron[ae]" → "kron"; "" when none. */
function leadingLiteral(alternative: string): string {
  const stop = alternative.search(/[\\^$.|?*+()[\]{}]/);
  if (stop < 0) return alternative;
  // A quantifier after the literal makes its last letter optional.
  return alternative.slice(0, "?*{".includes(alternative[stop]) ? Math.max(0, stop - 1) : stop);
}

export const word = (names: string): PatternPart => ({ source: `${WORD_START}(?:${names})${WORD_END}`, keys: alternativesOf(names).map(leadingLiteral) });
export const afterAmount = (names: string): PatternPart => ({ source: `${AFTER_AMOUNT}(?:${names})${WORD_END}`, keys: alternativesOf(names).map(leadingLiteral) });
export const sign = (symbol: string): PatternPart => ({ source: escapeRegExp(symbol), keys: [symbol] });

/** One side's pattern: its parts as alternatives, keyed by their literals, so the table is the only list of names. */
export function pattern(flags: string, ...parts: PatternPart[]): CurrencyPattern {
  const [keys, isCaseBlind] = [parts.flatMap((part) => part.keys), flags.includes("i")];
  return { regex: new RegExp(parts.map((part) => part.source).join("|"), flags), keys: [...new Set(isCaseBlind ? keys.map((key) => key.toLowerCase()) : keys)], isCaseBlind };
}

/**
 * Currencies, a closed class: each with the patterns of its names in French and in English (symbols and
 * ISO codes included). French writes "euros" in lower case; "l'Euro" and "Euro 2024" are the football tournament.
 */
export const CURRENCIES: readonly Currency[] = [
  { id: "euro", french: pattern("gu", word("euros?"), sign("€"), word("EUR")), english: pattern("gu", word("euros?|eurozone"), sign("€"), word("EUR")) },
  { id: "dollar", french: pattern("giu", word("dollars?|USD"), sign("$")), english: pattern("giu", word("dollars?|USD|greenbacks?"), sign("$")) },
  {
    id: "franc",
    french: pattern("giu", word("francs?\\s+(?:suisses?|cfa|belges?|fran[cç]ais|pacifique)|CHF"), afterAmount("francs?")),
    english: pattern("giu", word("francs?|CHF")),
  },
  {
    id: "pound",
    french: pattern("giu", word("livres?\\s+sterling|GBP"), sign("£"), afterAmount("livres?(?!\\s+turques?)")),
    english: pattern("giu", word("pounds?\\s+sterling|sterling|GBP"), sign("£"), afterAmount("pounds?")),
  },
  // "lire" is also the verb "to read".
  { id: "lira", french: pattern("giu", word("livres?\\s+turques?"), afterAmount("lires?")), english: pattern("giu", word("liras?")) },
  { id: "yen", french: pattern("giu", word("yens?")), english: pattern("giu", word("yen")) },
  { id: "yuan", french: pattern("giu", word("yuans?|renminbi")), english: pattern("gu", word("yuan|renminbi|RMB")) },
  { id: "rouble", french: pattern("giu", word("roubles?")), english: pattern("giu", word("roubles?|rubles?")) },
  { id: "rupee", french: pattern("giu", word("roupies?")), english: pattern("giu", word("rupees?")) },
  { id: "peso", french: pattern("giu", word("pesos?")), english: pattern("giu", word("pesos?")) },
  { id: "real", french: pattern("giu", afterAmount("réals?|reals?|reais")), english: pattern("giu", afterAmount("reais|reals?")) },
  { id: "won", french: pattern("giu", afterAmount("wons?")), english: pattern("giu", afterAmount("won")) },
  { id: "rand", french: pattern("giu", afterAmount("rands?")), english: pattern("giu", afterAmount("rands?")) },
  { id: "krone", french: pattern("giu", afterAmount("couronnes?")), english: pattern("giu", afterAmount("kron[ae]|kroner|kronor|korun[ay]|crowns?")) },
  { id: "zloty", french: pattern("giu", word("zlotys?|zlotych")), english: pattern("giu", word("zlotys?|zlotych")) },
  { id: "forint", french: pattern("giu", word("forints?")), english: pattern("giu", word("forints?")) },
  { id: "hryvnia", french: pattern("giu", word("hryvnias?|hryvnas?|grivnas?")), english: pattern("giu", word("hryvnias?|hryvnyas?")) },
  { id: "shekel", french: pattern("giu", word("shekels?|sicles?")), english: pattern("giu", word("shekels?")) },
  { id: "dinar", french: pattern("giu", word("dinars?")), english: pattern("giu", word("dinars?")) },
  { id: "dirham", french: pattern("giu", word("dirhams?")), english: pattern("giu", word("dirhams?")) },
  { id: "naira", french: pattern("giu", word("nairas?")), english: pattern("giu", word("nairas?")) },
];

type CurrencyMention = { id: string; start: number; end: number };

/**
 * Mentions of the currencies in a text, in reading order; where two overlap ("livres turques", "livres"), the longer (each pattern lists its longer names first).
 * Only the currencies whose keys the text holds are searched.
 */
export function findCurrencyMentions(text: string, side: "french" | "english", currencies: readonly Currency[] = CURRENCIES): CurrencyMention[] {
  // A case-blind pattern reads "ſ" as "s"; toLowerCase keeps it.
  const lowered = text.toLowerCase().replaceAll("ſ", "s");
  const found = currencies.flatMap(({ id, [side]: { regex, keys, isCaseBlind } }) =>
    keys.some((key) => (isCaseBlind ? lowered : text).includes(key)) ? matchesOf(text, regex).map((match) => ({ id, start: match.index, end: match.index + match[0].length })) : [],
  );
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept: CurrencyMention[] = [];
  for (const mention of found) if (!kept.some((other) => other.start < mention.end && mention.start < other.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Currencies of the source the target names nowhere, each with one of the target the source names
 * nowhere in its place, paired in reading order: "15 milliards de francs suisses" rendered "15 billion
 * euros". A conversion the English adds ("15 billion Swiss francs ($17 billion)") keeps the source's
 * currency, so nothing is dropped.
 */
export function findCurrencySwaps(source: string, target: string): CheckHit[] {
  const sourceMentions = findCurrencyMentions(source, "french");
  if (sourceMentions.length === 0) return [];
  const targetMentions = findCurrencyMentions(target, "english");
  const [inSource, inTarget] = [new Set(sourceMentions.map((mention) => mention.id)), new Set(targetMentions.map((mention) => mention.id))];
  const firstOf = (mentions: CurrencyMention[]) => mentions.filter((mention, at) => mentions.findIndex((other) => other.id === mention.id) === at);
  const dropped = firstOf(sourceMentions.filter((mention) => !inTarget.has(mention.id)));
  const added = firstOf(targetMentions.filter((mention) => !inSource.has(mention.id)));
  return dropped.slice(0, added.length).map((mention, rank): CheckHit => {
    const [sourceSpan, targetSpan] = [{ start: mention.start, end: mention.end }, { start: added[rank].start, end: added[rank].end }];
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    return {
      message: `The source names the currency “${sourceText}”, but the target has “${targetText}” in its place: a different currency.`,
      sourceSpan, targetSpan, key: `${foldText(sourceText)}|${foldText(targetText)}`,
      evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
    };
  });
}
