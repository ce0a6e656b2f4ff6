import type { WordAlignment } from "@/lib/word-align/types";
import { FOLDED_CALENDAR_NAMES } from "@/lib/text/calendar-words";
import { foldText } from "@/lib/text/text";
import { isClauseBoundaryBefore } from "../clause-boundaries";
import { unexplainedContent } from "../names/unexplained-content";

/** Words that open a noun phrase: a modifier right after one stands before its noun ("the [deadly] riots", "Italy's [military] support"). */
const DETERMINERS = new Set("the a an its their his her our this these those".split(" "));
/**
 * A modifier of seven letters at least, lower case (no name): the short everyday adjectives ("good",
 * "evil", "proper", "common", "next") are how English tells a story, and any French noun may carry them.
 */
const MODIFIER = /^\p{Ll}[\p{L}-]{6,}$/u;
/**
 * Shorter modifiers that make a claim of their own: how deadly, fast, large or severe something was
 * ("the [deadly] riots", "the [rapid] spread"). The everyday ones stay out.
 */
const SHORT_CLAIMS = /^(?:deadly|lethal|fatal|rapid|swift|sharp|sudden|brutal|bloody|violent|record|massive|huge|major|severe|heavy|fierce|rare|secret|illegal|armed|costly|failed|latest|fresh|renewed|repeated|alleged|leaked|rival|joint|interim|acting|public|private|federal|foreign|rural|urban|central|coastal|senior|junior|elite|veteran)$/;
/** A level of government English names where French says only "le gouvernement" ("the central government's delegation", "the federal government"). */
const GOVERNMENT_LEVEL = /^(?:central|federal|national)$/;
const GOVERNMENT = /^(?:government|governments|authorities|state)$/;
/** A superlative says what the French may say with "plus" and a noun phrase of its own ("le plus jeune des princes"). */
const SUPERLATIVE = /(?:est|most)$/;
/** French determiners: the noun's counterpart right after one is a bare noun, with no adjective the modifier may render ("la [fermeture]", not "le grand [rabbin]"). */
const SOURCE_DETERMINERS = new Set("le la les l' l’ un une des du de d' d’ au aux son sa ses leur leurs ce cet cette ces notre nos votre vos mon ma mes".split(" "));
/** Words before which "le", "la", "les" are object pronouns: "ne la franchissons", "nous les suivrons". */
const CLITIC_HOSTS = new Set("ne n' n’ je j' j’ tu il elle on nous vous ils elles".split(" "));
/** Links below this are guesses: they anchor nothing. */
const MIN_ANCHOR_SCORE = 0.6;
/** How many French words either side of the noun’s counterpart may hold what the modifier renders ("la blancheur de la lune": "the bright moon"). */
const ROOM_WINDOW = 3;
/** A French word linked this far from the modifier is taken elsewhere only by a guess: "grand" of "grand rabbin" to the "Grand" of "Grand Mosque". */
const FAR_LINK = 6;
/** Relative pronouns: French often says with a relative clause what English says with an adjective ("un montant qui n'a pas été dévoilé", "an undisclosed sum"). */
const RELATIVES = new Set(["qui", "que", "qu'", "qu’", "dont"]);

/**
 * Whether the French near the noun’s counterpart (three words either side, or to its clause's end
 * when a relative clause follows) holds a content word the aligner left unrendered or gave to a
 * far-off English word: it may be what the modifier says, however the aligner read it.
 */
function hasRoomNear(source: string, alignment: WordAlignment, counterparts: number[], modifier: number): boolean {
  const words = alignment.source;
  const last = Math.max(...counterparts);
  let to = Math.min(words.length, last + ROOM_WINDOW + 1);
  if (RELATIVES.has(words[last + 1]?.text.toLowerCase() ?? "")) while (!isClauseBoundaryBefore(source, words, to)) to += 1;
  for (let index = Math.max(0, Math.min(...counterparts) - ROOM_WINDOW); index < to; index += 1) {
    // A date's day, month or year is no word a modifier could render: "les émeutes de mai 2024".
    if (!words[index].isContent || counterparts.includes(index) || /^\d/.test(words[index].text) || FOLDED_CALENDAR_NAMES.has(foldText(words[index].text).toLowerCase())) continue;
    const links = alignment.links.filter((link) => link.source === index);
    if (links.every((link) => Math.abs(link.target - modifier) > FAR_LINK)) return true;
  }
  return false;
}

/**
 * One-word modifiers the English puts before a rendered noun, which nothing in the French could
 * render: "the [deadly] riots of May 2024" for "les émeutes de mai 2024", "the [immediate] closure"
 * for "la fermeture". A word too short for the gap rules, though it makes the English claim more.
 * The modifier opens its noun phrase (right after a determiner or a possessive), is linked to
 * nothing, is no name, no superlative nor everyday short word (short ones that claim a degree, SHORT_CLAIMS, count); the noun after it closes the phrase
 * and renders a French noun right after an article, with no unrendered content word near it.
 * Indexes of target words.
 */
export function findAddedModifiers(source: string, text: string, alignment: WordAlignment): number[] {
  const words = alignment.target;
  const linked = new Set(alignment.links.map((link) => link.target));
  const found: number[] = [];
  for (let index = 1; index + 1 < words.length; index += 1) {
    const word = words[index];
    if (!word.isContent || linked.has(index) || !(MODIFIER.test(word.text) || SHORT_CLAIMS.test(word.text)) || SUPERLATIVE.test(word.text)) continue;
    const before = words[index - 1].text.toLowerCase();
    const isOpening = DETERMINERS.has(before) || /['’]s$/.test(before);
    if (!isOpening || !/^\s+$/.test(text.slice(word.end, words[index + 1].start))) continue;
    if (GOVERNMENT_LEVEL.test(word.text) && GOVERNMENT.test(words[index + 1].text)) continue;
    // The noun closes its phrase: "the immediate closure [of]", not "the national [road safety] observatory", a term of several words.
    if (index + 2 < words.length && words[index + 2].isContent && !isClauseBoundaryBefore(text, words, index + 2)) continue;
    const counterparts = alignment.links.filter((link) => link.target === index + 1 && link.score >= MIN_ANCHOR_SCORE && alignment.source[link.source].isContent)
      .map((link) => link.source);
    const noun = Math.min(...counterparts);
    if (counterparts.length === 0 || !SOURCE_DETERMINERS.has(alignment.source[noun - 1]?.text.toLowerCase() ?? "")) continue;
    // "ne la franchissons", "il les a vus": an object pronoun before a verb, no article.
    if (CLITIC_HOSTS.has(alignment.source[noun - 2]?.text.toLowerCase() ?? "")) continue;
    if (hasRoomNear(source, alignment, counterparts, index)) continue;
    if (unexplainedContent({ first: index, last: index }, alignment, "target") === 1) found.push(index);
  }
  return found;
}
