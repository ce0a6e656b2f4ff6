import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { FRENCH_ETRE } from "@/lib/word-align/verb-forms";
import { normaliseKey, spanOf } from "@/lib/text/text";
import { MARKERS, nameEnd, nameStart, strongLinks, wholeNameAt } from "./role-markers";
import { isEnglishPassiveParticiple, isSymmetric } from "./verb-shapes";
import { participantReading } from "./crossed-participants";
import { isConverseRendering } from "./converse-renderings";
import { DETERMINERS, isVerb } from "./verb-reading";
import { ENGLISH_REPORTING, isFrenchReportingVerb } from "./subject-inversion";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import type { CheckHit } from "../types";

/** "faire" before an infinitive, in its common forms: "se sont fait battre", "se font battre" is a passive. */
const FRENCH_FAIRE = /^(?:fai[st]|faire|font|fera[is]?|feraient|ferons|ferez|feront|faisai(?:en)?[st]|fasse|fassent)$/;

/**
 * English conjunctions that open a clause of condition, time, cause or concession, its subject right after them. Not
 * clause-tokens' clause words: those split clauses, so leave out "provided" (a participle too), and take in "before",
 * "after", "since" and "as", which are also prepositions and may mark the verb's own participant here.
 */
const ENGLISH_SUBORDINATORS = new Set(["provided", "providing", "if", "unless", "when", "whenever", "while", "whereas", "although", "though", "because", "once", "until"]);

/** A verb linked this surely renders the French one: the two are one predicate. */
const MIN_VERB_SCORE = 0.85;
/** How far from the verb a participant may stand, appositions included. */
const REACH = 20;
/** A participant as findCrossedParticipants reads one: a name not opening its sentence, a word after a determiner (and a modifier). */
const isParticipant = (text: string, words: AlignedWord[], index: number, language: Language) => participantReading(text, words, index, language) === "yes";

/**
 * The word before a participant's phrase, past the names and determiners that open it: "au Louvre" → "au". "du"/"des" after
 * a noun are "de" and its article, a noun's complement: "la chambre d'agriculture des Pyrénées-Atlantiques" → "de".
 */
function markerBefore(words: AlignedWord[], index: number, language: Language): string {
  let k = index - 1;
  for (; k >= 0; k -= 1) {
    const folded = foldedAt(words, k, language);
    if (language === "source" && /^(?:du|des)$/.test(folded) && words[k - 1]?.isContent) return "de";
    if (!DETERMINERS[language].has(folded) && !(words[k].isContent && /^\p{Lu}/u.test(words[k].text))) break;
  }
  return foldedAt(words, k, language);
}

/** Whether a French participant heads its phrase, as a subject does: no preposition nor "de" before it ("de la chambre d'agriculture des Pyrénées-Atlantiques"). */
const isFrenchSubjectLike = (words: AlignedWord[], index: number) => !MARKERS.source.prepositions.has(markerBefore(words, index, "source"));

/**
 * Two participants either side of one verb the aligner linked on both sides, crossed in the target, in
 * the same voice: "Le musée des Beaux-Arts de Caen va prêter au musée du Louvre" → "The Louvre will
 * lend … to the Caen Museum of Fine Arts", "Philippe Verdonck, jusqu'ici directeur financier …,
 * succédera à Jean-Jacques Cloquet" → "Jean-Jacques Cloquet … will succeed Philippe Verdonck".
 * findCrossedParticipants reads any verb, but nothing across a comma; a verb linked to its rendering
 * is one predicate, so an apposition between it and a participant hides neither. Not a reporting verb,
 * whose subject French puts after it, nor a symmetric one ("met"), nor a passive on either side.
 */
export function findLinkedVerbCrossings(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const [sourceWords, targetWords] = [alignment.source, alignment.target];
  const links = strongLinks(alignment);
  for (const verb of links) {
    if (verb.score < MIN_VERB_SCORE || !isVerb(sourceWords, verb.source, "source") || !isVerb(targetWords, verb.target, "target")) continue;
    const [french, english] = [foldedAt(sourceWords, verb.source, "source"), foldedAt(targetWords, verb.target, "target")];
    if (isFrenchReportingVerb(french) || ENGLISH_REPORTING.test(english) || isSymmetric(targetWords[verb.target].text)) continue;
    // "ont été formés", "se sont fait battre": the French is in the passive, or as good as.
    if ([1, 2, 3].some((back) => FRENCH_ETRE.test(foldedAt(sourceWords, verb.source - back, "source")) || FRENCH_FAIRE.test(foldedAt(sourceWords, verb.source - back, "source")))) continue;
    const isEnglishPassive = [1, 2].some((back) => MARKERS.target.passiveAuxiliaries.has(foldedAt(targetWords, verb.target - back, "target"))) && isEnglishPassiveParticiple(english);
    const participants = links.filter((link) => link !== verb && Math.abs(link.source - verb.source) <= REACH && Math.abs(link.target - verb.target) <= REACH &&
      isParticipant(source, sourceWords, link.source, "source") && isParticipant(target, targetWords, link.target, "target"));
    if (isEnglishPassive) {
      // The French subject's counterpart still before the verb, the French object's after it as the agent: the object is made the one who acts.
      // The subject's head opens its phrase: "Les compagnons … de l'atelier Lefèvre" acts, not "Lefèvre".
      const subject = participants.filter((link) => link.source < verb.source && link.target < verb.target && isFrenchSubjectLike(sourceWords, link.source))
        .sort((x, y) => x.source - y.source)[0];
      const agent = participants.find((link) => link.source > verb.source && link.target > verb.target && isFrenchSubjectLike(sourceWords, link.source) &&
        markerBefore(targetWords, link.target, "target") === "by" && foldedAt(sourceWords, link.source, "source") !== foldedAt(sourceWords, subject?.source ?? -1, "source"));
      if (subject && agent) return [crossingHit(source, target, alignment, verb, subject, agent, "voice")];
      continue;
    }
    // "a prêté … au club" → "the club has borrowed … from": the English verb is the French one's converse (which a dictionary may
    // also list as its rendering), and the participants cross as a converse has them.
    if (isConverseRendering(sourceWords[verb.source].text, targetWords[verb.target].text)) continue;
    // "… restored by the summer, provided the town pays": a participant after a subordinator is its own clause's subject.
    const before = participants.filter((link) => link.source < verb.source && link.target > verb.target && isFrenchSubjectLike(sourceWords, link.source) &&
      !/^(?:by|from)$/.test(markerBefore(targetWords, link.target, "target")) && !ENGLISH_SUBORDINATORS.has(markerBefore(targetWords, link.target, "target")));
    const after = participants.filter((link) => link.source > verb.source && link.target < verb.target && !MARKERS.target.prepositions.has(markerBefore(targetWords, link.target, "target")));
    for (const a of before) {
      const b = after.find((candidate) => foldedAt(sourceWords, candidate.source, "source") !== foldedAt(sourceWords, a.source, "source"));
      if (b) return [crossingHit(source, target, alignment, verb, a, b, "order")];
    }
  }
  return [];
}

/** The first word of the clause holding word `index`: back to a punctuation mark or the text's start. */
function clauseStart(text: string, words: AlignedWord[], index: number): number {
  let start = index;
  while (!isClauseBoundaryBefore(text, words, start)) start -= 1;
  return start;
}

/**
 * `order`: the two participants stand the other way round in the target; `voice`: they stand in the same order, the target's verb
 * in the passive with the second as its agent.
 */
function crossingHit(source: string, target: string, alignment: WordAlignment, verb: WordLink, a: WordLink, b: WordLink, kind: "order" | "voice"): CheckHit {
  // From the first name's first word to the second's last: "Marie Lenoir, … à Paul Dumont", not "Lenoir, … à Paul Dumont".
  // A subject read in its own complement is quoted from its clause's start: "Les compagnons … de l'atelier Lefèvre", not "Lefèvre".
  const sourceStart = kind === "voice" ? clauseStart(source, alignment.source, a.source) : nameStart(source, alignment.source, a.source);
  const sourceSpan = { start: alignment.source[sourceStart].start, end: alignment.source[nameEnd(source, alignment.source, b.source)].end };
  const targetStart = kind === "voice" ? clauseStart(target, alignment.target, a.target) : nameStart(target, alignment.target, b.target);
  const targetSpan = { start: alignment.target[targetStart].start, end: alignment.target[nameEnd(target, alignment.target, kind === "order" ? a.target : b.target)].end };
  const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
  // Each named whole ("Marie Lenoir", not "Lenoir"): the reviewer reads names, not the word the aligner paired.
  const first = kind === "voice" ? source.slice(sourceSpan.start, alignment.source[nameEnd(source, alignment.source, a.source)].end) : wholeNameAt(source, alignment.source, a.source);
  const [second, verbText] = [wholeNameAt(source, alignment.source, b.source), alignment.target[verb.target].text];
  return {
    message: kind === "order"
      ? `The source “${sourceText}” has ${first} before the verb and ${second} after it; the target “${targetText}” has them the other way round around “${verbText}”, in the same voice: who acts on whom is turned round.`
      : `The source “${sourceText}” has “${first}” act on ${second}; the target “${targetText}” makes “${verbText}” passive with the counterpart of ${second} as the one who acts (after “by”): who acts on whom is turned round.`,
    sourceSpan, targetSpan, key: `linked-crossing|${normaliseKey(targetText)}`,
    evidence: { links: [
      { source: spanOf(alignment.source[verb.source]), target: spanOf(alignment.target[verb.target]), score: verb.score },
      { source: spanOf(alignment.source[a.source]), target: spanOf(alignment.target[a.target]), score: a.score },
      { source: spanOf(alignment.source[b.source]), target: spanOf(alignment.target[b.target]), score: b.score },
    ] },
  };
}
