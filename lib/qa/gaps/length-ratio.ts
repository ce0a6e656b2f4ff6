import type { DocumentStats, SegmentPair } from "../types";

/** Pairs shorter than this (letters and digits) say too little about omissions to be measured. */
export const MIN_MEASURED_LENGTH = 30;
/** Typical French→English contraction and spread, used when a document is too small to measure its own. */
export const DEFAULT_DOCUMENT_STATS: DocumentStats = { medianLogRatio: Math.log(0.92), madLogRatio: 0.1, count: 0 };

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const NON_ASCII_CONTENT = new Map<number, boolean>();

/** How many UTF-16 units of `text` are letters or numbers (what `text.replace(/[^\p{L}\p{N}]+/gu, "").length` gives). */
export function contentLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) length += 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    let isContent = NON_ASCII_CONTENT.get(point);
    if (isContent === undefined) NON_ASCII_CONTENT.set(point, (isContent = LETTER_OR_NUMBER.test(String.fromCodePoint(point))));
    const units = point > 0xffff ? 2 : 1;
    if (isContent) length += units;
    i += units - 1;
  }
  return length;
}

/** The last pair measured: the omission, addition and content checks each ask for the same pair in turn. */
let lastRatio: { source: string; target: string; ratio: number | null } | null = null;

export function logRatio(pair: SegmentPair): number | null {
  if (lastRatio?.source === pair.source && lastRatio.target === pair.target) return lastRatio.ratio;
  const [source, target] = [contentLength(pair.source), contentLength(pair.target)];
  const ratio = source === 0 || target === 0 || Math.max(source, target) < MIN_MEASURED_LENGTH ? null : Math.log(target / source);
  lastRatio = { source: pair.source, target: pair.target, ratio };
  return ratio;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median and MAD of log length ratios; falls back to French→English defaults below 20 measurable pairs. */
export function computeDocumentStats(pairs: SegmentPair[]): DocumentStats {
  return statsFromRatios(pairs.map(logRatio).filter((ratio): ratio is number => ratio !== null));
}

/** computeDocumentStats from the pairs' non-null logRatio values, in any order (sorts `ratios` in place). */
export function statsFromRatios(ratios: number[]): DocumentStats {
  ratios.sort((a, b) => a - b);
  if (ratios.length < 20) return { ...DEFAULT_DOCUMENT_STATS, count: ratios.length };
  const center = median(ratios);
  const deviations = ratios.map((ratio) => Math.abs(ratio - center)).sort((a, b) => a - b);
  return { medianLogRatio: center, madLogRatio: Math.max(median(deviations), 0.05), count: ratios.length };
}

/** Robust z-score beyond which a length ratio is an outlier (MAD scaled to a standard deviation). */
const OUTLIER_Z = 3.3;
/** And the ratio must be at least this far from the document's median, as a factor (e^0.38 ≈ 1.46). */
const MIN_LOG_DISTANCE = 0.38;

/** A smaller jump in length is enough when it comes with a whole sentence more (or less) than the source. */
const MIN_LOG_DISTANCE_WITH_SENTENCE = 0.25;

function sentenceCount(text: string): number {
  return (text.match(/[.!?][»”")]?\s+(?=[\p{Lu}«“"])/gu) ?? []).length + 1;
}

export function lengthOutlier(pair: SegmentPair, stats: DocumentStats | null): "short" | "long" | null {
  const ratio = logRatio(pair);
  if (ratio === null) return null;
  const { medianLogRatio, madLogRatio } = stats ?? DEFAULT_DOCUMENT_STATS;
  const distance = ratio - medianLogRatio;
  if (Math.abs(distance) >= MIN_LOG_DISTANCE_WITH_SENTENCE) {
    const [sourceSentences, targetSentences] = [sentenceCount(pair.source), sentenceCount(pair.target)];
    if (distance > 0 && targetSentences > sourceSentences) return "long";
    if (distance < 0 && sourceSentences > targetSentences) return "short";
  }
  if (Math.abs(distance) < MIN_LOG_DISTANCE || Math.abs(distance) / (1.4826 * madLogRatio) < OUTLIER_Z) return null;
  return distance < 0 ? "short" : "long";
}

export function lengthPercent(pair: SegmentPair): number {
  return Math.round((100 * contentLength(pair.target)) / Math.max(1, contentLength(pair.source)));
}

