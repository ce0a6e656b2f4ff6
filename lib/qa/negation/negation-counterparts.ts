import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { FRENCH_AVOIR } from "@/lib/word-align/verb-forms";
import { hasTargetImplicitNegation, isTargetImplicitNegativeAt } from "./negative-words";
import type { Negator } from "./negators";

// Where the other side says a negated word or verb group: its counterpart through the alignment,
// or, when the aligner placed none, the auxiliary of the verb's family.

/** The negated word's counterpart on the other side, through the alignment. */
export function counterpart(alignment: WordAlignment, negator: Negator, fromSource: boolean): { index: number; score: number } | null {
  if (negator.scope === null) return null;
  const link = alignment.links.find((candidate) => (fromSource ? candidate.source : candidate.target) === negator.scope);
  return link ? { index: fromSource ? link.target : link.source, score: link.score } : null;
}

/** How far before the negated word's counterpart its negation may sit: "did not, in the end, sign". */
const SCOPE_WINDOW = 5;
/** An object pronoun older English puts between a verb and its "not": "I fear them not". */
const OBJECT_PRONOUN = /^(?:it|them|him|her|me|us|you|thee)$/i;

/** Negative determiners, whose noun stands between them and their "ne"; how many words that noun's phrase may hold. */
const DETERMINER_NEGATORS = /^(?:aucun|aucune|nul|nulle)$/;
const CONCORD_REACH = 6;
/** The emphatic "do", which says any French verb. */
const ENGLISH_DO = /^(?:do|does|did)$/i;
const FRENCH_CLITIC = /^(?:y|en|le|la|les|l'|me|m'|te|t'|se|s'|nous|vous|lui|leur|ce|c'|pas|plus|jamais|rien|personne|point|guere|aucun|aucune)$/;
/** The participles of "pouvoir" and "vouloir" ("dû" folds to the article "du"): after "avoir" they say the verb group. */
const MODAL_PARTICIPLES = /^(?:pu|voulu)$/;
/**
 * French verb forms (folded) and the English auxiliaries that say them, first match wins: "n'est
 * pas" answers "is", "ne pouvons pas" "can", "ne viendra pas" "will", "ne serait pas" "would"; any
 * other verb the emphatic "do/does/did" ("il ne sait rien" → "he does know").
 */
const VERB_FAMILIES: ReadonlyArray<[RegExp, RegExp]> = [
  [FRENCH_AVOIR, /^(?:have|has|had)$/i],
  // "ne s'est pas qualifié" → "has not qualified": the compound past of a verb with "être" is said with "have".
  [/^(?:suis|es|est|sommes|etes|sont|etai[st]|etions|etiez|etaient|fut|furent|etre)$/, /^(?:is|are|was|were|am|be|have|has|had)$/i],
  [/^ser(?:a|ai|as|ons|ez|ont)$/, /^(?:will|shall)$/i],
  [/^ser(?:ais|ait|ions|iez|aient)$/, /^(?:would|could|should|might)$/i],
  [/^(?:peu[xt]|pouv\w*|pourr\w*|puis|puisse\w*|pu|put|purent)$/, /^(?:can|could|may|might|able)$/i],
  // "ne doit pas" is as often "may not" or "cannot" as "must not".
  [/^(?:doi[st]|doiv\w*|devo\w*|devi\w*|devr\w*|devez|devaient|dus|dut|durent)$/, /^(?:must|should|ought|need|needs|have|has|can|may)$/i],
  [/^(?:veu[xt]|veulent|voul\w*|voudr\w*|veuill\w*)$/, /^(?:want|wants|wanted|wish|wishes|wished|will|would)$/i],
  [/^(?:vais|vas|va|vont|allons|allez|allai[st]|allaient)$/, /^(?:will|shall|going|gonna)$/i],
  [/^\p{L}{3,}(?:rai|ras|ra|rons|rez|ront)$/u, /^(?:will|shall)$/i],
  [/^\p{L}{3,}(?:rais|rait|rions|riez|raient)$/u, /^(?:would|could|should|might)$/i],
  [/./, ENGLISH_DO],
];

/**
 * The French counterpart of an English negated auxiliary that the aligner could not place: a verb
 * of the auxiliary's family (VERB_FAMILIES, the emphatic "do" aside), the one nearest the
 * negation's place in the sentence. "were not notched" answers "étaient endommagées", "will not
 * complete" "allez accomplir", when the French has that verb and no negation.
 */
export function auxiliaryCounterpart(alignment: WordAlignment, negator: Negator): { index: number; score: number } | null {
  const auxiliary = alignment.target[negator.first - 1]?.text ?? "";
  // "was not to last" says a fate ("fut de courte durée"), not a negated state.
  if (!/^not$/i.test(alignment.target[negator.first].text) || /^to$/i.test(alignment.target[negator.first + 1]?.text ?? "")) return null;
  const families = VERB_FAMILIES.filter(([, english]) => english !== ENGLISH_DO && english.test(auxiliary)).map(([french]) => french);
  const place = negator.first / alignment.target.length;
  const drift = (index: number) => Math.abs(index / alignment.source.length - place);
  const candidates = alignment.source.flatMap((word, index) => (families.some((french) => french.test(wordInfo(word.text, "source").folded)) ? [index] : []));
  if (candidates.length === 0) return null;
  return { index: candidates.reduce((best, index) => (drift(index) < drift(best) ? index : best)), score: 0.5 };
}

/**
 * Where the English says the French negated verb group, when the aligner linked no word of it
 * (an unknown verb, a free rendering of the rest): the English auxiliary of the French verb's
 * family (VERB_FAMILIES) before a verb or an adjective, the one nearest the negation's place in the
 * sentence ("Nous ne pouvons pas laisser" → "We can let", "n'avait jamais été" → "had been").
 */
export function verbGroupCounterpart(alignment: WordAlignment, negator: Negator): { index: number; score: number } | null {
  // A bare "ne" ("ne peut continuer") ends on its verb.
  // A negative subject ("Jamais les elfes ne vous ont fait", "personne n'a") has its verb after "ne".
  const isNe = (index: number) => /^n(?:e|')$/.test(wordInfo(alignment.source[index]?.text ?? "", "source").folded.replace(/’/g, "'"));
  const isSubject = negator.word !== "ne" && isNe(negator.last);
  // A negative determiner's noun phrase comes before its "ne": "Aucun surfeur français ne s'est qualifié".
  const concordNe = negator.first === negator.last && DETERMINER_NEGATORS.test(negator.word)
    ? Array.from({ length: CONCORD_REACH }, (_, offset) => negator.last + 1 + offset).find(isNe) : undefined;
  const [from, to] = concordNe !== undefined ? [concordNe + 1, concordNe + 4] : isSubject ? [negator.last + 1, negator.last + 4] : [negator.first + 1, negator.word === "ne" ? negator.last + 1 : negator.last];
  const inside = alignment.source.slice(from, to).map((word) => wordInfo(word.text, "source").folded.replace(/’/g, "'"));
  const found = inside.find((word) => !FRENCH_CLITIC.test(word));
  if (found === undefined) return null;
  // "n'ont pas pu franchir" → "were unable to pass": a modal's participle after the negation says the group, not its auxiliary.
  const participle = wordInfo(alignment.source[negator.last + 1]?.text ?? "", "source").folded;
  const verb = FRENCH_AVOIR.test(found) && MODAL_PARTICIPLES.test(participle) ? participle : found;
  const english = VERB_FAMILIES.find(([french]) => french.test(verb))![1];
  const words = alignment.target;
  const place = negator.first / alignment.source.length;
  let best: { index: number; score: number } | null = null;
  words.forEach((word, at) => {
    const next = words[at + 1];
    // A modal is always a verb group's; "is", "have" and "do" only before a content word ("he does know"), not "is a".
    const isModal = /^(?:can|could|may|might|must|should|shall|will|would|ought)$/i.test(word.text);
    // An emphatic "do" before a verb says any French verb: "n'auront point la force" → "do have the power".
    const isEmphatic = ENGLISH_DO.test(word.text);
    // "has yet to secure": an auxiliary before a word that says no is a verb group's too.
    if (!(english.test(word.text) || isEmphatic) || !next || !(isModal || next.isContent || /^(?:be|been|have)$/i.test(next.text) || isTargetImplicitNegativeAt(words, at + 1)) || (ENGLISH_DO.test(word.text) && (at === 0 || ENGLISH_DO.test(next.text)))) return;
    if (!best || Math.abs(at / words.length - place) < Math.abs(best.index / words.length - place)) best = { index: at, score: 0.5 };
  });
  return best;
}

/** The English word a French negator's negated word is linked to, when no negation stands just before it. */
export function unnegatedCounterpart(alignment: WordAlignment, negator: Negator, targetNegators: Negator[]): { index: number; score: number } | null {
  const other = counterpart(alignment, negator, true);
  if (!other || other.score < 0.7) return null;
  // The negation sits before its word, within a few words and not beyond another rendered word: "has not confirmed", not "will not come and … confirmed".
  const linked = new Set(alignment.links.map((link) => link.target));
  let from = other.index;
  while (from > 0 && other.index - from < SCOPE_WINDOW && !(alignment.target[from - 1].isContent && linked.has(from - 1))) from -= 1;
  // Or just after it, across an object pronoun, as older English puts it: "I fear them not", "he knew not".
  const after = OBJECT_PRONOUN.test(alignment.target[other.index + 1]?.text ?? "") ? other.index + 2 : other.index + 1;
  const isNegated = targetNegators.some((candidate) => candidate.first >= from && candidate.first <= after);
  // A word that says no may follow its verb by two: "pourrons" → "will be unable".
  return isNegated || hasTargetImplicitNegation(alignment.target, from, other.index + 3) ? null : other;
}

/**
 * The English auxiliary of an unplaced French negated verb group (VERB_FAMILIES) with no negation
 * or word that says no beside it: "Sans vous je ne peux continuer" → "Without you I can go on".
 */
export function unnegatedVerbGroup(alignment: WordAlignment, negator: Negator, targetNegators: Negator[]): { index: number; score: number } | null {
  if (negator.scope !== null && alignment.links.some((link) => link.source === negator.scope)) return null;
  const other = verbGroupCounterpart(alignment, negator);
  if (!other) return null;
  const isNegated = targetNegators.some((candidate) => candidate.first >= other.index - 1 && candidate.first <= other.index + 2);
  return isNegated || hasTargetImplicitNegation(alignment.target, other.index - 2, other.index + 4) ? null : other;
}
