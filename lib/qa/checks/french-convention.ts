import { calqueOrderHits } from "../calques/calque-order";
import { calquePhraseHits } from "../calques/calque-phrases";
import { calqueTenseHits } from "../calques/calque-tenses";
import { frenchHabitHits } from "../calques/french-habits";
import type { CheckHit, SegmentCheck } from "../types";
import { ADDRESS_TITLE_WORDS, CALQUES, DEPUIS_DURATION, ENGLISH_FORMS_OF_ADDRESS, FRENCH_ADDRESS, RANKS, SINCE_DURATION } from "../calques/french-calques";
import { matchesOf } from "@/lib/text/text";

const APOSTROPHES = /[’‘]/g;

const HONORIFIC = /\b(?:(?:Mr|Mrs|Ms)\b\.?|(?:Madam|Madame|Mister)\b)/gu;

/**
 * English forms of address carried over from French, where English puts "Mr."/"Madam" only before
 * a name and a few set titles ("Mr. President", "Madam Speaker"):
 * - before an article, as "Monsieur le …" has one ("Mister the King", "Madam the Minister");
 * - before a rank ("Mister Lord Kalenz"): English says "Lord Kalenz";
 * - "Mister" alone, French "monsieur" as a way to address a man ("Thank you, Mister."): English says "sir";
 * - before an office title with no name after it ("Mr. High Commissioner"), when the French has
 *   "Monsieur le/Madame la + title": English addresses by the title alone.
 * The first three are never English, so they need no French; the French form, when there, is named.
 */
function formsOfAddress(source: string, target: string): CheckHit[] {
  // The French side is read only once the English has a title: most pairs have none.
  let read: { titled: RegExpExecArray | null; french: RegExpExecArray | null } | null = null;
  const frenchOf = () => {
    if (read) return read;
    const titled = /(?<!\p{L})(?:[Mm]onsieur|[Mm]adame|M\.|Mme)\s+(?:l[ea]\s+|l['’]\s*)\p{L}[\p{L}-]*/u.exec(source);
    return (read = { titled, french: titled ?? FRENCH_ADDRESS.exec(source) });
  };
  const hits: CheckHit[] = [];
  const hit = (start: number, end: number, advice: string, key: string) => {
    const { french } = frenchOf();
    const sourceSpan = french ? { start: french.index, end: french.index + french[0].length } : null;
    const from = french ? ` (French “${french[0]}”)` : "";
    const text = target.slice(start, end);
    hits.push({ message: `“${text}” carries over a French form of address${from}; ${advice}`, sourceSpan, targetSpan: { start, end }, key: `address|${key}` });
  };
  for (const match of matchesOf(target, HONORIFIC)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const rest = target.slice(end);
    // A lower-case article only: "Mr. Le Pen", "Mrs. La Fontaine" are surnames, not "Mister the King".
    const article = /^\s+(?:[Tt]he|le|la|l['’])\s*(\p{L}+)/u.exec(rest);
    if (article) {
      hit(start, end + article[0].length, `English puts no article after “${match[0]}”: it addresses by the title alone (“${article[1]}”) or by its own form (“Your Majesty”, “sir”, “madam”).`, `the ${article[1].toLowerCase()}`);
      continue;
    }
    const titled = /^\s+(\p{Lu}\p{L}*(?:[\s-]+\p{Lu}\p{L}*){0,3})/u.exec(rest);
    if (!titled) {
      // "Thank you, Mister." / "Mister, the orcs…": no name follows.
      if (match[0] === "Mister" && /^\s*(?:[,;:!?.…)"”’]|$)/u.test(rest)) hit(start, end, "English addresses a man as “sir”.", "mister");
      continue;
    }
    const words = titled[1].split(/[\s-]+/);
    if (RANKS.has(words[0].toLowerCase())) {
      hit(start, end + titled[0].indexOf(words[0]) + words[0].length, `English puts no “${match[0]}” before a rank: “${titled[1]}”.`, words[0].toLowerCase());
      continue;
    }
    // A name follows ("Mr. Türk", "Mr. Justice Smith"): the title is not standing alone.
    if (!frenchOf().titled || !words.every((word) => ADDRESS_TITLE_WORDS.has(word.toLowerCase()))) continue;
    const title = words.join(" ").toLowerCase();
    // "Mr. President of the Republic" ("Monsieur le Président de la République"): even a set form takes no office name.
    const office = /^\s+of\s+(?:the\s+)?\p{Lu}\p{L}*/u.exec(rest.slice(titled[0].length));
    if (office) {
      hit(start, end + titled[0].length + office[0].length, `English addresses by the title alone (“${match[0]} ${words.join(" ")}”), without the name of the office.`, `${title} of`);
      continue;
    }
    if (ENGLISH_FORMS_OF_ADDRESS.has(title)) continue;
    hit(start, end + titled[0].length, `English addresses by the title alone (“${words.join(" ")}, …”).`, title);
  }
  return hits;
}

/** Spaces French puts before ; : ! ? (a plain, no-break or narrow no-break space). */
const FRENCH_SPACE = "[ \\u00A0\\u202F\\u2009]";
const SPACED_MARK = new RegExp(`${FRENCH_SPACE}[;:!?]`, "u");

/**
 * French spacing before ; : ! ? ("Qui ?" → "Who ?"): English sets these marks against the word. One
 * finding per mark, named with the word before it; the source span is the French's own spaced mark
 * when it has one. Times and ratios ("10 : 2") and emoticons are not words followed by a mark.
 */
function frenchSpacing(source: string, target: string): CheckHit[] {
  // Most sentences have no spaced mark: spare them the word-by-word scan.
  if (!SPACED_MARK.test(target)) return [];
  const hits: CheckHit[] = [];
  const seen = new Set<string>();
  for (const match of matchesOf(target, new RegExp(`(\\p{L}[\\p{L}’'-]*)(${FRENCH_SPACE}+)([;:!?]+)(?=\\s|$|["”’»)\\]])`, "gu"))) {
    const [whole, word, space, mark] = match;
    if (seen.has(mark[0])) continue;
    seen.add(mark[0]);
    const start = match.index + word.length;
    const french = new RegExp(`${FRENCH_SPACE}+[${mark[0]}]`, "u").exec(source);
    hits.push({
      message: `“${whole}” has a space before “${mark}”, the French spacing; English writes “${word}${mark}”.`,
      sourceSpan: french ? { start: french.index, end: french.index + french[0].length } : null,
      targetSpan: { start, end: start + space.length + mark.length },
      key: `spacing|${mark[0]}`,
      category: "linguistic_punctuation",
    });
  }
  return hits;
}

/** Guillemets are French; English quotes with “ ” (or ‘ ’). */
function guillemets(target: string): CheckHit[] {
  const match = /[«»‹›]/.exec(target);
  if (!match) return [];
  return [{
    message: `The English uses French guillemets “${match[0]}”; English quotes with “ ” (or ‘ ’).`,
    sourceSpan: null,
    targetSpan: { start: match.index, end: match.index + 1 },
    key: "guillemets",
    category: "linguistic_punctuation",
  }];
}

/**
 * A decimal comma ("3,5 %") or French digit grouping ("1 400 000", with a space or non-breaking
 * space) copied from the source. "1,400" is left alone: it is a valid English number.
 */
function frenchNumbers(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  const decimal = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])/g;
  const grouped = /(?<![\d.,])\d{1,3}(?:[  \u202F]\d{3})+(?!\d)/g;
  for (const [pattern, kind] of [[decimal, "decimal comma"], [grouped, "digit grouping with spaces"]] as const) {
    for (const match of matchesOf(target, pattern)) {
      // Only what the French wrote the same way: "4,12" in an English list is not a calque.
      if (!source.includes(match[0])) continue;
      hits.push({
        message: `“${match[0]}” keeps the French ${kind}; English writes ${kind === "decimal comma" ? `“${match[0].replace(",", ".")}”` : `“${match[0].replace(/[  \u202F]/g, ",")}”`}.`,
        sourceSpan: { start: source.indexOf(match[0]), end: source.indexOf(match[0]) + match[0].length },
        targetSpan: { start: match.index, end: match.index + match[0].length },
        key: `number|${kind}|${match[0]}`,
        category: "locale_conventions",
      });
    }
  }
  return hits;
}

/** An elision mark with punctuation inside its brackets ("purges (…,)"): the comma belongs outside. */
function elisionBrackets(target: string): CheckHit[] {
  return matchesOf(target, /[([](?:…|\.\.\.)\s*[,;:.]\s*[)\]]|[([]\s*[,;:]\s*(?:…|\.\.\.)[)\]]/g).map((match) => ({
    message: `“${match[0]}” has punctuation inside the elision brackets; write “${match[0].replace(/[,;:.]/, "").replace(/\s+/g, "")}${match[0].match(/[,;:.]/)![0]}”.`,
    sourceSpan: null,
    targetSpan: { start: match.index, end: match.index + match[0].length },
    key: `elision|${match[0]}`,
    category: "linguistic_punctuation",
  }));
}

/** "since" before a duration, French "depuis" rendered word for word; needs no French, as it is never English. */
function sinceDuration(source: string, target: string): CheckHit[] {
  const english = SINCE_DURATION.exec(target);
  if (!english) return [];
  const french = DEPUIS_DURATION.exec(source);
  return [{
    message: `“${english[0]}” uses “since” with a duration${french ? `, as French “${french[0]}” does` : ""}; a duration takes “for” (“${english[0].replace(/^since/i, "for")}”), “since” a starting point.`,
    sourceSpan: french ? { start: french.index, end: french.index + french[0].length } : null,
    targetSpan: { start: english.index, end: english.index + english[0].length },
    key: `calque|depuis-duree`,
  }];
}

/** Word-for-word renderings of French turns of phrase, each confirmed by its French in the source. */
function calques(source: string, target: string): CheckHit[] {
  const french = source.replace(APOSTROPHES, "'");
  const english = target.replace(APOSTROPHES, "'");
  const hits: CheckHit[] = [];
  for (const calque of CALQUES) {
    const frenchMatch = calque.source.exec(french);
    if (!frenchMatch) continue;
    const englishMatch = calque.target.exec(english);
    if (!englishMatch) continue;
    hits.push({
      message: `“${target.slice(englishMatch.index, englishMatch.index + englishMatch[0].length)}” renders French “${source.slice(frenchMatch.index, frenchMatch.index + frenchMatch[0].length)}” word for word; ${calque.advice}`,
      sourceSpan: { start: frenchMatch.index, end: frenchMatch.index + frenchMatch[0].length },
      targetSpan: { start: englishMatch.index, end: englishMatch.index + englishMatch[0].length },
      key: `calque|${calque.id}`,
    });
  }
  return hits;
}

export const frenchConvention: SegmentCheck = {
  id: "french-convention",
  category: "style",
  severity: "minor",
  title: "French conventions carried into the English",
  run({ source, target }, context) {
    return [...calqueTenseHits(source, target), ...calquePhraseHits(source, target), ...calqueOrderHits(source, target, context.alignment()), ...formsOfAddress(source, target), ...frenchSpacing(source, target), ...guillemets(target), ...frenchNumbers(source, target), ...elisionBrackets(target), ...sinceDuration(source, target), ...calques(source, target), ...frenchHabitHits(source, target)];
  },
};
