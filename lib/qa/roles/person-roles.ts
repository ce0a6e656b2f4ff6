import type { AlignedWord } from "@/lib/word-align/types";
import { FRENCH_ETRE, englishVerbBase } from "@/lib/word-align/verb-forms";
import type { Language } from "@/lib/word-align/words";
import { FRENCH_CLITICS, FRENCH_SKIPPED_CLITICS, FRENCH_NEGATORS, FRENCH_LEADING, ENGLISH_AUXILIARIES, ENGLISH_MODALS, ENGLISH_PASSIVE, ENGLISH_LEADING, tokens, frenchSubject, imperativeSubject, invertedSubject, type Person } from "./clause-tokens";

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
