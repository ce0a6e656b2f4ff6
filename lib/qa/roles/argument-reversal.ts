import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { englishVerbBase } from "@/lib/word-align/verb-forms";
import { wordInfo } from "@/lib/word-align/words";
import { argumentsOf, relativeOwner } from "./argument-roles";
import type { Argument, Slot } from "./noun-phrases";
import { hasBoundary, isNoun, RECIPIENT_MARKERS, strongLinks } from "./role-markers";
import { spelledNumberValues } from "@/lib/text/number-words";
import { foldText, isSentenceInitial, normaliseKey } from "@/lib/text/text";
import type { CheckHit, Span } from "../types";
import { ENGLISH_UNDERGOING } from "./voice-swaps";

const ROLE_NAMES: Record<Slot, string> = { agent: "the one acting", patient: "the one acted upon", genitive: "what it applies to", oblique: "a side party" };

function spanOf(alignedWords: AlignedWord[], a: number, b: number): Span {
  return { start: alignedWords[Math.min(a, b)].start, end: alignedWords[Math.max(a, b)].end };
}

function isConflict(source: Argument, targetSlot: Slot, isTargetSubjectlessVerb: boolean): boolean {
  const sourceSlot = source.slot;
  if ((sourceSlot === "agent" && targetSlot === "patient") || (sourceSlot === "patient" && targetSlot === "agent")) return true;
  // "L'ONU prend ses distances" → "Distancing yourself from the UN": the actor became a side party
  // of a verb with no subject ("an audience with the King" is a noun's complement, not that). Only a
  // subject: a "par" complement is often a means ("honoré par une exposition" → "honoured with an exhibition").
  return sourceSlot === "agent" && source.marker === "" && targetSlot === "oblique" && isTargetSubjectlessVerb;
}

// Adverbs of time and frequency link to each other ("aujourd'hui"/"today") but are nothing anyone does.
const NOT_PREDICATES = /^(?:only|also|even|still|just|about|not|so|too|as|today|sometimes|often|always|already|never|now|then|soon|yesterday|tomorrow|here|there|aujourd['’]hui|parfois|souvent|toujours|déjà|encore|jamais|désormais|maintenant|alors|ensuite|bientôt|hier|demain|ici|là)$/;

/** The English verbs spelt like an adverb in "-ly": "will supply Renault", "apply", "rely". */
const LY_VERBS = /^(?:supply|apply|comply|imply|reply|rely|multiply|fly|ally)$/;

/** Names, numbers (in digits or words: "dont neuf enfants", "including nine children") and adverbs are not what someone does; a capital at a sentence start says nothing. */
function isPredicate(text: string, word: AlignedWord): boolean {
  if (/^\d/.test(word.text) || (/^\p{Lu}/u.test(word.text) && !isSentenceInitial(text, word.start))) return false;
  const folded = foldText(word.text);
  if (spelledNumberValues(folded, "fr") !== undefined || spelledNumberValues(folded, "en") !== undefined) return false;
  return (!/ly$/.test(word.text) || LY_VERBS.test(word.text.toLowerCase())) && !NOT_PREDICATES.test(word.text.toLowerCase());
}

function isGenitiveMarker(alignment: WordAlignment, index: number): boolean {
  return index > 0 && /^d[eu]?['’]?$/i.test(alignment.source[index].text);
}

/** "by the labour minister": an English argument after its predicate was read on its first word; its phrase runs on to the head. */
function inPhrase(text: string, words: AlignedWord[], argument: Argument, predicate: number, index: number): boolean {
  if (argument.index === index) return true;
  // "Qatar Airways delivered": a subject read on its head takes in the name or modifiers before it.
  if (argument.index < predicate && index < argument.index) return argument.index - index <= 2 && isModifierRun(text, words, index, argument.index);
  if (argument.index < predicate || index < argument.index || index - argument.index > 3) return false;
  for (let k = argument.index + 1; k <= index; k += 1) {
    if (!words[k].isContent || hasBoundary(text, words[k - 1].end, words[k].start)) return false;
  }
  return true;
}

/** Content words with nothing between them, from `from` to `to`: "Greek coastguards", "Nuclear Safety Authority". */
function isModifierRun(text: string, words: AlignedWord[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    if (!words[k].isContent || (k > from && hasBoundary(text, words[k - 1].end, words[k].start))) return false;
  }
  return true;
}

/**
 * The target word an argument stands for: its head's, else that of a word qualifying the head right
 * after it, an adjective or a name in apposition ("les garde-côtes grecs", "le laboratoire Sanofi"),
 * when the head itself found no counterpart.
 */
function counterpartOf(source: string, alignment: WordAlignment, index: number, targetOf: Map<number, number>): number | undefined {
  const own = targetOf.get(index);
  if (own !== undefined) return own;
  // "F-35": a name the tokenizer split at its hyphen stands for its linked part.
  const glued = alignment.source[index + 1];
  if (glued && source.slice(alignment.source[index].end, glued.start) === "-" && targetOf.has(index + 1)) return targetOf.get(index + 1);
  // "producteurs de lait" → "dairy farmers": a bare "de" noun is the English compound's modifier.
  const [marker, complement] = [alignment.source[index + 1], alignment.source[index + 2]];
  if (marker?.text === "de" && complement?.isContent && !hasBoundary(source, alignment.source[index].end, complement.start)) {
    const counterpart = targetOf.get(index + 2);
    if (counterpart !== undefined) return counterpart;
  }
  for (let k = index + 1; k <= index + 2 && k < alignment.source.length && isModifierRun(source, alignment.source, index, k); k += 1) {
    const word = alignment.source[k];
    const isQualifier = /^\p{Lu}/u.test(word.text) || /(?:iques?|istes?|aires?|i?ens?|i?ennes?|els?|elles?|aux|ales?|ais|aises?|ois|oises?|ecs?|ecques?)$/.test(word.text.toLowerCase());
    if (!isQualifier) return undefined;
    const counterpart = targetOf.get(k);
    if (counterpart !== undefined) return counterpart;
  }
  return undefined;
}

type Reading = { predicate: [number, number]; argument: Argument; counterpart: number; targetArgument: Argument };

function hit(source: string, target: string, alignment: WordAlignment, reading: Reading): CheckHit {
  const [sourcePredicate, targetPredicate] = reading.predicate;
  const sourceSpan = spanOf(alignment.source, sourcePredicate, reading.argument.index);
  const targetSpan = spanOf(alignment.target, targetPredicate, reading.targetArgument.index);
  const sourceWord = alignment.source[reading.argument.index].text;
  const targetWord = alignment.target[reading.targetArgument.index].text;
  const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
  const message = reading.argument.slot === "genitive"
    ? `The source “${sourceText}” applies to ${sourceWord}, but the target “${targetText}” applies to ${targetWord}: the arguments are swapped.`
    : `The source “${sourceText}” makes ${sourceWord} ${ROLE_NAMES[reading.argument.slot]}, but the target “${targetText}” makes ${targetWord} ${ROLE_NAMES[reading.targetArgument.slot]}.`;
  const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
  return {
    message, sourceSpan, targetSpan, key: `aligned|${normaliseKey(targetText)}`,
    evidence: { links: [
      { source: word(alignment.source, sourcePredicate), target: word(alignment.target, targetPredicate), score: 1 },
      { source: word(alignment.source, reading.argument.index), target: word(alignment.target, reading.counterpart), score: 1 },
    ] },
  };
}

/**
 * Role reversals read from the word alignment, for any predicate: an aligned verb or action noun
 * whose aligned argument is the agent on one side and the patient on the other ("La cour a été
 * saisie par le gouvernement" → "The court seized the government"), or whose "de"/"of" argument is
 * a different aligned noun ("boycott d'Israël" → "boycott of the Israeli movement").
 */
export function findArgumentReversals(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const links = strongLinks(alignment);
  const targetOf = new Map(links.map((link) => [link.source, link.target]));
  const sourceOf = new Map(links.map((link) => [link.target, link.source]));
  const hits: CheckHit[] = [];
  const heads: Head[] = [];
  // "Airbus a racheté…" → "Spirit bought Airbus's plant": a capital opening the sentence is a name when its counterpart keeps one inside the other sentence.
  const isName = (text: string, word: AlignedWord | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text) && !isSentenceInitial(text, word.start);
  const isSourceOpeningName = isName(target, alignment.target[targetOf.get(0) ?? -1]);
  const isTargetOpeningName = isName(source, alignment.source[sourceOf.get(0) ?? -1]);
  for (const link of links) {
    if (!isPredicate(source, alignment.source[link.source]) || !isPredicate(target, alignment.target[link.target])) continue;
    // A predicate rendered by several words ("prend ses distances"): subject before the first, object after the last.
    const group = alignment.links.filter((other) => other.target === link.target).map((other) => other.source);
    if (link.source !== Math.min(...group)) continue;
    const targetArguments = argumentsOf(target, alignment.target, link.target, "target", false, isTargetOpeningName);
    const hasTargetSubject = targetArguments.some((argument) => argument.index < link.target);
    const isTargetVerb = !isNoun(alignment.target, link.target, "target");
    const isKnownVerb = hasTargetSubject && isTargetVerb && /(?:s|ed)$/.test(alignment.target[link.target].text);
    const [first, last] = [Math.min(...group), Math.max(...group)];
    const argumentsOfFirst = argumentsOf(source, alignment.source, first, "source", isKnownVerb, isSourceOpeningName);
    // A one-word predicate read without either hint has the same arguments after it as before: read them once.
    const argumentsOfLast = last === first && !isKnownVerb && !isSourceOpeningName ? argumentsOfFirst : argumentsOf(source, alignment.source, last, "source");
    const sourceArguments = [...argumentsOfFirst.filter((a) => a.index < link.source), ...argumentsOfLast.filter((a) => a.index > last)];
    const isTargetSubjectlessVerb = !hasTargetSubject && isTargetVerb;
    heads.push({ predicate: [link.source, link.target], sourceArguments, targetArguments });
    for (const argument of sourceArguments) {
      const counterpart = counterpartOf(source, alignment, argument.index, targetOf);
      const targetArgument = counterpart === undefined ? undefined : targetArguments.find((candidate) => inPhrase(target, alignment.target, candidate, link.target, counterpart));
      if (counterpart !== undefined && targetArgument && isConflict(argument, targetArgument.slot, isTargetSubjectlessVerb) &&
        !isVoiceOfOneParticipant(sourceArguments, targetArguments, argument, targetArgument, [link.source, link.target])) {
        hits.push(hit(source, target, alignment, { predicate: [link.source, link.target], argument, counterpart, targetArgument }));
        break;
      }
      // "mouvement de boycott d'Israël" → "boycott of the Israeli movement": the noun the predicate
      // qualified ("mouvement de …") became what it applies to.
      if (argument.slot !== "genitive" || counterpart === undefined || !isGenitiveMarker(alignment, link.source - 1)) continue;
      const governor = link.source - 2;
      const swapped = targetArguments.find((candidate) => candidate.slot === "genitive" && sourceOf.get(candidate.index) === governor);
      if (swapped) {
        hits.push(hit(source, target, alignment, { predicate: [link.source, link.target], argument, counterpart, targetArgument: swapped }));
        break;
      }
    }
  }
  if (hits.length === 0) {
    for (const head of heads) {
      const reading = unlinkedSubjects(source, target, alignment, head, targetOf, sourceOf);
      if (reading) return [hit(source, target, alignment, reading)];
    }
  }
  const swap = hits.length === 0 ? findSwappedArguments(source, target, alignment, heads, targetOf) ?? findReattachedOwner(source, target, alignment, links) ?? findPromotedOwner(source, target, alignment, heads, targetOf) ?? findUnlinkedPassiveAgent(source, target, alignment, targetOf, sourceOf) : null;
  return swap ? [swap] : hits;
}

/**
 * Subjects the aligner linked to nothing, on a clause whose complement it did link: "Le constructeur
 * est visé par une campagne…" → "The carmaker is targeting consumers with a … campaign". When the
 * complement's counterpart still stands after the target predicate, the clause kept its order, so the
 * two subjects stand for each other and their roles can be compared. A complement that moved before the
 * verb is a voice turned with its participants ("Firefighters evacuated the village"): nothing is read.
 */
function unlinkedSubjects(source: string, target: string, alignment: WordAlignment, head: Head, targetOf: Map<number, number>, sourceOf: Map<number, number>): Reading | null {
  const [sourcePredicate, targetPredicate] = head.predicate;
  const isSubject = (argument: Argument, predicate: number) => argument.index < predicate && argument.marker === "" && (argument.slot === "agent" || argument.slot === "patient");
  const sourceSubject = head.sourceArguments.find((argument) => isSubject(argument, sourcePredicate));
  const targetSubject = head.targetArguments.find((argument) => isSubject(argument, targetPredicate));
  const complement = head.sourceArguments.find((argument) => argument.index > sourcePredicate && (argument.slot === "agent" || argument.slot === "patient"));
  if (!sourceSubject || !targetSubject || !complement) return null;
  if (counterpartOf(source, alignment, sourceSubject.index, targetOf) !== undefined || sourceOf.has(targetSubject.index) || sourceOf.has(targetSubject.index - 1)) return null;
  const complementCounterpart = counterpartOf(source, alignment, complement.index, targetOf);
  if (complementCounterpart === undefined || complementCounterpart < targetPredicate) return null;
  if (!isConflict(sourceSubject, targetSubject.slot, false)) return null;
  return { predicate: head.predicate, argument: sourceSubject, counterpart: targetSubject.index, targetArgument: targetSubject };
}

/**
 * An owner relative hung on another noun: "les infirmières, dont les salaires…" → "The minister,
 * whose pay…". Both owners must be linked, each to a word other than the other side's owner.
 */
function findReattachedOwner(source: string, target: string, alignment: WordAlignment, links: WordLink[]): CheckHit | null {
  for (const link of links) {
    const targetOwner = relativeOwner(target, alignment.target, link.target, "target");
    const sourceOwner = targetOwner === null ? null : relativeOwner(source, alignment.source, link.source, "source");
    if (targetOwner === null || sourceOwner === null) continue;
    const ownerCounterpart = links.find((other) => other.source === sourceOwner)?.target;
    const targetOwnerSource = links.find((other) => other.target === targetOwner)?.source;
    if (ownerCounterpart === undefined || targetOwnerSource === undefined || ownerCounterpart === targetOwner || targetOwnerSource === sourceOwner) continue;
    const sourceSpan = spanOf(alignment.source, sourceOwner, link.source);
    const targetSpan = spanOf(alignment.target, targetOwner, link.target);
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
    return {
      message: `The source “${sourceText}” says whose ${alignment.source[link.source].text} it is: ${alignment.source[sourceOwner].text}; the target “${targetText}” gives it to ${alignment.target[targetOwner].text}.`,
      sourceSpan, targetSpan, key: `aligned-owner|${normaliseKey(targetText)}`,
      evidence: { links: [
        { source: word(alignment.source, link.source), target: word(alignment.target, link.target), score: 1 },
        { source: word(alignment.source, targetOwnerSource), target: word(alignment.target, targetOwner), score: 1 },
      ] },
    };
  }
  return null;
}

function isSameWord(words: AlignedWord[], a: number, b: number, language: "source" | "target"): boolean {
  return wordInfo(words[a].text, language).stem === wordInfo(words[b].text, language).stem;
}

/**
 * One subject before the verb on both sides, made agent on one and the one acted upon on the other,
 * with no second participant on either side: "la Jamaïque est connue" → "Jamaica is famous", "le
 * projet fut développé" → "the project has developed". A voice or a copula changed; nobody's role
 * went to somebody else. (An inverted French subject is no such case: "combien coûtera la réforme".)
 */
function isVoiceOfOneParticipant(sourceArguments: Argument[], targetArguments: Argument[], argument: Argument, targetArgument: Argument, [sourcePredicate, targetPredicate]: [number, number]): boolean {
  const isSubject = (candidate: Argument, predicate: number) => candidate.index < predicate && candidate.marker === "" && (candidate.slot === "agent" || candidate.slot === "patient");
  const isParticipant = (candidate: Argument) => candidate.slot === "agent" || candidate.slot === "patient" || candidate.slot === "genitive";
  return isSubject(argument, sourcePredicate) && isSubject(targetArgument, targetPredicate) && !sourceArguments.some((other) => other !== argument && isParticipant(other)) &&
    !targetArguments.some((other) => other !== targetArgument && isParticipant(other));
}

/** Other prepositions than "à"/"to" say where, when or how: their readings are too loose to swap. */
const isSideParty = (argument: Argument) => argument.slot === "oblique" && !RECIPIENT_MARKERS.has(argument.marker);

type Head = { predicate: [number, number]; sourceArguments: Argument[]; targetArguments: Argument[] };

/**
 * Two aligned arguments that traded places: each stands in the target where the source had the
 * other, around one head ("l'attaque de la Russie contre l'Ukraine" → "Ukraine's attack on Russia")
 * or two ("un musée de Marseille … un collectionneur d'Amsterdam" → "an Amsterdam museum … a
 * Marseille collector"), or giver and recipient ("versées par l'UE aux agriculteurs" → "paid by farmers to the EU").
 */
function findSwappedArguments(source: string, target: string, alignment: WordAlignment, heads: Head[], targetOf: Map<number, number>): CheckHit | null {
  const placeOf = (head: Head, index: number) => head.targetArguments.find((candidate) => inPhrase(target, alignment.target, candidate, head.predicate[1], index));
  const linked = heads.flatMap((head) => head.sourceArguments.flatMap((argument) => {
    const counterpart = counterpartOf(source, alignment, argument.index, targetOf);
    return counterpart === undefined || isSideParty(argument) ? [] : [{ head, argument, counterpart }];
  }));
  for (const { head: first, argument: a, counterpart: aTarget } of linked) {
    for (const { head: second, argument: b, counterpart: bTarget } of linked) {
      if (a.index === b.index || aTarget === bTarget || (first === second && a.slot === b.slot)) continue;
      // One noun twice on both sides ("archevêque de Paris, … archevêque de Lille"): the English may
      // give the occurrences in the other order, and the aligner pair them crosswise.
      if (first !== second && isSameWord(alignment.source, first.predicate[0], second.predicate[0], "source") && isSameWord(alignment.target, first.predicate[1], second.predicate[1], "target")) continue;
      // "le Premier ministre" → "the prime minister": words of one phrase have not traded places.
      if (Math.abs(aTarget - bTarget) === 1 && isModifierRun(target, alignment.target, Math.min(aTarget, bTarget), Math.max(aTarget, bTarget))) continue;
      const bPlace = placeOf(first, bTarget);
      if (bPlace?.slot !== a.slot || isSideParty(bPlace)) continue;
      const aPlace = placeOf(second, aTarget);
      if (aPlace?.slot !== b.slot || isSideParty(aPlace)) continue;
      const sourceSpan = spanOf(alignment.source, a.index, b.index);
      const targetSpan = spanOf(alignment.target, aTarget, bTarget);
      const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
      const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
      return {
        message: `The source “${sourceText}” has ${alignment.source[a.index].text} and ${alignment.source[b.index].text} in each other's place in the target “${targetText}”: the arguments are swapped.`,
        sourceSpan, targetSpan, key: `aligned-swap|${normaliseKey(targetText)}`,
        evidence: { links: [
          { source: word(alignment.source, a.index), target: word(alignment.target, aTarget), score: 1 },
          { source: word(alignment.source, b.index), target: word(alignment.target, bTarget), score: 1 },
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
function findPromotedOwner(source: string, target: string, alignment: WordAlignment, heads: Head[], targetOf: Map<number, number>): CheckHit | null {
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
    const sourceSpan = spanOf(alignment.source, subject.index, owner!.index);
    const targetSpan = spanOf(alignment.target, targetSubject.index, objectHead.predicate[1]);
    const [subjectWord, ownerWord] = [alignment.source[subject.index].text, alignment.source[owner!.index].text];
    const word = (words: AlignedWord[], index: number) => ({ start: words[index].start, end: words[index].end });
    return {
      message: `The source “${source.slice(sourceSpan.start, sourceSpan.end)}” makes ${subjectWord} the one acting and ${ownerWord} the owner of ${alignment.source[object!.index].text}; the target “${target.slice(targetSpan.start, targetSpan.end)}” makes ${alignment.target[ownerCounterpart].text} the one acting.`,
      sourceSpan, targetSpan, key: `aligned-owner-subject|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
      evidence: { links: [
        { source: word(alignment.source, sourcePredicate), target: word(alignment.target, targetPredicate), score: 1 },
        { source: word(alignment.source, owner!.index), target: word(alignment.target, ownerCounterpart), score: 1 },
      ] },
    };
  }
  return null;
}

/** French past participles, which a "par" phrase after them makes the agent of. */
const FRENCH_PARTICIPLE_FORM = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u;

/**
 * A passive's agent made the object of an active verb, when the aligner linked neither verb: "a été
 * contrôlé par les gendarmes" → "stopped gendarmes". The agent's counterpart stands bare after an
 * English verb form that no source word was linked to, so the verbs are taken for each other.
 */
function findUnlinkedPassiveAgent(source: string, target: string, alignment: WordAlignment, targetOf: Map<number, number>, sourceOf: Map<number, number>): CheckHit | null {
  for (let predicate = 0; predicate < alignment.source.length; predicate += 1) {
    const word = alignment.source[predicate];
    if (!word.isContent || targetOf.has(predicate) || !FRENCH_PARTICIPLE_FORM.test(word.text.toLowerCase())) continue;
    const agent = argumentsOf(source, alignment.source, predicate, "source").find((argument) => argument.index > predicate && argument.slot === "agent" && argument.marker === "par");
    const counterpart = agent && counterpartOf(source, alignment, agent.index, targetOf);
    if (!agent || counterpart === undefined) continue;
    for (let verb = counterpart - 1; verb >= Math.max(0, counterpart - 4); verb -= 1) {
      const form = alignment.target[verb].text;
      if (!alignment.target[verb].isContent || sourceOf.has(verb) || !/^\p{Ll}+ed$/u.test(form) && englishVerbBase(form) === undefined) continue;
      // "frappée par une tempête" → "suffered a storm": a subject that undergoes keeps the French roles.
      if (ENGLISH_UNDERGOING.test(form)) continue;
      const object = argumentsOf(target, alignment.target, verb, "target").find((argument) => argument.index > verb && argument.marker === "" && argument.slot === "patient");
      if (!object || !inPhrase(target, alignment.target, object, verb, counterpart)) continue;
      return hit(source, target, alignment, { predicate: [predicate, verb], argument: agent, counterpart, targetArgument: object });
    }
  }
  return null;
}

