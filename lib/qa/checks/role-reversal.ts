import { findArgumentReversals } from "../roles/argument-reversal";
import { findComparativeSwaps } from "../roles/comparative-swaps";
import { findParticipantSwaps } from "../roles/participant-swaps";
import { findVoiceSwaps } from "../roles/voice-swaps";
import { findNationSwaps, isFrenchDemonym } from "../roles/nation-swaps";
import { findCrossedParticipants } from "../roles/crossed-participants";
import { findLinkedVerbCrossings } from "../roles/linked-verb-crossings";
import { findConverseRenderings } from "../roles/converse-renderings";
import { findTurnedTransfers } from "../roles/turned-transfers";
import { findDirectionSwaps } from "../roles/direction-swaps";
import { findMarkerTrades, findPartyTrades, findRecipientTrades } from "../roles/marker-trades";
import { findOwnerSwaps } from "../roles/owner-swaps";
import { withSeatLinks } from "../roles/seat-links";
import { ENGLISH_DEMONYM_ENDING, entityStems, isSameStem } from "../names/entity-stems";
import { STARTER_ROLE_REVERSAL_RULES } from "../roles/role-reversal-rules";
import { foldText, normaliseApostrophes, normaliseKey } from "@/lib/text/text";
import type { CheckHit, GlossaryEntry, RoleReversalPattern, SegmentCheck, Span } from "../types";

type Role = "agent" | "patient";
type Word = { text: string; start: number; end: number; isCapitalised: boolean };
type Mention = { role: Role; entity: string[]; entityText: string; noun: string; start: number; end: number };
type Language = "fr" | "en";

const ARTICLES = new Set(["le", "la", "les", "l'", "un", "une", "the", "a", "an", "its", "their", "etat", "state", "d'", "de", "of"]);
/** A nationality, its plural or a possessive before the noun: "Israeli", "Americans'", "Wesnoth's". */
const isEnglishAgentAdjective = (text: string) => ENGLISH_DEMONYM_ENDING.test(text) || /(?:ans|'s)$/.test(text);

function tokenize(text: string): Word[] {
  const folded = foldText(normaliseApostrophes(text));
  const words: Word[] = [];
  for (const match of folded.matchAll(/(?<!\p{L})(?:[ldnjmstc]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})|\p{L}[\p{L}-]*(?:'s)?/gu)) {
    const original = text[match.index];
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, isCapitalised: original !== original.toLowerCase() });
  }
  return words;
}

function isSameEntity(a: string[], b: string[]): boolean {
  return a.some((stemA) => b.some((stemB) => isSameStem(stemA, stemB)));
}

function matchesAt(words: Word[], at: number, phrase: string[]): boolean {
  return phrase.every((part, offset) => words[at + offset]?.text === part);
}

function isNationality(word: Word | undefined, language: Language): boolean {
  if (!word) return false;
  return language === "fr" ? !word.isCapitalised && isFrenchDemonym(word.text) : word.isCapitalised && isEnglishAgentAdjective(word.text);
}

const FRENCH_STOPWORDS = new Set(["de", "du", "des", "d'", "et", "en", "a", "au", "aux", "qui", "que", "dans", "par", "pour", "sur", "contre", "avec"]);

/** The name after a marker, past articles: "contre Gaza", "par l'armée israélienne", "on the Gaza Strip", "de l'empire inca". */
function findEntity(text: string, words: Word[], from: number, language: Language): Word[] {
  let k = from;
  while (k < words.length && k < from + 4 && ARTICLES.has(words[k].text)) k += 1;
  const [head, next] = [words[k], words[k + 1]];
  if (!head) return [];
  if (head.isCapitalised) return next?.isCapitalised ? [head, next] : [head];
  if (isNationality(head, language)) return [head];
  if (!next) return [];
  // "la patrie de Kalenz", "the homeland of Kalenz": the one named is the name the noun belongs to.
  const owner = words[k + 2];
  if (/^(?:de|du|d'|of)$/.test(next.text) && owner?.isCapitalised && !/[.;:!?,]/.test(text.slice(head.end, owner.start))) return owner && words[k + 3]?.isCapitalised ? [owner, words[k + 3]] : [owner];
  const isModifier = next.isCapitalised || isNationality(next, language) || (language === "fr" && next.text.length >= 4 && !FRENCH_STOPWORDS.has(next.text));
  return isModifier ? [next] : [];
}

type Frame = { nouns: string[][]; agentMarkers: string[][]; patientMarkers: string[][]; adjectiveIsAgent: boolean };

function findMentions(text: string, words: Word[], frame: Frame, language: Language): Mention[] {
  const mentions: Mention[] = [];
  const add = (role: Role, entity: Word[], nounWord: Word, start: number, end: number) => {
    const [first, last] = [entity[0], entity[entity.length - 1]];
    mentions.push({ role, entity: entityStems(entity.map((word) => word.text), language, true), entityText: text.slice(first.start, last.end), noun: text.slice(nounWord.start, nounWord.end), start, end });
  };
  for (let i = 0; i < words.length; i += 1) {
    const noun = frame.nouns.find((phrase) => matchesAt(words, i, phrase));
    if (!noun) continue;
    const [nounWord, nounEnd] = [words[i], i + noun.length];
    const next = words[nounEnd];
    const previous = words[i - 1];
    if (frame.adjectiveIsAgent && language === "fr" && next && !next.isCapitalised && isFrenchDemonym(next.text)) {
      add("agent", [next], nounWord, nounWord.start, next.end);
    }
    if (frame.adjectiveIsAgent && language === "en" && previous?.isCapitalised && isEnglishAgentAdjective(previous.text)) {
      add("agent", [previous], nounWord, previous.start, words[nounEnd - 1].end);
    }
    // A marker inside an entity already read ("sur la patrie de Kalenz") marks nothing more.
    let readUntil = -1;
    for (let j = nounEnd; j < Math.min(words.length, nounEnd + 6); j += 1) {
      if (/[.;:!?]/.test(text.slice(words[j - 1].end, words[j].start))) break;
      if (j <= readUntil) continue;
      for (const [role, markers] of [["agent", frame.agentMarkers], ["patient", frame.patientMarkers]] as const) {
        const marker = markers.find((phrase) => matchesAt(words, j, phrase));
        const entity = marker ? findEntity(text, words, j + marker.length, language) : [];
        if (entity.length === 0) continue;
        add(role, entity, nounWord, nounWord.start, entity[entity.length - 1].end);
        readUntil = Math.max(readUntil, words.indexOf(entity[entity.length - 1]));
      }
    }
  }
  return mentions;
}

const split = (phrases: string[]) => phrases.map((phrase) => foldText(normaliseApostrophes(phrase)).split(/\s+|(?<=')/).filter(Boolean));

const FRAMES = new WeakMap<GlossaryEntry, { source: Frame; target: Frame; sourceHeads: string[] }>();

function frames(entry: GlossaryEntry & { pattern: RoleReversalPattern }): { source: Frame; target: Frame; sourceHeads: string[] } {
  const cached = FRAMES.get(entry);
  if (cached) return cached;
  const { pattern } = entry;
  const built = {
    source: { nouns: split([entry.sourceTerm, ...pattern.sourceNouns]), agentMarkers: split(pattern.sourceAgentMarkers), patientMarkers: split(pattern.sourcePatientMarkers), adjectiveIsAgent: pattern.adjectiveIsAgent },
    target: { nouns: split([...entry.targetTerms, ...pattern.targetNouns]), agentMarkers: split(pattern.targetAgentMarkers), patientMarkers: split(pattern.targetPatientMarkers), adjectiveIsAgent: pattern.adjectiveIsAgent },
    sourceHeads: [] as string[],
  };
  built.sourceHeads = built.source.nouns.map((noun) => noun[0]);
  FRAMES.set(entry, built);
  return built;
}

function describe(role: Role): string {
  return role === "agent" ? "the one acting" : "the one acted upon";
}

export function findRoleReversals(source: string, target: string, rules: GlossaryEntry[]): CheckHit[] {
  const hits: CheckHit[] = [];
  const flagged = new Set<string>();
  const foldedSource = foldText(normaliseApostrophes(source));
  let words: { source: Word[]; target: Word[] } | null = null;
  for (const entry of rules) {
    if (entry.kind !== "role_reversal" || !entry.pattern) continue;
    const frame = frames(entry as GlossaryEntry & { pattern: RoleReversalPattern });
    if (!frame.sourceHeads.some((head) => foldedSource.includes(head))) continue;
    words ??= { source: tokenize(source), target: tokenize(target) };
    const sourceMentions = findMentions(source, words.source, frame.source, "fr");
    if (sourceMentions.length === 0) continue;
    for (const mention of findMentions(target, words.target, frame.target, "en")) {
      const opposite = sourceMentions.find((candidate) => candidate.role !== mention.role && isSameEntity(candidate.entity, mention.entity));
      const same = sourceMentions.some((candidate) => candidate.role === mention.role && isSameEntity(candidate.entity, mention.entity));
      if (!opposite || same || flagged.has(`${mention.start}:${mention.end}`)) continue;
      flagged.add(`${mention.start}:${mention.end}`);
      const targetText = target.slice(mention.start, mention.end);
      hits.push({
        message: `The source “${source.slice(opposite.start, opposite.end)}” makes ${opposite.entityText} ${describe(opposite.role)}, but the target “${targetText}” makes ${mention.entityText} ${describe(mention.role)}.`,
        sourceSpan: { start: opposite.start, end: opposite.end },
        targetSpan: { start: mention.start, end: mention.end },
        key: `${entry.id}|${normaliseKey(targetText)}`,
      });
    }
  }
  return hits;
}

export const roleReversal: SegmentCheck = {
  id: "role-reversal",
  category: "accuracy_mistranslation",
  severity: "critical",
  title: "Who did what to whom is reversed",
  run({ source, target }, { glossary, includeStarterRules, alignment }) {
    if (target.trim() === "") return [];
    const custom = glossary.filter((entry) => entry.kind === "role_reversal");
    const ruled = findRoleReversals(source, target, includeStarterRules ? [...STARTER_ROLE_REVERSAL_RULES, ...custom] : custom);
    // The glossary's rules speak first; an aligned reading of the same words adds nothing.
    const overlaps = (a: Span | null, b: Span | null) => a !== null && b !== null && a.start < b.end && b.start < a.end;
    const aligned: CheckHit[] = [...ruled];
    const roleAlignment = withSeatLinks(alignment());
    // Two participants crossed is the barest reading: one that names the relation turned ("who gives and who receives") speaks first.
    for (const hit of [...findArgumentReversals(source, target, roleAlignment), ...findParticipantSwaps(source, target, roleAlignment), ...findVoiceSwaps(source, target, roleAlignment), ...findComparativeSwaps(source, target, roleAlignment), ...findNationSwaps(source, target, roleAlignment), ...findConverseRenderings(source, target, roleAlignment), ...findTurnedTransfers(source, target, roleAlignment), ...findDirectionSwaps(source, target, roleAlignment), ...findMarkerTrades(source, target, roleAlignment), ...findRecipientTrades(source, target, roleAlignment), ...findPartyTrades(source, target, roleAlignment), ...findOwnerSwaps(source, target, roleAlignment), ...findCrossedParticipants(source, target, roleAlignment), ...findLinkedVerbCrossings(source, target, roleAlignment)]) {
      if (!aligned.some((other) => overlaps(other.targetSpan, hit.targetSpan))) aligned.push(hit);
    }
    return aligned;
  },
};
