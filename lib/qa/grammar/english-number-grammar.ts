import { isKnownWord } from "../speller";
import { ENGLISH_DAY_PATTERN } from "@/lib/text/calendar-words";
import type { CheckHit, Severity } from "../types";
import { matchesOf } from "@/lib/text/text";

/**
 * English rules of number and word order that French grammar leads a translator to break, none of
 * which Harper checks: each is a rule of English, so none needs the French.
 */

const hitOf = (match: RegExpMatchArray, start: number, end: number, message: string, key: string, severity: Severity = "minor"): CheckHit => ({
  message, sourceSpan: null, targetSpan: { start: match.index! + start, end: match.index! + end }, key, severity,
});

/**
 * Nouns English does not count, given a plural as their French counterparts take ("informations",
 * "les équipements"). "researches" and "progresses" are also verbs: only after a determiner.
 */
const UNCOUNTABLE = /\b(informations|advices|equipments|furnitures|softwares|feedbacks|homeworks|knowledges|luggages|baggages|datas)\b|\b(?:the|these|those|some|many|new|several|their|its|our|his|her|all|other|further|recent|of)\s+(researches|progresses)\b/giu;

function uncountablePlurals(target: string): CheckHit[] {
  return matchesOf(target, UNCOUNTABLE).map((match) => {
    const word = match[1] ?? match[2];
    const start = match[0].length - word.length;
    const singular = /(?:ches|sses)$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1);
    return hitOf(match, start, match[0].length, `“${word}”: English does not count this noun (“${singular}”), though French puts it in the plural.`, `uncountable|${word.toLowerCase()}`);
  });
}

/** "The police has", "the news are": English makes "police" plural and "news" singular, against French "la police a", "les nouvelles sont". */
const COLLECTIVE = /\b(?:(?:[Tt]he\s+)?([Pp]olice)\s+(has|is|was|does)|[Tt]he\s+(news)\s+(are|were|have))\b/gu;

function collectiveAgreement(target: string): CheckHit[] {
  return matchesOf(target, COLLECTIVE).map((match) => {
    const noun = match[1] ?? match[3];
    const verb = match[2] ?? match[4];
    const right: Record<string, string> = { has: "have", is: "are", was: "were", does: "do", are: "is", were: "was", have: "has" };
    const start = match[0].length - verb.length;
    return hitOf(match, start, match[0].length, `“${noun} ${verb}”: in English “${noun.toLowerCase()}” takes a ${noun.toLowerCase() === "police" ? "plural" : "singular"} verb (“${right[verb]}”).`, `collective-agreement|${noun.toLowerCase()} ${verb}`, "major");
  });
}

/** "others countries" (French "d'autres pays"): "others" is a pronoun; before a noun English says "other". */
const OTHERS_BEFORE_NOUN = /\b([Oo]thers)\s+(?!(?:has|is|was|does|says|seems|remains|always|perhaps|whereas|unless|besides|as|us|this|his|its)\b)(\p{Ll}{3,}(?<![su]s|is)s)\b/gu;

function othersBeforeNoun(target: string): CheckHit[] {
  return matchesOf(target, OTHERS_BEFORE_NOUN).map((match) =>
    hitOf(match, 0, match[1].length, `“${match[0]}”: before a noun English says “${match[1].slice(0, -1)} ${match[2]}”; “others” stands alone, and French “autres” agrees.`, "others-before-noun"));
}

/** "2.5 millions euros", "three thousands jobs": French "millions" agrees; English "million" after a number stays singular. */
const COUNTED_MULTIPLIER = /\b(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|several|a few)\s+(millions|billions|thousands|hundreds)\b(?!\s+(?:of|more|upon)\b)/giu;

function countedMultipliers(target: string): CheckHit[] {
  // A capital makes it a name's word: the motorists' association "40 Millions d'Automobilistes".
  return matchesOf(target, COUNTED_MULTIPLIER).filter((match) => !/^\p{Lu}/u.test(match[2])).map((match) => {
    const start = match[0].length - match[2].length;
    return hitOf(match, start, match[0].length, `“${match[0]}”: after a number English writes “${match[2].slice(0, -1)}”, without the French plural.`, `counted-multiplier|${match[2].toLowerCase()}`);
  });
}

/**
 * A time adverb between the auxiliary and the verb ("has yesterday announced", French "a annoncé hier"
 * read in the wrong place) or a frequency adverb between a verb and its object ("takes often the bus",
 * French "prend souvent le bus"): English puts them elsewhere. Reporting verbs are left alone: "said
 * often the…" may drop a "that".
 */
const DAYS = ENGLISH_DAY_PATTERN;
const AUXILIARY_ADVERB = new RegExp(`\\b(?:has|have|had|will|would)\\s+(yesterday|on (?:${DAYS})|last (?:week|month|year|night))\\s+(?!been\\b)\\p{Ll}+(?:ed|en|wn)?\\b`, "gu");
const VERB_ADVERB_OBJECT = /\b(?!(?:is|was|has|does|seems|remains|becomes|appears|says|say|said|told|tells|added|noted|stressed|warned|insisted|claimed|argued|explained|believed|thought|wrote|reported|stated|declared|confirmed|announced|revealed|suggested|indicated|acknowledged|admitted|denied)\b)(\p{Ll}{3,}(?:ed|[^su's]s)|(?<=\b(?:they|we|you|I|\p{L}+s)\s)\p{Ll}{3,}|took|made|gave|saw|met|kept|left|found|won|lost|paid|bought|sold)\s+(often|always|never|frequently|regularly|rarely|seldom|sometimes|usually|generally|constantly|systematically)\s+(?:the|a|an|his|her|their|its|our)\b/gu;

function misplacedAdverbs(target: string): CheckHit[] {
  const auxiliary = matchesOf(target, AUXILIARY_ADVERB).map((match) => {
    const start = match[0].indexOf(match[1]);
    return hitOf(match, start, start + match[1].length, `“${match[0]}”: English does not put “${match[1]}” between the auxiliary and the verb; it goes after the verb phrase or first in the sentence.`, `adverb-position|${match[1].toLowerCase()}`);
  });
  const object = matchesOf(target, VERB_ADVERB_OBJECT).map((match) => {
    const start = match[0].indexOf(match[2], match[1].length);
    return hitOf(match, start, start + match[2].length, `“${match[0]}”: English does not put “${match[2]}” between a verb and its object, as French does; it goes before the verb (“${match[2]} ${match[1]}”).`, `adverb-position|${match[2].toLowerCase()}`);
  });
  return [...auxiliary, ...object];
}

/**
 * An adjective given the French plural ("the rules are effectives", "differents countries"): the -s
 * form is no English word while the adjective is, and English adjectives never agree.
 */
const ADJECTIVE_PLURAL = /\b(\p{Ll}{3,}(?:al|ive|ic|ent|ant|able|ible|ous|ary|ar))s\b/giu;

function pluralAdjectives(target: string): CheckHit[] {
  return matchesOf(target, ADJECTIVE_PLURAL)
    // A capital inside the sentence is a French name kept as it is: "industry body Domaines Skiables de France".
    .filter((match) => !isKnownWord(match[0]) && isKnownWord(match[1]) && !(match.index > 0 && /^\p{Lu}/u.test(match[0])))
    .map((match) => hitOf(match, 0, match[0].length, `“${match[0]}”: an English adjective takes no plural (“${match[1]}”); French adjectives agree with their noun.`, `adjective-plural|${match[0].toLowerCase()}`));
}

/**
 * Words each rule's pattern needs, looked for in the lowercased text before the pattern runs: the
 * patterns test at every word boundary, and most texts have none of their words.
 */
const NEEDS = {
  uncountable: ["informations", "advices", "equipments", "furnitures", "softwares", "feedbacks", "homeworks", "knowledges", "luggages", "baggages", "datas", "researches", "progresses"],
  collective: ["police", "news"],
  others: ["others"],
  multiplier: ["millions", "billions", "thousands", "hundreds"],
  adverb: ["yesterday", "day", "last ", "often", "always", "never", "frequently", "regularly", "rarely", "seldom", "sometimes", "usually", "generally", "constantly", "systematically"],
};

/** Hits of the rules above on an English text. */
export function englishNumberGrammarHits(target: string): CheckHit[] {
  const lower = target.toLowerCase();
  const has = (words: string[]) => words.some((word) => lower.includes(word));
  return [
    ...(has(NEEDS.uncountable) ? uncountablePlurals(target) : []),
    ...(has(NEEDS.collective) ? collectiveAgreement(target) : []),
    ...(has(NEEDS.others) ? othersBeforeNoun(target) : []),
    ...(has(NEEDS.multiplier) ? countedMultipliers(target) : []),
    ...(has(NEEDS.adverb) ? misplacedAdverbs(target) : []),
    ...pluralAdjectives(target),
  ];
}
