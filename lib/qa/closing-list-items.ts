import type { AlignedWord } from "@/lib/word-align/types";
import { isClauseBoundaryBefore } from "./clause-boundaries";

/** "et"/"ou", "and"/"or": what joins a list's last item. */
export const LIST_JOINERS: Record<"source" | "target", ReadonlySet<string>> = { source: new Set(["et", "ou"]), target: new Set(["and", "or"]) };
/** Words between a joiner and its item's head: "et [de l']Ukraine", "and [the] Allier". */
const ITEM_LEAD = 3;
/** A closing item is a noun phrase: "et Taïwan", "and pregnant women", not a clause. */
const MAX_ITEM_CONTENT = 3;

export type Side = { text: string; words: AlignedWord[] };

/** Whether a joiner opens the item whose head is at `head`, within a few words and no punctuation: "et de l'Ukraine". */
function isJoinedItem(side: Side, head: number, language: "source" | "target"): boolean {
  for (let index = head - 1; index >= Math.max(0, head - ITEM_LEAD); index -= 1) {
    if (LIST_JOINERS[language].has(side.words[index].text.toLowerCase())) return true;
    if (side.words[index].isContent || isClauseBoundaryBefore(side.text, side.words, index + 1)) return false;
  }
  return false;
}

/** Whether a comma stands just before the item whose head is at `head`, past its determiners: "trade, Ukraine", "angines, les cystites". */
function followsComma(side: Side, head: number): boolean {
  for (let index = head; index > Math.max(0, head - ITEM_LEAD); index -= 1) {
    if (side.text.slice(side.words[index - 1].end, side.words[index].start).includes(",")) return true;
    if (side.words[index - 1].isContent) return false;
  }
  return false;
}

/**
 * Whether an unlinked run closes a list the other side had already closed: "on trade, Ukraine [and
 * Taiwan]." against "du commerce et de l'Ukraine.", or "les angines, les cystites [et les otites],"
 * against "strep throat and cystitis,". The run opens with "and"/"or" right after a rendered item
 * that a comma opens (this side's list has three items or more); that item's counterpart is the
 * other side's last item, opened by "et"/"ou" and closing its clause. The other
 * side has no room for one more item there, whatever the items' words.
 */
export function isClosingListItem(side: Side, other: Side, run: { first: number; last: number; contentCount: number }, counterparts: number[], language: "source" | "target"): boolean {
  const otherLanguage = language === "source" ? "target" : "source";
  if (!LIST_JOINERS[language].has(side.words[run.first].text.toLowerCase()) || run.contentCount > MAX_ITEM_CONTENT) return false;
  const previous = run.first - 1;
  if (previous < 0 || !side.words[previous].isContent || !followsComma(side, previous)) return false;
  return counterparts.length > 0 && counterparts.every((index) => isJoinedItem(other, index, otherLanguage) && isClauseBoundaryBefore(other.text, other.words, index + 1));
}
