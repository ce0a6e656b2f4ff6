import type { AlignedWord } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { isKnownWord } from "./speller";

/** A negating expression: its words' indexes (first, last) and the word it negates, when known. */
export type Negator = { first: number; last: number; scope: number | null };

const FRENCH_PARTICLES = new Set(["pas", "point", "jamais", "plus", "rien", "aucun", "aucune", "personne", "guere", "nullement", "ni"]);
const FRENCH_SUBJECTS = new Set(["personne", "rien", "aucun", "aucune", "nul", "nulle", "ni"]);
const FRENCH_ALONE = new Set(["jamais", "aucun", "aucune", "guere", "nullement", "ni"]);
/** "sans doute" is "probably", "sans cesse" "constantly", "non seulement" "not only", "à jamais" "for ever". */
const FRENCH_IDIOMS = /^(?:sans (?:doute|cesse)|non (?:seulement|plus)|a jamais|que jamais|si jamais|jamais plus que)$/;
const ENGLISH_NEGATORS = new Set(["not", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot", "hardly", "barely", "scarcely", "nor"]);
const ENGLISH_IDIOMS = /^(?:not only|no doubt|no sooner)$/;

function folded(words: AlignedWord[], index: number, language: "source" | "target"): string {
  const word = words[index];
  return word ? wordInfo(word.text, language).folded : "";
}

/** Whether a clause boundary (. ; : ? ! or a comma) lies between two words. */
function isBoundary(text: string, from: AlignedWord, to: AlignedWord): boolean {
  return /[.;:?!,]/.test(text.slice(from.end, to.start));
}

/**
 * French negations: ne … pas/jamais/plus/rien/aucun/personne/guère/point, "personne/rien/nul ne",
 * sans, non, ni, aucun, jamais. "ne … que" (only) and the expletive "ne" ("avant qu'il ne parte")
 * are not negations.
 */
export function findSourceNegators(text: string, words: AlignedWord[]): Negator[] {
  const negators: Negator[] = [];
  const used = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i += 1) {
    const word = folded(words, i, "source");
    if (word !== "ne" && word !== "n'") continue;
    used[i] = 1;
    let particle = -1;
    for (let k = i + 1; k < Math.min(words.length, i + 7) && !isBoundary(text, words[k - 1], words[k]); k += 1) {
      const next = folded(words, k, "source");
      if (next === "que" || next === "qu'") break;
      if (FRENCH_PARTICLES.has(next)) {
        // "n'a plus que deux": only, not a negation.
        const after = folded(words, k + 1, "source");
        if (next === "plus" && (after === "que" || after === "qu'")) break;
        particle = k;
        break;
      }
    }
    const subject = [i - 1, i - 2, i - 3].find((k) => k >= 0 && FRENCH_SUBJECTS.has(folded(words, k, "source")));
    if (particle >= 0) {
      used[particle] = 1;
      negators.push({ first: i, last: particle, scope: i + 1 < particle ? i + 1 : null });
    } else if (subject !== undefined) {
      used[subject] = 1;
      negators.push({ first: subject, last: i, scope: i + 1 < words.length ? i + 1 : null });
    }
  }
  for (let i = 0; i < words.length; i += 1) {
    if (used[i]) continue;
    const word = folded(words, i, "source");
    const pair = `${word} ${folded(words, i + 1, "source")}`;
    const before = `${folded(words, i - 1, "source")} ${word}`;
    if (FRENCH_IDIOMS.test(pair) || FRENCH_IDIOMS.test(before)) continue;
    if (FRENCH_ALONE.has(word) || word === "sans" || word === "non" || word.startsWith("non-") || (word === "nulle" && folded(words, i + 1, "source") === "part")) {
      negators.push({ first: i, last: i, scope: i + 1 < words.length ? i + 1 : null });
      if (word === "sans" || word === "ni") used[i + 1] = 1;
    }
  }
  return negators;
}

/** English negations: not, n't, never, no, none, nobody, nothing, nowhere, neither, nor, without, hardly. */
export function findTargetNegators(text: string, words: AlignedWord[]): Negator[] {
  const negators: Negator[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = folded(words, i, "target");
    const next = folded(words, i + 1, "target");
    if (ENGLISH_IDIOMS.test(`${word} ${next}`)) continue;
    if (word === "no" && words[i].text === "No" && /^\.\s*\d/.test(text.slice(words[i].end))) continue;
    if (word.endsWith("n't") || word === "cannot") negators.push({ first: i, last: i, scope: i + 1 < words.length ? i + 1 : null });
    else if (ENGLISH_NEGATORS.has(word)) negators.push({ first: i, last: i, scope: i + 1 < words.length ? i + 1 : i > 0 ? i - 1 : null });
  }
  return negators;
}

const ENGLISH_IMPLICIT = /^(?:fail|refus|lack|absen|abstain|deni|deny|reject|prevent|avoid|unabl|imposs|instead|rather|ban|stop|ceas|declin|only|free|exclu|few|little|escap|spare|save|except|miss|unless)/;
const FRENCH_IMPLICIT = /^(?:refus|empech|echou|echec|manqu|imposs|incapab|nie$|nier|dement|absen|evit|interdi|rejet|cess|arret|exclu|seul|epargn|sauf|excep|priv(?:e|er|ation)s?$|faute|defaut|peu$)/;
const ENGLISH_PREFIX = /^(?:un|non-?)(.{4,})$|^(?:in|im|il|ir|dis)(.{3,}(?:able|ible|ent|ant|ive|al|ful|ed|ate|ar|ous|ing))$/;
const FRENCH_PREFIX = /^(?:in|im|il|ir|des|mal|non-?)(.{5,})$/;

/** Whether the English says no without a negator: "unable", "failed to", "refused", "homeless", "unprecedented". */
export function hasTargetImplicitNegation(words: AlignedWord[]): boolean {
  return words.some((word) => {
    const folded = wordInfo(word.text, "target").folded;
    if (ENGLISH_IMPLICIT.test(folded) || folded.endsWith("less")) return true;
    const match = ENGLISH_PREFIX.exec(folded);
    const rest = match?.[1] ?? match?.[2];
    return rest !== undefined && (isKnownWord(rest) || isKnownWord(rest.replace(/(?:ed|ly|ing)$/, "")));
  });
}

/** Whether the French says no without a negator: "refuser", "échouer", "impossible", "inutile". */
export function hasSourceImplicitNegation(words: AlignedWord[], isFrenchWord: (folded: string) => boolean): boolean {
  return words.some((word) => {
    const folded = wordInfo(word.text, "source").folded;
    if (FRENCH_IMPLICIT.test(folded)) return true;
    const match = FRENCH_PREFIX.exec(folded);
    return match !== null && isFrenchWord(match[1]);
  });
}
