/** One candidate change of the English target: replace [start, end) by `replacement`. */
export type Edit = { start: number; end: number; replacement: string; variant: string };

export type MeaningKind = "role-reversal" | "negation" | "omission" | "addition" | "entity" | "grammar";

/** What an injector may use besides the sentence: names of people and places from the same split. */
export type InjectContext = { names: readonly string[] };

/** Letters, digits and apostrophes (straight and curly) make a word. */
export const WORD = "[\\p{L}\\p{N}'’-]+";

/** Every match of `pattern` (global flag added) with its groups and offsets. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))];
}

/** Keeps the first letter's case of `original` on `replacement`. */
export function keepCase(original: string, replacement: string): string {
  if (!/^\p{Lu}/u.test(original) || replacement === "") return replacement;
  return replacement[0].toUpperCase() + replacement.slice(1);
}

/** The edit applied, with spaces and commas tidied around the seam so that only the meaning changes. */
export function applyEdit(text: string, edit: Edit): string {
  const joined = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  return joined.replace(/ {2,}/g, " ").replace(/ +([,.])/g, "$1").replace(/,([,.!?;:])/g, "$1").trim();
}

const STOP = new Set(("the a an and or but so of to in on at by for with from into onto upon as that this these those it its " +
  "he she we they you i me him her us them my your his our their is are was were be been am has have had do does did will " +
  "would can could shall should may might must not no there here then than when where who whom which what whose if").split(" "));

/** Words that carry content: letters only, four or more of them, not a function word. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOP.has(word));
}

/** Accents off and lower case, to compare a name across the two languages. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
