import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { foldedAt } from "@/lib/word-align/words";
import { argumentsOf } from "./argument-roles";
import { phraseEnd, type Argument } from "./noun-phrases";
import { hasBoundary, MARKERS } from "./role-markers";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, Span } from "../types";

/** A verb with a subject before it and a complement after it: "LVMH a racheté la maison", "LVMH was bought by the house". */
type Clause = { predicate: number; subject: Argument; complement: Argument };

/**
 * Verbs whose subject undergoes or receives rather than acts: "l'entreprise a subi une attaque" →
 * "the company was hit by an attack", "la ville a été frappée par une tempête" → "the city suffered a storm".
 */
export const FRENCH_UNDERGOING = /^(?:subi|subit|subiss|essuy|recoi|recev|recu|connai|connu|souffr|obten|obtien|obtin|benefici|enregistr|eprouv|ressent|herit|perd|gagn)/;
export const ENGLISH_UNDERGOING = /^(?:suffer|receiv|get|got|see|saw|seen|fac|experienc|undergo|underwent|sustain|endur|take|took|win|won|gain|los|earn|ha[sdv]|obtain|incur|attract|dr[ae]w|meet|met|benefit|inherit|record|post)/;

const TAKE_FORMS = /^(?:take|takes|taken|took|taking)$/;

function clauseAt(text: string, words: AlignedWord[], predicate: number, language: "source" | "target"): Clause | null {
  const word = words[predicate];
  if (!word.isContent || /^[\d\p{Lu}]/u.test(word.text)) return null;
  const lower = word.text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const isUndergoing = (language === "source" ? FRENCH_UNDERGOING : ENGLISH_UNDERGOING).test(lower);
  // Of the verbs that say what befalls their subject, only "take" may send its object somewhere, and then acts.
  if (isUndergoing && !(language === "target" && TAKE_FORMS.test(lower))) return null;
  // An English past like "bought" is a verb though it lacks "-ed"; a sentence's first word linked to
  // the other side's subject is a noun ("Parliament was…"), which `isLinked` checks afterwards.
  const isKnownVerb = language === "target" && englishVerbBase(word.text.toLowerCase()) !== undefined;
  const found = argumentsOf(text, words, predicate, language, isKnownVerb, true);
  const subject = found.find((argument) => argument.index < predicate && argument.marker === "");
  const complement = found.find((argument) => argument.index > predicate && (argument.slot === "agent" || argument.slot === "patient"));
  // Active with its object, or passive with its agent: the voice is what tells them apart.
  if (!subject || !complement || subject.slot === complement.slot) return null;
  if (isUndergoing && !isTakenSomewhere(text, words, predicate, complement)) return null;
  return { predicate, subject, complement };
}

/**
 * "has taken Italian lender UniCredit to the EU General Court", "took its rival to court": "take"
 * with an object sent somewhere is done by its subject, not undergone ("took a beating" is).
 */
function isTakenSomewhere(text: string, words: AlignedWord[], predicate: number, complement: Argument): boolean {
  if (complement.marker !== "") return false;
  const to = phraseEnd(text, words, complement.index) + 1;
  const next = words[to + 1];
  if (foldedAt(words, to, "target") !== "to" || next === undefined || hasBoundary(text, words[to - 1].end, next.start)) return false;
  // "took steps to reduce": "to" before a verb opens its purpose.
  return MARKERS.target.determiners.has(foldedAt(words, to + 1, "target")) || /^\p{Lu}/u.test(next.text) || (next.isContent && englishVerbBase(next.text.toLowerCase()) === undefined);
}

/**
 * The words of the noun phrase an argument's head stands in: the content words next to it, back to
 * its determiner and on through "de"/"of" complements to a boundary ("la compagnie Air France-KLM",
 * "l'association de consommateurs UFC-Que Choisir", "by the Italian jewellery house"). A name in
 * apposition is the phrase's surest link, whichever word the reading took for its head.
 */
export function phraseOf(text: string, words: AlignedWord[], index: number, predicate: number): number[] {
  const joined = (from: number, to: number) => !hasBoundary(text, words[from].end, words[to].start);
  const phrase = [index];
  for (let k = index - 1; k >= 0 && k > index - 4 && k !== predicate && words[k].isContent && joined(k, k + 1); k -= 1) phrase.unshift(k);
  const joins = (k: number) => words[k].isContent || GENITIVES.has(words[k].text.toLowerCase().replace(/’/g, "'"));
  for (let k = index + 1; k < words.length && k < index + 6 && k !== predicate && joins(k) && joined(k - 1, k); k += 1) phrase.push(k);
  while (phrase.length > 1 && !words[phrase[phrase.length - 1]].isContent) phrase.pop();
  return phrase;
}

/** The markers of a noun's complement on either side ("de", "d'", "of"), which a phrase runs through. */
const GENITIVES = new Set([...MARKERS.source.genitive, ...MARKERS.target.genitive]);

function spanOf(words: AlignedWord[], clause: Clause, complement: number): Span {
  return { start: words[clause.subject.index].start, end: words[Math.max(complement, clause.predicate)].end };
}

/**
 * Two passives whose participant moved from the subject to the agent: "Le laboratoire Sanofi a été
 * autorisé par l'agence FDA" → "The FDA has been cleared by Sanofi". Converse verbs keep their voice
 * between active clauses ("inquiète" / "fear"), not between passives, so one crossed link is enough
 * when the subjects are not the same.
 */
function passiveCrossing(target: string, alignment: WordAlignment, s: Clause, t: Clause, isLinked: (source: number, targets: number[]) => boolean): CheckHit | null {
  if (s.complement.slot !== "agent" || t.complement.slot !== "agent" || isLinked(s.subject.index, [t.subject.index])) return null;
  const agentPhrase = phraseOf(target, alignment.target, t.complement.index, t.predicate);
  const crossed = agentPhrase.find((index) => isLinked(s.subject.index, [index]));
  if (crossed === undefined) return null;
  const [sourceSpan, targetSpan] = [spanOf(alignment.source, s, s.complement.index), spanOf(alignment.target, t, crossed)];
  const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
  return {
    message: `The source has “${alignment.source[s.subject.index].text}” acted upon by “${alignment.source[s.complement.index].text}”, but the target has “${alignment.target[crossed].text}” acting on “${alignment.target[t.subject.index].text}”: who acts is turned round.`,
    sourceSpan, targetSpan, key: `voice-passive|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
    evidence: { links: [{ source: word(alignment.source, s.subject.index), target: word(alignment.target, crossed), score: 1 }] },
  };
}

/**
 * A clause turned from active to passive (or back) with its two participants traded: "LVMH a
 * racheté la maison" → "LVMH was bought by the house". Both nouns must be linked, and each must
 * hold the opposite role on the other side; the verbs are ones the aligner left unlinked (a linked
 * verb is findArgumentReversals' business), and the voice must differ, since two verbs in the same
 * voice may be converses ("La réforme inquiète les syndicats" → "The unions fear the reform").
 */
export function findVoiceSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const linked = alignment.links.filter((link) => link.score >= 0.5 && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
  const linkedSource = new Set(linked.map((link) => link.source));
  const linkedTarget = new Set(linked.map((link) => link.target));
  const isLinked = (s: number, targets: number[]) => linked.some((link) => link.source === s && targets.includes(link.target));
  const sourceClauses = alignment.source.flatMap((_, index) => (linkedSource.has(index) ? [] : [clauseAt(source, alignment.source, index, "source")])).filter((clause): clause is Clause => clause !== null);
  if (sourceClauses.length === 0) return [];
  const targetClauses = alignment.target.flatMap((_, index) => (linkedTarget.has(index) ? [] : [clauseAt(target, alignment.target, index, "target")])).filter((clause): clause is Clause => clause !== null);
  const hits: CheckHit[] = [];
  for (const s of sourceClauses) {
    for (const t of targetClauses) {
      if (s.subject.slot === t.subject.slot) {
        const crossed = s.subject.slot === "patient" ? passiveCrossing(target, alignment, s, t, isLinked) : null;
        if (crossed) {
          hits.push(crossed);
          break;
        }
        continue;
      }
      // The same nouns stand first and last on both sides while the voice turned: each now holds the other's role.
      // Each side's participants as whole phrases: "La compagnie Air France-KLM" is linked through its name.
      const [sourceSubject, sourceComplement] = [s.subject, s.complement].map((argument) => phraseOf(source, alignment.source, argument.index, s.predicate));
      const targetSubject = phraseOf(target, alignment.target, t.subject.index, t.predicate);
      const targetComplement = phraseOf(target, alignment.target, t.complement.index, t.predicate);
      const linksInto = (from: number[], to: number[]) => from.some((index) => isLinked(index, to));
      const complementCounterpart = targetComplement.find((index) => sourceComplement.some((from) => isLinked(from, [index])));
      if (!linksInto(sourceSubject, targetSubject) || complementCounterpart === undefined) continue;
      // A phrase linked to both of the other side's participants tells nothing about who moved.
      if (linksInto(sourceSubject, targetComplement) || linksInto(sourceComplement, targetSubject)) continue;
      const [sourceSpan, targetSpan] = [spanOf(alignment.source, s, s.complement.index), spanOf(alignment.target, t, complementCounterpart)];
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      const agentOf = (words: AlignedWord[], clause: Clause, complement: number) => words[clause.subject.slot === "agent" ? clause.subject.index : complement].text;
      const patientOf = (words: AlignedWord[], clause: Clause, complement: number) => words[clause.subject.slot === "patient" ? clause.subject.index : complement].text;
      const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
      hits.push({
        message: `The source “${sourceText}” has “${agentOf(alignment.source, s, s.complement.index)}” acting on “${patientOf(alignment.source, s, s.complement.index)}”, but the target “${targetText}” has “${agentOf(alignment.target, t, complementCounterpart)}” acting on “${patientOf(alignment.target, t, complementCounterpart)}”: the active and passive voices trade who acts.`,
        sourceSpan, targetSpan, key: `voice|${normaliseKey(targetText)}`,
        evidence: { links: [
          { source: word(alignment.source, s.subject.index), target: word(alignment.target, t.subject.index), score: 1 },
          { source: word(alignment.source, s.complement.index), target: word(alignment.target, complementCounterpart), score: 1 },
        ] },
      });
      break;
    }
  }
  return hits;
}
