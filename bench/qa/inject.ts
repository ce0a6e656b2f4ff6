import { extractNumbers } from "@/lib/qa/numbers";
import { isKnownWord } from "@/lib/qa/speller";
import { foldText, isSentenceInitial, tokenizeWords } from "@/lib/text/text";
import type { SegmentPair } from "@/lib/qa/types";
import { BENCH_GLOSSARY, WRONG_RENDERINGS } from "./glossary";
import type { Random } from "./random";

export type Injected = { pair: SegmentPair; description: string };
export type Injector = (pair: SegmentPair, random: Random, pool: SegmentPair[]) => Injected | null;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const CONSONANTS = "bdfglmnprt";

function replaceAt(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function withTarget(pair: SegmentPair, target: string, description: string): Injected {
  return { pair: { ...pair, target }, description };
}

const number: Injector = (pair, random) => {
  const tokens = extractNumbers(pair.target, "en").filter((token) => !token.isWord && /^\d+$/.test(token.text));
  if (tokens.length === 0) return null;
  const token = random.pick(tokens);
  const digits = [...token.text];
  const at = digits.length === 1 ? 0 : 1 + random.int(digits.length - 1);
  digits[at] = String((Number(digits[at]) + 1 + random.int(8)) % 10);
  const changed = digits.join("");
  if (changed === token.text || pair.source.includes(changed)) return null;
  return withTarget(pair, replaceAt(pair.target, token.start, token.end, changed), `${token.text} → ${changed}`);
};

const date: Injector = (pair, random) => {
  const match = new RegExp(`\\b(${[...MONTHS, ...DAYS].join("|")})\\b`).exec(pair.target);
  if (!match) return null;
  const list = MONTHS.includes(match[1]) ? MONTHS : DAYS;
  const other = list[(list.indexOf(match[1]) + 1 + random.int(list.length - 1)) % list.length];
  return withTarget(pair, replaceAt(pair.target, match.index, match.index + match[1].length, other), `${match[1]} → ${other}`);
};

const name: Injector = (pair, random) => {
  // A proper noun here: capitalised on both sides, spelt alike, and no common English word.
  const sourceNames = new Set(tokenizeWords(pair.source).filter((word) => /^\p{Lu}/u.test(word.text)).map((word) => foldText(word.text)));
  const names = tokenizeWords(pair.target).filter((word) => /^\p{Lu}\p{Ll}{4,}$/u.test(word.text) && !isSentenceInitial(pair.target, word.start) && sourceNames.has(foldText(word.text)) && !isKnownWord(word.text.toLowerCase()));
  if (names.length === 0) return null;
  const word = random.pick(names);
  if (random.next() < 0.5) {
    const start = pair.target[word.start - 1] === " " ? word.start - 1 : word.start;
    return withTarget(pair, replaceAt(pair.target, start, word.end, ""), `dropped ${word.text}`);
  }
  const inner = [...word.text.slice(1, -1)].flatMap((char, i) => (CONSONANTS.includes(char) ? [i + 1] : []));
  if (inner.length === 0) return null;
  const at = random.pick(inner);
  const replacement = CONSONANTS.replace(word.text[at], "")[random.int(CONSONANTS.length - 1)];
  const altered = replaceAt(word.text, at, at + 1, replacement);
  return withTarget(pair, replaceAt(pair.target, word.start, word.end, altered), `${word.text} → ${altered}`);
};

const quote: Injector = (pair, random) => {
  if (/[“”"]/.test(pair.target)) return withTarget(pair, pair.target.replace(/[“”"]/g, ""), "target quotation marks removed");
  if (/[«»“”"]/.test(pair.source)) return null;
  const words = tokenizeWords(pair.source).filter((word) => /^\p{Ll}{3,}$/u.test(word.text));
  if (words.length < 6) return null;
  const first = 1 + random.int(words.length - 4);
  const [start, end] = [words[first].start, words[first + 1 + random.int(2)].end];
  const source = `${pair.source.slice(0, start)}« ${pair.source.slice(start, end)} »${pair.source.slice(end)}`;
  return { pair: { ...pair, source }, description: "source quotation not carried over" };
};

const bracket: Injector = (pair, random) => {
  const close = pair.target.lastIndexOf(")");
  if (close >= 0 && pair.target.includes("(") && random.next() < 0.5) return withTarget(pair, replaceAt(pair.target, close, close + 1, ""), "closing bracket removed");
  const comma = pair.source.indexOf(", ");
  if (comma < 0 || /[([…]/.test(pair.source)) return null;
  return { pair: { ...pair, source: `${pair.source.slice(0, comma)} (…)${pair.source.slice(comma)}` }, description: "source elision (…) not carried over" };
};

const punctuation: Injector = (pair, random) => {
  const words = tokenizeWords(pair.target);
  const variant = random.int(3);
  if (variant === 0 && /\.$/.test(pair.target) && /\.$/.test(pair.source)) return withTarget(pair, pair.target.slice(0, -1), "final period removed");
  if (words.length < 4) return null;
  const word = words[1 + random.int(words.length - 2)];
  if (variant === 1) return withTarget(pair, replaceAt(pair.target, word.end, word.end, " "), "doubled space");
  const comma = pair.target.indexOf(",");
  if (comma > 0) return withTarget(pair, replaceAt(pair.target, comma, comma, " "), "space before comma");
  return withTarget(pair, replaceAt(pair.target, pair.target.length - 1, pair.target.length - 1, " "), "space before final mark");
};

const untranslated: Injector = (pair, random) => {
  if (random.next() < 0.5) return withTarget(pair, pair.source, "target copied from source");
  const [sourceWords, targetWords] = [tokenizeWords(pair.source), tokenizeWords(pair.target)];
  if (sourceWords.length < 10 || targetWords.length < 10) return null;
  const keep = targetWords[Math.floor(targetWords.length / 2)].start;
  const from = sourceWords[Math.floor(sourceWords.length / 2)].start;
  return withTarget(pair, pair.target.slice(0, keep) + pair.source.slice(from), "second half left in French");
};

const omission: Injector = (pair, random) => {
  if (random.next() < 0.2) return { pair: { ...pair, target: "", kind: "1-0" }, description: "target missing (1-0)" };
  const words = tokenizeWords(pair.target);
  if (pair.target.length < 60 || words.length < 10) return null;
  const count = Math.ceil(words.length * (0.45 + random.next() * 0.2));
  const first = 1 + random.int(words.length - count);
  const last = words[Math.min(words.length - 1, first + count - 1)];
  return withTarget(pair, pair.target.slice(0, words[first].start) + pair.target.slice(last.end).replace(/^[\s,;]+/, " ").trimEnd(), `${count} of ${words.length} words dropped`);
};

const addition: Injector = (pair, random, pool) => {
  const other = random.pick(pool);
  if (other.id === pair.id || other.target.length < pair.target.length * 0.6) return null;
  return withTarget(pair, `${pair.target} ${other.target}`, "unrelated sentence appended");
};

const repeatedWord: Injector = (pair, random) => {
  const words = tokenizeWords(pair.target).filter((word) => /^\p{Ll}{2,}$/u.test(word.text) && !["had", "that"].includes(word.text));
  if (words.length === 0) return null;
  const word = random.pick(words);
  return withTarget(pair, replaceAt(pair.target, word.end, word.end, ` ${word.text}`), `“${word.text}” doubled`);
};

function typo(word: string, random: Random): string {
  const at = 1 + random.int(word.length - 2);
  switch (random.int(3)) {
    case 0: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1: return word.slice(0, at) + word.slice(at + 1);
    default: return word.slice(0, at) + word[at] + word.slice(at);
  }
}

const spelling: Injector = (pair, random) => {
  const foldedSource = foldText(pair.source);
  const words = tokenizeWords(pair.target).filter((word) => /^\p{Ll}{5,}$/u.test(word.text) && !foldedSource.includes(word.text));
  if (words.length === 0) return null;
  const word = random.pick(words);
  const misspelt = typo(word.text, random);
  if (misspelt === word.text || isKnownWord(misspelt)) return null;
  return withTarget(pair, replaceAt(pair.target, word.start, word.end, misspelt), `${word.text} → ${misspelt}`);
};

const terminology: Injector = (pair) => {
  const foldedSource = foldText(pair.source);
  const entries = BENCH_GLOSSARY.filter((entry) => foldedSource.includes(foldText(entry.sourceTerm)));
  for (const entry of entries) {
    const [right, wrong] = Object.entries(WRONG_RENDERINGS[entry.id]).find(([rendering]) => new RegExp(`\\b${rendering}\\b`, "i").test(pair.target)) ?? [];
    if (!right || !wrong) continue;
    return withTarget(pair, pair.target.replace(new RegExp(`\\b${right}\\b`, "gi"), wrong), `${right} → ${wrong}`);
  }
  return null;
};

/** "of" names the one acted upon only after these nouns ("the attack of the Third Reich" is the Reich attacking). */
const PATIENT_OF = /^(?:invasions?|conquests?|occupation|siege|blockade|annexation|boycott)$/;
const ROLE_PATTERN = /\b(invasions?|attacks?|conquests?|occupation|offensive|raids?|bombings?|siege|sanctions|boycott|blockade|annexation|assault)\s+(of|on|against|by)\b(?=\s+(?:the\s+)?\p{Lu})/u;

const roleReversal: Injector = (pair) => {
  const match = ROLE_PATTERN.exec(pair.target);
  if (!match || (match[2] === "of" && !PATIENT_OF.test(match[1]))) return null;
  const flipped = match[2] === "by" ? (PATIENT_OF.test(match[1]) ? "of" : "against") : "by";
  const at = match.index + match[0].length - match[2].length;
  return withTarget(pair, replaceAt(pair.target, at, at + match[2].length, flipped), `“${match[1]} ${match[2]}” → “${match[1]} ${flipped}”`);
};

/** One injector per check type, keyed by the Recto check id it should trigger. */
export const INJECTORS: Record<string, Injector> = {
  "number-mismatch": number, "date-mismatch": date, "name-mismatch": name, "quote-mismatch": quote, "bracket-mismatch": bracket,
  punctuation, untranslated, omission, addition, "repeated-word": repeatedWord, spelling, terminology, "role-reversal": roleReversal,
};
