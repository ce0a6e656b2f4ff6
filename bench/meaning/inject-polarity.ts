import { type Edit, type InjectContext, fold, keepCase, matchesOf } from "./edit";

const AUXILIARY = "is|are|was|were|am|do|does|did|have|has|had|will|would|could|should|must|may|might|shall";
const CONTRACTED: Record<string, string> = {
  "can’t": "can", "won’t": "will", "shan’t": "shall", "don’t": "do", "doesn’t": "does", "didn’t": "did", "isn’t": "is", "aren’t": "are",
  "wasn’t": "was", "weren’t": "were", "haven’t": "have", "hasn’t": "has", "hadn’t": "had", "wouldn’t": "would", "couldn’t": "could",
  "shouldn’t": "should", "mustn’t": "must",
};
/** Negative words and the positive word put in their place, and the reverse. */
const FLIPS: Record<string, string> = {
  nobody: "somebody", "no one": "someone", nothing: "something", nowhere: "somewhere", without: "with", never: "always",
  somebody: "nobody", someone: "no one", something: "nothing", somewhere: "nowhere", always: "never",
};

function edit(match: RegExpExecArray, replacement: string, variant: string, offset = 0, length = match[0].length): Edit {
  return { start: match.index + offset, end: match.index + offset + length, replacement, variant };
}

/** Negations removed: "did not" → "did", "can’t" → "can", "nobody" → "somebody", "without" → "with". */
function removeNegation(text: string): Edit[] {
  const auxiliaryNot = matchesOf(text, new RegExp(`\\b(${AUXILIARY}) not\\b(?! only\\b)`, "iu")).map((match) => edit(match, match[1], "remove-not"));
  const cannot = matchesOf(text, /\bcannot\b/i).map((match) => edit(match, keepCase(match[0], "can"), "remove-not"));
  const contracted = matchesOf(text, /\b(\p{L}+n)[’']t\b/iu).flatMap((match) => {
    const positive = CONTRACTED[match[0].toLowerCase().replace("'", "’")];
    return positive ? [edit(match, keepCase(match[0], positive), "remove-not")] : [];
  });
  const never = matchesOf(text, /\b(?:have|has|had|will|would|could|should|I|we|they|you|he|she) never\b/iu).map((match) => edit(match, "", "remove-never", match[0].length - 6, 6));
  const words = matchesOf(text, /\b(?:nobody|no one|nothing|nowhere|without)\b/iu).map((match) => edit(match, keepCase(match[0], FLIPS[match[0].toLowerCase()]), "negative-word"));
  return [...auxiliaryNot, ...cannot, ...contracted, ...never, ...words];
}

/** Negations inserted: "is" → "is not", "can" → "cannot", "someone" → "no one", "with the" → "without the". */
function insertNegation(text: string): Edit[] {
  const hasNegation = /\b(?:not|never|no|nobody|nothing|none|cannot|without)\b|n[’']t\b/i.test(text);
  if (hasNegation) return [];
  const auxiliary = matchesOf(text, new RegExp(`\\b(${AUXILIARY})(?= (?:\\p{Ll}+))(?! (?:not|to|you|he|she|we|they|I|it|there)\\b)`, "u"))
    .filter((match) => match.index > 0 && !/\?\s*$/.test(text))
    .map((match) => edit(match, `${match[1]} not`, "insert-not"));
  const can = matchesOf(text, /\bcan(?= \p{Ll}+)(?! (?:you|he|she|we|they|I|it)\b)/u).filter((match) => match.index > 0).map((match) => edit(match, "cannot", "insert-not"));
  const words = matchesOf(text, /\b(?:somebody|someone|something|somewhere|always)\b/iu).map((match) => edit(match, keepCase(match[0], FLIPS[match[0].toLowerCase()]), "positive-word"));
  const withThe = matchesOf(text, /\bwith(?= (?:the|a|an|his|her|their|our|your|my) )/u).map((match) => edit(match, "without", "positive-word"));
  return [...auxiliary, ...can, ...words, ...withThe];
}

/** Every polarity flip the sentence allows: negations removed, or inserted where the sentence has none. */
export function negationEdits(text: string): Edit[] {
  return [...removeNegation(text), ...insertNegation(text)];
}

const TITLE_OR_COMMON = /^(?:The|A|An|And|But|Or|So|Yes|No|Oh|Ah|Well|Now|Then|Lord|Lady|King|Queen|Prince|Princess|Sir|General|Captain|Master|God|Gods)$/;

/**
 * Proper names in a pair: a capitalised word, not first in the English sentence, spelt the same
 * (accents aside) and capitalised in the French. Used to build the per-split name pool.
 */
export function findNames(source: string, target: string): Array<{ name: string; index: number }> {
  const sourceNames = new Set((source.match(/\p{Lu}[\p{L}’'-]{3,}/gu) ?? []).map(fold));
  return matchesOf(target, /(?<=[\p{L},;:—] )\p{Lu}\p{Ll}{3,}(?:[’'-]\p{Lu}?\p{Ll}{2,})?\b/u)
    .filter((match) => !TITLE_OR_COMMON.test(match[0]) && sourceNames.has(fold(match[0])))
    .map((match) => ({ name: match[0], index: match.index }));
}

/**
 * The name pool of a set of pairs: names found in at least two pairs and never written in lower
 * case in their English ("Mage", "Sceptre" are words, not names).
 */
export function collectNames(pairs: ReadonlyArray<{ source: string; target: string }>): string[] {
  const counts = new Map<string, number>();
  const lowerWords = new Set<string>();
  for (const pair of pairs) {
    for (const word of pair.target.match(/\b\p{Ll}+\b/gu) ?? []) lowerWords.add(word);
    for (const { name } of findNames(pair.source, pair.target)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([name, count]) => count >= 2 && !lowerWords.has(name.toLowerCase())).map(([name]) => name).sort();
}

function spelledAlike(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  return x[0] === y[0] || x.slice(-3) === y.slice(-3) || x.includes(y) || y.includes(x);
}

/** One named person or place put in another's place, from the same split's pool and not spelt alike. */
export function entityEdits(source: string, target: string, context: InjectContext): Edit[] {
  const names = findNames(source, target).filter(({ name }) => context.names.includes(name));
  const present = new Set(names.map(({ name }) => name));
  return names.flatMap(({ name, index }) => {
    const others = context.names.filter((other) => !present.has(other) && !spelledAlike(name, other) && !fold(source).includes(fold(other)));
    if (others.length === 0) return [];
    // The same pair always gets the same stand-in, whatever the random stream.
    const other = others[(index * 31 + name.length) % others.length];
    return [{ start: index, end: index + name.length, replacement: other, variant: "name" }];
  });
}
