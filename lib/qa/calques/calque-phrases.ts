import type { CheckHit, Span } from "../types";
import { COUNTRIES } from "@/lib/text/countries";
import { foldText, matchesOf } from "@/lib/text/text";

/**
 * French noun-phrase and preposition habits copied into English, each confirmed by the French it
 * copies; the English spelling rules at the end need no French, but that a nationality be in it.
 */

const spanOf = (match: RegExpExecArray | RegExpMatchArray): Span => ({ start: match.index!, end: match.index! + match[0].length });

/** Titles French puts after "le/la" before a name ("le président Macron"); English drops the article ("President Macron"). */
const TITLES = "president|general|minister|prime minister|mayor|judge|professor|doctor|senator|colonel|captain|commissioner|pope|cardinal|bishop|archbishop|prefect|governor|chancellor|admiral|marshal|lieutenant|sergeant|commander|inspector|chief";

/**
 * "The President Macron", "the general Burkhard" for French "le président Macron": English puts a title
 * before a name without an article, or sets the name apart ("the president, Emmanuel Macron,").
 */
const TITLE_WITH_ARTICLE = new RegExp(`\\b[Tt]he ((?:${TITLES})) (\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-])`, "iu");

function titleWithArticle(source: string, target: string): CheckHit[] {
  const english = TITLE_WITH_ARTICLE.exec(target);
  if (!english || /^(?:Of|And|For)$/u.test(english[2])) return [];
  const french = new RegExp(`(?<!\\p{L})(?:[Ll]e|[Ll]a|[Ll]['’])\\s*\\p{Ll}+\\s+${english[2]}(?!\\p{L})`, "u").exec(source);
  if (!french) return [];
  return [{
    message: `“${english[0]}” keeps the article of French “${french[0]}”; English says “${english[1][0].toUpperCase()}${english[1].slice(1)} ${english[2]}”.`,
    sourceSpan: spanOf(french),
    targetSpan: spanOf(english),
    key: "calque|title-article",
  }];
}

/** Authored works: "the new play of Yasmina Reza" is English "Yasmina Reza's new play" or "the new play by". */
const WORKS = "novel|novels|play|plays|film|films|movie|book|books|album|song|songs|opera|painting|paintings|symphony|poem|poems|memoir|essay|documentary|sculpture|series|photographs";

const WORK_OF_AUTHOR = new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${WORKS})\\s+(of)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, "u");

function workOfAuthor(source: string, target: string): CheckHit[] {
  const english = WORK_OF_AUTHOR.exec(target);
  if (!english) return [];
  const author = english[2];
  const french = new RegExp(`(?<!\\p{L})(?:de|d['’])\\s*${author.split(/\s+/)[0]}`, "u").exec(source);
  if (!french) return [];
  const start = english.index + english[0].lastIndexOf(" of ") + 1;
  return [{
    message: `“of ${author}” after a work renders French “${french[0]}”; English names the author with “by ${author}” or “${author}’s”.`,
    sourceSpan: spanOf(french),
    targetSpan: { start, end: english.index + english[0].length },
    key: "calque|work-of-author",
  }];
}

/**
 * Verbs and adjectives whose English preposition differs from the French one, with the French
 * preposition a word-for-word rendering copies ("depends of" ← "dépend de"). The English word is given
 * by its stem; each entry is a fact of English, whatever the sentence.
 */
const VALENCY: ReadonlyArray<{ english: string; wrong: string; french: RegExp; right: string }> = [
  { english: "depend(?:s|ed|ing|ent)?", wrong: "of", french: /(?<!\p{L})d(?:e|u|es)(?!\p{L})|d['’]/u, right: "on" },
  { english: "participat(?:e|es|ed|ing)", wrong: "to|at", french: /(?<!\p{L})(?:à|au|aux)(?!\p{L})/u, right: "in" },
  { english: "responsible", wrong: "of", french: /(?<!\p{L})d(?:e|u|es)(?!\p{L})|d['’]/u, right: "for" },
  { english: "interested", wrong: "by", french: /(?<!\p{L})par(?!\p{L})/u, right: "in" },
  { english: "married", wrong: "with", french: /(?<!\p{L})avec(?!\p{L})/u, right: "to" },
  { english: "discuss(?:es|ed|ing)?", wrong: "about|of", french: /(?<!\p{L})d(?:e|u|es)(?!\p{L})|d['’]/u, right: "(no preposition)" },
  { english: "(?:tele)?phon(?:e|es|ed|ing)", wrong: "to", french: /(?<!\p{L})(?:à|au|aux)(?!\p{L})/u, right: "(no preposition)" },
  { english: "obey(?:s|ed|ing)?|resist(?:s|ed|ing)?", wrong: "to", french: /(?<!\p{L})(?:à|au|aux)(?!\p{L})/u, right: "(no preposition)" },
  { english: "lack(?:s|ed|ing)?", wrong: "of", french: /(?<!\p{L})manqu\p{L}* d(?:e|u|es)?(?!\p{L})/u, right: "(no preposition)" },
  { english: "remember(?:s|ed|ing)?", wrong: "of", french: /(?<!\p{L})souv\p{L}* d(?:e|u|es)?(?!\p{L})/u, right: "(no preposition)" },
];

/** Each entry's English pattern, compiled once; and one pattern any of them needs, to spare most sentences the loop. */
const VALENCY_PATTERNS = VALENCY.map((entry) => ({ entry, english: new RegExp(`\\b(${entry.english}) (${entry.wrong})\\b(?! (?:course|all|which|whom|whose)\\b)`, "iu") }));
const ANY_VALENCY_VERB = new RegExp(`\\b(?:${VALENCY.map((entry) => entry.english).join("|")}) `, "iu");

/** A determiner, maybe with an adjective after it, or a preposition right before a word: "a lack of", "the growing lack of", "for lack of". */
const NOUN_BEFORE = /(?<!\p{L})(?:(?:a|an|the|its|their|his|her|our|your|this|no|any|such)\s+(?:\p{Ll}+\s+)?|(?:for|of|from|by|with)\s+)$/iu;

/**
 * Whether the word at `start` is a noun, whose preposition is not its verb's: "a lack of support" is
 * English, "they lack of support" is not. Only a bare form: "for depending of" is a verb after its
 * preposition, and "the responsible of" an adjective made a noun the French way.
 */
function isNounAt(text: string, word: string, start: number): boolean {
  return !/(?:ing|ed|ible|s)$/i.test(word) && NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function prepositionValency(source: string, target: string): CheckHit[] {
  if (!ANY_VALENCY_VERB.test(target)) return [];
  const hits: CheckHit[] = [];
  for (const { entry, english: pattern } of VALENCY_PATTERNS) {
    const english = pattern.exec(target);
    const french = english && entry.french.exec(source);
    if (!english || !french || isNounAt(target, english[1], english.index)) continue;
    const start = english.index + english[1].length + 1;
    hits.push({
      message: `“${english[0]}” takes the preposition of French “${french[0]}”; English says “${english[1]} ${entry.right}”.`,
      sourceSpan: spanOf(french),
      targetSpan: { start, end: start + english[2].length },
      key: `calque|preposition|${english[1].toLowerCase()} ${english[2].toLowerCase()}`,
    });
  }
  return hits;
}

/**
 * Nationality adjectives, days and months in lower case ("french farmers", "on thursday", "in september"),
 * as French writes them: English capitalises them. "may", "march" and "august" are also English words
 * and are left alone.
 */
const CAPITALISED = /(?<![\p{L}'’-])(french|german|spanish|italian|english|british|american|european|african|asian|chinese|japanese|russian|ukrainian|belgian|swiss|dutch|portuguese|polish|greek|turkish|moroccan|algerian|tunisian|canadian|mexican|brazilian|indian|israeli|palestinian|iranian|syrian|lebanese|egyptian|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|september|october|november|december)(?![\p{L}'’-])/gu;

/** The French adjectives of the country an English nationality names ("polish" → "polonais", "polonaise"…), or null when the table has no country for it. */
function frenchAdjectivesOf(english: string): string[] | null {
  const countries = COUNTRIES.filter((country) => country.englishAdjectives.some((adjective) => adjective.toLowerCase() === english));
  return countries.length === 0 ? null : countries.flatMap((country) => country.frenchAdjectives);
}

/**
 * A nationality in lower case is the French habit only when the French has that nationality: "more
 * polish" for « peaufiner » is the English noun.
 */
function lowerCaseProperAdjectives(source: string, target: string): CheckHit[] {
  const matches = matchesOf(target, CAPITALISED);
  // Most targets have none: the source's words are read only for one.
  if (matches.length === 0) return [];
  const sourceWords = new Set(foldText(source).match(/\p{L}[\p{L}-]*/gu) ?? []);
  const isInSource = (english: string) => frenchAdjectivesOf(english)?.some((french) => sourceWords.has(french)) ?? true;
  return matches.filter((match) => isInSource(match[0])).map((match) => ({
    message: `“${match[0]}” is lower case as in French; English capitalises nationalities, days and months (“${match[0][0].toUpperCase()}${match[0].slice(1)}”).`,
    sourceSpan: null,
    targetSpan: spanOf(match),
    key: `capitals|${match[0]}`,
    category: "linguistic_spelling" as const,
  }));
}

/**
 * "as indicated the ministry", "as shows the report" for French "comme l'a indiqué le ministère",
 * "comme le montre le rapport": English puts the subject first ("as the ministry indicated"); "as does
 * the government" is English inversion with an auxiliary.
 */
function asVerbSubject(source: string, target: string): CheckHit[] {
  const english = /\b[Aa]s\s+(?!(?:does|did|do|is|was|has|have|had|are|were|can|could|will|would|should|must|may|might|usual|always|well|follows|such|much|long|soon|far)\b)(\p{Ll}+(?:ed|[^s\s]s)|said|told|wrote|put|showed|shown)\s+(?:the|a|an|its|his|her|their|our)\s+\p{Ll}+/u.exec(target);
  const french = english && /(?<!\p{L})comme\s+(?:l['’]\s*(?:a|ont|avait|avaient)\s+\p{Ll}+|l[ea]s?\s+\p{Ll}+)/iu.exec(source);
  if (!english || !french) return [];
  return [{
    message: `“${english[0]}” keeps the French order of “${french[0]}”, verb before subject; English says “as [subject] ${english[1]}”.`,
    sourceSpan: spanOf(french),
    targetSpan: spanOf(english),
    key: "calque|as-verb-subject",
  }];
}

/**
 * "the match of Saturday", "the attack of yesterday" for French "le match de samedi", "l'attaque d'hier":
 * English puts the day first ("Saturday's match", "yesterday's attack"), as "the sidelines of
 * Saturday's protest" already does.
 */
function nounOfDay(source: string, target: string): CheckHit[] {
  const english = /\b[Tt]he\s+(\p{Ll}+)\s+of\s+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last (?:week|night|weekend)))\b(?!['’]s)/u.exec(target);
  const french = english && /(?<!\p{L})(?:de|d['’])\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la semaine dernière|la nuit dernière|dernier)(?!\p{L})/iu.exec(source);
  if (!english || !french) return [];
  return [{
    message: `“${english[0]}” renders French “${french[0]}” word for word; English puts the day first (“${english[2]}’s ${english[1]}”).`,
    sourceSpan: spanOf(french),
    targetSpan: spanOf(english),
    key: "calque|noun-of-day",
  }];
}

/** Hits of the phrase calques above for a pair. */
export function calquePhraseHits(source: string, target: string): CheckHit[] {
  return [...titleWithArticle(source, target), ...workOfAuthor(source, target), ...prepositionValency(source, target), ...lowerCaseProperAdjectives(source, target), ...asVerbSubject(source, target), ...nounOfDay(source, target)];
}
