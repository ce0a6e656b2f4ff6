import { cognateScore } from "./cognates";
import { getLexicon, lexiconHas, type Lexicon, type Phrase } from "./lexicon";
import type { TranslationModel } from "./translation-model";
import type { AlignedWord, WordAlignment, WordLink } from "./types";
import { splitWords, wordInfo, type WordInfo } from "./words";

export type AlignOptions = { model?: TranslationModel | null };

const LINK_THRESHOLD = 0.5;
const MODEL_THRESHOLD = 0.3;
const PAIR_SCORES = new Map<number, number>();

/** How well two words translate each other, position aside (0–1). Cached per word pair. */
function lexicalScore(source: WordInfo, target: WordInfo, lexicon: Lexicon, model: TranslationModel | null): number {
  if (source.isNumber || target.isNumber) return source.isNumber && target.isNumber && source.stem === target.stem ? 1 : 0;
  const key = source.id * 2_097_152 + target.id;
  let score = model ? undefined : PAIR_SCORES.get(key);
  if (score === undefined) {
    score = Math.max(cognateScore(source, target), lexiconHas(lexicon, source.folded, source.stem, target.stem) ? (source.isFunction ? 0.6 : 0.95) : 0);
    const probability = model?.table.get(source.stem)?.get(target.stem) ?? 0;
    if (probability >= MODEL_THRESHOLD) score = Math.max(score, 0.5 + 0.4 * probability);
    if (!model) {
      if (PAIR_SCORES.size > 500_000) PAIR_SCORES.clear();
      PAIR_SCORES.set(key, score);
    }
  }
  return score;
}

type Candidate = { source: number; target: number; score: number };

/** "mise en œuvre" → "implementation": every French word of a shipped phrase links to the English word. */
function phraseLinks(sourceInfo: WordInfo[], targetInfo: WordInfo[], phrases: Phrase[]): Candidate[] {
  const links: Candidate[] = [];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.source.length <= sourceInfo.length; i += 1) {
      if (!phrase.source.every((word, offset) => sourceInfo[i + offset].folded === word)) continue;
      const j = targetInfo.findIndex((info) => phrase.targetStems.has(info.stem));
      if (j >= 0) phrase.source.forEach((_, offset) => links.push({ source: i + offset, target: j, score: 0.9 }));
    }
  }
  return links;
}

/**
 * Competitive linking: best-scoring pairs first, each word linked once; the position prior
 * (distance from the diagonal) breaks ties between repeated words. Then a word left over may join
 * a neighbour's counterpart when they translate each other (compounds, "mise en œuvre").
 */
function linkWords(sourceInfo: WordInfo[], targetInfo: WordInfo[], lexicon: Lexicon, model: TranslationModel | null): WordLink[] {
  const [m, n] = [sourceInfo.length, targetInfo.length];
  const candidates: Candidate[] = [];
  for (let i = 0; i < m; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const score = lexicalScore(sourceInfo[i], targetInfo[j], lexicon, model);
      if (score < LINK_THRESHOLD) continue;
      const distance = Math.abs(i / m - j / n);
      candidates.push({ source: i, target: j, score: score * (1 - 0.25 * distance) });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const sourceLinked = new Uint8Array(m);
  const targetLinked = new Uint8Array(n);
  const links: WordLink[] = [];
  for (const candidate of candidates) {
    if (sourceLinked[candidate.source] || targetLinked[candidate.target]) continue;
    sourceLinked[candidate.source] = 1;
    targetLinked[candidate.target] = 1;
    links.push({ source: candidate.source, target: candidate.target, score: Math.min(1, candidate.score) });
  }
  for (const candidate of candidates) {
    if (sourceLinked[candidate.source] && targetLinked[candidate.target]) continue;
    const isNeighbour = links.some((link) => (link.target === candidate.target && Math.abs(link.source - candidate.source) <= 2) || (link.source === candidate.source && Math.abs(link.target - candidate.target) <= 2));
    if (!isNeighbour || candidate.score < 0.7) continue;
    sourceLinked[candidate.source] = 1;
    targetLinked[candidate.target] = 1;
    links.push({ source: candidate.source, target: candidate.target, score: Math.min(1, candidate.score) });
  }
  return links;
}

/**
 * Links the French words of `source` to the English words of `target`, with a score (0–1) each,
 * from Recto's lexicon (plus FreeDict when installed), cognates, stems and, when given, a
 * translation model trained on stored segments. No I/O after the lexicon's first load.
 */
export function alignWords(source: string, target: string, options: AlignOptions = {}): WordAlignment {
  const { lexicon, phrases } = getLexicon();
  const sourceWords: AlignedWord[] = splitWords(source, "source");
  const targetWords: AlignedWord[] = splitWords(target, "target");
  const sourceInfo = sourceWords.map((word) => wordInfo(word.text, "source"));
  const targetInfo = targetWords.map((word) => wordInfo(word.text, "target"));
  const links = linkWords(sourceInfo, targetInfo, lexicon, options.model ?? null);
  for (const link of phraseLinks(sourceInfo, targetInfo, phrases)) {
    if (!links.some((other) => other.source === link.source)) links.push(link);
  }
  return { source: sourceWords, target: targetWords, links };
}
