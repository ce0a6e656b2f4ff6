import type { Span } from "@/lib/text/text";

/**
 * A French qualifier that changes what a sentence claims ("fermeture provisoire", "au moins douze",
 * "partiellement repris", "d'ici 2030"), and the English words that may render it. One word of this
 * kind is all the omission checks never weigh alone: a single unlinked word is most often a paraphrase.
 */
type Qualifier = { source: RegExp; renderings: RegExp };

const NUMBER_AHEAD = String.raw`(?=\s*(?:\d|un\b|une\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|la moitié|un tiers|un quart))`;

const QUALIFIERS: readonly Qualifier[] = [
  { source: /\b(?:provisoire(?:s|ment)?|temporaire(?:s|ment)?)(?![\p{L}-])/iu,
    renderings: /\b(?:temporar\w*|provisional\w*|preliminary|initial|tentative|flash|interim|for now|for the time being|for the moment|until further notice|stopgap|short-term)\b/i },
  { source: /\b(?:partiel(?:le)?s?|partiellement|en partie)(?![\p{L}-])/iu,
    renderings: /\b(?:partial\w*|partly|in part|some of|part of|limited)\b/i },
  { source: new RegExp(String.raw`\bau moins${NUMBER_AHEAD}`, "iu"), renderings: /\b(?:at least|no fewer than|no less than|a minimum of|or more|upwards of|at a minimum)\b/i },
  { source: new RegExp(String.raw`\b(?:près d[e'’]|presque|quasiment|environ|quelque)${NUMBER_AHEAD}`, "iu"),
    renderings: /\b(?:nearly|almost|close to|about|around|some|roughly|approximately|just under|just over|virtually|practically|or so|estimated|upwards of)\b/i },
  { source: new RegExp(String.raw`\b(?:plus d[e'’])${NUMBER_AHEAD}`, "iu"), renderings: /\b(?:than|over|above|upwards of|in excess of|exceed\w*|at least|beyond|more|only|up to)\b/i },
  // "pas moins de 800 000" is "as many as 800,000", an emphasis, not a bound.
  { source: new RegExp(String.raw`(?<!\b(?:pas|non)\s)\b(?:moins d[e'’])${NUMBER_AHEAD}`, "iu"), renderings: /\b(?:than|under|below|short of|at most|no more than|within|less|fewer|only|up to)\b/i },
  // "un peu de temps" is "some time": only a degree of a comparison counts.
  { source: /\b(?:un peu (?:plus|moins|mieux|au-dessus|en dessous|en deçà|au-delà)|légèrement)(?![\p{L}-])/iu,
    renderings: /\b(?:slight\w*|a little|a bit|somewhat|marginal\w*|modest\w*|small|just|fractional\w*|minor|light|lightly|mild\w*)\b/i },
  { source: /\bd['’]ici (?:à )?(?:\d+|la fin|l['’]an|l['’]été|l['’]automne|l['’]hiver|le printemps|deux|trois|quatre|cinq|six|dix|vingt|quinze|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|début|mi-\p{L}+)(?![\p{L}])/iu,
    renderings: /\b(?:by|within|before|until|till|no later than|over the next|in the next|in (?:\w+ )?(?:years?|months?|weeks?|days?|decades?))\b/i },
  // When something happens narrows it: "fermées la nuit" is not "closed".
  { source: /(?<!\p{L})(?:la nuit|de nuit|cette nuit|nocturnes?|le week-end|les week-ends)(?!\p{L})/iu,
    renderings: /\b(?:night\w*|overnight|nocturnal|evening\w*|dark\w*|weekends?|dusk|dawn|tonight|saturdays?|sundays?)\b/i },
  { source: /\b(?:probablement|vraisemblablement|peut-être|sans doute|présumée?s?)(?![\p{L}-])/iu,
    renderings: /\b(?:probabl[ey]|likely|maybe|mayhap|may|might|possibl[ey]|perhaps|could|presumabl[ey]|presumed|presumptive|apparently|must|alleged\w*|suspected|purported\w*|reported\w*|doubtless)\b/i },
];

/** Every qualifier's French in one test: most pairs hold none, and leave after this one look. */
const ANY_QUALIFIER = new RegExp(QUALIFIERS.map((qualifier) => qualifier.source.source).join("|"), "iu");

/**
 * The source's meaning-changing qualifiers of which the target holds no rendering anywhere:
 * "la fermeture provisoire de deux collèges" against "the closure of two schools".
 */
export function findDroppedQualifiers(source: string, target: string): Span[] {
  if (!ANY_QUALIFIER.test(source)) return [];
  const spans: Span[] = [];
  for (const qualifier of QUALIFIERS) {
    const match = qualifier.source.exec(source);
    const span = match && { start: match.index, end: match.index + match[0].length };
    // "un peu plus de 3 %" is one qualifier, however many entries read it.
    if (span && !spans.some((other) => other.start < span.end && span.start < other.end) && !qualifier.renderings.test(target)) spans.push(span);
  }
  return spans;
}
