// The subject and the owner of what the verb takes, traded between the sides.
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { normaliseKey, spanOf } from "@/lib/text/text";
import { hasClauseBoundaryBetween } from "../clause-boundaries";
import type { CheckHit } from "../types";
import { argumentsOf } from "./argument-roles";
import { hasPassiveAuxiliaryWithin, nameStart, strongLinks, wholeNameAt } from "./role-markers";
import { isVerb } from "./verb-reading";

/** The words that make a noun the owner of the one before it: "les activités de son concurrent", "the operations of its rival". */
const OWNER_MARKERS: Record<Language, RegExp> = { source: /^(?:de|d'|d’|du|des)$/, target: /^of$/ };
/** How far past the verb the owner may stand: "a racheté pour un montant non divulgué les activités d'exportation en Ouganda de son concurrent NKG". */
const OWNER_REACH = 20;

/** Whether word `index` stands after the verb, in its clause, past an owner's marker: the owner of something the verb takes. */
function isOwnerAfter(text: string, words: AlignedWord[], verb: number, index: number, language: Language): boolean {
  if (index <= verb + 1 || index - verb > OWNER_REACH || hasClauseBoundaryBetween(text, words[verb], words[index])) return false;
  return words.slice(verb + 1, index).some((_, offset) => OWNER_MARKERS[language].test(foldedAt(words, verb + 1 + offset, language)));
}

/** The unmarked subject before an active verb, read by argumentsOf. */
function subjectOf(text: string, words: AlignedWord[], verb: number, language: Language): number | null {
  if (hasPassiveAuxiliaryWithin(words, verb, language, 2)) return null;
  return argumentsOf(text, words, verb, language, language === "source").find((argument) => argument.slot === "agent" && argument.marker === "" && argument.index < verb)?.index ?? null;
}

/**
 * One verb rendered on both sides, active on both, whose French subject owns what the English verb takes and whose
 * French owner is the English subject: "Sucafina a racheté les activités … de son concurrent Neumann Kaffee Gruppe"
 * rendered "Neumann Kaffee Gruppe has bought the … operations of its rival Sucafina". Who acts and whose is acted on are traded.
 */
export function findOwnerSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  if (!/\bof\b/i.test(target)) return [];
  const links = strongLinks(alignment);
  const targetOf = (index: number) => links.find((link) => link.source === index)?.target;
  const sourceOf = (index: number) => links.find((link) => link.target === index)?.source;
  for (const verb of links) {
    if (!isVerb(alignment.target, verb.target, "target")) continue;
    // The English subject first, and its French word after the French verb: most verbs stop there, before the French is read.
    const englishSubject = subjectOf(target, alignment.target, verb.target, "target");
    const englishSubjectThere = englishSubject === null ? undefined : sourceOf(englishSubject);
    if (englishSubject === null || englishSubjectThere === undefined || !isOwnerAfter(source, alignment.source, verb.source, englishSubjectThere, "source")) continue;
    const frenchSubject = subjectOf(source, alignment.source, verb.source, "source");
    const frenchSubjectThere = frenchSubject === null ? undefined : targetOf(frenchSubject);
    if (frenchSubject === null || frenchSubjectThere === undefined || frenchSubjectThere === englishSubject) continue;
    if (!isOwnerAfter(target, alignment.target, verb.target, frenchSubjectThere, "target")) continue;
    const sourceSpan = { start: alignment.source[frenchSubject].start, end: alignment.source[englishSubjectThere].end };
    const targetSpan = { start: alignment.target[nameStart(target, alignment.target, englishSubject)].start, end: alignment.target[frenchSubjectThere].end };
    const [frenchText, englishText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    // Each party by its whole name: "Neumann Kaffee Gruppe", not "Gruppe".
    const nameAt = (index: number) => wholeNameAt(source, alignment.source, index);
    return [{
      message: `The source “${frenchText}” has ${nameAt(frenchSubject)} as the one acting and ${nameAt(englishSubjectThere)} as the owner of what “${alignment.source[verb.source].text}” takes; the target “${englishText}” has them the other way round: who acts and whose is acted on are traded.`,
      sourceSpan, targetSpan, key: `owner-swap|${normaliseKey(englishText)}`,
      evidence: { links: [verb, ...links.filter((link) => link.source === frenchSubject || link.target === englishSubject)].map((link) => ({ source: spanOf(alignment.source[link.source]), target: spanOf(alignment.target[link.target]), score: link.score })) },
    }];
  }
  return [];
}
