import type { AlignedWord } from "@/lib/word-align/types";
import { type Language, wordInfo } from "@/lib/word-align/words";

/** Words that join names into a list or an alternative: "Kalenz et Landar", "Konrad ou Li'sar", "Ishin and Komeito". */
const JOINERS: Record<Language, Set<string>> = { source: new Set(["et", "ou"]), target: new Set(["and", "or", "&"]) };
/** One determiner or repeated preposition, folded ("à" is "a"), may stand before either member: "Delfador et le Conseil", "Tallin et ses hommes", "de Rennes et de Brest". */
const LEADERS: Record<Language, Set<string>> = {
  source: new Set("le la les l' de d' du des a au aux en sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos".split(" ")),
  target: new Set("the of to in at from his her its their my our your".split(" ")),
};

/** Whether only spaces stand between words `from` and `to` (either order): a punctuation mark ends the list ("…, et Landar partit"). */
function isUnbroken(text: string, words: readonly AlignedWord[], from: number, to: number): boolean {
  for (let index = Math.min(from, to); index < Math.max(from, to); index += 1) {
    if (text.slice(words[index].end, words[index + 1].start).trim() !== "") return false;
  }
  return true;
}

/**
 * The word "et"/"ou" ("and"/"or") joins the word at `index` to, before or after it ("[Kalenz] et Landar",
 * "Kalenz et [Landar]", "Konrad, [Delfador] et Kalenz", "de [Rennes] et de Brest", "Tallin et ses
 * [hommes]", "the [Ishin] and Komeito parties"), over one determiner or preposition: a content word, a
 * name or a noun. -1 when there is none. Whether the partner is rendered on the other side is the caller's to ask.
 */
export function findCoordinatedName(text: string, words: readonly AlignedWord[], index: number, language: Language): number {
  const isLeader = (at: number) => words[at] !== undefined && LEADERS[language].has(wordInfo(words[at].text, language).folded);
  const isJoiner = (at: number) => words[at] !== undefined && JOINERS[language].has(wordInfo(words[at].text, language).folded);
  // Before: "[Rennes] et de Brest", the name's own preposition between; after: "Kalenz et [le Conseil]".
  const before = isLeader(index - 1) && isJoiner(index - 2) ? index - 3 : isJoiner(index - 1) ? index - 2 : -1;
  const after = isJoiner(index + 1) ? (isLeader(index + 2) ? index + 3 : index + 2) : -1;
  for (const partner of [before, after]) {
    const word = words[partner];
    if (!word || !word.isContent || wordInfo(word.text, language).isFunction) continue;
    if (isUnbroken(text, words, index, partner)) return partner;
  }
  return -1;
}
