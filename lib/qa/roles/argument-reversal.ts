import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import type { Language } from "@/lib/word-align/words";
import { spelledNumberValues } from "@/lib/text/number-words";
import { foldText, isSentenceInitial } from "@/lib/text/text";
import type { CheckHit } from "../types";
import { counterpartOf, hit, inPhrase, isConflict, type Head } from "./argument-readings";
import { argumentsOf } from "./argument-roles";
import type { Argument } from "./noun-phrases";
import { isNoun, MARKERS, strongLinks } from "./role-markers";
import { findPromotedOwner, findReattachedOwner, findSwappedArguments } from "./traded-arguments";
import { findUnlinkedPassiveAgent, unlinkedSubjects } from "./unlinked-arguments";
import { FRENCH_PARTICIPLE, isSymmetric } from "./verb-shapes";
import { isConverseRendering } from "./converse-renderings";
import { isTransferVerb } from "./converse-predicates";

// Adverbs of time and frequency link to each other ("aujourd'hui"/"today") but are nothing anyone does.
const NOT_PREDICATES = /^(?:only|also|even|still|just|about|not|so|too|as|today|sometimes|often|always|already|never|now|then|soon|yesterday|tomorrow|here|there|aujourd['’]hui|parfois|souvent|toujours|déjà|encore|jamais|désormais|maintenant|alors|ensuite|bientôt|hier|demain|ici|là)$/;

/** The English verbs spelt like an adverb in "-ly": "will supply Renault", "apply", "rely". */
const LY_VERBS = /^(?:supply|apply|comply|imply|reply|rely|multiply|fly|ally)$/;

/**
 * Names, numbers (in digits or words: "dont neuf enfants", "including nine children"), determiners and
 * quantifiers ("plusieurs pays", "several countries") and adverbs are not what someone does; a capital
 * at a sentence start says nothing.
 */
function isPredicate(text: string, word: AlignedWord, language: Language): boolean {
  if (/^\d/.test(word.text) || (/^\p{Lu}/u.test(word.text) && !isSentenceInitial(text, word.start))) return false;
  const folded = foldText(word.text);
  if (spelledNumberValues(folded, "fr") !== undefined || spelledNumberValues(folded, "en") !== undefined || MARKERS[language].determiners.has(folded.toLowerCase())) return false;
  return (!/ly$/.test(word.text) || LY_VERBS.test(word.text.toLowerCase())) && !NOT_PREDICATES.test(word.text.toLowerCase());
}

/** English verbs that are intransitive and causative alike ("the plan changed", "we changed the plan"). */
const CAUSATIVE_ALTERNATING = /^(?:chang|end|finish|open|clos|break|broke|start|begin|began|begun|stop|increas|decreas|grow|grew|burn|mov|turn|sink|sank|sunk|melt|collaps|shut|split|spread|roll|bend|bent|freez|froze|dri|dry|fill|empti|empty|improv|worsen|weaken|strengthen|slow|speed|sped|widen|narrow|shrink|shrank|shrunk|tighten|loosen|reopen|resum|restart|position|gather|assembl|disband|dissolv|unit|reunit|merg)(?:e|es|ed|ing|s|d|n|en|ped|ping|ting|ned|ning)?$/;
const isCausativeAlternating = (verb: string) => CAUSATIVE_ALTERNATING.test(verb.toLowerCase());

/** How many words a French phrase the English keeps as it is must have: "the Fédération nationale des forains". */
const KEPT_PHRASE_LENGTH = 3;

/**
 * A predicate inside a French phrase the English keeps word for word, a name left in French ("president of the Fédération
 * nationale des forains"): the English reads its words as English ones, and no role can change in a copy.
 */
function isInKeptPhrase(alignment: WordAlignment, link: WordLink): boolean {
  const isSame = (offset: number) => {
    const [french, english] = [alignment.source[link.source + offset], alignment.target[link.target + offset]];
    return french !== undefined && english !== undefined && foldText(french.text) === foldText(english.text);
  };
  let [before, after] = [0, 0];
  while (isSame(-(before + 1))) before += 1;
  while (isSame(after + 1)) after += 1;
  return isSame(0) && before + after + 1 >= KEPT_PHRASE_LENGTH;
}

function isGenitiveMarker(alignment: WordAlignment, index: number): boolean {
  return index > 0 && /^d[eu]?['’]?$/i.test(alignment.source[index].text);
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
    if (!isPredicate(source, alignment.source[link.source], "source") || !isPredicate(target, alignment.target[link.target], "target") || isInKeptPhrase(alignment, link)) continue;
    // "a prêté au club" → "the club has borrowed from": a converse the aligner linked as the rendering has its participants turned round.
    if (isConverseRendering(alignment.source[link.source].text, alignment.target[link.target].text)) continue;
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
    // "UniCredit a retiré son offre sur Banco BPM" → "Banco BPM withdrew its bid for UniCredit": another participant took the subject's place.
    const targetSubject = targetArguments.find((argument) => argument.index < link.target && argument.marker === "" && argument.slot === "agent");
    const subjectSource = targetSubject === undefined ? undefined : sourceOf.get(targetSubject.index);
    heads.push({ predicate: [link.source, link.target], sourceArguments, targetArguments });
    // "Kast affrontera Jara" → "Jara will face Kast": a symmetric verb's two participants may trade places.
    const isSymmetricVerb = isTargetVerb && isSymmetric(alignment.target[link.target].text);
    for (const argument of sourceArguments) {
      const counterpart = counterpartOf(source, alignment, argument.index, targetOf);
      const targetArgument = counterpart === undefined ? undefined : targetArguments.find((candidate) => inPhrase(target, alignment.target, candidate, link.target, counterpart));
      const isSubjectReplaced = isTargetVerb && subjectSource !== undefined && subjectSource !== argument.index && !sourceArguments.some((other) => other.index === subjectSource);
      const isTraded = isSymmetricVerb && [argument.slot, targetArgument?.slot].every((slot) => slot === "agent" || slot === "patient");
      // "un rapport que Pékin a rejeté" → "a report Beijing dismissed": the English drops the relative pronoun, and the
      // object relative's antecedent stands just before the name that is its verb's subject, not in that name's phrase.
      const isContactClauseHead = argument.slot === "patient" && counterpart !== undefined && targetArgument !== undefined && counterpart === targetArgument.index - 1 &&
        /^\p{Ll}/u.test(alignment.target[counterpart].text) && /^\p{Lu}/u.test(alignment.target[targetArgument.index].text);
      // "Le plan a changé" → "We have changed the plan", "Ainsi finit le règne" → "the reign was ended": a verb that is intransitive in
      // French and causative in English turns its one participant into the thing acted upon, with no other French participant acting.
      const isCausativeRecast = argument.slot === "agent" && targetArgument?.slot === "patient" && isCausativeAlternating(alignment.target[link.target].text) &&
        !sourceArguments.some((other) => other.slot === "patient") && !targetArguments.some((other) => other.slot === "agent" && sourceOf.has(other.index));
      if (counterpart !== undefined && targetArgument && !isTraded && !isContactClauseHead && !isCausativeRecast &&
        (isConflict(argument, targetArgument.slot, isTargetSubjectlessVerb || isSubjectReplaced) || isOpponentTurned(alignment.source, sourceArguments, argument, targetArgument) || isAgentMadeRecipient(alignment.source[link.source].text, argument, targetArgument, !isTargetVerb || isTransferVerb(alignment.target[link.target].text))) &&
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
 * "prêté par le Montceau Bourgogne Foot" → "on a season-long loan to Montceau Bourgogne Foot": the one
 * a French participle names with "par" became the one the English sends something to. Only after a
 * participle: after a noun "par" may say the way ("un détour par le nord" → "a detour to the north").
 * And only where the English says a transfer, by a noun or a verb of giving (`isTransferTarget`):
 * "annexée par la République fédérale" → "annexed to the Federal Republic" says the same.
 */
function isAgentMadeRecipient(predicate: string, argument: Argument, targetArgument: Argument, isTransferTarget: boolean): boolean {
  return isTransferTarget && argument.slot === "agent" && argument.marker === "par" && FRENCH_PARTICIPLE.test(predicate.toLowerCase()) &&
    targetArgument.slot === "oblique" && targetArgument.marker === "to";
}

/** French markers of the side a win, a lead or a case is over or against: "sur", "contre"; "face à", read on its "à", is told by the word before. */
const FRENCH_OPPONENT_MARKERS = new Set(["sur", "contre"]);

/**
 * "la victoire d'Arras face à l'US Boulogne" → "US Boulogne's win over Arras": a noun's "de" complement,
 * with an opponent of its own marked beside it, became the English one's opponent ("over", "against").
 * Not a lone "de": "le contrôle de la ville" is "control over the city"; nor "à" alone: "remettre de
 * l'argent à des étrangers" → "handing over money to strangers" has a particle.
 */
function isOpponentTurned(words: AlignedWord[], sourceArguments: Argument[], argument: Argument, targetArgument: Argument): boolean {
  if (argument.slot !== "genitive" || targetArgument.slot !== "oblique" || !/^(?:over|against)$/.test(targetArgument.marker)) return false;
  const isFaceA = (index: number) => words.slice(Math.max(0, index - 4), index).some((word, offset, before) => /^face$/i.test(word.text) && /^(?:à|au|aux)$/i.test(before[offset + 1]?.text ?? ""));
  return sourceArguments.some((other) => other !== argument && other.slot === "oblique" && (FRENCH_OPPONENT_MARKERS.has(other.marker) || (other.marker === "a" && isFaceA(other.index))));
}
