import { ENGLISH_DAY_PATTERN, ENGLISH_MONTH_PATTERN } from "@/lib/text/calendar-words";
import type { CheckHit, Span } from "../types";
import { matchesOf } from "@/lib/text/text";

/**
 * French time and tense constructions copied into English, each confirmed by the French construction
 * it copies, so English written as English stays quiet.
 */

const spanOf = (match: RegExpExecArray | RegExpMatchArray): Span => ({ start: match.index!, end: match.index! + match[0].length });

const NUMBER_EN = "one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|a few|many|\\d+";
const NUMBER_FR = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|plusieurs|quelques|\\d+";
const UNIT_EN = "years?|months?|weeks?|days?|decades?|centuries|century|hours?";
const UNIT_FR = "ans?|années?|mois|semaines?|jours?|décennies?|siècles?|heures?";
const DAYS = ENGLISH_DAY_PATTERN;
const MONTHS = ENGLISH_MONTH_PATTERN;

function hit(french: RegExpExecArray, english: RegExpExecArray, message: string, key: string): CheckHit {
  return { message, sourceSpan: spanOf(french), targetSpan: spanOf(english), key: `calque|${key}` };
}

/**
 * "on one year", "on five years" for French "sur un an / sur cinq ans": English says "year on year",
 * "over five years" or "in a year". "on one day in May", "on three days a week" name days and are
 * English, and the French "sur" is required.
 */
const DURATION_ON = new RegExp(`\\bon (?:${NUMBER_EN}) (?:${UNIT_EN})\\b(?! (?:in|of|each|a|per|this|last|next|between|when)\\b)`, "iu");
const SUR_DUREE = new RegExp(`(?<!\\p{L})sur (?:${NUMBER_FR}) (?:${UNIT_FR})(?!\\p{L})`, "iu");

function durationOn(source: string, target: string): CheckHit[] {
  const english = DURATION_ON.exec(target);
  const french = english && SUR_DUREE.exec(source);
  if (!english || !french) return [];
  return [hit(french, english, `“${english[0]}” renders French “${french[0]}” word for word; English says “over ${english[0].slice(3)}”, or “year on year” for a yearly change.`, "sur-duree")];
}

/**
 * "There is ten years, …" / "closed there are twenty years" for French "il y a dix ans": "il y a" before
 * a duration is a point in the past, English "ten years ago". "There are ten years left" is English.
 */
const THERE_IS_DURATION = new RegExp(`\\bthere (?:is|are|was|were|has been) (?:${NUMBER_EN}) (?:${UNIT_EN})\\b(?! (?:left|to go|remaining|until|before|of|in which|during))`, "iu");
const IL_Y_A_DUREE = new RegExp(`(?<!\\p{L})il y (?:a|avait) (?:${NUMBER_FR}) (?:${UNIT_FR})(?!\\p{L})`, "iu");

function ilYaAgo(source: string, target: string): CheckHit[] {
  const english = THERE_IS_DURATION.exec(target);
  const french = english && IL_Y_A_DUREE.exec(source);
  if (!english || !french) return [];
  const duration = english[0].replace(/^there (?:is|are|was|were|has been) /i, "");
  return [hit(french, english, `“${english[0]}” renders French “${french[0]}” word for word; English says “${duration} ago”.`, "il-y-a")];
}

/**
 * A present tense with "since"/"for" where French has "depuis" ("She runs the school since 2015", "are
 * on strike for three weeks"): French uses the present there, English the present perfect ("has run",
 * "have been on strike"). The verb and "since/for" are in one clause (no comma, at most six words apart).
 */
const PRESENT_THEN_SINCE = new RegExp(
  `\\b(?:(?:is|are|am)\\s+(?:\\p{Ll}+ly\\s+)?(?=(?:\\p{Ll}+ed|\\p{Ll}+en|on|in|out|open|shut|closed)\\b)(?!(?:expected|used|supposed|scheduled|due|set|open to)\\b)|(?<=\\b(?:he|she|it|who|which|that)\\s)(?!(?:has|is|was|does|had)\\b)\\p{Ll}+[^s\\s]s\\s+|(?<=\\b(?:they|we|i|you)\\s)(?!(?:have|had|were|are|was|will|would|could|can|should|must|may|might|did|do|had)\\b)\\p{Ll}+\\s+)` +
    `(?:[\\p{L}\\d'’%-]+\\s+){0,6}?(?:since\\s+(?:\\d{4}|the\\b|last\\b|early\\b|late\\b|(?:${MONTHS}|${DAYS})\\b)|for\\s+(?:${NUMBER_EN})\\s+(?:${UNIT_EN})\\b)`,
  "iu",
);

function presentWithDepuis(source: string, target: string): CheckHit[] {
  const french = /(?<!\p{L})depuis(?!\p{L})/iu.exec(source);
  const english = french && PRESENT_THEN_SINCE.exec(target);
  // "the highest since 2008", "the first since": a superlative makes "since" English with any tense.
  // A perfect nearer "since" ("which its operator has been seeking since", "says it has run since")
  // is the tense of the clause that "since" belongs to: the word taken for a present was not its verb.
  if (!french || !english || /[,;:]/.test(english[0]) || /\b(?:\p{Ll}+est|most|best|worst|least|first|only)\b/u.test(english[0])) return [];
  if (/\b(?:has|have|had)\b|['’]s been\b|['’]ve\b/iu.test(english[0].replace(/^\S+\s+/u, ""))) return [];
  // "five times WHO limits since": the pronoun read before the verb is an acronym in capitals, and the word after it a noun.
  if (/(?<!\p{L})\p{Lu}{2,}\s$/u.test(target.slice(0, english.index))) return [];
  return [hit(french, english, `“${english[0]}” keeps the present of French “depuis”; English uses the present perfect for a state still going on (“has been …”, “has run …”).`, "depuis-present")];
}

/**
 * The present perfect with a finished past time ("has announced … on Monday", "have protested in 2019"),
 * French passé composé "a annoncé lundi": English takes the simple past once the time is named.
 * The time is in the same clause as the verb, with no "will", "to", "since", "for" or "from" (a state that starts then) between.
 */
const PERFECT_PAST_TIME = new RegExp(
  `\\b(?:has|have)\\s+(?!been\\b)(\\p{Ll}+(?:ed|en|wn|ht|ne|un|ut|id|ld|lt|nt|ck|ok|ew|ung|ad))\\b((?:\\s+(?!(?:will|would|to|since|for|until|by|from|starting|that|which|when|and|but|who)\\b)[\\p{L}\\d'’%-]+){0,8}?)\\s+` +
    `(yesterday|last (?:week|month|year|night|weekend|${DAYS}|${MONTHS})|on (?:${DAYS})|in (?:1[89]|20)\\d\\d|(?:${NUMBER_EN}) (?:${UNIT_EN}) ago)\\b`,
  "u",
);
const FRENCH_PASSE_COMPOSE = /(?<!\p{L})(?:a|ont|avons|avez|ai|as|est|sont)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées|i|is|it|u|us|ert|te)(?!\p{L})/u;

function perfectWithPastTime(source: string, target: string): CheckHit[] {
  const english = PERFECT_PAST_TIME.exec(target);
  const french = english && FRENCH_PASSE_COMPOSE.exec(source);
  if (!english || !french || /[,;:]/.test(english[0])) return [];
  return [hit(french, english, `“${english[0]}” puts the present perfect, like French passé composé “${french[0]}”, with a finished time (“${english[3]}”); English uses the simple past there.`, "perfect-past-time")];
}

/**
 * "will" in a clause of time after "when/after/before/while/as long as" whose main clause is already in
 * the future ("Prices will fall when production will resume", French "quand la production reprendra"):
 * English puts the present. "Nobody knows when it will reopen" (a question) has no "will" before "when".
 */
const FUTURE_WHEN = /\b(?:will|shall|['’]ll)\s+(?!(?:see|know|decide|say|tell|ask|announce|determine|reveal|explain|wonder|learn|find out|discuss|consider)\b)\p{Ll}+\b[^,;:.?!]*?\b(when|after|before|while|as long as|whenever)\s+((?:(?!(?:that|which|who|will|and|or|but)\b)[\p{L}\d'’-]+\s+){1,5}?)(will|['’]ll)\s+\p{Ll}+/iu;
const FRENCH_TIME_CLAUSE = /(?<!\p{L})(?:quand|lorsqu['’]?|lorsque|dès que|dès qu['’]|après qu['’]?|après que|tant que|tant qu['’]|pendant qu['’]?|pendant que)/iu;

function futureAfterWhen(source: string, target: string): CheckHit[] {
  const english = FUTURE_WHEN.exec(target);
  const french = english && FRENCH_TIME_CLAUSE.exec(source);
  if (!english || !french) return [];
  const start = english.index + english[0].lastIndexOf(english[1]);
  return [{
    message: `“${target.slice(start, english.index + english[0].length)}”: after “${english[1].toLowerCase()}” English puts the present, not “will” (French “${french[0]}” takes the future).`,
    sourceSpan: spanOf(french),
    targetSpan: { start, end: english.index + english[0].length },
    key: `calque|future-after-${english[1].toLowerCase()}`,
  }];
}

/** "14h30", "17 h": the French way to write the time; English writes "2.30pm", "14:30" or "5pm". */
function frenchTimes(source: string, target: string): CheckHit[] {
  const hits: CheckHit[] = [];
  for (const english of matchesOf(target, /(?<![\p{L}\d])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\d])/gu)) {
    const french = new RegExp(`(?<![\\p{L}\\d])${english[1]}\\s?h\\s?${english[2] ?? ""}`, "u").exec(source);
    if (!french) continue;
    hits.push({
      message: `“${english[0]}” writes the time the French way; English writes “${english[1]}:${english[2] ?? "00"}” or the hour with am/pm.`,
      sourceSpan: spanOf(french),
      targetSpan: spanOf(english),
      key: "time|h",
      category: "locale_conventions",
    });
  }
  return hits;
}

/** Hits of the tense and time calques above for a pair. */
export function calqueTenseHits(source: string, target: string): CheckHit[] {
  return [...durationOn(source, target), ...ilYaAgo(source, target), ...presentWithDepuis(source, target), ...perfectWithPastTime(source, target), ...futureAfterWhen(source, target), ...frenchTimes(source, target)];
}
