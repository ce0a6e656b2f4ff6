import type { AlignedWord } from "@/lib/word-align/types";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { isCapitalised } from "@/lib/text/text";
import { isDictionaryWord, isKnownWord } from "../speller";
import type { Negator } from "./negators";

// Words that say no without a negator ("unable", "refuser", "à peine"), and those that say it strongly enough to keep a negative meaning by themselves.

// "ever", "any", "anything" live in negative sentences: "n'a jamais été" may become "than anyone ever was".
// "no", "none", "nothing" and "not" only get here when an idiom kept them from being negators: "nothing but", "no more than".
// Verbs of preventing and forbidding say "may not", verbs of breaking or ignoring a rule "does not respect" ("non-respect des règles" → "breaching the rules"): "ne peuvent plus louer" → "barred from letting"; a final consonant doubles before -ed, -ing ("banned", "stopped").
const ENGLISH_IMPLICIT = /^(?:no|none|nothing|not|(?:for)?ever|anymore|hardly|barely|scarcely|rarely|seldom|anything|anyone|anybody|lest|instead|rather|only|unless|few|little|outside|forg(?:et|ets|etting|ot|otten)|forb(?:id|ids|ade|idden|idding)|(?:fail|refus|lack|abstain|deni|deny|reject|prevent|prohibit|preclud|avoid|ban|stop|ceas|declin|exclud|escap|spar|sav|except|miss|breach|violat|reneg|infring|flout|disregard|ignor)(?:e|s|es|ed|d|ing|al|ion)?|(?:bann|barr|stopp|skipp)(?:ed|ing)|skips?|absen(?:t|ce)|stall(?:s|ed|ing)?|deadlock(?:s|ed)?|standstill|stalemate|unable|inability|impossible|indefinite(?:ly)?|free|gone)$/;
/** Privative words (folded) carry the negation English says with "without" or "no": "privant d'électricité" → "leaving without power", "patients orphelins" → "patients without a family doctor". */
export const FRENCH_PRIVATIVE = /^(?:priv(?:e|ee|er|ant|ait|aient|ent|era|erait|eront|ation)s?|depourvue?s?|denuee?s?|demunie?s?|orpheline?s?)$/;
// "sinon" is "if not", "douter" "not to be sure", "hors" (of an exception) "not counting".
const FRENCH_IMPLICIT = /^(?:peine$|rarement|guere|ignor|refus|empech|echou|echec|manqu|faill|oubli|imposs|incapab|nie$|nier|dement|absen|evit|interdi|rejet|cess|arret|exclu|seul|epargn|sauf$|hors$|excep|exempt|exoner|dispens|faute|defaut|peu$|sinon$|dout)/;
const ENGLISH_PREFIX = /^(?:un|non-?)(.{4,})$|^(?:in|im|il|ir|dis)(.{3,}(?:able|ible|ent|ant|ive|al|ful|ate|ar|ous))$/;
const FRENCH_PREFIX = /^(?:in|im|il|ir|des|mal|non-?)(.{5,})$/;
/**
 * Verbs, and nouns of action or quality, that only look prefixed: "informer", "impression", "importance", "inscrire";
 * the verbs in their future, conditional and imperfect plural too: "desserviront" (will serve) is no "des-" of "serviront".
 * Not the adjectives in "-ulier", which look like verbs: "irrégulier" is prefixed; nor the adverbs in "-amment" and "-emment",
 * which look like nouns: "insuffisamment" is.
 */
const FRENCH_NOT_PREFIXED = /(?:(?<!uli)er|ir|re|ion|ions|ance|ances|(?<![ae]m)ments?|r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)|aient)$/;
/**
 * Openings (folded) of French words whose "in-", "im-", "il-" or "des-" negates nothing, whatever their ending:
 * "informatique", "n'importe", "inquiet" (worried), "implanté", "imposé", "imprimé", "immeuble", "illustre", "désignée", "Irlande".
 */
export const FRENCH_OWN_PREFIXED = /^(?:inform|import|inqui|implant|impos(?!s)|imprim|impress|improvis|immigr|immeubl|illustr|incarn|inclin|influen|insect|insign|insurg|intend|intern|intox|invent|irland|descent|design|desinfect|desodor|deshumid|deshabill)/;

/** Verbs whose "un-" reverses an action rather than negating: to unearth is to dig up, to unveil to show. */
const REVERSATIVE_UN = /^un(?:earth|veil|leash|fold|lock|pack|load|ravel|tie|wrap|zip|seal|block|freez|froz|plug|roll|wind|wound|box|cork|mask|furl|buckl|button|hing)/;

/** Whether one English word says no without a negator: "unable", "failed", "refused", "homeless", "unprecedented". */
export function isTargetImplicitNegative(word: AlignedWord): boolean {
  const folded = wordInfo(word.text, "target").folded;
  return ENGLISH_IMPLICIT.test(folded) || /less(?:ly|ness)?$/.test(folded) || isPrefixedNegative(folded);
}

/**
 * Whether an English word (folded) says no by its prefix: "inadequate", "unable", "dishonest". Nouns in -ment and
 * -ity name a thing of their own ("unemployment", "instability"), not a negated predicate; "unions" (trade unions)
 * and "unionised" only look prefixed: "un" + "ions". A reversative "un-" undoes what the verb does ("unearthed",
 * "unveiled", "unleashed"); it negates nothing.
 */
export function isPrefixedNegative(folded: string): boolean {
  const match = /(?:ments?|ity|ities)$|^union/.test(folded) || REVERSATIVE_UN.test(folded) ? null : ENGLISH_PREFIX.exec(folded);
  if (match?.[1] !== undefined) return isKnownWord(match[1]) || isKnownWord(match[1].replace(/(?:ed|ly|ing)$/, ""));
  // "in-", "im-", "dis-" open many words whole ("important", "inflatable", "interval"): what they prefix must be a word the
  // dictionary lists ("adequate", "credible", "honest"), not one made up of two ("port" + "ant", "flat" + "able").
  return match?.[2] !== undefined && isDictionaryWord(match[2]);
}

const NOT_NEGATIVE_ENOUGH = /^(?:no|none|nothing|not|(?:for)?ever|anymore|anything|anyone|anybody|only|rather|instead|few|little|free|gone|outside)$/;

/**
 * Whether an English negator meets a word that says no by itself within its next three words, so
 * that the two cancel: "will not go unavenged", "not without reason", "never failed to"; or "no" meets a word of little or ease.
 */
export function isTargetLitotes(words: AlignedWord[], negator: Negator): boolean {
  // "no small feat", "no easy opponents", "no mean achievement", "no stranger to": "no" before a word of little or ease says much, or hard.
  if (negator.word === "no" && /^(?:small|easy|mean|little|stranger)$/.test(foldedAt(words, negator.last + 1, "target"))) return true;
  return words.slice(negator.last + 1, negator.last + 4).some((word, offset) => isTargetStrongNegativeAt(words, negator.last + 1 + offset) || /^without$/.test(wordInfo(word.text, "target").folded));
}

/**
 * Whether the English word at `index` says no strongly enough to keep a negative meaning by itself: "failed", "unable", not "ever"
 * or "only", nor a word of a name ("the Independent Electoral Commission").
 */
export function isTargetStrongNegativeAt(words: AlignedWord[], index: number): boolean {
  const word = words[index];
  return isTargetImplicitNegative(word) && !NOT_NEGATIVE_ENOUGH.test(wordInfo(word.text, "target").folded) && !isInTargetName(words, index);
}

/** Verbs whose particle makes them say no: "rule out" (exclude), "turn down" (refuse), "call off" (cancel), "opt out", "back out". */
const ENGLISH_PHRASAL_NEGATIVES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:rule|rules|ruled|ruling)$/, "out"],
  [/^(?:turn|turns|turned|turning)$/, "down"],
  [/^(?:call|calls|called|calling)$/, "off"],
  [/^(?:opt|opts|opted|opting|back|backs|backed|backing)$/, "out"],
  // "stayed away from the summit" says "ne s'est pas rendu au sommet".
  [/^(?:stay|stays|stayed|staying)$/, "away"],
  // "falling short of its commitments" says "ne respecte pas ses engagements".
  [/^(?:fall|falls|fell|falling|fallen)$/, "short"],
  // "talks broke down" says "les négociations n'ont pas abouti".
  [/^(?:break|breaks|broke|broken|breaking)$/, "down"],
  // "voted down the budget", "threw out the reform", "was knocked out" say "n'a pas approuvé", "n'a pas adopté", "ne s'est pas qualifié".
  [/^(?:vote|votes|voted|voting)$/, "down"],
  [/^(?:throw|throws|threw|thrown|throwing|knock|knocks|knocked|knocking)$/, "out"],
];

/** Whether the English word at `index` opens a verb that says no with its particle, the next word: "has ruled out". */
export function isTargetPhrasalNegativeAt(words: AlignedWord[], index: number): boolean {
  const [form, next] = [foldedAt(words, index, "target"), foldedAt(words, index + 1, "target")];
  return ENGLISH_PHRASAL_NEGATIVES.some(([verb, particle]) => verb.test(form) && next === particle);
}

/** Whether the English word at `index` says no without a negator, read with its neighbours: "have yet to" says "have not", "run out of" "have no more". */
export function isTargetImplicitNegativeAt(words: AlignedWord[], index: number): boolean {
  const form = foldedAt(words, index, "target");
  if (form === "yet" && foldedAt(words, index + 1, "target") === "to") return true;
  // "we have run out of time" says "we have no more time".
  if (form === "out" && /^(?:run|runs|ran|running)$/.test(foldedAt(words, index - 1, "target")) && foldedAt(words, index + 1, "target") === "of") return true;
  // "have been out of school since" says "ne sont plus scolarisés": a state one is out of is one one is no longer in.
  if (form === "out" && /^(?:be|been|is|are|was|were|remain|remains|remained|stay|stays|stayed|left|kept|forced|dropped|dropping)$/.test(foldedAt(words, index - 1, "target")) && foldedAt(words, index + 1, "target") === "of") return true;
  // "were still at large" says "n'avaient pas été retrouvés"; "limited to one per stable", "capped at 40" say "ne … pas plus de".
  if (form === "at" && foldedAt(words, index + 1, "target") === "large") return true;
  if (/^(?:limited|capped|restricted)$/.test(form) && /^(?:to|at)$/.test(foldedAt(words, index + 1, "target"))) return true;
  if (isTargetPhrasalNegativeAt(words, index)) return true;
  return isTargetImplicitNegative(words[index]) && !isInTargetName(words, index);
}

/**
 * Whether the capitalised English word at `index` is part of a name: another capitalised word stands
 * right before or after it ("the Ports and Free Zones Authority", "the Independent Electoral Commission").
 * A name's words say no nothing: "Free" there renders "franches", not "aucune".
 */
function isInTargetName(words: AlignedWord[], index: number): boolean {
  const isCapitalisedAt = (at: number) => words[at] !== undefined && isCapitalised(words[at].text);
  return index > 0 && isCapitalisedAt(index) && (isCapitalisedAt(index + 1) || (index - 1 > 0 && isCapitalisedAt(index - 1)));
}

/** Whether one French word says no without a negator: "refuser", "échouer", "impossible", "inutile". */
export function isSourceImplicitNegative(word: AlignedWord, isFrenchWord: (folded: string) => boolean): boolean {
  const folded = wordInfo(word.text, "source").folded;
  if (FRENCH_IMPLICIT.test(folded) || FRENCH_PRIVATIVE.test(folded)) return true;
  const match = FRENCH_PREFIX.exec(folded);
  return match !== null && !FRENCH_NOT_PREFIXED.test(folded) && !FRENCH_OWN_PREFIXED.test(folded) && isFrenchWord(match[1]);
}

/** Words before "peu" that make it "a little", "soon" or "about": "un peu", "sous peu", "d'ici peu", "à peu près". */
const PEU_NOT_NEGATIVE = /^(?:un|quelque|sous|ici|depuis|avant|a|tant)$/;

/**
 * Whether the French word at `index` says no without a negator, read with its neighbours: "peu"
 * is negative in "peu de temps" and "importent peu", not in "un peu" or "sous peu"; "peine" only
 * in "à peine".
 */
export function isSourceImplicitNegativeAt(words: AlignedWord[], index: number, isFrenchWord: (folded: string) => boolean): boolean {
  const form = foldedAt(words, index, "source");
  if (form === "peu") return !PEU_NOT_NEGATIVE.test(foldedAt(words, index - 1, "source")) && !/^(?:apres|avant|pres)$/.test(foldedAt(words, index + 1, "source"));
  if (form === "peine") return foldedAt(words, index - 1, "source") === "a";
  // "mal" before a participle is "not properly": "un barbecue mal éteint" → "not properly put out"; not "le mal de dos".
  // "avoir du mal à" is "to struggle to": "ils auront du mal à passer" → "they will not pass easily".
  if (form === "mal") return (foldedAt(words, index - 1, "source") === "du" && foldedAt(words, index + 1, "source") === "a") || (words[index + 1]?.isContent === true && /(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|int|ints|inte|intes)$/.test(foldedAt(words, index + 1, "source")));
  // "loin de" is "not at all" or "not yet at": "est loin de m'être désagréable" → "don't mind", "encore loin de la forêt" → "have not reached the forest".
  if (form === "loin") return /^(?:de|d'|du|des)$/.test(foldedAt(words, index + 1, "source").replace(/’/g, "'"));
  // "trop faible pour porter" is "never able to carry"; a "non" no negator took ("bien sûr que non") is "not".
  if (form === "trop") return words.slice(index + 1, index + 4).some((word) => wordInfo(word.text, "source").folded === "pour");
  if (form === "non") return /^qu/.test(foldedAt(words, index - 1, "source"));
  return isSourceImplicitNegative(words[index], isFrenchWord);
}

/** French words that say no only weakly, as "only", "few", "barely", "except", "for lack of" (folded openings): "seul", "peu", "à peine", "sauf", "hors", "faute de". */
export const FRENCH_WEAK_NEGATIVE = /^(?:seul|peu|peine|sauf|hors|excep|faute|defaut)/;

/** Whether the French word at `index` says no strongly enough to negate by itself: "refuser", "impossible", not "seul" or "peu". */
export function isSourceStrongNegativeAt(words: AlignedWord[], index: number, isFrenchWord: (folded: string) => boolean): boolean {
  return isSourceImplicitNegativeAt(words, index, isFrenchWord) && !FRENCH_WEAK_NEGATIVE.test(wordInfo(words[index].text, "source").folded);
}

/** Whether the English says no without a negator between words `from` and `to`, each read with its neighbours ("has yet to set"). */
export function hasTargetImplicitNegation(words: AlignedWord[], from = 0, to = words.length): boolean {
  for (let index = Math.max(0, from); index < Math.min(to, words.length); index += 1) if (isTargetImplicitNegativeAt(words, index)) return true;
  return false;
}
