import { wordInfo } from "@/lib/word-align/words";

/**
 * English predicates whose subject is the other one's object or complement: "Spirit sold its plants
 * to Airbus" renders "Airbus a racheté à Spirit ses usines" faithfully, its participants crossed.
 */
const CONVERSE_PREDICATES: ReadonlyArray<readonly [string, string]> = [
  ["beat", "lose"], ["defeat", "lose"], ["win", "lose"], ["overtake", "fall"], ["overtake", "trail"],
  ["lead", "trail"], ["precede", "follow"], ["succeed", "precede"], ["hire", "join"], ["recruit", "join"], ["score", "concede"], ["beat", "concede"], ["like", "please"], ["enjoy", "please"],
];
/** The converses of which one gives something to the other and the other gets it from the first: "lent to", "borrowed from". */
const TRANSFER_PREDICATES: ReadonlyArray<readonly [string, string]> = [
  ["buy", "sell"], ["acquire", "sell"], ["purchase", "sell"], ["lend", "borrow"], ["loan", "borrow"], ["lend", "obtain"], ["lend", "get"], ["grant", "obtain"], ["grant", "get"], ["give", "receive"], ["give", "get"], ["hand", "receive"], ["pay", "receive"],
  ["send", "receive"], ["donate", "receive"], ["teach", "learn"], ["export", "import"], ["rent", "let"], ["host", "visit"],
];

let converseStems: Map<string, string[]> | null = null;
let transferStems: Set<string> | null = null;

/** Whether an English verb is one of a transfer's converses ("borrowed", "acquire"), not of a contest's ("won", "trails"). */
export function isTransferVerb(verb: string): boolean {
  transferStems ??= new Set(TRANSFER_PREDICATES.flat().map((predicate) => wordInfo(predicate, "target").stem));
  const info = wordInfo(verb, "target");
  return transferStems.has(info.baseStem) || transferStems.has(info.stem);
}

/** The stems of the converses of an English verb, by its base form's stem: "sold" → the stems of "buy", "acquire", "purchase". */
export function conversesOf(verb: string): string[] {
  if (converseStems === null) {
    converseStems = new Map();
    for (const [a, b] of [...TRANSFER_PREDICATES, ...CONVERSE_PREDICATES]) {
      const [stemA, stemB] = [wordInfo(a, "target").stem, wordInfo(b, "target").stem];
      converseStems.set(stemA, [...(converseStems.get(stemA) ?? []), stemB]);
      converseStems.set(stemB, [...(converseStems.get(stemB) ?? []), stemA]);
    }
  }
  const info = wordInfo(verb, "target");
  return converseStems.get(info.baseStem) ?? converseStems.get(info.stem) ?? [];
}
