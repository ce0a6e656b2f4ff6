import type { Person } from "./clause-frames";

/** Subject pronouns French puts after a verb, joined by a hyphen: "servirez-vous", "puis-je", "a-t-il". */
const INVERTED_SUBJECTS: Record<string, Person> = { je: "1s", tu: "2", il: "3s", elle: "3s", on: "1p", nous: "1p", vous: "2", ils: "3p", elles: "3p" };
/** "-nous" and "-vous" are objects after an imperative ("aidez-nous") and subjects only in a question ("irez-vous ?"). */
const QUESTION_ONLY = new Set(["nous", "vous"]);

/**
 * The person of a subject pronoun hyphenated after its verb, or null: "Me servirez-vous ?" has "vous"
 * acting, "Suivez-nous" has "nous" acted upon.
 */
export function invertedSubject(key: string, isQuestion: boolean): Person | null {
  const match = /^\p{L}{2,}(?:-t)?-(je|tu|il|elle|on|nous|vous|ils|elles)$/u.exec(key);
  if (!match || (QUESTION_ONLY.has(match[1]) && !isQuestion)) return null;
  return INVERTED_SUBJECTS[match[1]];
}

/**
 * The person an imperative opening its clause gives its unspoken subject: "Affrontez les orcs" (the
 * one addressed), "Laissons ce débat" (the speakers), "Aidez-moi". Short words and the adverbs in -ez
 * ("chez", "assez") are left out by the caller's content test and the length.
 */
export function imperativePerson(key: string, isQuestion: boolean): Person | null {
  if (isQuestion) return null;
  const verb = key.replace(/-(?:moi|nous|les|le|la|lui|leur|en|y)$/, "");
  if (verb.includes("-") || verb.length < 5) return null;
  return /ez$/.test(verb) ? "2" : /ons$/.test(verb) ? "1p" : null;
}

/** Forms that agree with "nous" or "vous" ("nous avons", "vous dîtes", "nous sommes"), and what may stand between the pronoun and its verb ("vous autres", "nous tous"). */
const FIRST_SECOND_PLURAL = /(?:ons|ez|mes|tes)$|^(?:autres|tous|toutes|deux|trois|seuls|seules|memes|-memes)$/;

/**
 * Whether "nous"/"vous" before `next` (the first word past its clitics) is an object rather than a
 * subject: "qui nous combat", "il vous suit" (the verb agrees with another subject), unlike "nous
 * avons", "vous savez", "nous vous suivrons".
 */
export function isObjectByAgreement(next: string | undefined, isNextContent: boolean): boolean {
  return next !== undefined && isNextContent && !FIRST_SECOND_PLURAL.test(next);
}
