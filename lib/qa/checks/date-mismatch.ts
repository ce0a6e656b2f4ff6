import { foldText, isCapitalised, normaliseKey, spanOf, tokenizeWords, type Token } from "@/lib/text/text";
import { ENGLISH_DAYS as ENGLISH_DAY_NAMES, ENGLISH_MONTHS as ENGLISH_MONTH_NAMES, FRENCH_DAYS as FRENCH_DAY_NAMES, FRENCH_MONTHS as FRENCH_MONTH_NAMES } from "@/lib/text/calendar-words";
import type { CheckHit, SegmentCheck } from "../types";

const ENGLISH_DAYS: readonly string[] = ENGLISH_DAY_NAMES.map((day) => day.toLowerCase());
const ENGLISH_MONTHS: readonly string[] = ENGLISH_MONTH_NAMES.map((month) => month.toLowerCase());
const FRENCH_DAYS: readonly string[] = FRENCH_DAY_NAMES;
const FRENCH_MONTHS: readonly string[] = FRENCH_MONTH_NAMES;

type CalendarWord = Token & { unit: "day" | "month"; index: number };

function findSourceWords(source: string): CalendarWord[] {
  const words: CalendarWord[] = [];
  for (const whole of tokenizeWords(source)) {
    // "le mois d'août", "jusqu'à mars": the elided word before the month is part of the token.
    const elided = /^(?:d|l|qu|jusqu)['’]/iu.exec(whole.text)?.[0].length ?? 0;
    const token = { ...whole, text: whole.text.slice(elided), start: whole.start + elided };
    const folded = foldText(token.text);
    const day = FRENCH_DAYS.indexOf(folded.replace(/s$/, ""));
    const month = FRENCH_MONTHS.indexOf(folded);
    // Capitalised "Mars" mid-sentence is the planet; French writes months in lowercase.
    if (month >= 0 && folded.startsWith("mar") && token.text[0] === "M" && token.start > 0) continue;
    if (day >= 0) words.push({ ...token, unit: "day", index: day });
    else if (month >= 0) words.push({ ...token, unit: "month", index: month });
  }
  return words;
}

/** Whether the French names a day or a month anywhere: an English one is then its rendering, right or wrong, never an addition. */
export function hasCalendarWord(source: string): boolean {
  return findSourceWords(source).length > 0;
}

function findTargetWords(target: string): CalendarWord[] {
  const words: CalendarWord[] = [];
  for (const token of tokenizeWords(target)) {
    if (!isCapitalised(token.text)) continue;
    // "at Wednesday's cabinet meeting": the possessive is the day's.
    const folded = foldText(token.text).replace(/['’]s?$/, "").replace(/s$/, "");
    const day = ENGLISH_DAYS.indexOf(folded);
    const month = ENGLISH_MONTHS.indexOf(folded);
    // "May" is a month only next to a number ("May 3", "3 May", "May 2020").
    const isMay = folded === "may" && !/\d[\s,]*$/.test(target.slice(0, token.start)) && !/^\s*\d/.test(target.slice(token.end));
    if (day >= 0) words.push({ ...token, unit: "day", index: day });
    else if (month >= 0 && !isMay) words.push({ ...token, unit: "month", index: month });
  }
  return words;
}

function englishName(word: CalendarWord): string {
  const name = word.unit === "day" ? ENGLISH_DAYS[word.index] : ENGLISH_MONTHS[word.index];
  return name[0].toUpperCase() + name.slice(1);
}

export const dateMismatch: SegmentCheck = {
  id: "date-mismatch",
  category: "accuracy_mistranslation",
  severity: "major",
  title: "Days or months differ between source and target",
  run({ source, target }) {
    if (target.trim() === "") return [];
    const sourceWords = findSourceWords(source);
    const targetWords = findTargetWords(target);
    const unmatchedTarget = [...targetWords];
    const missing: CalendarWord[] = [];
    for (const word of sourceWords) {
      const at = unmatchedTarget.findIndex((candidate) => candidate.unit === word.unit && candidate.index === word.index);
      if (at >= 0) unmatchedTarget.splice(at, 1);
      else missing.push(word);
    }
    const hits: CheckHit[] = [];
    for (const word of missing) {
      const other = unmatchedTarget.find((candidate) => candidate.unit === word.unit);
      if (other) unmatchedTarget.splice(unmatchedTarget.indexOf(other), 1);
      hits.push({
        message: other
          ? `The source says “${word.text}” (${englishName(word)}) but the target says “${other.text}”.`
          : `The source ${word.unit} “${word.text}” (${englishName(word)}) is missing from the target.`,
        sourceSpan: spanOf(word),
        targetSpan: other ? spanOf(other) : null,
        key: `${normaliseKey(word.text)}|${other ? normaliseKey(other.text) : ""}`,
      });
    }
    for (const word of unmatchedTarget) {
      hits.push({
        message: `The target ${word.unit} “${word.text}” does not appear in the source.`,
        sourceSpan: null,
        targetSpan: spanOf(word),
        key: `|${normaliseKey(word.text)}`,
      });
    }
    return hits;
  },
};
