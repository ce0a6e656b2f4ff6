import { contentWords, type Edit, fold, type InjectContext, matchesOf } from "./edit";

const DETERMINER = "(?:the|a|an|his|her|their|our|your|my|this|that|these|those|its)";
const PREPOSITION = "in|on|at|from|into|across|beyond|under|near|toward|towards|through|along|behind|above|below|within|against|among|around|past|over";
const WORD = "[\\p{L}’'-]+";

/** The removal of [start, end) as an edit, when what it drops carries content. */
function drop(start: number, end: number, dropped: string, variant: string, minimumContent = 1): Edit[] {
  return contentWords(dropped).length >= minimumContent ? [{ start, end, replacement: "", variant }] : [];
}

/**
 * Content dropped from the sentence: a phrase between commas, a relative clause, a clause after a
 * comma and a conjunction, a prepositional phrase before a punctuation mark, an item of a list.
 */
export function omissionEdits(text: string): Edit[] {
  const between = matchesOf(text, /, ([^,;:.!?—]{6,70}),/u).flatMap((match) => {
    const start = match.index;
    // ", X," → ",": the first comma stays so that the sentence still reads.
    return drop(start + 1, start + match[0].length, match[1], "parenthetical", 2);
  });
  const relative = matchesOf(text, /,? (?:who|which|whom|whose) [^,;:.!?—]{6,80}(?=[,;:.!?—]|$)/u).flatMap((match) => {
    const end = match.index + match[0].length;
    // "The king, who had ruled for years, died" → "The king died": a clause between commas takes both.
    const isBetweenCommas = match[0].startsWith(",") && text[end] === ",";
    return drop(match.index, isBetweenCommas ? end + 1 : end, match[0], "relative-clause", 2);
  });
  const clause = matchesOf(text, /, (?:and|but|or|so|yet|for|while|because) [^;:.!?—]{10,}(?=[.!?;:—]|$)/u).flatMap((match) => drop(match.index, match.index + match[0].length, match[0], "clause", 2));
  const phrase = matchesOf(text, new RegExp(` (?:${PREPOSITION}) (?:${DETERMINER} )?${WORD}(?: ${WORD}){0,2}(?=[,.!?;:])`, "u"))
    .filter((match) => match.index > 0)
    .flatMap((match) => drop(match.index, match.index + match[0].length, match[0], "prepositional-phrase", 1));
  const listItem = matchesOf(text, new RegExp(`, (${WORD}(?: ${WORD})?)(?= and ${WORD})`, "u")).flatMap((match) => drop(match.index, match.index + match[0].length, match[1], "list-item", 1));
  return [...between, ...relative, ...clause, ...phrase, ...listItem];
}

/** Phrases and clauses that a translator might add; `{name}` becomes a name of the same split. */
const ADDITIONS = [
  ", at dawn", " in the northern hills", ", with the help of the dwarves", " before the winter comes", ", as the king commanded",
  " with great care", " at any cost", ", and the elves will follow", " for the sake of the kingdom", ", along with the royal guards",
  " near the old river", " in complete secrecy", ", with the help of {name}", ", as {name} had foretold", " despite the heavy rain",
];

/** A phrase or clause the French does not have, inserted before the closing punctuation or after the first comma. */
export function additionEdits(source: string, target: string, context: InjectContext): Edit[] {
  const known = new Set([...contentWords(fold(source)), ...contentWords(fold(target))]);
  const end = /[.!?…]+["”’]?$/.exec(target)?.index ?? target.length;
  const comma = target.indexOf(", ");
  const slots = [end, ...(comma > 0 ? [comma] : [])];
  const name = context.names.find((candidate, i) => i % 7 === target.length % 7 && !fold(source).includes(fold(candidate)) && !target.includes(candidate));
  return ADDITIONS.flatMap((phrase, i) => {
    if (phrase.includes("{name}") && !name) return [];
    const filled = phrase.replace("{name}", name ?? "");
    if (contentWords(fold(filled)).some((word) => known.has(word))) return [];
    const at = slots[i % slots.length];
    return [{ start: at, end: at, replacement: filled, variant: phrase.startsWith(",") ? "clause" : "phrase" }];
  });
}
