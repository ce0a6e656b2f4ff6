import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { clauseFrames, type Frame, type Participant } from "./clause-frames";
import type { Person } from "./clause-tokens";
import { personRoles, type PersonRoles } from "./person-roles";
import { FRENCH_AVOIR_AUXILIARIES, words } from "./role-markers";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit, Span } from "../types";

const PERSON_NAMES = { "1s": "the speaker", "1p": "the speakers", "2": "the one addressed", "3s": "a third party", "3p": "third parties" } as const;

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
  const targetFrames = clauseFrames(target, alignment.target, "target");
  if (targetFrames.length === 0) return [];
  const sourceFrames = clauseFrames(source, alignment.source, "source");
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
  if (hits.length > 0) return hits;
  const swapped = findNounSwap(source, target, alignment, targetFrames, linked) ?? findDemotedPerson(source, target, alignment, targetFrames);
  return swapped ? [swapped] : [];
}

const FRENCH_ACTIVE_AUXILIARIES = new Set([...FRENCH_AVOIR_AUXILIARIES, ...words("va vont allait allaient ne n' pas jamais deja")]);
const FRENCH_NOUN_DETERMINERS = new Set("le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos".split(" "));

/**
 * Two noun phrases traded around one verb, where the French reads subject–verb–object and the
 * English frame has them the other way round: "Le ministre critique les syndicats" → "The unions
 * criticise the minister". The verbs and both nouns must be linked; the French subject stands
 * right before its verb (auxiliaries aside) and the object right after it (determiners aside), so a
 * passive ("a été reçu par") or a preposition ("à", "par") reads no such order.
 */
function findNounSwap(source: string, target: string, alignment: WordAlignment, targetFrames: Frame[], linked: Set<string>): CheckHit | null {
  const folded = (index: number) => wordInfo(alignment.source[index]?.text ?? "", "source").folded;
  // Of a name of several words, the French word nearest the verb: "Emmanuel Macron a reçu Joe Biden".
  const counterpartOf = (words: number[], pick: (...values: number[]) => number) => {
    const found = alignment.links.filter((link) => words.includes(link.target) && linked.has(`${link.source}:${link.target}`) && alignment.source[link.source].isContent).map((link) => link.source);
    return found.length === 0 ? undefined : pick(...found);
  };
  for (const t of targetFrames) {
    if (t.agent.person !== null || t.patient.person !== null) continue;
    const [verb, agent, patient] = [counterpartOf([t.verbs[t.verbs.length - 1]], Math.min), counterpartOf(t.agent.words, Math.min), counterpartOf(t.patient.words, Math.max)];
    if (verb === undefined || agent === undefined || patient === undefined || !(patient < verb && verb < agent)) continue;
    const before = Array.from({ length: verb - patient - 1 }, (_, offset) => folded(patient + 1 + offset));
    const after = Array.from({ length: agent - verb - 1 }, (_, offset) => folded(verb + 1 + offset));
    if (before.length > 3 || !before.every((word) => FRENCH_ACTIVE_AUXILIARIES.has(word)) || after.length > 2 || !after.every((word) => FRENCH_NOUN_DETERMINERS.has(word))) continue;
    // The French subject opens its clause: "Au ministre", "par le juge" are no subjects.
    const start = Math.min(patient, counterpartOf(t.patient.words, Math.min) ?? patient);
    const opener = FRENCH_NOUN_DETERMINERS.has(folded(start - 1)) ? start - 2 : start - 1;
    if (opener >= 0 && !/[.,;:!?—–]\s*$/.test(source.slice(0, alignment.source[opener + 1].start)) && !/^(?:et|mais|puis|donc|alors|quand|lorsque|lorsqu'|si|car)$/.test(folded(opener))) continue;
    const sourceSpan = { start: alignment.source[start].start, end: alignment.source[Math.max(agent, counterpartOf(t.agent.words, Math.max) ?? agent)].end };
    const targetSpan = { start: alignment.target[t.first].start, end: alignment.target[t.last].end };
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    const word = (words: WordAlignment["source"], index: number) => ({ start: words[index].start, end: words[index].end });
    return {
      message: `The source “${sourceText}” has “${alignment.source[patient].text}” acting on “${alignment.source[agent].text}”, but the target “${targetText}” has “${alignment.target[t.agent.words[0]].text}” acting on “${alignment.target[t.patient.words[0]].text}”: subject and object are swapped.`,
      sourceSpan, targetSpan, key: `swap|${normaliseKey(targetText)}`,
      evidence: { links: [
        { source: word(alignment.source, patient), target: word(alignment.target, t.patient.words[0]), score: 1 },
        { source: word(alignment.source, agent), target: word(alignment.target, t.agent.words[0]), score: 1 },
      ] },
    };
  }
  return null;
}

/**
 * "I know you come", "won't like us getting", "I thought you all fought": the object is the next
 * verb's subject. "Your kind knows us, humans of…": not past a comma.
 */
function isSubjectOfNext(target: string, words: WordAlignment["target"], index: number): boolean {
  const next = /^(?:all|both|each)$/i.test(words[index + 1]?.text ?? "") ? index + 2 : index + 1;
  return words[next]?.isContent === true && !/[.,;:!?()«»"“”—–]/.test(target.slice(words[index].end, words[next].start));
}

/**
 * "He asks you to come back" for "Il demande que vous rentriez": an object before "to" and a verb
 * renders the subject of a French "que" clause. Only then: "my army commands me to return" for
 * "j'ordonne à mon armée de retourner" still has the speaker acted upon.
 */
function isInfinitiveSubjectOfQue(source: string, target: string, alignment: WordAlignment, object: number, sourceSubjects: number[]): boolean {
  const [to, verb] = [alignment.target[object + 1], alignment.target[object + 2]];
  if (!to || !verb || !/^to$/i.test(to.text) || /^(?:the|a|an|this|that|these|those|my|your|his|her|our|their|its)$/i.test(verb.text) || /[.,;:!?]/.test(target.slice(alignment.target[object].end, verb.start))) return false;
  return sourceSubjects.every((index) => index > 0 && /^qu(?:e|['’])$/i.test(alignment.source[index - 1].text) && !/[.,;:!?]/.test(source.slice(alignment.source[index - 1].end, alignment.source[index].start)));
}

/**
 * A first or second person who acts in the source and is only acted upon in the target: "nous
 * allons nous joindre à la bataille" → "the battle shall join us", "j'ai vaincu les dracans" → "the
 * drakes defeated me". It needs no verb link, only pronouns: the source has that person as a subject
 * and never as an object; the target has it as the object of a clause whose subject is someone else,
 * and never as a subject. An object followed by its own verb ("I know you come", "won't like us
 * getting") is that verb's subject.
 */
function findDemotedPerson(source: string, target: string, alignment: WordAlignment, targetFrames: Frame[]): CheckHit | null {
  let sourceRoles: PersonRoles | null = null;
  let targetRoles: PersonRoles | null = null;
  for (const t of targetFrames) {
    const person = t.patient.person;
    if (person === null || person === "3s" || person === "3p" || t.agent.person === person || isSubjectOfNext(target, alignment.target, t.patient.words[0])) continue;
    sourceRoles ??= personRoles(source, alignment.source, "source");
    targetRoles ??= personRoles(target, alignment.target, "target");
    // Counted, not only seen: "je ne suis pas…, je vous épargnerai" → "I'm not…, your life will spare me" keeps one "I" of two.
    const count = (roles: Map<Person, number[]>) => roles.get(person)?.length ?? 0;
    if (count(sourceRoles.subjects) <= count(targetRoles.subjects) || count(targetRoles.objects) <= count(sourceRoles.objects)) continue;
    // Where the person also acts in the target, the demoting verb must render a source word: "it will threaten us" added by the translator is no swap.
    const isCounted = targetRoles.subjects.has(person) || sourceRoles.objects.has(person);
    if (isCounted && !t.verbs.some((verb) => alignment.target[verb].isContent && alignment.links.some((link) => link.target === verb))) continue;
    if (isInfinitiveSubjectOfQue(source, target, alignment, t.patient.words[0], sourceRoles.subjects.get(person)!)) continue;
    const sourceWord = alignment.source[sourceRoles.subjects.get(person)![0]];
    const targetSpan = { start: alignment.target[t.first].start, end: alignment.target[Math.max(t.last, ...t.verbs)].end };
    const targetText = target.slice(targetSpan.start, targetSpan.end);
    return {
      message: `The source has “${sourceWord.text}” (${PERSON_NAMES[person]}) acting, but the target “${targetText}” has ${PERSON_NAMES[person]} acted upon, and ${targetRoles.subjects.has(person) ? "acting in fewer clauses than in the source" : "nowhere acting"}: subject and object are swapped.`,
      sourceSpan: { start: sourceWord.start, end: sourceWord.end }, targetSpan, key: `person|${normaliseKey(targetText)}`,
    };
  }
  return null;
}
