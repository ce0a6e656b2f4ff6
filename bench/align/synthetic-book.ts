/**
 * A deterministic synthetic "book": French-like sentences and their English-like translations through a
 * random bilingual lexicon (a quarter of it cognates), with names, locale-formatted numbers, quotes,
 * paragraphs, and injected 1-0, 0-1, 1-2 and 2-1 beads. Gold beads index the generated sentences.
 */
import type { GoldBead, ParallelDocument } from "./types";

/** mulberry32: small, fast, seedable. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzéèàç";
const INJECTION = { drop: 0.02, add: 0.02, split: 0.03, merge: 0.03 };

type Lexicon = { source: string[]; target: string[]; names: string[] };

function randomWord(random: () => number, length: number): string {
  let word = "";
  for (let k = 0; k < length; k++) word += LETTERS[Math.floor(random() * (k === 0 ? 26 : LETTERS.length))];
  return word;
}

function buildLexicon(random: () => number): Lexicon {
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < 4000; k++) {
    const length = 2 + Math.floor(random() * random() * 11);
    const word = randomWord(random, length);
    source.push(word);
    const isCognate = length >= 6 && random() < 0.35;
    target.push(isCognate ? word.slice(0, 5) + randomWord(random, 1 + Math.floor(random() * 3)) : randomWord(random, Math.max(1, length + Math.round((random() - 0.6) * 3))));
  }
  const names = Array.from({ length: 400 }, () => {
    const name = randomWord(random, 4 + Math.floor(random() * 6));
    return name[0].toUpperCase() + name.slice(1);
  });
  return { source, target, names };
}

function zipfIndex(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

function formatNumber(value: number, isSource: boolean): string {
  const [whole, fraction] = value.toFixed(value % 1 === 0 ? 0 : 1).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, isSource ? "\u202f" : ",");
  return fraction ? `${grouped}${isSource ? "," : "."}${fraction}` : grouped;
}

type Pair = { source: string[]; target: string[] };

function sentencePair(random: () => number, lexicon: Lexicon): Pair {
  const length = 4 + Math.floor(random() * random() * 40);
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < length; k++) {
    const roll = random();
    if (roll < 0.04) {
      const name = lexicon.names[zipfIndex(random, lexicon.names.length)];
      source.push(name);
      target.push(name);
    } else if (roll < 0.06) {
      const value = random() < 0.5 ? Math.floor(random() * 3000) : Math.floor(random() * 200) / 2;
      source.push(formatNumber(value, true));
      target.push(formatNumber(value, false));
    } else {
      const index = zipfIndex(random, lexicon.source.length);
      source.push(lexicon.source[index]);
      if (random() > 0.05) target.push(lexicon.target[index]);
      if (random() < 0.07) target.push(lexicon.target[zipfIndex(random, 50)]);
    }
  }
  // Sentence ends on a long word so that no generated ending reads as an abbreviation.
  source.push(lexicon.source[1000 + Math.floor(random() * 3000)].padEnd(6, "e"));
  target.push(lexicon.target[1000 + Math.floor(random() * 3000)].padEnd(6, "e"));
  return { source, target };
}

function toSentence(words: string[], end: string): string {
  const text = words.join(" ");
  return text[0].toUpperCase() + text.slice(1) + end;
}

/** Generates at least `minSentences` sentences per side, deterministically from `seed`. */
export function generateSyntheticBook(minSentences: number, seed = 20240601): ParallelDocument {
  const random = createRandom(seed);
  const lexicon = buildLexicon(random);
  const source: string[][] = [];
  const target: string[][] = [];
  const gold: GoldBead[] = [];
  let sourceCount = 0;
  let targetCount = 0;
  while (sourceCount < minSentences || targetCount < minSentences) {
    const paragraphSource: string[] = [];
    const paragraphTarget: string[] = [];
    const size = 2 + Math.floor(random() * 7);
    for (let k = 0; k < size; k++) {
      const pair = sentencePair(random, lexicon);
      const end = random() < 0.05 ? " ?" : ".";
      const bead: GoldBead = { source: [], target: [] };
      const roll = random();
      const pushSource = (text: string) => bead.source.push(sourceCount + paragraphSource.push(text) - 1);
      const pushTarget = (text: string) => bead.target.push(targetCount + paragraphTarget.push(text) - 1);
      if (roll < INJECTION.drop) {
        pushSource(toSentence(pair.source, end));
      } else if (roll < INJECTION.drop + INJECTION.add) {
        pushTarget(toSentence(pair.target, end.trim()));
      } else if (roll < INJECTION.drop + INJECTION.add + INJECTION.split && pair.target.length > 6) {
        const cut = Math.floor(pair.target.length / 2);
        const first = pair.target.slice(0, cut);
        first[cut - 1] = first[cut - 1].padEnd(6, "e");
        pushSource(toSentence(pair.source, end));
        pushTarget(toSentence(first, "."));
        pushTarget(toSentence(pair.target.slice(cut), end.trim()));
      } else if (roll < INJECTION.drop + INJECTION.add + INJECTION.split + INJECTION.merge) {
        const second = sentencePair(random, lexicon);
        pushSource(toSentence(pair.source, "."));
        pushSource(toSentence(second.source, end));
        pushTarget(toSentence([...pair.target, "and", ...second.target], end.trim()));
      } else {
        pushSource(toSentence(pair.source, end));
        pushTarget(toSentence(pair.target, end.trim()));
      }
      gold.push(bead);
    }
    source.push(paragraphSource);
    target.push(paragraphTarget);
    sourceCount += paragraphSource.length;
    targetCount += paragraphTarget.length;
  }
  const join = (paragraphs: string[][]) => paragraphs.map((sentences) => sentences.join(" ")).join("\n\n");
  return { name: `synthetic book (seed ${seed})`, source, target, gold, sourceText: join(source), targetText: join(target) };
}
