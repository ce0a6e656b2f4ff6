import type { AlignedWord } from "@/lib/word-align/types";
import { wordInfo, type Language } from "@/lib/word-align/words";

// The word classes, clause tokens and pronoun persons the participant readings share: clause-frames.ts
// reads each clause's subject and object, person-roles.ts where each grammatical person stands.

/** A grammatical person; third persons keep their number: "ils l'aperçurent" is not "he saw them". */
export type Person = "1s" | "1p" | "2" | "3s" | "3p";

const set = (text: string) => new Set(text.split(" "));

const FRENCH_SUBJECTS: Record<string, Person> = { je: "1s", "j'": "1s", tu: "2", il: "3s", elle: "3s", nous: "1p", vous: "2", ils: "3p", elles: "3p" };
export const FRENCH_CLITICS: Record<string, Person> = { me: "1s", "m'": "1s", te: "2", "t'": "2", le: "3s", la: "3s", "l'": "3s", les: "3p", lui: "3s", leur: "3p", nous: "1p", vous: "2" };
export const FRENCH_SKIPPED_CLITICS = set("se s' y en ne n'");
export const FRENCH_NEGATORS = set("pas jamais plus point rien guere");
export const FRENCH_DETERMINERS = set("le la les l' un une des du ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs");
const FRENCH_CLAUSE_WORDS = set("et mais ou quand lorsque lorsqu' si que qu' qui car puis donc ou dont comme parce afin pour avant apres pendant sans");
export const FRENCH_PREPOSITIONS = set("devant derriere parmi malgre hors durant envers outre sauf vers pres loin autour aupres jusqu' jusque");
export const FRENCH_ADVERBS = set("hier ici aussi ainsi parmi merci voici voila aujourd'hui tout tant souvent toujours maintenant encore vite trop tres");
/** The verbs after the first are infinitives or participles ("avons détruit", "dois attraper"). */
export const FRENCH_NONFINITE = /(?:er|ir|re|oir|e|ee|es|ees|i|is|ie|ies|it|u|us|ue|ues|t|ts|te|tes)$/;
export const FRENCH_LEADING = set("alors puis donc ensuite maintenant bien oui non enfin ainsi pourtant sinon la ici aujourd'hui demain deja bientot soudain desormais toujours souvent parfois aussitot jadis autrefois certes peut-etre seulement");
/** Verbs whose French subject is the English object ("il me manque" → "I miss him"); "être" is FRENCH_ETRE. */
export const FRENCH_NO_FRAME = /^(?:plai[st]?|plaisent|plu|manqu|fau[tx]|fall|sembl|parai|paru|rest(?:e|es|ent|ait|aient|era)$|convien|convenu|appartien|appartenu|suffi|import(?:e|ent)$|arriv(?:e|ent|ait|aient)$|agi)/;

export const ENGLISH_SUBJECTS: Record<string, Person> = { i: "1s", you: "2", he: "3s", she: "3s", it: "3s", we: "1p", they: "3p" };
export const ENGLISH_OBJECTS: Record<string, Person> = { me: "1s", you: "2", him: "3s", her: "3s", it: "3s", us: "1p", them: "3p" };
export const ENGLISH_AUXILIARIES = set("will shall would should can could may might must cannot can't won't don't doesn't didn't do does did has have had 'll 'd 've not never also then still now always soon");
export const ENGLISH_MODALS = set("will shall would should can could may might must cannot can't won't don't doesn't didn't do does did has have had 'll 'd 've");
export const ENGLISH_PASSIVE = set("is are was were be been being am 're 'm");
export const ENGLISH_DETERMINERS = set("the a an this that these those my your his her our their its");
const ENGLISH_CLAUSE_WORDS = set("and but or when if that who whom which because then so while until before after where as since though although unless whether");
export const ENGLISH_LEADING = set("then now so still surely perhaps indeed yet also only just even soon well");
export const ENGLISH_NO_FRAME = /^(?:be|is|are|was|were|been|am|become|becomes|became|seem|seems|seemed|remain|remains|remained|get|gets|got|let|lets|make|makes|made)$/;

/** "you’ll" → "you" + "'ll", "the gold’ll" → "gold" + "'ll" ("'s" after a noun is a possessive); "can't" stays one auxiliary. */
function englishKeys(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const contracted = lower.includes("'") ? /^(i|you|he|she|it|we|they)('ll|'d|'ve|'re|'m|'s)$/.exec(lower) ?? /^(\p{L}{2,})('ll|'d|'ve)$/u.exec(lower) : null;
  return contracted ? [contracted[1], contracted[2]] : [lower];
}

/** `isQuestion`: the sentence the word is in ends with a question mark. */
export type Token = { key: string; word: number; isContent: boolean; isCapitalised: boolean; isQuestion: boolean };

/** Whether a word opens a clause: "si" elided before "il(s)" ("s'ils"), "puis" (then) but not the verb ("je ne puis"). */
function isClauseWord(key: string, previous: string, next: string, language: Language): boolean {
  if (language === "target") return ENGLISH_CLAUSE_WORDS.has(key);
  if (key === "s'") return next === "il" || next === "ils";
  if (key === "puis") return !(previous === "ne" || previous === "n'" || previous === "je");
  return FRENCH_CLAUSE_WORDS.has(key);
}

export function tokens(text: string, words: AlignedWord[], language: Language, minLength = 3): Token[][] {
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

/**
 * The person of a French clause's subject pronoun at `k`, or null. "On" is the speakers ("on les a
 * repoussés": we beat them back) unless "nous" follows it: "on nous a trahis" is someone betraying us.
 */
export function frenchSubject(clause: Token[], k: number): Person | null {
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
export function imperativeSubject(clause: Token[], k: number): Person | null {
  const token = clause[k];
  return token?.isContent ? imperativePerson(token.key, token.isQuestion) : null;
}

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
