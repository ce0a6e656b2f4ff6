// Arguments and owners that traded places between the sides, around one head or two.
import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { normaliseKey, spanOf } from "@/lib/text/text";
import type { CheckHit } from "../types";
import { counterpartOf, inPhrase, isModifierRun, isNameRun, spanBetween, type Head } from "./argument-readings";
import { relativeOwner } from "./argument-roles";
import type { Argument } from "./noun-phrases";
import { hasBoundary, PLACE_MARKERS, RECIPIENT_MARKERS } from "./role-markers";
import { ENGLISH_REPORTING, isFrenchReportingVerb } from "./subject-inversion";

/**
 * An owner relative hung on another noun: "les infirmières, dont les salaires…" → "The minister,
 * whose pay…". Both owners must be linked, each to a word other than the other side's owner.
 */
export function findReattachedOwner(source: string, target: string, alignment: WordAlignment, links: WordLink[]): CheckHit | null {
  for (const link of links) {
    const targetOwner = relativeOwner(target, alignment.target, link.target, "target");
    const sourceOwner = targetOwner === null ? null : relativeOwner(source, alignment.source, link.source, "source");
    if (targetOwner === null || sourceOwner === null) continue;
    const ownerCounterpart = links.find((other) => other.source === sourceOwner)?.target;
    const targetOwnerSource = links.find((other) => other.target === targetOwner)?.source;
    if (ownerCounterpart === undefined || targetOwnerSource === undefined || ownerCounterpart === targetOwner || targetOwnerSource === sourceOwner) continue;
    // "la date du lancement de la sonde, dont l'assemblage": "dont" may hang on any noun of the "de" chain before it.
    const isInOwnerChain = targetOwnerSource > sourceOwner && targetOwnerSource - sourceOwner <= 6 && targetOwnerSource < link.source &&
      !hasBoundary(source, alignment.source[sourceOwner].end, alignment.source[targetOwnerSource].start);
    if (isInOwnerChain) continue;
    const sourceSpan = spanBetween(alignment.source, sourceOwner, link.source);
    const targetSpan = spanBetween(alignment.target, targetOwner, link.target);
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    return {
      message: `The source “${sourceText}” says whose ${alignment.source[link.source].text} it is: ${alignment.source[sourceOwner].text}; the target “${targetText}” gives it to ${alignment.target[targetOwner].text}.`,
      sourceSpan, targetSpan, key: `aligned-owner|${normaliseKey(targetText)}`,
      evidence: { links: [
        { source: spanOf(alignment.source[link.source]), target: spanOf(alignment.target[link.target]), score: 1 },
        { source: spanOf(alignment.source[targetOwnerSource]), target: spanOf(alignment.target[targetOwner]), score: 1 },
      ] },
    };
  }
  return null;
}

function isSameWord(words: AlignedWord[], a: number, b: number, language: "source" | "target"): boolean {
  return wordInfo(words[a].text, language).stem === wordInfo(words[b].text, language).stem;
}

/** Whether a head's predicate reports speech on both sides ("affirmaient" ~ "said"). */
function isReportingHead(alignment: WordAlignment, head: Head): boolean {
  return isFrenchReportingVerb(foldedAt(alignment.source, head.predicate[0], "source")) && ENGLISH_REPORTING.test(foldedAt(alignment.target, head.predicate[1], "target"));
}

/** Other prepositions than "à"/"to" say where, when or how: their readings are too loose to swap. */
const isSideParty = (argument: Argument) => argument.slot === "oblique" && !RECIPIENT_MARKERS.has(argument.marker);

/** A phrase of place: "dans la sierra", "in the park". */
const isPlace = (argument: Argument, language: "source" | "target") => argument.slot === "oblique" && PLACE_MARKERS[language].has(argument.marker);

/** The giver of a transfer: "prêté par le PSG", "on loan from FC Nantes", "paid by the EU". */
const isGiver = (argument: Argument) => (argument.slot === "agent" && argument.marker !== "") || (argument.slot === "oblique" && argument.marker === "from");
/**
 * "Taiwan's sale to Washington": an English possessive on a noun that has a recipient and no "by"
 * agent is the one who gives ("la vente par Washington à Taïwan").
 */
const isPossessiveGiver = (head: Head, placed: Argument) => placed.slot === "genitive" && placed.marker === "'s" &&
  head.targetArguments.some((other) => other.slot === "oblique" && other.marker === "to") && !head.targetArguments.some((other) => other.slot === "agent" && other.marker !== "");
/** Whether a target argument stands in the role a source argument had: the same slot, or both the giver. */
const isSameRole = (head: Head, placed: Argument, argument: Argument) => placed.slot === argument.slot || ((isGiver(placed) || isPossessiveGiver(head, placed)) && isGiver(argument));
/**
 * Two aligned arguments that traded places: each stands in the target where the source had the
 * other, around one head ("l'attaque de la Russie contre l'Ukraine" → "Ukraine's attack on Russia")
 * or two ("un musée de Marseille … un collectionneur d'Amsterdam" → "an Amsterdam museum … a
 * Marseille collector"), or giver and recipient ("versées par l'UE aux agriculteurs" → "paid by farmers to the EU").
 */
export function findSwappedArguments(source: string, target: string, alignment: WordAlignment, heads: Head[], targetOf: Map<number, number>): CheckHit | null {
  // `isOwnedToo`: a place read at its possessor holds the noun after "'s" ("in Spain's Sierra de Guadarrama").
  const placeOf = (head: Head, index: number, isOwnedToo = false) => head.targetArguments.find((candidate) => inPhrase(target, alignment.target, candidate, head.predicate[1], index) ||
    (isOwnedToo && candidate.index === index - 2 && /^['’]s$/.test(alignment.target[index - 1]?.text ?? "")));
  const linked = heads.flatMap((head) => head.sourceArguments.flatMap((argument) => {
    const counterpart = counterpartOf(source, alignment, argument.index, targetOf);
    return counterpart === undefined || (isSideParty(argument) && !isPlace(argument, "source")) ? [] : [{ head, argument, counterpart }];
  }));
  for (const { head: first, argument: a, counterpart: aTarget } of linked) {
    for (const { head: second, argument: b, counterpart: bTarget } of linked) {
      if (a.index === b.index || aTarget === bTarget || (first === second && a.slot === b.slot)) continue;
      // One noun twice on both sides ("archevêque de Paris, … archevêque de Lille"): the English may
      // give the occurrences in the other order, and the aligner pair them crosswise.
      if (first !== second && isSameWord(alignment.source, first.predicate[0], second.predicate[0], "source") && isSameWord(alignment.target, first.predicate[1], second.predicate[1], "target")) continue;
      // Nor two reporting verbs, which the aligner may pair crosswise as well: "ce qu'affirmaient les syndicats, la direction a assuré" → "management said …, contradicting claims by unions".
      if (first !== second && isReportingHead(alignment, first) && isReportingHead(alignment, second)) continue;
      // "le Premier ministre" → "the prime minister": words of one phrase have not traded places.
      // Nor have words of one name ("tribunal de New York … par le New York Times" → "New York court by The New York Times").
      const [nearer, further] = [Math.min(aTarget, bTarget), Math.max(aTarget, bTarget)];
      if ((further - nearer === 1 && isModifierRun(target, alignment.target, nearer, further)) || isNameRun(target, alignment.target, nearer, further)) continue;
      // Nor words of one phrase on both sides, longer ones too: "la ministre Catherine Vautrin" → "minister Catherine Vautrin".
      if (isModifierRun(source, alignment.source, Math.min(a.index, b.index), Math.max(a.index, b.index)) && isModifierRun(target, alignment.target, nearer, further)) continue;
      // Two places of two verbs traded: "capturés dans la sierra …, relâchés dans le parc" → "caught in the park … released in Spain's sierra".
      if (first !== second && isPlace(a, "source") && isPlace(b, "source")) {
        const [bPlace, aPlace] = [placeOf(first, bTarget, true), placeOf(second, aTarget, true)];
        if (!bPlace || !aPlace || !isPlace(bPlace, "target") || !isPlace(aPlace, "target")) continue;
      } else {
        const bPlace = placeOf(first, bTarget);
        if (!bPlace || isSideParty(a) || !isSameRole(first, bPlace, a) || isSideParty(bPlace)) continue;
        const aPlace = placeOf(second, aTarget);
        if (!aPlace || isSideParty(b) || !isSameRole(second, aPlace, b) || isSideParty(aPlace)) continue;
      }
      const sourceSpan = spanBetween(alignment.source, a.index, b.index);
      const targetSpan = spanBetween(alignment.target, aTarget, bTarget);
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      return {
        message: `The source “${sourceText}” has ${alignment.source[a.index].text} and ${alignment.source[b.index].text} in each other's place in the target “${targetText}”: the arguments are swapped.`,
        sourceSpan, targetSpan, key: `aligned-swap|${normaliseKey(targetText)}`,
        evidence: { links: [
          { source: spanOf(alignment.source[a.index]), target: spanOf(alignment.target[aTarget]), score: 1 },
          { source: spanOf(alignment.source[b.index]), target: spanOf(alignment.target[bTarget]), score: 1 },
        ] },
      };
    }
  }
  return null;
}

/**
 * The owner of the object made the subject, and the subject the object's owner: "les routiers ont
 * accepté la proposition du gouvernement" → "the government accepted the lorry drivers' proposal".
 * The object's source owner is linked into the target subject, and the target object has an owner
 * of its own that is not that word.
 */
export function findPromotedOwner(source: string, target: string, alignment: WordAlignment, heads: Head[], targetOf: Map<number, number>): CheckHit | null {
  const isSubject = (argument: Argument, predicate: number) => argument.index < predicate && argument.marker === "" && argument.slot === "agent";
  for (const head of heads) {
    const [sourcePredicate, targetPredicate] = head.predicate;
    const subject = head.sourceArguments.find((argument) => isSubject(argument, sourcePredicate));
    const targetSubject = head.targetArguments.find((argument) => isSubject(argument, targetPredicate));
    const object = head.sourceArguments.find((argument) => argument.index > sourcePredicate && argument.slot === "patient" && argument.marker === "");
    const objectHead = object && heads.find((other) => other.predicate[0] === object.index);
    if (!subject || !targetSubject || !objectHead) continue;
    const owner = objectHead.sourceArguments.find((argument) => argument.slot === "genitive" && argument.index > object!.index);
    const ownerCounterpart = owner && counterpartOf(source, alignment, owner.index, targetOf);
    if (ownerCounterpart === undefined || !inPhrase(target, alignment.target, targetSubject, targetPredicate, ownerCounterpart)) continue;
    const targetOwner = objectHead.targetArguments.find((argument) => argument.slot === "genitive" && argument.index !== ownerCounterpart);
    if (!targetOwner || counterpartOf(source, alignment, subject.index, targetOf) === targetSubject.index) continue;
    const sourceSpan = spanBetween(alignment.source, subject.index, owner!.index);
    const targetSpan = spanBetween(alignment.target, targetSubject.index, objectHead.predicate[1]);
    const [subjectWord, ownerWord] = [alignment.source[subject.index].text, alignment.source[owner!.index].text];
    return {
      message: `The source “${source.slice(sourceSpan.start, sourceSpan.end)}” makes ${subjectWord} the one acting and ${ownerWord} the owner of ${alignment.source[object!.index].text}; the target “${target.slice(targetSpan.start, targetSpan.end)}” makes ${alignment.target[ownerCounterpart].text} the one acting.`,
      sourceSpan, targetSpan, key: `aligned-owner-subject|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
      evidence: { links: [
        { source: spanOf(alignment.source[sourcePredicate]), target: spanOf(alignment.target[targetPredicate]), score: 1 },
        { source: spanOf(alignment.source[owner!.index]), target: spanOf(alignment.target[ownerCounterpart]), score: 1 },
      ] },
    };
  }
  return null;
}

