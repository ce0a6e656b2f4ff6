import { FRENCH_ETRE } from "@/lib/word-align/verb-forms";
import type { AlignedWord } from "@/lib/word-align/types";
import type { Language } from "@/lib/word-align/words";
import { FRENCH_CLITICS, FRENCH_SKIPPED_CLITICS, FRENCH_NEGATORS, FRENCH_DETERMINERS, FRENCH_PREPOSITIONS, FRENCH_ADVERBS, FRENCH_NONFINITE, FRENCH_LEADING, FRENCH_NO_FRAME, ENGLISH_SUBJECTS, ENGLISH_OBJECTS, ENGLISH_AUXILIARIES, ENGLISH_MODALS, ENGLISH_PASSIVE, ENGLISH_DETERMINERS, ENGLISH_LEADING, ENGLISH_NO_FRAME, tokens, frenchSubject, imperativeSubject, type Person, type Token } from "./clause-tokens";

/** A participant is a grammatical person ("nous", "us") or a noun phrase, by the index of its words. */
export type Participant = { person: Person | null; words: number[] };
/** One clause's subject acting on its direct object, around one verb group: "nous vous suivrons", "You will follow them". */
export type Frame = { agent: Participant; patient: Participant; verbs: number[]; first: number; last: number };

const person = (value: Person, word: number): Participant => ({ person: value, words: [word] });

const noun = (words: number[]): Participant => ({ person: null, words });

/** "je vous détruirai", "Léollyn m'a envoyé", "Je dois l'attraper", "nous avons détruit les morts-vivants". */
function frenchFrame(clause: Token[]): Frame | null {
  let k = 0;
  while (k < clause.length && FRENCH_LEADING.has(clause[k].key)) k += 1;
  let agent: Participant | null = null;
  const subject = frenchSubject(clause, k);
  const imperative = subject ? null : imperativeSubject(clause, k);
  if (subject) agent = person(subject, clause[k++].word);
  else if (clause[k]?.key === "on") return null;
  // The imperative is also the first verb: k stays on it.
  else if (imperative) agent = person(imperative, clause[k].word);
  else {
    // A noun subject needs a clitic after it to be told from a noun followed by an adjective.
    while (k < clause.length && FRENCH_DETERMINERS.has(clause[k].key)) k += 1;
    const next = clause[k + 1]?.key ?? "";
    if (!clause[k]?.isContent || /ment$/.test(clause[k].key) || !(Object.hasOwn(FRENCH_CLITICS, next) || next === "ne" || next === "n'")) return null;
    agent = noun([clause[k++].word]);
  }
  let patient: Participant | null = null;
  let isReflexive = false;
  const verbs: number[] = [];
  for (; k < clause.length && verbs.length < 3; k += 1) {
    const { key, word } = clause[k];
    if (FRENCH_SKIPPED_CLITICS.has(key) || FRENCH_NEGATORS.has(key)) {
      if (verbs.length === 0 && (key === "se" || key === "s'")) isReflexive = true;
      continue;
    }
    if (Object.hasOwn(FRENCH_CLITICS, key) && !(verbs.length > 0 && FRENCH_DETERMINERS.has(key) && key !== "l'" && isNounAfter(clause, k + 1))) {
      // "nous nous battrons": a reflexive is not an object.
      if (FRENCH_CLITICS[key] === agent.person) isReflexive = true;
      else if (!patient) patient = person(FRENCH_CLITICS[key], word);
      continue;
    }
    // "parviendrez à les vaincre", "refusé d'envoyer", "finirent par le trouver": an infinitive continues the verb group.
    if (verbs.length > 0 && /^(?:a|de|d'|par)$/.test(key) && isInfinitiveAfter(clause, k + 1)) continue;
    if (FRENCH_DETERMINERS.has(key) || !clause[k].isContent && !/^(?:a|ai|as|avons|avez|ont|avait|avais|avaient|aura|aurai|puis|vais|vas|va|allons|allez|vont|allait|allais|allaient)$/.test(key)) break;
    if (FRENCH_PREPOSITIONS.has(key) || FRENCH_ADVERBS.has(key) || (verbs.length > 0 && (clause[k].isCapitalised || !FRENCH_NONFINITE.test(key)))) break;
    verbs.push(word);
  }
  if (verbs.length === 0 || FRENCH_NO_FRAME.test(keyOf(clause, verbs[0])) || verbs.some((word) => FRENCH_ETRE.test(keyOf(clause, word)))) return null;
  // "vous vous tenez devant le conseil": a reflexive verb's noun is not its object.
  if (!patient && !isReflexive) {
    while (k < clause.length && FRENCH_DETERMINERS.has(clause[k].key)) k += 1;
    const hadDeterminer = k > 0 && FRENCH_DETERMINERS.has(clause[k - 1].key);
    if (k < clause.length && clause[k].isContent && (hadDeterminer || clause[k].isCapitalised)) patient = noun([clause[k].word]);
  }
  return patient ? { agent, patient, verbs, first: Math.min(...agent.words, ...patient.words), last: Math.max(...agent.words, ...patient.words) } : null;
}

function isInfinitiveAfter(clause: Token[], k: number): boolean {
  let next = k;
  while (next < clause.length && (Object.hasOwn(FRENCH_CLITICS, clause[next].key) || FRENCH_SKIPPED_CLITICS.has(clause[next].key))) next += 1;
  return clause[next]?.isContent === true && /(?:er|ir|re)$/.test(clause[next].key);
}

const keyOf = (clause: Token[], word: number) => clause.find((token) => token.word === word)?.key ?? "";
/** "le roi" is a determiner and a noun, "le forcer" a clitic and an infinitive. */
const isNounAfter = (clause: Token[], k: number) => clause[k]?.isContent === true && !/(?:er|ir|re)$/.test(clause[k].key);

/** "You will follow them", "My king serves me", "the orcs hate them", "Leollyn could find me". */
function englishFrame(clause: Token[]): Frame | null {
  let k = 0;
  while (k < clause.length && ENGLISH_LEADING.has(clause[k].key)) k += 1;
  let agent: Participant | null = null;
  if (Object.hasOwn(ENGLISH_SUBJECTS, clause[k]?.key ?? "")) agent = person(ENGLISH_SUBJECTS[clause[k].key], clause[k++].word);
  else {
    const hasDeterminer = ENGLISH_DETERMINERS.has(clause[k]?.key ?? "");
    if (hasDeterminer) k += 1;
    else if (!clause[k]?.isCapitalised || !clause[k].isContent) return null;
    // The noun phrase's head is the last content word before the verb group.
    const run: number[] = [];
    while (k < clause.length && clause[k].isContent && !ENGLISH_AUXILIARIES.has(clause[k].key) && run.length < 4) run.push(k++);
    // "Gaza attacked Israel", "Ukraine invaded Russia in 2022": a name after the verb is its object, not part of the subject.
    while (run.length >= 3 && clause[run.at(-1)!].isCapitalised && !clause[run.at(-2)!].isCapitalised) k = run.pop()!;
    const hasAuxiliary = ENGLISH_AUXILIARIES.has(clause[k]?.key ?? "");
    if (!hasAuxiliary) {
      if (run.length < 2) return null;
      k = run.pop()!;
    }
    if (run.length === 0) return null;
    agent = noun(run.reverse().map((index) => clause[index].word));
  }
  const verbs: number[] = [];
  while (k < clause.length && ENGLISH_AUXILIARIES.has(clause[k].key)) verbs.push(clause[k++].word);
  if (k >= clause.length || ENGLISH_PASSIVE.has(clause[k].key) || !clause[k].isContent || ENGLISH_NO_FRAME.test(clause[k].key)) return null;
  verbs.push(clause[k++].word);
  const object = clause[k];
  if (!object) return null;
  let patient: Participant | null = null;
  let after = k + 1;
  const isPossessive = object.key === "her" && clause[k + 1]?.isContent === true;
  if (Object.hasOwn(ENGLISH_OBJECTS, object.key) && !isPossessive) patient = person(ENGLISH_OBJECTS[object.key], object.word);
  else if (ENGLISH_DETERMINERS.has(object.key)) {
    let head = k + 1;
    while (head + 1 < clause.length && clause[head + 1].isContent && !ENGLISH_AUXILIARIES.has(clause[head + 1].key) && head - k < 3) head += 1;
    // The head is the last word ("the Israeli movement"), but "the minister yesterday" ends on an adverb: keep every word.
    if (clause[head]?.isContent) patient = noun(clause.slice(k + 1, head + 1).reverse().map((token) => token.word));
    after = head + 1;
  } else if (object.isCapitalised && object.isContent) {
    // "received Joe Biden": a name of several words.
    while (clause[after]?.isCapitalised && clause[after].isContent && after - k < 3) after += 1;
    patient = noun(clause.slice(k, after).reverse().map((token) => token.word));
  }
  // "I know you can hear me", "He believes the orcs will not dare": the object is the next clause's subject.
  const next = clause[after]?.key ?? "";
  if (patient && (ENGLISH_MODALS.has(next) || ENGLISH_PASSIVE.has(next))) return englishFrame(clause.slice(k));
  // "suffer you to take it": the object is the subject of the infinitive ("follow them to death" is not one).
  const afterNext = clause[after + 2]?.key ?? "";
  if (next === "to" && clause[after + 1]?.isContent && (Object.hasOwn(ENGLISH_OBJECTS, afterNext) || ENGLISH_DETERMINERS.has(afterNext))) return null;
  return patient ? { agent, patient, verbs, first: Math.min(...agent.words, ...patient.words), last: Math.max(...agent.words, ...patient.words) } : null;
}

/**
 * Each clause's subject and direct object around its verb group, read from word order and
 * pronoun case alone (no parser): French subject pronouns and the object clitics before the verb
 * ("je vous détruirai"), English subject pronouns before it and object pronouns after ("I will destroy
 * you"), and noun phrases in those places. Passives, copulas and French verbs whose subject is the
 * English object ("il me manque") give no frame.
 */
export function clauseFrames(text: string, words: AlignedWord[], language: Language): Frame[] {
  const read = language === "source" ? frenchFrame : englishFrame;
  return tokens(text, words, language).flatMap((clause) => read(clause) ?? []);
}
