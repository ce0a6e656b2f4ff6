// Who acts and whom it is against, or who receives, traded between the sides: "déposée par une
// association contre l'État" rendered "filed by the State against an association", "condamné à verser
// 303 millions à Netlist" rendered "ordered Netlist to pay $303 million to Samsung".
import type { AlignedWord, WordAlignment, WordLink } from "@/lib/word-align/types";
import { foldedAt, wordInfo, type Language } from "@/lib/word-align/words";
import { normaliseKey, spanOf } from "@/lib/text/text";
import { FOLDED_DAYS } from "@/lib/text/calendar-words";
import type { CheckHit } from "../types";
import { hasBoundary, hasPassiveAuxiliaryWithin, isFrenchTo, isNoun, MARKERS, nameEnd, nameStart, strongLinks, wholeNameAt, words } from "./role-markers";
import { isVerb } from "./verb-reading";
import { conversesOf } from "./converse-predicates";
import { isConverse } from "./converse-renderings";

type Role = "agent" | "opponent" | "beneficiary";

/** The markers of an agent and of an opponent: "par"/"by", "contre"/"against". */
const ROLE_MARKERS: Record<Language, Map<string, Role>> = {
  source: new Map([["par", "agent"], ["contre", "opponent"]]),
  target: new Map([["by", "agent"], ["against", "opponent"]]),
};
/** How each role is said in a message. */
const ROLE_WORDS: Record<Role, string> = { agent: "acting", opponent: "opposed", beneficiary: "favoured" };

/**
 * A marker of two words, read at its preposition `k`: "face à" marks an opponent; "en faveur de", "donner
 * raison à" (a day may come between: "a donné raison jeudi à") and "in favour of", "sided with" the one a
 * ruling favours.
 */
function phraseRoleAt(alignedWords: AlignedWord[], k: number, language: Language): Role | null {
  const before = (offset: number) => (k - offset >= 0 ? foldedAt(alignedWords, k - offset, language) : "");
  if (language === "target") {
    const folded = foldedAt(alignedWords, k, language);
    return (folded === "of" && /^favou?r$/.test(before(1)) && before(2) === "in") || (folded === "with" && before(1) === "sided") ? "beneficiary" : null;
  }
  if (/^(?:de|d['’])$/i.test(alignedWords[k].text)) return before(1) === "faveur" && before(2) === "en" ? "beneficiary" : null;
  if (!isFrenchTo(alignedWords[k])) return null;
  if (before(1) === "face") return "opponent";
  return before(1) === "raison" || (before(2) === "raison" && (FOLDED_DAYS.has(before(1)) || RAISON_ADVERBS.has(before(1)))) ? "beneficiary" : null;
}
/** Adverbs that may stand between "donner raison" and "à": "a donné raison hier à", "a finalement donné raison aussi à". */
const RAISON_ADVERBS = words("hier aussi finalement");
/** Words a marked phrase may hold before the linked word: determiners and modifiers ("contre l'État", "by the Dutch state"). */
const PHRASE_REACH = 3;
/** Words a complement's head may hold before it: "aux [grands] industriels de l'emballage". */
const COMPLEMENT_HEAD_REACH = 2;
/** How far apart the two marked phrases of one side may stand. */
const PAIR_REACH = 12;
/** Words after "par" that make it no agent's marker: "par ailleurs", "par exemple". */
const NOT_AGENT_AFTER = words("ailleurs exemple contre consequent suite rapport an jour mois semaine habitant personne tete");

/** The role the marker before word `index` gives it, past determiners and modifiers, or null. */
function roleOf(text: string, alignedWords: AlignedWord[], index: number, language: Language): Role | null {
  let reach = PHRASE_REACH + 1;
  for (let k = index - 1; k >= 0 && index - k <= reach; k -= 1) {
    if (hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) return null;
    const folded = foldedAt(alignedWords, k, language);
    const role = ROLE_MARKERS[language].get(folded);
    if (role) return role === "agent" && language === "source" && NOT_AGENT_AFTER.has(foldedAt(alignedWords, k + 1, language)) ? null : role;
    // The complement of the phrase's head: "aux industriels de l'emballage", its English "packaging manufacturers".
    if (language === "source" && /^(?:de|d')$/.test(folded) && k > 0 && alignedWords[k - 1].isContent && !isFrenchTo(alignedWords[k - 1]) && phraseRoleAt(alignedWords, k, language) === null) {
      reach = index - k + 1 + COMPLEMENT_HEAD_REACH;
      continue;
    }
    if (MARKERS[language].prepositions.has(folded) || folded === "with") return phraseRoleAt(alignedWords, k, language);
    if (!MARKERS[language].determiners.has(folded) && !alignedWords[k].isContent) return null;
  }
  return null;
}

/**
 * Two linked participants, one marked as the agent and the other as the opponent on each side, with
 * the markers traded: "une plainte déposée par une association contre l'État" rendered "a complaint
 * filed by the State against an association". Read by the markers alone, whichever predicate they
 * hang on: the words they mark are what each side says acts and what it acts against.
 */
export function findMarkerTrades(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  if (!/(?<!\p{L})(?:contre|face|raison|faveur)(?!\p{L})/iu.test(source) || !/\b(?:against|favou?r|sided)\b/i.test(target)) return [];
  const marked = strongLinks(alignment).flatMap((link) => {
    const sourceRole = roleOf(source, alignment.source, link.source, "source");
    const targetRole = sourceRole === null ? null : roleOf(target, alignment.target, link.target, "target");
    return sourceRole && targetRole && sourceRole !== targetRole ? [{ link, sourceRole, targetRole }] : [];
  });
  // Two participants, each given the other's role: "par X contre Y" → "by Y against X", "raison à X face à Y" → "in favour of Y against X".
  const pair = marked.flatMap((one) => marked.filter((other) => other.sourceRole === one.targetRole && other.targetRole === one.sourceRole && one.sourceRole !== "opponent" &&
    Math.abs(one.link.source - other.link.source) <= PAIR_REACH && Math.abs(one.link.target - other.link.target) <= PAIR_REACH).map((other) => [one, other] as const))[0];
  if (!pair) return [];
  const [actor, opponent] = pair;
  const [first, last] = [actor.link, opponent.link].toSorted((a, b) => a.source - b.source);
  const [targetFirst, targetLast] = [actor.link, opponent.link].toSorted((a, b) => a.target - b.target);
  const sourceSpan = { start: alignment.source[first.source].start, end: alignment.source[last.source].end };
  const targetSpan = { start: alignment.target[targetFirst.target].start, end: alignment.target[targetLast.target].end };
  const [actorWord, opponentWord] = [alignment.source[actor.link.source].text, alignment.source[opponent.link.source].text];
  const turned = [actor, opponent].some((one) => one.sourceRole === "beneficiary") ? "whom the decision favours" : "who acts against whom";
  return [{
    message: `The source has “${actorWord}” ${ROLE_WORDS[actor.sourceRole]} and “${opponentWord}” ${ROLE_WORDS[opponent.sourceRole]}; the target “${target.slice(targetSpan.start, targetSpan.end)}” has them the other way round: ${turned} is turned round.`,
    sourceSpan, targetSpan, key: `marker-trade|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
    evidence: { links: [actor.link, opponent.link].map((link) => linkEvidence(alignment, link)) },
  }];
}

/** What marks a recipient: "à Netlist", "aux familles", "to Samsung". */
const RECIPIENT: Record<Language, Set<string>> = { source: words("a au aux"), target: words("to") };
/** Words a recipient's phrase may hold before the linked word: "to South Korea's Samsung", "à la société américaine Netlist". */
const RECIPIENT_REACH = 4;
/** How far past the linked verb the recipient may stand: "verser 303 millions de dollars à la société américaine Netlist", "pay $303 million to". */
const VERB_REACH = 10;
/** English puts the recipient after the whole object, however long: "sold its 20 percent stake in an offshore block in the Lower Congo basin to". */
const TARGET_VERB_REACH = 20;

/** English verbs that give something to someone ("to" then marks who receives it). */
const GIVING_VERBS = words("pay give sell lend send donate hand transfer award grant return deliver supply offer provide cede owe refund reimburse bequeath leave");
let givingStems: Set<string> | null = null;

/** Whether an English verb gives something to someone: "pay", "sold", "handed". */
function isGivingVerb(text: string): boolean {
  givingStems ??= new Set([...GIVING_VERBS].map((verb) => wordInfo(verb, "target").stem));
  const info = wordInfo(text, "target");
  return givingStems.has(info.baseStem) || givingStems.has(info.stem);
}

/**
 * The marker that opens the phrase of word `index`, past determiners, modifiers, names and an English
 * "'s" (within `reach` words), or -1. A content word before a determiner belongs to another phrase:
 * "au pape une liste" gives to the pope, not the list.
 */
function markerBefore(text: string, alignedWords: AlignedWord[], index: number, language: Language, reach: number, isMarker: (k: number) => boolean): number {
  let isPastDeterminer = false;
  for (let k = index - 1; k >= 0 && index - k <= reach; k -= 1) {
    if (hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) return -1;
    if (isMarker(k)) return k;
    const folded = foldedAt(alignedWords, k, language);
    const isDeterminer = MARKERS[language].determiners.has(folded);
    if (MARKERS[language].prepositions.has(folded) || (!isDeterminer && !alignedWords[k].isContent && folded !== "'s") || (isPastDeterminer && alignedWords[k].isContent)) return -1;
    isPastDeterminer ||= isDeterminer;
  }
  return -1;
}

/**
 * Whether a recipient's marker stands before word `index`; an English lower-case word only after a
 * determiner or a name ("to U.S. company Netlist", not "to get China", an infinitive's object).
 */
function isRecipient(text: string, alignedWords: AlignedWord[], index: number, language: Language): boolean {
  // "a remis une liste": the auxiliary "a" folds like "à".
  const k = markerBefore(text, alignedWords, index, language, RECIPIENT_REACH + 1,
    (at) => RECIPIENT[language].has(foldedAt(alignedWords, at, language)) && !(language === "source" && /^a$/i.test(alignedWords[at].text)));
  if (k < 0) return false;
  const after = alignedWords[k + 1];
  // "to build": a lower-case word right after "to" is an infinitive.
  return language === "source" || (k + 1 === index && !/^\p{Ll}/u.test(after.text)) || MARKERS.target.determiners.has(foldedAt(alignedWords, k + 1, language)) || /^\p{Lu}/u.test(after.text);
}

/** Whether an English verb form stands between two words: "handed the pope a list of children [deported] to Russia" gives nothing to Russia. */
function hasVerbBetween(alignedWords: AlignedWord[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1) if (isVerb(alignedWords, index, "target")) return true;
  return false;
}

/**
 * Who is given to, traded: the French recipient ("à Netlist") is no recipient in English, and the one
 * English gives to ("to Samsung") is no French recipient, both after one verb rendered on each side
 * ("verser"/"pay"): "Samsung a été condamné à verser 303 millions de dollars à Netlist" rendered "A
 * jury ordered Netlist to pay $303 million to Samsung".
 */
export function findRecipientTrades(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  if (!/(?<!\p{L})(?:à|au|aux)(?!\p{L})/iu.test(source) || !/\bto\b/i.test(target)) return [];
  // Names, or nouns after their article: "à un ancien trader".
  const links = strongLinks(alignment).filter((link) => alignment.source[link.source].isContent && (/^\p{Lu}/u.test(alignment.source[link.source].text) || isNoun(alignment.source, link.source, "source")));
  // Not a place set off after the recipient (", au Mexique"), nor a name inside the French recipient's phrase ("à la ville de Tlaxcala").
  const isAfterComma = (index: number) => index > 0 && /,\s*$/.test(source.slice(Math.max(0, alignment.source[index].start - 3), alignment.source[index].start));
  const isSetOff = (index: number) => isAfterComma(index - 1) || isAfterComma(index - 2);
  // Another verb's recipient may be this one's: "a donné raison aux enfants …, léguant sa fortune à son épouse" → "leaving his fortune to his children".
  const isInRecipientPhrase = (index: number, verb: number) => alignment.source.slice(Math.max(0, verb + 1, index - RECIPIENT_REACH - 2), index).some((word) => RECIPIENT.source.has(wordInfo(word.text, "source").folded));
  const sourceRecipients = links.filter((link) => isRecipient(source, alignment.source, link.source, "source") && !isSetOff(link.source) && !isRecipient(target, alignment.target, link.target, "target"));
  const targetRecipients = links.filter((link) => isRecipient(target, alignment.target, link.target, "target"));
  for (const given of sourceRecipients) {
    for (const taken of targetRecipients) {
      // One verb of giving rendered on both sides ("verser"/"pay"), not "give up" nor "give in"; not a place ("baptisés à Pâques") nor a converse ("a racheté à Spirit" → "sold to Airbus").
      const verb = alignment.links.find((link) => link.source < given.source && given.source - link.source <= VERB_REACH && link.target < taken.target && taken.target - link.target <= TARGET_VERB_REACH &&
        !hasBoundary(target, alignment.target[link.target].end, alignment.target[taken.target].start) && !hasVerbBetween(alignment.target, link.target, taken.target) &&
        alignment.source[link.source].isContent && link.score >= 0.7 && isGivingVerb(alignment.target[link.target].text) && !/^(?:up|in)$/i.test(alignment.target[link.target + 1]?.text ?? "") &&
        !isConverse(alignment.source[link.source].text, alignment.target[link.target].text, conversesOf(alignment.target[link.target].text)));
      if (!verb || isInRecipientPhrase(taken.source, verb.source)) continue;
      const sourceSpan = { start: alignment.source[verb.source].start, end: alignment.source[given.source].end };
      const targetSpan = { start: alignment.target[verb.target].start, end: alignment.target[taken.target].end };
      const targetText = target.slice(targetSpan.start, targetSpan.end);
      // A long object between the verb and its recipient is left out of the quote: "sold … to Angolan state oil company Sonangol".
      const marker = alignment.target.findLastIndex((word, index) => index < taken.target && RECIPIENT.target.has(wordInfo(word.text, "target").folded));
      const quoted = marker - verb.target > VERB_REACH ? `${alignment.target[verb.target].text} … ${target.slice(alignment.target[marker].start, targetSpan.end)}` : targetText;
      return [{
        message: `The source “${source.slice(sourceSpan.start, sourceSpan.end)}” gives to ${alignment.source[given.source].text}; the target “${quoted}” gives to ${alignment.target[taken.target].text}, whom the source does not: who gives and who receives is turned round.`,
        sourceSpan, targetSpan, key: `recipient-trade|${normaliseKey(targetText)}`,
        evidence: { links: [given, taken].map((link) => linkEvidence(alignment, link)) },
      }];
    }
  }
  return [];
}

/** A link as evidence: the two words it joins. */
function linkEvidence(alignment: WordAlignment, link: WordLink): { source: { start: number; end: number }; target: { start: number; end: number }; score: number } {
  return { source: spanOf(alignment.source[link.source]), target: spanOf(alignment.target[link.target]), score: link.score };
}

/**
 * Markers that name the other party of a move or a loan, French and English: "auprès de"/"from" (who
 * lends or sells), "vers"/"to" (where it goes). French and English keep them for the same party; a
 * converse verb changes the marker too ("a emprunté auprès de" → "lent to").
 */
const PARTY_MARKERS: ReadonlyArray<{ source: string; target: string; label: string; role: string; otherRole: string; inSource: RegExp; inTarget: RegExp; isPassive?: true }> = [
  { source: "aupres", target: "from", label: "auprès de", role: "the one it is obtained from", otherRole: "the one acting", inSource: /(?<!\p{L})aupr[eè]s(?!\p{L})/iu, inTarget: /\bfrom\b/i },
  { source: "vers", target: "to", label: "vers", role: "where it goes", otherRole: "the one acting", inSource: /(?<!\p{L})vers(?!\p{L})/iu, inTarget: /\bto\b/i },
  // A passive's agent: "Le gouvernement a été assigné en justice par NTI" rendered "NTI has been taken to court by the government".
  { source: "par", target: "by", label: "par", role: "the one acting", otherRole: "the one acted on", inSource: /(?<!\p{L})par(?!\p{L})/iu, inTarget: /\bby\b/i, isPassive: true },
];
/** How far before the verb both render a passive auxiliary may stand: "a été assigné en justice", "has been taken to court". */
const PASSIVE_REACH = 3;
/** How far from the verb the English party may stand: a relative clause may come between ("extradited … , who is wanted …, to Honduras"). */
const PARTY_REACH = 20;
/** Participants may be linked more loosely than predicates: a nationality adjective to its country ("hondurien"/"Honduras"). */
const MIN_PARTY_SCORE = 0.5;


/** How many words past the linked one a party's phrase may run on: "by world number one Wang Chuqin". */
const PHRASE_RUN = 4;

/**
 * The last word of the English phrase the word at `index` opens or qualifies: the content words, names and figures right after it, up to a
 * punctuation mark or a verb ("federal" of "by the federal government", "world" of "by world number one Wang Chuqin").
 */
function phraseEnd(text: string, alignedWords: AlignedWord[], index: number): number {
  const isPhraseWord = (at: number) => alignedWords[at].isContent || /^\p{Lu}|^\d/u.test(alignedWords[at].text) || /^(?:one|two|three)$/i.test(alignedWords[at].text);
  let end = index;
  while (end + 1 < alignedWords.length && end - index < PHRASE_RUN && !hasBoundary(text, alignedWords[end].end, alignedWords[end + 1].start) &&
    isPhraseWord(end + 1) && !isVerb(alignedWords, end + 1, "target")) end += 1;
  return end;
}

/** Whether `marker` opens the phrase of word `index` ("auprès de la banque publique Bpifrance"); the "de" of "auprès de" belongs to it. */
function isMarkedBy(text: string, alignedWords: AlignedWord[], index: number, language: Language, marker: string): boolean {
  const isMarker = (at: number) => foldedAt(alignedWords, at, language) === marker ||
    (/^(?:de|du|des|d')$/.test(foldedAt(alignedWords, at, language).replace(/’/g, "'")) && foldedAt(alignedWords, at - 1, language) === marker);
  return markerBefore(text, alignedWords, index, language, RECIPIENT_REACH + 2, isMarker) >= 0;
}

/**
 * The other party of a move or a loan made the subject, and the subject that party: "Smoby a obtenu un
 * prêt auprès de Bpifrance" rendered "Bpifrance has borrowed from Smoby", "Le Honduras a extradé
 * vers les États-Unis" rendered "The United States extradited … to Honduras". Each side's marked party
 * is the other's participant before the verb they both render.
 */
export function findPartyTrades(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const markers = PARTY_MARKERS.filter((marker) => marker.inSource.test(source) && marker.inTarget.test(target));
  if (markers.length === 0) return [];
  const parties = alignment.links.filter((link) => link.score >= MIN_PARTY_SCORE && alignment.source[link.source].isContent && alignment.target[link.target].isContent);
  const verbs = strongLinks(alignment);
  for (const marker of markers) {
    const sourceMarked = parties.filter((link) => isMarkedBy(source, alignment.source, link.source, "source", marker.source) && !isMarkedBy(target, alignment.target, link.target, "target", marker.target));
    const targetMarked = parties.filter((link) => isMarkedBy(target, alignment.target, link.target, "target", marker.target) && !isMarkedBy(source, alignment.source, link.source, "source", marker.source));
    for (const given of sourceMarked) {
      for (const taken of targetMarked) {
        // Crossed about one rendered verb: the French subject is the English marked party, and the French marked party the English subject.
        // The English predicate is a verb (an auxiliary's, a past, a verb form), no noun: "received an order from" renders "a passé commande auprès de" by a converse the noun does not show.
        // The verb comes before the marker on each side: "has borrowed … from Smoby", not "planemaker" of "from the European planemaker".
        const isBeforeMarker = (link: WordLink) => alignment.source.slice(link.source + 1, given.source).some((word) => wordInfo(word.text, "source").folded === marker.source) &&
          alignment.target.slice(link.target + 1, taken.target).some((word) => wordInfo(word.text, "target").folded === marker.target);
        const verb = verbs.find((link) => taken.source < link.source && link.source < given.source && given.target < link.target && link.target < taken.target && isBeforeMarker(link) &&
          taken.target - link.target <= PARTY_REACH && given.source - link.source <= VERB_REACH && isVerb(alignment.target, link.target, "target"));
        // A passive's agent traded only about a verb passive on both sides: "ont été sanctionnés par Washington" → "Washington has sanctioned", with
        // "owned by Piraeus-based companies" elsewhere, is no trade.
        if (!verb || (marker.isPassive && !(hasPassiveAuxiliaryWithin(alignment.source, verb.source, "source", PASSIVE_REACH) && hasPassiveAuxiliaryWithin(alignment.target, verb.target, "target", PASSIVE_REACH)))) continue;
        const sourceSpan = { start: alignment.source[taken.source].start, end: alignment.source[nameEnd(source, alignment.source, given.source)].end };
        const targetSpan = { start: alignment.target[nameStart(target, alignment.target, given.target)].start, end: alignment.target[phraseEnd(target, alignment.target, taken.target)].end };
        // Each party by its whole name or phrase: "Nunavut Tunngavik Inc", "federal government", not "Inc" and "federal".
        const sourceParty = wholeNameAt(source, alignment.source, given.source);
        const targetParty = target.slice(alignment.target[taken.target].start, targetSpan.end);
        return [{
          message: `The source has ${sourceParty} as ${marker.role} (“${marker.label}”), but the target has ${targetParty} (“${marker.target}”), whom the source makes ${marker.otherRole}: the two parties have traded places.`,
          sourceSpan, targetSpan, key: `party-trade|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
          evidence: { links: [given, taken, verb].map((link) => linkEvidence(alignment, link)) },
        }];
      }
    }
  }
  return [];
}
