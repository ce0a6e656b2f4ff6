import { type GrammarLint, lintGrammar } from "../grammar/grammar-checker";
import { englishNumberGrammarHits } from "../grammar/english-number-grammar";
import { transferGrammarHits } from "../grammar/transfer-grammar";
import type { CheckHit, SegmentCheck, Severity } from "../types";
import { matchesOf } from "@/lib/text/text";
import { isSpelled } from "../speller";

/** Harper's lint kinds that mark a broken sentence rather than an awkward one. */
const MAJOR_KINDS = new Set(["Agreement", "Grammar"]);

/**
 * A preposition directly followed by "of" and a determiner ("It is about of a letter", from
 * "Il s'agit d'une lettre"): never English, and Harper has no rule for it. "out of", "because
 * of", "instead of" are not in the list.
 */
const PREPOSITION_OF = /\b(?:about|with|for|from|by|at|on|in|into|onto|upon|over|under|between|among|against|towards?|through|during|without|within|via)\s+of\s+(?=(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\b)/giu;

/**
 * Simple pasts of irregular verbs, with their base form, that are no other word after "to" or a modal
 * ("saw", "found", "fell", "left", "lay", "woke", "thought" are: "to saw wood", "to found a party", "to the left").
 * Lower case only: "to Drew" is a name.
 */
const IRREGULAR_PASTS: Record<string, string> = {
  went: "go", came: "come", took: "take", knew: "know", gave: "give", spoke: "speak", wrote: "write", ate: "eat",
  began: "begin", broke: "break", chose: "choose", drove: "drive", forgot: "forget", hid: "hide", rode: "ride", threw: "throw",
  grew: "grow", drew: "draw", swore: "swear", fought: "fight", brought: "bring", taught: "teach", caught: "catch", bought: "buy",
  sought: "seek", ran: "run", sang: "sing", swam: "swim", drank: "drink", wore: "wear", tore: "tear", shook: "shake", flew: "fly",
  froze: "freeze", did: "do", understood: "understand", forgave: "forgive", withdrew: "withdraw",
};

/** A simple past after a modal or infinitive "to" ("will went", "to came", "could took"): English takes the base form. */
const PAST_AFTER_MODAL = new RegExp(`\\b(will|would|can|could|must|should|shall|may|might|cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|mustn['’]t|to) (${Object.keys(IRREGULAR_PASTS).join("|")})\\b`, "gu");

function pastAfterModalHits(target: string): CheckHit[] {
  return matchesOf(target, PAST_AFTER_MODAL).map((match) => {
    const [, modal, past] = match;
    const start = match.index + match[0].length - past.length;
    return {
      message: `“${modal} ${past}”: after “${modal}” English takes the base form (“${modal} ${IRREGULAR_PASTS[past]}”), not the past “${past}”.`,
      sourceSpan: null,
      targetSpan: { start, end: start + past.length },
      key: `past-after-modal|${past}`,
      severity: "major" as Severity,
    };
  });
}

/**
 * "some of whom blocked", "most of whom were": "whom" after a preposition is its object, whatever verb follows; Harper reads it as
 * the verb's subject. "whom" with no preposition before it ("whom blocked") is still flagged.
 */
const isWhomAfterPreposition = (lint: GrammarLint, target: string) =>
  lint.rule === "WhomSubjectOfVerb" && /(?<!\p{L})(?:of|to|by|with|for|from|among|about|against|on|in|at)\s+$/iu.test(target.slice(Math.max(0, lint.span.start - 10), lint.span.start));

/**
 * The articles Harper gets wrong in edited English; the lint is dropped where the text already has the article the word calls for:
 * - "an historic", "an honour": British usage Harper's American dictionary rejects; "an h…" is left alone;
 * - "a" before a name said with a "you" sound, which Harper reads as a vowel: "a Unesco World Heritage site", "a Unicef report";
 * - "A"/"An" in capitals inside a sentence, which is a name or part of one: "world number one An Se-young", "Femern A/S";
 * - before "un" and a vowel, the word's make-up: "an unidentified drone" ("un" + "identified", said "un"), "a unanimous decision" ("you").
 */
function isMisreadArticle(lint: GrammarLint, target: string): boolean {
  if (lint.rule !== "AnA") return false;
  const [article, after] = [target.slice(lint.span.start, lint.span.end), target.slice(lint.span.end)];
  if (/^\s+h\p{Ll}/u.test(after) || (/^a$/i.test(article) && /^\s+U(?:n[ie]|ef|kr|r[aou]|s[aeiou])/u.test(after))) return true;
  if (/^An?$/.test(article) && (/^\S/.test(after) || !/(?:^|[.!?:"“]\s*)$/u.test(target.slice(0, lint.span.start)))) return true;
  const next = /^\s+(un([aeiou]\p{Ll}+))/iu.exec(after);
  if (!next) return false;
  const isPrefixed = next[2].length >= 4 && isSpelled(next[2].toLowerCase());
  return /^an$/i.test(article) === isPrefixed;
}

/**
 * "accessible to disabled people", "selling handguns to unlicensed individuals": "to" is a preposition before an adjective in "-ed"
 * and its plural noun, not the sign of an infinitive.
 */
function isPrepositionBeforeParticiple(lint: GrammarLint, target: string): boolean {
  if (lint.rule !== "InflectedVerbAfterTo") return false;
  const word = /(\p{Ll}+)$/u.exec(target.slice(lint.span.start, lint.span.end))?.[1] ?? "";
  // A plural noun: "-s" after any letter but "s" ("individuals", not "less"), or a plural of its own.
  return /ed$/.test(word) && /^\s+(?:\p{Ll}+[^s\W]s|people|children|men|women|staff|personnel)(?!\p{L})/u.test(target.slice(lint.span.end));
}

/** Lints Harper raises on correct English, each read where the text is right. */
const MISREADINGS = [isMisreadArticle, isWhomAfterPreposition, isPrepositionBeforeParticiple];

/** Harper writes code-style `word`; a reviewer reads “word”. */
const quoted = (message: string) => message.replace(/`([^`]*)`/g, "“$1”");

function prepositionOfHits(target: string): CheckHit[] {
  return matchesOf(target, PREPOSITION_OF).map((match) => {
    const text = match[0].trim();
    return {
      message: `“${text}” puts two prepositions in a row, which English does not do; a calque of French “de/d’” (“il s’agit d’…” is “it is…”, “this is…”).`,
      sourceSpan: null,
      targetSpan: { start: match.index, end: match.index + text.length },
      key: `preposition-of|${text.toLowerCase().replace(/\s+/g, " ")}`,
      // Awkward but understood: the severity guide's own example of minor.
      severity: "minor" as Severity,
    };
  });
}

export const grammar: SegmentCheck = {
  id: "grammar",
  category: "linguistic_grammar",
  severity: "minor",
  title: "English grammar (Harper)",
  run({ target }) {
    // Null while Harper loads (prepareChecks awaits it): the check is silent rather than wrong.
    const lints = lintGrammar(target) ?? [];
    const hits: CheckHit[] = lints.filter((lint) => !MISREADINGS.some((isMisread) => isMisread(lint, target))).map((lint) => {
      const text = target.slice(lint.span.start, lint.span.end);
      const suggestion = lint.suggestion !== null && lint.suggestion !== text ? ` Suggested: “${lint.suggestion}”.` : "";
      return {
        message: `“${text}”: ${quoted(lint.message)}${suggestion}`,
        sourceSpan: null,
        targetSpan: lint.span,
        key: `${lint.rule}|${text.toLowerCase()}`,
        severity: MAJOR_KINDS.has(lint.kind) ? "major" : "minor",
      };
    });
    // Harper's own rule for "will went" is not among those it runs quietly on edited English.
    const spans = new Set(hits.map((hit) => `${hit.targetSpan?.start}`));
    return [...hits, ...prepositionOfHits(target), ...pastAfterModalHits(target).filter((hit) => !spans.has(`${hit.targetSpan?.start}`)), ...transferGrammarHits(target), ...englishNumberGrammarHits(target)];
  },
};
