import { foldText, type Span } from "@/lib/text/text";
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { unexplainedContent } from "../names/unexplained-content";
import { compareNumbers, romanValue } from "../numbers";
import { ENGLISH_DAYS, ENGLISH_MONTH_PATTERN, FRENCH_DAYS, FRENCH_MONTHS, FRENCH_PART_OF_TIME, FRENCH_TIME_TAIL, FRENCH_TIME_UNIT } from "@/lib/text/calendar-words";
import { spelledNumberValues } from "@/lib/text/number-words";

// Constituents of the French whose every content word the English renders nowhere, in any word the
// lexicon or a cognate knows: a span of time ("pendant deux semaines"). Found by their form, weighed
// by the lexicon, not by the aligner's links, which a reordered clause elsewhere may cross.

/**
 * Words that open a span of time: "pendant", "durant", "jusqu'à", "au cours de", "depuis" ("d'ici 2030" is dropped-qualifiers'), and
 * "chaque", which says how often ("publient chaque trimestre").
 */
const TIME_SPAN_OPENER = /^(?:pendant|durant|depuis|jusqu['’]|cours|sur|chaque)$/i;
/** Words that open a span of time only before a figure and its unit: "de trois mois", "pour une semaine", "sous quinze jours". */
const MEASURED_DURATION_OPENER = /^(?:de|d['’]|pour|sous)$/i;
/** The units such a duration is measured in. */
const MEASURED_UNIT = /^(?:jours?|semaines?|mois|ans|annees?|decennies?|siecles?|trimestres?|semestres?)$/;
const FRENCH_CALENDAR = new Set<string>([...FRENCH_DAYS, ...FRENCH_MONTHS]);
const FRENCH_WEEKDAYS = new Set<string>(FRENCH_DAYS);
const FRENCH_MONTH_NAMES = new Set<string>(FRENCH_MONTHS);
const isTimeWord = (text: string) => FRENCH_CALENDAR.has(foldText(text)) || FRENCH_TIME_UNIT.test(foldText(text));
const DEMONSTRATIVE = /^(?:ce|cet|cette|ces)$/i;
/** Words a span may hold between its opener and its time word: "au cours des deux prochaines années". */
const MAX_SPAN_WORDS = 6;

/** Content words of the sentence outside the constituent that the aligner linked: the English renders the sentence, not some other one. */
const MIN_RENDERED_OUTSIDE = 2;

function isRenderedOutside(alignment: WordAlignment, first: number, last: number): boolean {
  const linked = new Set(alignment.links.map((link) => link.source));
  return alignment.source.filter((word, index) => (index < first || index > last) && word.isContent && linked.has(index)).length >= MIN_RENDERED_OUTSIDE;
}

/** Figures, in digits or words: "deux" of "deux semaines" may find its "two" in another phrase of the English. */
const isFigure = (text: string) => /^(?:\d|une?$)/iu.test(text) || spelledNumberValues(foldText(text), "fr") !== undefined;

/** Whether no content word of words `first`..`last` has a rendering anywhere in the English, figures aside. */
function isUnrendered(alignment: WordAlignment, first: number, last: number): boolean {
  let [content, unexplained] = [0, 0];
  for (let index = first; index <= last; index += 1) {
    const word = alignment.source[index];
    if (!word.isContent || isFigure(word.text)) continue;
    content += 1;
    unexplained += unexplainedContent({ first: index, last: index }, alignment, "source");
  }
  return content > 0 && unexplained === content;
}

/**
 * The last word of the time phrase whose first time word is `index`: its tail ("années suivantes",
 * "mars 2026"), and the time it is a part of ("fin mars", "le début de l'année", "le mois d'août").
 */
function timeWordEnd(text: string, words: AlignedWord[], index: number): number {
  let last = index;
  const isInClause = (at: number) => at < words.length && !isClauseBoundaryBefore(text, words, at);
  for (;;) {
    while (isInClause(last + 1) && FRENCH_TIME_TAIL.test(words[last + 1].text)) last += 1;
    let next = last + 1;
    while (isInClause(next) && next <= last + 3 && /^(?:de|d['’]|du|des|la|l['’]|à|au)$/i.test(words[next].text)) next += 1;
    if (!isInClause(next)) return last;
    // "de samedi à dimanche": a range is one span.
    if (isTimeWord(words[next].text)) {
      last = next;
      continue;
    }
    // "le début de l'invasion", "la nuit des temps": a time takes its complement, whose words may be what the English renders.
    return next > last + 1 && /^(?:de|d['’]|du|des)$/i.test(words[last + 1].text) && words[next].isContent ? next : last;
  }
}

/** The span of time opened at word `index`, up to its time word and what follows it, or null: "pendant deux semaines", "mardi matin". The role readers skip it too. */
export function timeSpanAt(text: string, words: AlignedWord[], index: number): { first: number; last: number; figure?: number } | null {
  const key = words[index].text;
  // A day of the week is a date that news names as often as any figure ("a annoncé mardi", "mardi matin").
  if (FRENCH_WEEKDAYS.has(foldText(key))) return { first: index, last: timeWordEnd(text, words, index) };
  // "un état d'urgence de trois mois", "fermé pour une semaine": a duration measured right after "de", "pour" or "sous".
  // Not a time of day ("le journal de 20 heures") nor a month named ("un record pour un mois de juin").
  if (MEASURED_DURATION_OPENER.test(key)) {
    const unit = index + 2;
    const isMeasured = unit < words.length && isFigure(words[index + 1].text) && MEASURED_UNIT.test(foldText(words[unit].text)) && !isClauseBoundaryBefore(text, words, index + 1) &&
      !isClauseBoundaryBefore(text, words, unit) && !/^(?:de|d['’])$/i.test(words[unit + 1]?.text ?? "");
    return isMeasured ? { first: index, last: unit, figure: index + 1 } : null;
  }
  if (!TIME_SPAN_OPENER.test(key)) return null;
  // "au cours de": the span opens at "au"; "cours" alone is a class or a price.
  if (/^cours$/i.test(key) && !/^au$/i.test(words[index - 1]?.text ?? "")) return null;
  const first = /^cours$/i.test(key) ? index - 1 : index;
  for (let next = index + 1; next <= Math.min(words.length - 1, index + MAX_SPAN_WORDS); next += 1) {
    // "jusqu'à ce jour", "depuis cette année": a time pointed at is as often "so far" or "now" as a span.
    if (isClauseBoundaryBefore(text, words, next) || DEMONSTRATIVE.test(words[next].text)) return null;
    if (!isTimeWord(words[next].text)) continue;
    // "sur les six premiers mois", "sur douze mois": a period measured; "sur le long terme", "sur l'année" say how, not how long.
    if (/^sur$/i.test(key) && !words.slice(index + 1, next).some((word) => isFigure(word.text) || /^(?:premi|derni)/iu.test(word.text))) return null;
    const last = timeWordEnd(text, words, next);
    // "depuis le début": a part of time with nothing it is part of is "from the start", "all along".
    return last === next && FRENCH_PART_OF_TIME.test(words[next].text) ? null : { first, last };
  }
  return null;
}

/** Words that open a time at a year or bounded by one: "en 2023", "depuis 1998", "jusqu'en 2028", "dès 2027", "avant 2030". */
const YEAR_BOUND = /^(?:depuis|jusqu['’]|dès|avant|après|en)$/i;
/** What may stand between the bound and its year, besides a month: "jusqu'en", "jusqu'à fin", "depuis l'an", "en mars". */
const BEFORE_YEAR = /^(?:en|à|l['’]|an|fin|début|mi)$/i;

/** A time at or bounded by a year, its year the span's last word: "depuis 1998", "jusqu'en 2028", "avant fin 2030", "en août 2023". */
function yearSpanAt(words: AlignedWord[], index: number): { first: number; last: number } | null {
  if (!YEAR_BOUND.test(words[index].text)) return null;
  let next = index + 1;
  while (next < words.length && next <= index + 2 && (BEFORE_YEAR.test(words[next].text) || FRENCH_MONTH_NAMES.has(foldText(words[next].text)))) next += 1;
  return next < words.length && /^(?:1[89]|20)\d\d$/.test(words[next].text) ? { first: index, last: next } : null;
}

/**
 * English words of time: "for a decade" may render "depuis dix ans", "for ages" "depuis des siècles", "long demanded" "réclamée depuis des années",
 * "until 6 pm" "jusqu'à 18 heures".
 */
const ENGLISH_TIME_WORD = new RegExp("^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|ages|eras?|epochs?|periods?|quarters?|" +
  `seasons?|weekends?|time|while|spring|summer|autumn|fall|winter|${ENGLISH_MONTH_PATTERN}|${ENGLISH_DAYS.map((day) => `${day}s?`).join("|")}|` +
  "long|longstanding|long-standing|long-running|longtime|lengthy|today|yesterday|tomorrow|tonight|overnight|mornings?|afternoons?|evenings?|midday|noon|midnight|[ap]m|[ap]\\.m\\.?|o'clock|hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|\\w+-(?:second|minute|hour|day|night|week|month|year|decade|century)(?:-long|-olds?)?|(?:day|night|week|month|year)-\\w+)$", "i");

/** Whether the English holds a word of time no French word accounts for: a span may be rendered by another unit, "for a decade" for "depuis dix ans". */
function hasOwnTimeWord(alignment: WordAlignment): boolean {
  return alignment.target.some((word, index) => ENGLISH_TIME_WORD.test(word.text) && unexplainedContent({ first: index, last: index }, alignment, "target") > 0);
}

/**
 * Whether the English gives a span of time in a figure of its own, one the French gives nowhere, before a word of time:
 * "in 25 years" for "depuis un quart de siècle", the span said in another unit.
 */
function hasOwnFigureOfTime(source: string, target: string, alignment: WordAlignment): boolean {
  const figures = compareNumbers(source, target).unmatchedTarget;
  return figures.some((figure) => {
    const next = alignment.target.findIndex((word) => word.start >= figure.end);
    return next >= 0 && ENGLISH_TIME_WORD.test(alignment.target[next].text);
  });
}

/** "VIIème" → "7", "1990" → "1990": a French figure's digits, Roman ordinals read; null for a word that is no figure. */
function figureOf(text: string): string | null {
  if (/^\d/.test(text)) return text.replace(/\D/g, "");
  const roman = /^([IVXLC]+)(?:e|er|re|ème|eme)$/u.exec(text);
  return roman ? String(romanValue(roman[1])) : null;
}

/**
 * Whether a figure of words `first`..`last`, or of the word right after them, stands in the English:
 * "depuis les années 1990" is "since the 1990s", "jusqu'à la fin du VIIème" "until the late 7th".
 */
function hasRenderedFigure(alignment: WordAlignment, first: number, last: number): boolean {
  const figures = new Set(alignment.target.filter((word) => /^\d/.test(word.text)).map((word) => word.text.replace(/\D/g, "")));
  return alignment.source.slice(first, last + 2).some((word) => {
    const figure = figureOf(word.text);
    return figure !== null && figures.has(figure);
  });
}

/**
 * The source's spans of time ("pendant deux semaines", "jusqu'à fin mars", "au cours des deux
 * prochaines années") of which no word but a number has a rendering anywhere in the target: "a
 * suspendu pendant deux semaines une partie de ses opérations" against "has suspended some of its
 * operations". How long, or until when, is part of what the sentence claims.
 */
export function findDroppedTimeSpans(source: string, target: string, alignment: WordAlignment): Span[] {
  const words = alignment.source;
  const spans: Span[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const year = yearSpanAt(words, index);
    if (year) {
      index = year.last;
      if (isRenderedOutside(alignment, year.first, year.last) && !hasRenderedFigure(alignment, year.first, year.last)) spans.push({ start: words[year.first].start, end: words[year.last].end });
      continue;
    }
    const span = timeSpanAt(source, words, index);
    if (!span) continue;
    // "depuis lundi": the day is weighed with its span, not again alone.
    index = span.last;
    // "un enfant de 8 ans" → "an eight-year-old", "de moins de cinq ans" → "under five": a measured duration whose figure the English gives is rendered.
    if (span.figure !== undefined && !/^une?$/i.test(words[span.figure].text) && !compareNumbers(source, target).unmatchedSource.some((token) => token.start === words[span.figure!].start)) continue;
    if (!isUnrendered(alignment, span.first, span.last) || !isRenderedOutside(alignment, span.first, span.last) || hasRenderedFigure(alignment, span.first, span.last)) continue;
    spans.push({ start: words[span.first].start, end: words[span.last].end });
  }
  // The English's own words of time are looked for only when a span went unrendered: most sentences have none.
  return spans.length === 0 || hasOwnTimeWord(alignment) || hasOwnFigureOfTime(source, target, alignment) ? [] : spans;
}

/** Content words a phrase set off by commas needs, figures aside, to be weighed without the aligner's anchors. */
const MIN_SET_OFF_CONTENT = 4;

/**
 * The source's phrases set off by commas inside the sentence (", la proportion la plus élevée parmi
 * les membres de l'Otan,") none of whose content words, figures aside, has a rendering anywhere in the
 * target. Found by the commas, not by the aligner's anchors, which a clause the English moved (the
 * minister put first) makes cross.
 */
export function findDroppedSetOffPhrases(source: string, alignment: WordAlignment): Span[] {
  const words = alignment.source;
  const isComma = (index: number) => index > 0 && index < words.length && /^\s*,\s*$/.test(source.slice(words[index - 1].end, words[index].start));
  const spans: Span[] = [];
  for (let first = 1; first < words.length; first += 1) {
    if (!isComma(first)) continue;
    let last = first;
    while (last + 1 < words.length && !isClauseBoundaryBefore(source, words, last + 1)) last += 1;
    if (!isComma(last + 1)) continue;
    const content = words.slice(first, last + 1).filter((word) => word.isContent && !isFigure(word.text)).length;
    if (content < MIN_SET_OFF_CONTENT || !isUnrendered(alignment, first, last) || !isRenderedOutside(alignment, first, last)) continue;
    spans.push({ start: words[first].start, end: words[last].end });
  }
  return spans;
}
