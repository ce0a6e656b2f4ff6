import { foldText } from "@/lib/text/text";
import type { CheckHit } from "../types";

/**
 * An amount just before, in either language: "15 milliards de", "1 900", "3.5 million". Words that
 * also mean something else ("livres", "won", "real", "couronnes", "rand") name a currency only after one.
 */
const AFTER_AMOUNT = String.raw`(?<=(?:\d|(?<!\p{L})(?:millions?|milliards?|billions?|trillions?|mille|thousand|hundred|dozens?))\s+(?:de\s+|d['’])?)`;
const WORD_END = String.raw`(?![\p{L}\d])`;
const WORD_START = String.raw`(?<![\p{L}\d])`;

const word = (names: string) => `${WORD_START}(?:${names})${WORD_END}`;
const afterAmount = (names: string) => `${AFTER_AMOUNT}(?:${names})${WORD_END}`;

/**
 * Currencies, a closed class: each with the patterns of its names in French and in English (symbols and
 * ISO codes included). French writes "euros" in lower case; "l'Euro" and "Euro 2024" are the football tournament.
 */
const CURRENCIES: ReadonlyArray<{ id: string; french: RegExp; english: RegExp }> = [
  { id: "euro", french: new RegExp(`${word("euros?")}|€|${word("EUR")}`, "gu"), english: new RegExp(`${word("euros?|eurozone")}|€|${word("EUR")}`, "gu") },
  { id: "dollar", french: new RegExp(`${word("dollars?|USD")}|\\$`, "giu"), english: new RegExp(`${word("dollars?|USD|greenbacks?")}|\\$`, "giu") },
  {
    id: "franc",
    french: new RegExp(`${word("francs?\\s+(?:suisses?|cfa|belges?|fran[cç]ais|pacifique)|CHF")}|${afterAmount("francs?")}`, "giu"),
    english: new RegExp(`${word("francs?|CHF")}`, "giu"),
  },
  {
    id: "pound",
    french: new RegExp(`${word("livres?\\s+sterling|GBP")}|£|${afterAmount("livres?(?!\\s+turques?)")}`, "giu"),
    english: new RegExp(`${word("pounds?\\s+sterling|sterling|GBP")}|£|${afterAmount("pounds?")}`, "giu"),
  },
  // "lire" is also the verb "to read".
  { id: "lira", french: new RegExp(`${word("livres?\\s+turques?")}|${afterAmount("lires?")}`, "giu"), english: new RegExp(word("liras?"), "giu") },
  { id: "yen", french: new RegExp(word("yens?"), "giu"), english: new RegExp(word("yen"), "giu") },
  { id: "yuan", french: new RegExp(word("yuans?|renminbi"), "giu"), english: new RegExp(word("yuan|renminbi|RMB"), "gu") },
  { id: "rouble", french: new RegExp(word("roubles?"), "giu"), english: new RegExp(word("roubles?|rubles?"), "giu") },
  { id: "rupee", french: new RegExp(word("roupies?"), "giu"), english: new RegExp(word("rupees?"), "giu") },
  { id: "peso", french: new RegExp(word("pesos?"), "giu"), english: new RegExp(word("pesos?"), "giu") },
  { id: "real", french: new RegExp(afterAmount("r[ée]als?|reais"), "giu"), english: new RegExp(afterAmount("reais|reals?"), "giu") },
  { id: "won", french: new RegExp(afterAmount("wons?"), "giu"), english: new RegExp(afterAmount("won"), "giu") },
  { id: "rand", french: new RegExp(afterAmount("rands?"), "giu"), english: new RegExp(afterAmount("rands?"), "giu") },
  { id: "krone", french: new RegExp(afterAmount("couronnes?"), "giu"), english: new RegExp(afterAmount("kron[ae]|kroner|kronor|korun[ay]|crowns?"), "giu") },
  { id: "zloty", french: new RegExp(word("zlotys?|zlotych"), "giu"), english: new RegExp(word("zlotys?|zlotych"), "giu") },
  { id: "forint", french: new RegExp(word("forints?"), "giu"), english: new RegExp(word("forints?"), "giu") },
  { id: "hryvnia", french: new RegExp(word("hryvnias?|hryvnas?|grivnas?"), "giu"), english: new RegExp(word("hryvnias?|hryvnyas?"), "giu") },
  { id: "shekel", french: new RegExp(word("shekels?|sicles?"), "giu"), english: new RegExp(word("shekels?"), "giu") },
  { id: "dinar", french: new RegExp(word("dinars?"), "giu"), english: new RegExp(word("dinars?"), "giu") },
  { id: "dirham", french: new RegExp(word("dirhams?"), "giu"), english: new RegExp(word("dirhams?"), "giu") },
  { id: "naira", french: new RegExp(word("nairas?"), "giu"), english: new RegExp(word("nairas?"), "giu") },
];

type CurrencyMention = { id: string; start: number; end: number };

/** Mentions of the currencies in a text, in reading order; where two overlap ("livres turques", "livres"), the longer (each pattern lists its longer names first). */
export function findCurrencyMentions(text: string, side: "french" | "english"): CurrencyMention[] {
  const found = CURRENCIES.flatMap(({ id, ...patterns }) => [...text.matchAll(patterns[side])].map((match) => ({ id, start: match.index, end: match.index + match[0].length })));
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
