import type { AlignedWord } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { wordInfo, type Language } from "@/lib/word-align/words";
import { imperativePerson, invertedSubject, isObjectByAgreement } from "./french-verb-persons";

/** A grammatical person; third persons keep their number: "ils l'aperçurent" is not "he saw them". */
export type Person = "1s" | "1p" | "2" | "3s" | "3p";
/** A participant is a grammatical person ("nous", "us") or a noun phrase, by the index of its words. */
export type Participant = { person: Person | null; words: number[] };
/** One clause's subject acting on its direct object, around one verb group: "nous vous suivrons", "You will follow them". */
export type Frame = { agent: Participant; patient: Participant; verbs: number[]; first: number; last: number };

const set = (text: string) => new Set(text.split(" "));

const FRENCH_SUBJECTS: Record<string, Person> = { je: "1s", "j'": "1s", tu: "2", il: "3s", elle: "3s", nous: "1p", vous: "2", ils: "3p", elles: "3p" };
const FRENCH_CLITICS: Record<string, Person> = { me: "1s", "m'": "1s", te: "2", "t'": "2", le: "3s", la: "3s", "l'": "3s", les: "3p", lui: "3s", leur: "3p", nous: "1p", vous: "2" };
const FRENCH_SKIPPED_CLITICS = set("se s' y en ne n'");
const FRENCH_NEGATORS = set("pas jamais plus point rien guere");
const FRENCH_DETERMINERS = set("le la les l' un une des du ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs");
const FRENCH_CLAUSE_WORDS = set("et mais ou quand lorsque lorsqu' si que qu' qui car puis donc ou dont comme parce afin pour avant apres pendant sans");
const FRENCH_PREPOSITIONS = set("devant derriere parmi malgre hors durant envers outre sauf vers pres loin autour aupres jusqu' jusque");
const FRENCH_ADVERBS = set("hier ici aussi ainsi parmi merci voici voila aujourd'hui tout tant souvent toujours maintenant encore vite trop tres");
/** The verbs after the first are infinitives or participles ("avons détruit", "dois attraper"). */
const FRENCH_NONFINITE = /(?:er|ir|re|oir|e|ee|es|ees|i|is|ie|ies|it|u|us|ue|ues|t|ts|te|tes)$/;
const FRENCH_LEADING = set("alors puis donc ensuite maintenant bien oui non enfin ainsi pourtant sinon la ici aujourd'hui demain deja bientot soudain desormais toujours souvent parfois aussitot jadis autrefois certes peut-etre seulement");
/** Être (passives, "vous êtes ses amis") and verbs whose French subject is the English object ("il me manque" → "I miss him"). */
const FRENCH_ETRE = /^(?:etre|suis|es|est|sommes|etes|sont|etai[st]?|etaient|etions|etiez|ser(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)|fus|fut|furent|soi[st]?|soient|soyons|soyez|ete)$/;
const FRENCH_NO_FRAME = /^(?:plai[st]?|plaisent|plu|manqu|fau[tx]|fall|sembl|parai|paru|rest(?:e|es|ent|ait|aient|era)$|convien|convenu|appartien|appartenu|suffi|import(?:e|ent)$|arriv(?:e|ent|ait|aient)$|agi)/;

const ENGLISH_SUBJECTS: Record<string, Person> = { i: "1s", you: "2", he: "3s", she: "3s", it: "3s", we: "1p", they: "3p" };
const ENGLISH_OBJECTS: Record<string, Person> = { me: "1s", you: "2", him: "3s", her: "3s", it: "3s", us: "1p", them: "3p" };
const ENGLISH_AUXILIARIES = set("will shall would should can could may might must cannot can't won't don't doesn't didn't do does did has have had 'll 'd 've not never also then still now always soon");
const ENGLISH_MODALS = set("will shall would should can could may might must cannot can't won't don't doesn't didn't do does did has have had 'll 'd 've");
const ENGLISH_PASSIVE = set("is are was were be been being am 're 'm");
const ENGLISH_DETERMINERS = set("the a an this that these those my your his her our their its");
const ENGLISH_CLAUSE_WORDS = set("and but or when if that who whom which because then so while until before after where as since though although unless whether");
const ENGLISH_LEADING = set("then now so still surely perhaps indeed yet also only just even soon well");
const ENGLISH_NO_FRAME = /^(?:be|is|are|was|were|been|am|become|becomes|became|seem|seems|seemed|remain|remains|remained|get|gets|got|let|lets|make|makes|made)$/;

/** "you’ll" → "you" + "'ll", "the gold’ll" → "gold" + "'ll" ("'s" after a noun is a possessive); "can't" stays one auxiliary. */
function englishKeys(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const contracted = lower.includes("'") ? /^(i|you|he|she|it|we|they)('ll|'d|'ve|'re|'m|'s)$/.exec(lower) ?? /^(\p{L}{2,})('ll|'d|'ve)$/u.exec(lower) : null;
  return contracted ? [contracted[1], contracted[2]] : [lower];
}

/** `isQuestion`: the sentence the word is in ends with a question mark. */
type Token = { key: string; word: number; isContent: boolean; isCapitalised: boolean; isQuestion: boolean };

/** Whether a word opens a clause: "si" elided before "il(s)" ("s'ils"), "puis" (then) but not the verb ("je ne puis"). */
function isClauseWord(key: string, previous: string, next: string, language: Language): boolean {
  if (language === "target") return ENGLISH_CLAUSE_WORDS.has(key);
  if (key === "s'") return next === "il" || next === "ils";
  if (key === "puis") return !(previous === "ne" || previous === "n'" || previous === "je");
  return FRENCH_CLAUSE_WORDS.has(key);
}

function tokens(text: string, words: AlignedWord[], language: Language, minLength = 3): Token[][] {
  const clauses: Token[][] = [[]];
  const folded = language === "source" ? words.map((word) => wordInfo(word.text, language).folded) : [];
  words.forEach((word, index) => {
    const keys = language === "target" ? englishKeys(word.text) : [folded[index]];
    const gap = index === 0 ? "" : text.slice(words[index - 1].end, word.start);
    const opens = isClauseWord(keys[0], folded[index - 1] ?? "", folded[index + 1] ?? "", language);
    if (opens || (gap !== " " && /[.,;:!?()«»"“”—–…]/.test(gap))) clauses.push([]);
    if (opens) return;
    const isQuestion = /^[^.!?]*\?/.test(text.slice(word.end));
    // "gold'll": the aligner takes the whole word for a function word; the noun is content, the contraction an auxiliary.
    const isContent = (key: string, part: number) => part === 0 && (word.isContent || (keys.length > 1 && !Object.hasOwn(ENGLISH_SUBJECTS, key)));
    keys.forEach((key, part) => clauses.at(-1)!.push({ key, word: index, isContent: isContent(key, part), isCapitalised: /^\p{Lu}\p{Ll}/u.test(word.text), isQuestion }));
  });
  return clauses.filter((clause) => clause.length >= minLength);
}

const person = (value: Person, word: number): Participant => ({ person: value, words: [word] });

/**
 * The person of a French clause's subject pronoun at `k`, or null. "On" is the speakers ("on les a
 * repoussés": we beat them back) unless "nous" follows it: "on nous a trahis" is someone betraying us.
 */
function frenchSubject(clause: Token[], k: number): Person | null {
  const key = clause[k]?.key ?? "";
  if (key === "on") return clause.slice(k + 1).some((token) => token.key === "nous") ? null : "1p";
  if (key === "nous" || key === "vous") {
    let next = k + 1;
    while (next < clause.length && (Object.hasOwn(FRENCH_CLITICS, clause[next].key) || FRENCH_SKIPPED_CLITICS.has(clause[next].key))) next += 1;
    if (isObjectByAgreement(clause[next]?.key, clause[next]?.isContent === true)) return null;
  }
  return Object.hasOwn(FRENCH_SUBJECTS, key) ? FRENCH_SUBJECTS[key] : null;
}

/** The unspoken subject of an imperative opening the clause at `k`: "Affrontez les orcs", "Laissons ce débat". */
function imperativeSubject(clause: Token[], k: number): Person | null {
  const token = clause[k];
  return token?.isContent ? imperativePerson(token.key, token.isQuestion) : null;
}

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

/** Where each grammatical person stands as a subject and as an object, by word index. */
export type PersonRoles = { subjects: Map<Person, number[]>; objects: Map<Person, number[]> };

const FRENCH_OBJECT_FORMS: Record<string, Person> = { me: "1s", "m'": "1s", moi: "1s", te: "2", "t'": "2", toi: "2", nous: "1p", vous: "2" };
const ENGLISH_OBJECT_FORMS: Record<string, Person> = { me: "1s", us: "1p", you: "2" };

function add(roles: Map<Person, number[]>, person: Person, word: number): void {
  roles.set(person, [...(roles.get(person) ?? []), word]);
}

/**
 * The first and second persons of a text as subjects and objects, read from pronoun forms alone:
 * a French clause's first pronoun is its subject, unless the verb is pronominal in the second person ("vous vous tenez"),
 * and a pronoun of another person after it an object ("aidez-moi" is one); "I", "we" are English
 * subjects, "me", "us" objects, and "you" a subject where it opens its clause or stands next to an auxiliary.
 */
export function personRoles(text: string, words: AlignedWord[], language: Language): PersonRoles {
  const roles: PersonRoles = { subjects: new Map(), objects: new Map() };
  for (const clause of tokens(text, words, language, 1)) {
    let k = 0;
    while (k < clause.length && (language === "source" ? FRENCH_LEADING : ENGLISH_LEADING).has(clause[k].key)) k += 1;
    if (language === "source") {
      const subject = frenchSubject(clause, k) ?? imperativeSubject(clause, k);
      // "Me servirez-vous ?": a pronoun hyphenated after its verb in a question is its subject.
      const inverted = clause.map((token) => invertedSubject(token.key, token.isQuestion));
      inverted.forEach((value, index) => value && add(roles.subjects, value, clause[index].word));
      const persons = clause.map((token, index) => {
        const form = /-(moi|toi|nous|vous)$/.exec(token.key)?.[1] ?? token.key;
        return inverted[index] === null && Object.hasOwn(FRENCH_OBJECT_FORMS, form) ? FRENCH_OBJECT_FORMS[form] : null;
      });
      // "vous vous tenez": a pronominal verb's second person, the one addressed, is rendered as freely as its object
      // ("the Council has called you"); the speaker of one stays its subject ("je m'allierai avec vous", "nous allons nous joindre").
      const isReflexive = subject === "2" && persons.some((person, index) => index > k && person === subject);
      // "pour vous", "que vous et votre peuple": a pronoun alone in its clause is no verb's subject.
      // "je serais dévastée par le chagrin": the subject of a passive acts on no one ("nous sommes prêts à vous suivre" does).
      let verb = k + 1;
      while (verb < clause.length && (Object.hasOwn(FRENCH_CLITICS, clause[verb].key) || FRENCH_SKIPPED_CLITICS.has(clause[verb].key) || FRENCH_NEGATORS.has(clause[verb].key))) verb += 1;
      const participle = words[clause[verb + 1]?.word ?? -1]?.text ?? "";
      const isEtre = FRENCH_ETRE.test(clause[verb]?.key ?? "") && /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u.test(participle.toLowerCase());
      if (subject && !isReflexive && !isEtre && k + 1 < clause.length) add(roles.subjects, subject, clause[k].word);
      persons.forEach((person, index) => {
        if (person && person !== subject && !(index === k && subject)) add(roles.objects, person, clause[index].word);
      });
      continue;
    }
    clause.forEach((token, index) => {
      const [previous, next] = [clause[index - 1]?.key ?? "", clause[index + 1]?.key ?? ""];
      const isVerbGroup = (key: string) => ENGLISH_AUXILIARIES.has(key) || ENGLISH_PASSIVE.has(key);
      // "we were attacked", "I would be ruined": the subject of a passive acts on no one, as in French ("we are going" acts).
      const be = ENGLISH_PASSIVE.has(next) ? index + 1 : ENGLISH_MODALS.has(next) && ENGLISH_PASSIVE.has(clause[index + 2]?.key ?? "") ? index + 2 : -1;
      const participle = clause[be + 1]?.key === "not" ? clause[be + 2]?.key : clause[be + 1]?.key;
      const isBe = be >= 0 && /^\p{Ll}+(?:ed|en|wn)$/u.test(participle ?? "");
      // "He thought you meant": "you" before a verb form is its subject.
      const isBeforeVerb = /^\p{Ll}+ed$/u.test(next) || englishVerbBase(next) !== undefined;
      if (token.key === "i" || token.key === "we") {
        if (!isBe) add(roles.subjects, token.key === "i" ? "1s" : "1p", token.word);
      } else if (token.key === "you" && (index === k || isVerbGroup(next) || isVerbGroup(previous) || isBeforeVerb)) {
        if (!isBe) add(roles.subjects, "2", token.word);
      }
      else if (Object.hasOwn(ENGLISH_OBJECT_FORMS, token.key)) add(roles.objects, ENGLISH_OBJECT_FORMS[token.key], token.word);
    });
  }
  return roles;
}
