import type { CheckHit, Severity } from "../types";
import { matchesOf } from "@/lib/text/text";

/**
 * English grammar errors that French grammar leads a translator into and that Harper has no rule for
 * (checked with all of its rules on): each is a rule of English, so none needs the French.
 */

/**
 * A future after a conjunction of time ("until the army will be able to", French "tant que l'armée
 * pourra"): English puts the present in the time clause. "once again/more" is an adverb, "as soon as
 * possible" no clause; a relative ("until the day that will…") may take "will".
 */
const FUTURE_IN_TIME_CLAUSE = /\b(until|till|as soon as|by the time|once)\s+(?!(?:again|more|possible|practicable|feasible)\b)((?:(?!(?:that|which|who|whom|whose|what|when|where|will|shall|and|or|but)\b)[\p{L}\d'’-]+\s+){1,5}?)(will|shall|['’]ll)\s+(?!not\b|be\s+(?:said|asked|seen|known)\b)\p{Ll}+/giu;

/**
 * "the number of … have/are/were": "the number" is the subject and takes a singular verb (French
 * "le nombre de fumeurs ont"); "a number of" is plural and not matched. Same for proportion, share,
 * percentage. A relative or a pronoun in between ("the number of people who have", "… we have") has
 * its own subject, and a comma ends the phrase.
 */
const NUMBER_OF_PLURAL = /\b(the (?:number|proportion|share|percentage) of (?:(?!(?:who|whom|that|which|where|when|we|they|you|i|there|these|those|and|or|but|is|was|has)\b)[\p{L}\d-]+\s+){1,5}?)(have|are|were|remain|continue)\b/giu;

/**
 * Words ending in -s that are not plural nouns (adverbs, prepositions, pronouns, verbs "is/has/was"):
 * after "Europeans" they do not make a noun phrase. A closed class, listed completely.
 */
const NOT_PLURAL_NOUNS = new Set(
  ("always sometimes perhaps besides nevertheless nonetheless afterwards towards backwards forwards upwards downwards onwards " +
    "nowadays overseas whereas thus plus unless less regardless hers ours yours theirs its his this is has was does goes as us yes " +
    "themselves ourselves yourselves").split(" "),
);

/**
 * A plural -ian/-ean word ("civilians", "Europeans") before a plural noun ("civilians auxiliaries",
 * "Europeans leaders"): French adjectives agree in number, English ones do not ("civilian
 * auxiliaries"). Lower-case nouns only: "Americans Abroad" is a name. Other -ans words are left alone:
 * "Republicans" is also the name of a French party.
 */
const PLURAL_ATTRIBUTIVE = /(?<![\p{L}'’])(\p{L}*[ie]ans)\s+(\p{Ll}{3,}(?<![su]s|is)s)(?![\p{L}'’])/gu;

/**
 * A verb before its subject after "where/when/why/how" ("where will open the new factory", French "où
 * ouvrira la nouvelle usine"): English puts the subject first ("where the new factory will open").
 * The word after the auxiliary is then a verb followed by a determiner; a subject there would be
 * followed by its verb. "how much/long" count only before a verb of measure (cost, last, take, weigh),
 * which never has "how much" as its subject ("how many will lose their jobs" is English).
 */
const INVERSION = /\b(where|when|why|how(?:\s+(?:much|long))?)\s+(will|would|can|could|should|may|might|must|shall|did|does|do)\s+(?!(?:the|a|an|this|that|these|those|it|he|she|they|we|you|i|there|all|both|half|such|only|even|just|also|not|never|ever|each|every|some|any|no|its|his|her|their|our|my|your|one|anyone|someone|everyone|nobody)\b)(\p{Ll}+)\s+(?:the|a|an|this|these|those|its|his|her|their|our)\b/giu;
const MEASURE_VERBS = new Set(["cost", "costs", "last", "lasts", "take", "takes", "weigh", "weighs"]);

function verbSubjectInversion(target: string): CheckHit[] {
  return matchesOf(target, INVERSION)
    .filter((match) => !/\s/.test(match[1]) || MEASURE_VERBS.has(match[3]))
    .map((match) => {
      const [whole, wh, auxiliary, verb] = match;
      const start = match.index + wh.length + whole.slice(wh.length).indexOf(auxiliary);
      return {
        message: `“${whole}”: the verb comes before its subject, as in French; English says “${wh.toLowerCase()} [subject] ${auxiliary} ${verb}”.`,
        sourceSpan: null,
        targetSpan: { start, end: match.index + whole.lastIndexOf(verb) + verb.length },
        key: `verb-subject-inversion|${verb}`,
        severity: "minor" as Severity,
      };
    });
}

function futureInTimeClause(target: string): CheckHit[] {
  return matchesOf(target, FUTURE_IN_TIME_CLAUSE).map((match) => {
    const [whole, conjunction, , will] = match;
    const start = match.index + whole.lastIndexOf(will, whole.length - 1);
    const end = match.index + whole.length;
    return {
      message: `“${target.slice(match.index, end)}”: after “${conjunction.toLowerCase()}” English puts the present, not “${will}” (“${conjunction.toLowerCase()} … can”, “… is”); French uses the future there.`,
      sourceSpan: null,
      targetSpan: { start, end },
      key: `future-in-time-clause|${will.toLowerCase()}`,
      severity: "minor" as Severity,
    };
  });
}

function numberOfAgreement(target: string): CheckHit[] {
  return matchesOf(target, NUMBER_OF_PLURAL).map((match) => {
    const [whole, phrase, verb] = match;
    const subject = phrase.trim();
    const start = match.index + whole.length - verb.length;
    const singular: Record<string, string> = { have: "has", are: "is", were: "was", remain: "remains", continue: "continues" };
    return {
      message: `“${subject} ${verb}”: the subject is “${subject.split(" ").slice(0, 2).join(" ")}”, singular; English says “${singular[verb.toLowerCase()]}”.`,
      sourceSpan: null,
      targetSpan: { start, end: start + verb.length },
      key: `number-of-agreement|${verb.toLowerCase()}`,
      severity: "major" as Severity,
    };
  });
}

function pluralAttributive(target: string): CheckHit[] {
  return matchesOf(target, PLURAL_ATTRIBUTIVE)
    .filter((match) => !NOT_PLURAL_NOUNS.has(match[2]))
    .map((match) => {
      const [, modifier] = match;
      return {
        message: `“${match[0]}”: a word before a noun takes no plural in English (“${modifier.slice(0, -1)} ${match[2]}”, or the possessive “${modifier}’”); French adjectives agree, English ones do not.`,
        sourceSpan: null,
        targetSpan: { start: match.index, end: match.index + modifier.length },
        key: `plural-attributive|${modifier.toLowerCase()}`,
        severity: "minor" as Severity,
      };
    });
}

/** Hits of the rules above on an English text. */
export function transferGrammarHits(target: string): CheckHit[] {
  // Words the two costliest patterns need, looked for first: most texts have none.
  const lower = target.toLowerCase();
  const hasFuture = ["will", "shall", "'ll", "’ll"].some((word) => lower.includes(word)) && ["until", "till", "as soon as", "by the time", "once"].some((word) => lower.includes(word));
  return [...(hasFuture ? futureInTimeClause(target) : []), ...numberOfAgreement(target), ...(lower.includes("ans") ? pluralAttributive(target) : []), ...verbSubjectInversion(target)];
}
