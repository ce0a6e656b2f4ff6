// Readings of a clause whose subject or predicate the aligner linked to nothing.
import type { WordAlignment } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import type { CheckHit } from "../types";
import { counterpartOf, hit, inPhrase, isConflict, type Head, type Reading } from "./argument-readings";
import { argumentsOf } from "./argument-roles";
import type { Argument } from "./noun-phrases";
import { ENGLISH_UNDERGOING } from "./voice-swaps";

/**
 * Subjects the aligner linked to nothing, on a clause whose complement it did link: "Le constructeur
 * est visé par une campagne…" → "The carmaker is targeting consumers with a … campaign". When the
 * complement's counterpart still stands after the target predicate, the clause kept its order, so the
 * two subjects stand for each other and their roles can be compared. A complement that moved before the
 * verb is a voice turned with its participants ("Firefighters evacuated the village"): nothing is read.
 */
export function unlinkedSubjects(source: string, target: string, alignment: WordAlignment, head: Head, targetOf: Map<number, number>, sourceOf: Map<number, number>): Reading | null {
  const [sourcePredicate, targetPredicate] = head.predicate;
  const isSubject = (argument: Argument, predicate: number) => argument.index < predicate && argument.marker === "" && (argument.slot === "agent" || argument.slot === "patient");
  const sourceSubject = head.sourceArguments.find((argument) => isSubject(argument, sourcePredicate));
  const targetSubject = head.targetArguments.find((argument) => isSubject(argument, targetPredicate));
  const complement = head.sourceArguments.find((argument) => argument.index > sourcePredicate && (argument.slot === "agent" || argument.slot === "patient"));
  if (!sourceSubject || !targetSubject || !complement) return null;
  if (counterpartOf(source, alignment, sourceSubject.index, targetOf) !== undefined || sourceOf.has(targetSubject.index) || sourceOf.has(targetSubject.index - 1)) return null;
  const complementCounterpart = counterpartOf(source, alignment, complement.index, targetOf);
  if (complementCounterpart === undefined || complementCounterpart < targetPredicate) return null;
  if (!isConflict(sourceSubject, targetSubject.slot, false)) return null;
  return { predicate: head.predicate, argument: sourceSubject, counterpart: targetSubject.index, targetArgument: targetSubject };
}

/** French past participles, which a "par" phrase after them makes the agent of. */
const FRENCH_PARTICIPLE_FORM = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u;

/**
 * A passive's agent made the object of an active verb, when the aligner linked neither verb: "a été
 * contrôlé par les gendarmes" → "stopped gendarmes". The agent's counterpart stands bare after an
 * English verb form that no source word was linked to, so the verbs are taken for each other.
 */
export function findUnlinkedPassiveAgent(source: string, target: string, alignment: WordAlignment, targetOf: Map<number, number>, sourceOf: Map<number, number>): CheckHit | null {
  for (let predicate = 0; predicate < alignment.source.length; predicate += 1) {
    const word = alignment.source[predicate];
    if (!word.isContent || targetOf.has(predicate) || !FRENCH_PARTICIPLE_FORM.test(word.text.toLowerCase())) continue;
    const agent = argumentsOf(source, alignment.source, predicate, "source").find((argument) => argument.index > predicate && argument.slot === "agent" && argument.marker === "par");
    const counterpart = agent && counterpartOf(source, alignment, agent.index, targetOf);
    if (!agent || counterpart === undefined) continue;
    for (let verb = counterpart - 1; verb >= Math.max(0, counterpart - 4); verb -= 1) {
      const form = alignment.target[verb].text;
      if (!alignment.target[verb].isContent || sourceOf.has(verb) || !/^\p{Ll}+ed$/u.test(form) && englishVerbBase(form) === undefined) continue;
      // "frappée par une tempête" → "suffered a storm": a subject that undergoes keeps the French roles.
      if (ENGLISH_UNDERGOING.test(form)) continue;
      const object = argumentsOf(target, alignment.target, verb, "target").find((argument) => argument.index > verb && argument.marker === "" && argument.slot === "patient");
      if (!object || !inPhrase(target, alignment.target, object, verb, counterpart)) continue;
      return hit(source, target, alignment, { predicate: [predicate, verb], argument: agent, counterpart, targetArgument: object });
    }
  }
  return null;
}

