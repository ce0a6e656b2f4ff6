import type { AlignedWord } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";

/** French words that join names into a list or an alternative: "Kalenz et Landar", "Konrad ou Li'sar". */
const JOINERS = new Set(["et", "ou"]);
/** One determiner or repeated preposition, folded ("à" is "a"), may stand before either member: "Delfador et le Conseil", "Tallin et ses hommes", "de Rennes et de Brest". */
const LEADERS = new Set("le la les l' de d' du des a au aux en sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos".split(" "));

/** Whether only spaces stand between words `from` and `to` (either order): a punctuation mark ends the list ("…, et Landar partit"). */
function isUnbroken(text: string, words: readonly AlignedWord[], from: number, to: number): boolean {
  for (let index = Math.min(from, to); index < Math.max(from, to); index += 1) {
    if (text.slice(words[index].end, words[index + 1].start).trim() !== "") return false;
  }
  return true;
}

/**
 * The word "et"/"ou" joins the French word at `index` to, before or after it ("[Kalenz] et Landar",
 * "Kalenz et [Landar]", "Konrad, [Delfador] et Kalenz", "de [Rennes] et de Brest", "Tallin et ses
 * [hommes]"), over one determiner or preposition: a content word, a name or a noun. -1 when there is
 * none. Whether the partner is rendered on the other side is the caller's to ask.
 */
export function findCoordinatedName(text: string, words: readonly AlignedWord[], index: number): number {
  const isLeader = (at: number) => words[at] !== undefined && LEADERS.has(wordInfo(words[at].text, "source").folded);
  const isJoiner = (at: number) => words[at] !== undefined && JOINERS.has(wordInfo(words[at].text, "source").folded);
  // Before: "[Rennes] et de Brest", the name's own preposition between; after: "Kalenz et [le Conseil]".
  const before = isLeader(index - 1) && isJoiner(index - 2) ? index - 3 : isJoiner(index - 1) ? index - 2 : -1;
  const after = isJoiner(index + 1) ? (isLeader(index + 2) ? index + 3 : index + 2) : -1;
  for (const partner of [before, after]) {
    const word = words[partner];
    if (!word || !word.isContent || wordInfo(word.text, "source").isFunction) continue;
    if (isUnbroken(text, words, index, partner)) return partner;
  }
  return -1;
}
