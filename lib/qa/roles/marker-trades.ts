// Who acts and whom it is against, traded between the sides: "déposée par une association contre
// l'État" rendered "filed by the State against an association".
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { normaliseKey } from "@/lib/text/text";
import type { CheckHit } from "../types";
import { MARKERS, hasBoundary, strongLinks, words } from "./role-markers";

type Role = "agent" | "opponent";

/** The markers of an agent and of an opponent: "par"/"by", "contre"/"against". */
const ROLE_MARKERS: Record<Language, Map<string, Role>> = {
  source: new Map([["par", "agent"], ["contre", "opponent"]]),
  target: new Map([["by", "agent"], ["against", "opponent"]]),
};
/** Words a marked phrase may hold before the linked word: determiners and modifiers ("contre l'État", "by the Dutch state"). */
const PHRASE_REACH = 3;
/** How far apart the two marked phrases of one side may stand. */
const PAIR_REACH = 12;
/** Words after "par" that make it no agent's marker: "par ailleurs", "par exemple". */
const NOT_AGENT_AFTER = words("ailleurs exemple contre consequent suite rapport an jour mois semaine habitant personne tete");

/** The role the marker before word `index` gives it, past determiners and modifiers, or null. */
function roleOf(text: string, alignedWords: AlignedWord[], index: number, language: Language): Role | null {
  for (let k = index - 1; k >= 0 && index - k <= PHRASE_REACH + 1; k -= 1) {
    if (hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) return null;
    const folded = foldedAt(alignedWords, k, language);
    const role = ROLE_MARKERS[language].get(folded);
    if (role) return role === "agent" && language === "source" && NOT_AGENT_AFTER.has(foldedAt(alignedWords, k + 1, language)) ? null : role;
    if (MARKERS[language].prepositions.has(folded)) return null;
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
  if (!/(?<!\p{L})contre(?!\p{L})/iu.test(source) || !/\bagainst\b/i.test(target)) return [];
  const marked = strongLinks(alignment).flatMap((link) => {
    const sourceRole = roleOf(source, alignment.source, link.source, "source");
    const targetRole = sourceRole === null ? null : roleOf(target, alignment.target, link.target, "target");
    return sourceRole && targetRole && sourceRole !== targetRole ? [{ link, sourceRole }] : [];
  });
  const agent = marked.find((candidate) => candidate.sourceRole === "agent");
  const opponent = marked.find((candidate) => candidate.sourceRole === "opponent");
  if (!agent || !opponent || Math.abs(agent.link.source - opponent.link.source) > PAIR_REACH || Math.abs(agent.link.target - opponent.link.target) > PAIR_REACH) return [];
  const [first, last] = [agent.link, opponent.link].toSorted((a, b) => a.source - b.source);
  const [targetFirst, targetLast] = [agent.link, opponent.link].toSorted((a, b) => a.target - b.target);
  const sourceSpan = { start: alignment.source[first.source].start, end: alignment.source[last.source].end };
  const targetSpan = { start: alignment.target[targetFirst.target].start, end: alignment.target[targetLast.target].end };
  const [agentWord, opponentWord] = [alignment.source[agent.link.source].text, alignment.source[opponent.link.source].text];
  const word = (alignedWords: AlignedWord[], index: number) => ({ start: alignedWords[index].start, end: alignedWords[index].end });
  return [{
    message: `The source has “${agentWord}” acting (“par”) against “${opponentWord}” (“contre”); the target “${target.slice(targetSpan.start, targetSpan.end)}” has them the other way round: who acts against whom is turned round.`,
    sourceSpan, targetSpan, key: `marker-trade|${normaliseKey(target.slice(targetSpan.start, targetSpan.end))}`,
    evidence: { links: [agent.link, opponent.link].map((link) => ({ source: word(alignment.source, link.source), target: word(alignment.target, link.target), score: link.score })) },
  }];
}
