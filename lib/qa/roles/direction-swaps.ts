// Where something went from and where it went to, traded between the sides.
import type { AlignedWord, WordAlignment } from "@/lib/word-align/types";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { normaliseKey, spanOf } from "@/lib/text/text";
import type { CheckHit } from "../types";
import { spanBetween } from "./argument-readings";
import { hasBoundary, isFrenchTo, MARKERS, strongLinks, words } from "./role-markers";

/** A move's two ends: the words of the place it left and of the place it reached. */
type Ends = { origin: number[]; destination: number[]; first: number; last: number };

/**
 * What opens the place a move leaves: "du Kurdistan", "depuis la Libye", "from Turkey"; and the verbs whose
 * object it is: "le vol reliant Lyon à Montréal", "ont fui le Soudan vers le Tchad", "fled Chad for Sudan".
 */
const FROM: Record<Language, Set<string>> = {
  source: words("de d' du des depuis reliant relie relient reliait relier quitte quittent quitter quittant fui fuir fuit fuient fuyant"),
  target: words("from fled flee flees fleeing left leave leaves leaving linking links linked connecting connects connected"),
};
/** What opens the place a move reaches: "vers la Turquie", "à Montréal", "pour le Tchad", "to Iraqi Kurdistan", "for Sudan". */
const TOWARDS: Record<Language, Set<string>> = { source: words("vers pour"), target: words("to towards toward into for") };

/** Whether word `k` opens a move's destination. */
function isTowards(alignedWords: AlignedWord[], k: number, language: Language): boolean {
  return TOWARDS[language].has(foldedAt(alignedWords, k, language)) || (language === "source" && isFrenchTo(alignedWords[k]));
}
/** How many words a place's name may hold, and a common noun's phrase ("the northern border"). */
const NAME_WORDS = 3;
const NOUN_WORDS = 2;

const isCapitalised = (word: AlignedWord | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);

/**
 * The content words of the place phrase opened at `k`, past its determiners: a name's capitalised words
 * ("Iraqi Kurdistan"), with a French adjective after them when the move's other end follows ("du Kurdistan
 * irakien vers"), or a common noun and its modifier ("the border").
 */
function placeAfter(text: string, alignedWords: AlignedWord[], k: number, language: Language): number[] {
  let at = k;
  while (at < alignedWords.length && MARKERS[language].determiners.has(foldedAt(alignedWords, at, language))) at += 1;
  const isName = isCapitalised(alignedWords[at]);
  const place: number[] = [];
  for (; at < alignedWords.length && place.length < (isName ? NAME_WORDS : NOUN_WORDS) && alignedWords[at].isContent; at += 1) {
    if (place.length > 0 && hasBoundary(text, alignedWords[at - 1].end, alignedWords[at].start)) break;
    const isAdjectiveBeforeEnd = language === "source" && isTowards(alignedWords, at + 1, language);
    // An English name's common head before the other end or a setting: "the Sainte-Croix park [in Moselle] to".
    const isHeadBeforeEnd = language === "target" && (isTowards(alignedWords, at + 1, language) || SETTING.target.has(foldedAt(alignedWords, at + 1, language)));
    if (isName && !isCapitalised(alignedWords[at]) && !isAdjectiveBeforeEnd && !isHeadBeforeEnd) break;
    place.push(at);
  }
  return place;
}

/** What opens the place where a move's origin stands: "du zoo de Berlin", "the ZooParc in the Loir-et-Cher". */
const SETTING: Record<Language, Set<string>> = { source: words("de d' du des"), target: words("in of at") };
/** How many words may stand after a setting's name before the move's other end: "in the Loir-et-Cher [department] to". */
const SETTING_TAIL = 2;

/**
 * The origin `place` with the place it lies in, when a move's other end follows that place, and where the
 * word after them stands. Not past a punctuation mark.
 */
function withSetting(text: string, alignedWords: AlignedWord[], place: number[], language: Language): { origin: number[]; next: number } {
  const next = place[place.length - 1] + 1;
  const alone = { origin: place, next };
  if (!SETTING[language].has(foldedAt(alignedWords, next, language)) || hasBoundary(text, alignedWords[next - 1].end, alignedWords[next].start)) return alone;
  const setting = placeAfter(text, alignedWords, next + 1, language);
  if (setting.length === 0) return alone;
  for (let at = setting[setting.length - 1] + 1; at <= setting[setting.length - 1] + 1 + SETTING_TAIL && at < alignedWords.length; at += 1) {
    if (hasBoundary(text, alignedWords[at - 1].end, alignedWords[at].start)) return alone;
    if (isTowards(alignedWords, at, language)) return { origin: [...place, ...setting], next: at };
  }
  return alone;
}

/** "et à destination de", "and bound for": the words of a destination's opener that the words "vers" or "to" say alone. */
const FRENCH_BOUND = /^(?:et )?(?:à|a) destination (?:de|du|des|d'|d’)$/i;
const ENGLISH_BOUND = /^(?:and )?(?:bound|destined|headed|heading) (?:for|to)$/i;

/** The last word of the destination's opener starting at `k` ("vers", "à destination de", "bound for"), or -1 when none starts there. */
function towardsEnd(alignedWords: AlignedWord[], k: number, language: Language): number {
  for (const length of [4, 3]) {
    const phrase = alignedWords.slice(k, k + length).map((word) => word.text).join(" ");
    if ((language === "source" ? FRENCH_BOUND : ENGLISH_BOUND).test(phrase)) return k + length - 1;
  }
  return isTowards(alignedWords, k, language) ? k : -1;
}

/** Each "from … to …" of a side: the French "du Kurdistan vers la Turquie", the English "from Turkey to Kurdistan". */
function movesOf(text: string, alignedWords: AlignedWord[], language: Language): Ends[] {
  const moves: Ends[] = [];
  for (let from = 0; from < alignedWords.length; from += 1) {
    if (!FROM[language].has(foldedAt(alignedWords, from, language))) continue;
    const place = placeAfter(text, alignedWords, from + 1, language);
    if (place.length === 0) continue;
    // The French place may take an adjective after its name: "du Kurdistan irakien vers"; and a place of its own: "du zoo de Berlin vers",
    // "from Beauval ZooParc in the Loir-et-Cher department to".
    const { origin, next: towards } = withSetting(text, alignedWords, place, language);
    const opened = towards >= alignedWords.length ? -1 : towardsEnd(alignedWords, towards, language);
    if (opened < 0) continue;
    if (hasBoundary(text, alignedWords[towards - 1].end, alignedWords[towards].start)) continue;
    const destination = placeAfter(text, alignedWords, opened + 1, language);
    if (destination.length === 0) continue;
    // "de Lyon à Montréal" is a route between names; "des pieds à la tête" ("from head to foot") an idiom English may turn round.
    if (isFrenchTo(alignedWords[towards]) && !(isCapitalised(alignedWords[origin[0]]) && isCapitalised(alignedWords[destination[0]]))) continue;
    moves.push({ origin, destination, first: from, last: destination[destination.length - 1] });
  }
  return moves;
}

/**
 * A move whose origin and destination traded places: "Les exportations de pétrole du Kurdistan vers la
 * Turquie" → "Oil exports from Turkey to Iraqi Kurdistan". Both ends must be linked across, each to the
 * other end, and neither to its own.
 */
export function findDirectionSwaps(source: string, target: string, alignment: WordAlignment): CheckHit[] {
  const sourceMoves = movesOf(source, alignment.source, "source");
  if (sourceMoves.length === 0) return [];
  const targetMoves = movesOf(target, alignment.target, "target");
  if (targetMoves.length === 0) return [];
  const links = strongLinks(alignment);
  // A link between the places' names first, the surest next: "Kurdistan" ↔ "Kurdistan" over "irakien" ↔ "Iraqi".
  const rank = (link: (typeof links)[number]) => (isCapitalised(alignment.source[link.source]) ? 1 : 0) + link.score;
  const linkBetween = (sourceWords: number[], targetWords: number[]) => links.filter((link) => sourceWords.includes(link.source) && targetWords.includes(link.target))
    .reduce<(typeof links)[number] | undefined>((best, link) => (best === undefined || rank(link) > rank(best) ? link : best), undefined);
  for (const move of sourceMoves) {
    for (const other of targetMoves) {
      const [originLink, destinationLink] = [linkBetween(move.origin, other.destination), linkBetween(move.destination, other.origin)];
      if (!originLink || !destinationLink) continue;
      if (linkBetween(move.origin, other.origin) || linkBetween(move.destination, other.destination)) continue;
      const sourceSpan = spanBetween(alignment.source, move.first, move.last);
      const targetSpan = spanBetween(alignment.target, other.first, other.last);
      // The place as written, with the place it lies in: "zoo de Berlin".
      const name = (text: string, alignedWords: AlignedWord[], place: number[]) => text.slice(alignedWords[place[0]].start, alignedWords[place[place.length - 1]].end);
      const targetText = target.slice(targetSpan.start, targetSpan.end);
      return [{
        message: `The source “${source.slice(sourceSpan.start, sourceSpan.end)}” goes from ${name(source, alignment.source, move.origin)} to ${name(source, alignment.source, move.destination)}, but the target “${targetText}” goes from ${name(target, alignment.target, other.origin)} to ${name(target, alignment.target, other.destination)}: origin and destination are swapped.`,
        sourceSpan, targetSpan, key: `direction|${normaliseKey(targetText)}`,
        // The words the aligner linked across, not each phrase's first: "Kurdistan" ↔ "Kurdistan", not "Iraqi".
        evidence: { links: [originLink, destinationLink].map((link) => ({ source: spanOf(alignment.source[link.source]), target: spanOf(alignment.target[link.target]), score: 1 })) },
      }];
    }
  }
  return [];
}
