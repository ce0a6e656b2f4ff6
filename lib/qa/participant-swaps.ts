import type { WordAlignment } from "@/lib/word-align/types";
import { clauseFrames, type Frame, type Participant } from "./clause-frames";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, Span } from "./types";

const PERSON_NAMES = { "1s": "the speaker", "1p": "the speakers", "2": "the one addressed", "3": "a third party" } as const;

/** The same participant on both sides: the same grammatical person, or noun phrases the aligner links. */
function isSame(source: Participant, target: Participant, linked: Set<string>): boolean {
  if (source.person !== null || target.person !== null) return source.person === target.person;
  return source.words.some((s) => target.words.some((t) => linked.has(`${s}:${t}`)));
}

/** Two participants of one side that cannot be told apart ("il le tua": both third persons) cannot swap. */
function isDistinct(a: Participant, b: Participant): boolean {
  return a.person === null && b.person === null ? a.words[0] !== b.words[0] : a.person !== b.person;
}

/** The verbs are not each other's counterparts when the aligner linked both elsewhere. */
function isOtherVerb(source: Frame, target: Frame, alignment: WordAlignment): boolean {
  const sourceLinked = alignment.links.filter((link) => source.verbs.includes(link.source) && alignment.source[link.source].isContent);
  const targetLinked = alignment.links.filter((link) => target.verbs.includes(link.target) && alignment.target[link.target].isContent);
  if (sourceLinked.length === 0 || targetLinked.length === 0) return false;
  return !sourceLinked.some((link) => target.verbs.includes(link.target));
}

/** A noun phrase none of whose words the aligner linked: what it renders is unknown, not different. */
function isUnlinkedNoun(participant: Participant, linkedWords: Set<number>): boolean {
  return participant.person === null && participant.words.every((word) => !linkedWords.has(word));
}

/**
 * Whether the target clause has the source's subject as object and its object as subject. A
 * pronoun and a noun phrase trade places ("Nous avons détruit les morts-vivants" → "The undead
 * destroyed us") even when the aligner could not link the two noun phrases, as long as neither is
 * linked to anything else and the verbs are linked: the pronouns' persons say which way round the
 * clause is.
 */
function isSwapped(s: Frame, t: Frame, linked: Set<string>, anchored: { source: Set<number>; target: Set<number> }): boolean {
  const agentToPatient = isSame(s.agent, t.patient, linked);
  const patientToAgent = isSame(s.patient, t.agent, linked);
  if (agentToPatient && patientToAgent) return true;
  // With one side of the swap unseen, the verbs must be each other's counterparts: the same clause, restructured or not.
  if (!s.verbs.some((verb) => t.verbs.some((other) => linked.has(`${verb}:${other}`)))) return false;
  if (agentToPatient && s.agent.person !== null) return isUnlinkedNoun(s.patient, anchored.source) && isUnlinkedNoun(t.agent, anchored.target);
  if (patientToAgent && s.patient.person !== null) return isUnlinkedNoun(s.agent, anchored.source) && isUnlinkedNoun(t.patient, anchored.target);
  return false;
}

/** From subject to object, with the verbs that follow them without a gap ("Je vous avais dit"). */
function matchedWord(target: Participant, source: Participant, linked: Set<string>): number {
  return target.words.find((t) => source.words.some((s) => linked.has(`${s}:${t}`))) ?? target.words[0];
}

function spanOfWords(words: WordAlignment["source"], frame: Frame, agent: number, patient: number): Span {
  const indexes = [agent, patient];
  let last = Math.max(...indexes);
  while (frame.verbs.includes(last + 1)) last += 1;
  return { start: words[Math.min(...indexes)].start, end: words[last].end };
}

function describe(participant: Participant, words: WordAlignment["source"]): string {
  const text = `“${words[participant.words[0]].text}”`;
  return participant.person ? `${text} (${PERSON_NAMES[participant.person]})` : text;
}

/**
 * Subject and object traded between the two sides of one clause: "nous vous suivrons" → "You will
 * follow us", "je sers mon roi" → "My king serves me", "Léollyn m'a envoyé" → "I sent Leollyn".
 * Pronouns match by grammatical person, nouns by the word alignment. A reversed relation that the
 * other side also states somewhere ("je te vois et tu me vois") is not reported.
 */
export function findParticipantSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const sourceFrames = clauseFrames(source, alignment.source, "source");
  if (sourceFrames.length === 0) return [];
  const targetFrames = clauseFrames(target, alignment.target, "target");
  const linked = new Set(alignment.links.filter((link) => link.score >= 0.5).map((link) => `${link.source}:${link.target}`));
  const anchored = { source: new Set(alignment.links.map((link) => link.source)), target: new Set(alignment.links.map((link) => link.target)) };
  const hits: CheckHit[] = [];
  for (const s of sourceFrames) {
    if (!isDistinct(s.agent, s.patient) || targetFrames.some((t) => isSame(s.agent, t.agent, linked) && isSame(s.patient, t.patient, linked))) continue;
    const t = targetFrames.find((candidate) => isSwapped(s, candidate, linked, anchored) && !isOtherVerb(s, candidate, alignment));
    if (!t || sourceFrames.some((other) => isSame(other.agent, t.agent, linked) && isSame(other.patient, t.patient, linked))) continue;
    // The words that matched: "the minister yesterday" is shown as "the minister".
    const targetAgent = matchedWord(t.agent, s.patient, linked);
    const targetPatient = matchedWord(t.patient, s.agent, linked);
    const [sourceSpan, targetSpan] = [spanOfWords(alignment.source, s, s.agent.words[0], s.patient.words[0]), spanOfWords(alignment.target, t, targetAgent, targetPatient)];
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    const word = (words: WordAlignment["source"], index: number) => ({ start: words[index].start, end: words[index].end });
    hits.push({
      message: `The source “${sourceText}” has ${describe(s.agent, alignment.source)} acting on ${describe(s.patient, alignment.source)}, but the target “${targetText}” has ${describe({ ...t.agent, words: [targetAgent] }, alignment.target)} acting on ${describe({ ...t.patient, words: [targetPatient] }, alignment.target)}: subject and object are swapped.`,
      sourceSpan, targetSpan, key: `swap|${normaliseKey(targetText)}`,
      evidence: { links: [
        { source: word(alignment.source, s.agent.words[0]), target: word(alignment.target, targetPatient), score: 1 },
        { source: word(alignment.source, s.patient.words[0]), target: word(alignment.target, targetAgent), score: 1 },
      ] },
    });
  }
  return hits;
}
