/**
 * French noun and adjective inflections reduced to the form dictionaries list (masculine singular):
 * "travaux" → "travail", "nationaux" → "national", "exceptionnelle" → "exceptionnel", "durables" →
 * "durable", "vétustes" → "vétuste"/"vétust". Candidates are guesses by rule; the lexicon keeps only
 * those it lists. Input is folded: lowercase, accents stripped.
 */

/** Feminine endings and their masculine: "-ive" → "-if", "-euse" → "-eux"/"-eur", "-rice" → "-eur". */
const FEMININE: Array<[string, string[]]> = [
  ["euse", ["eux", "eur"]],
  ["rice", ["eur"]],
  ["ive", ["if"]],
  ["elle", ["el"]],
  ["enne", ["en"]],
  ["onne", ["on"]],
  ["ette", ["et"]],
  ["ere", ["er"]],
  ["ee", ["e"]],
  ["ale", ["al"]],
  ["e", [""]],
];

const MAX_CACHED = 100_000;
const cache = new Map<string, readonly string[]>();

function singulars(word: string): string[] {
  if (word.endsWith("aux") && word.length > 5) return [`${word.slice(0, -3)}al`, `${word.slice(0, -3)}ail`, word.slice(0, -1)];
  if (/[sx]$/.test(word) && word.length > 3) return [word.slice(0, -1)];
  return [];
}

function masculines(word: string): string[] {
  for (const [ending, replacements] of FEMININE) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return replacements.map((replacement) => word.slice(0, -ending.length) + replacement);
  }
  return [];
}

/** Candidate dictionary forms of a folded French noun or adjective, nearest first, the word itself left out. */
export function frenchBaseForms(word: string): readonly string[] {
  let forms = cache.get(word);
  if (forms === undefined) {
    const candidates = new Set<string>();
    if (/^[a-z]+$/.test(word) && word.length >= 4) {
      const singularForms = singulars(word);
      for (const singular of singularForms) candidates.add(singular);
      for (const form of [word, ...singularForms]) for (const masculine of masculines(form)) candidates.add(masculine);
    }
    candidates.delete(word);
    forms = [...candidates];
    if (cache.size > MAX_CACHED) cache.clear();
    cache.set(word, forms);
  }
  return forms;
}
