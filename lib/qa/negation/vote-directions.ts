import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isBoundary, type Negator } from "./negators";

// A vote says yes or no by the word after its verb, not by a negation: "ont voté la reconduction de
// la grève" is a vote for, "voted against extending their strike" one against.

/** French forms (folded) of "voter" and "vote", not "votre". */
const FRENCH_VOTE = /^vot(?:e|es|ee|ees|er|ent|ons|ez|ait|aient|ant|ants|era|eront|erait|eraient|erons)$/;
const ENGLISH_VOTE = /^(?:vote|votes|voted|voting)$/;
/** Words after a French vote that make it a vote against: "a voté contre", "ont voté le rejet", "a voté non". */
const FRENCH_AGAINST = /^(?:contre|rejet|rejeter|refus|non|defavorable|censure|abroga)/;
/** Words after an English vote that make it a vote against: "voted against", "voted down", "voted no", "voted to reject". */
const ENGLISH_AGAINST = /^(?:against|down|no|nay|reject|rejects|rejected|rejecting|oppose|opposed|repeal|scrap|scrapping|block|overturn|abolish|abolishing|abolition|eliminate|eliminating|removing|remove)$/;
/** How many words after its verb a vote's direction may come: "voted on Tuesday against". */
const REACH = 4;

/** How far a French vote's object may stand past a date or a phrase set off by commas: "a voté le 28 mai, dans le cadre du projet de loi, la suppression". */
const SET_OFF_REACH = 16;
/**
 * The French nouns and verbs of undoing that, as a vote's object, make it a vote against what they undo: "a voté la suppression
 * des ZFE" is "voted to scrap" them (not "contre": "contre l'avis du gouvernement" is no object).
 */
const FRENCH_UNDOING = /^(?:rejet|rejeter|suppression|supprimer|abolition|abolir|abroga)/;

function isAgainst(text: string, words: AlignedWord[], index: number, language: "source" | "target"): boolean {
  const against = language === "source" ? FRENCH_AGAINST : ENGLISH_AGAINST;
  for (let k = index + 1; k < Math.min(words.length, index + 1 + REACH) && !isBoundary(text, words[k - 1], words[k]); k += 1) {
    if (against.test(foldedAt(words, k, language))) return true;
  }
  if (language === "target") return false;
  for (let k = index + 1; k < Math.min(words.length, index + 1 + SET_OFF_REACH) && !/[.;:!?]/.test(text.slice(words[k - 1].end, words[k].start)); k += 1) {
    if (FRENCH_UNDOING.test(foldedAt(words, k, language))) return true;
  }
  return false;
}

/**
 * A French vote rendered by a linked English vote of the other direction: "ont voté mardi la
 * reconduction" → "voted on Tuesday against extending", "a voté contre" → "voted for". A vote
 * either side negates ("n'a pas voté", "did not vote for") is left to the negators.
 */
export function findVoteFlip(sides: { source: string; target: string; alignment: WordAlignment }, sourceNegators: Negator[], targetNegators: Negator[]): { source: number; target: number } | null {
  const { source, target, alignment } = sides;
  const isNegated = (negators: Negator[], index: number) => negators.some((negator) => index >= negator.first - 1 && index <= negator.last + 3);
  for (const link of alignment.links) {
    if (!FRENCH_VOTE.test(foldedAt(alignment.source, link.source, "source")) || !ENGLISH_VOTE.test(foldedAt(alignment.target, link.target, "target"))) continue;
    if (isNegated(sourceNegators, link.source) || isNegated(targetNegators, link.target)) continue;
    if (isAgainst(source, alignment.source, link.source, "source") !== isAgainst(target, alignment.target, link.target, "target")) return link;
  }
  return null;
}
