import { franc } from "franc";

export type DetectedLanguage = "fr" | "en" | "other" | "unknown";

// Function words: in running text of one language they make up a third of the words, in the other almost none.
const FRENCH_WORDS = new Set(
  "le la les l de des du d et est un une que qui qu dans pour pas sur au aux avec ce cette il elle ils elles ne se sont par plus mais ou nous vous à été en son sa ses leur leurs être a ont lui y c s n".split(" "),
);
const ENGLISH_WORDS = new Set(
  "the and of to in is that for it with as was on by are be this an at from not have which but has were they he she his her their its been would will who had or we you".split(" "),
);
const MIN_WORDS = 4;
const SAMPLE_CHARS = 20_000;

/** Guesses whether a text is French or English; confidence in [0,1] grows with the margin and the amount of text. */
export function detectLanguage(text: string): { language: DetectedLanguage; confidence: number } {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: "unknown", confidence: 0 };
  let french = 0;
  let english = 0;
  for (const word of words) {
    if (FRENCH_WORDS.has(word)) french++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  const evidence = Math.min(1, words.length / 15);
  const frenchShare = french / words.length;
  const englishShare = english / words.length;
  const best = Math.max(frenchShare, englishShare);
  if (best < 0.12 && isOtherLanguage(text)) return { language: "other", confidence: round(0.5 + 0.4 * evidence) };
  if (french + english === 0) return { language: "unknown", confidence: 0 };
  const margin = Math.abs(frenchShare - englishShare) / (frenchShare + englishShare);
  return { language: frenchShare > englishShare ? "fr" : "en", confidence: round(margin * evidence) };
}

function isOtherLanguage(text: string): boolean {
  const guess = franc(text.slice(0, SAMPLE_CHARS), { minLength: 20 });
  return guess !== "und" && guess !== "fra" && guess !== "eng";
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const NAMES: Record<DetectedLanguage, string> = { fr: "French", en: "English", other: "in another language", unknown: "unknown" };
const MIN_CONFIDENCE = 0.4;

/**
 * For import: null when the pair looks like French source + English target (or is too short to tell),
 * else a message saying what is wrong, e.g. "The texts look swapped: the source is English and the target French".
 */
export function checkLanguagePair(
  sourceText: string,
  targetText: string,
  expected: { source: "fr"; target: "en" } = { source: "fr", target: "en" },
): string | null {
  const source = detectLanguage(sourceText);
  const target = detectLanguage(targetText);
  const isSure = (guess: { language: DetectedLanguage; confidence: number }) =>
    guess.language === "other" || (guess.language !== "unknown" && guess.confidence >= MIN_CONFIDENCE);
  const sourceLanguage = isSure(source) ? source.language : "unknown";
  const targetLanguage = isSure(target) ? target.language : "unknown";
  if (sourceLanguage === expected.target && targetLanguage === expected.source) {
    return "The texts look swapped: the source is English and the target French; swap them and import again.";
  }
  if (sourceLanguage === expected.target && targetLanguage === expected.target) {
    return "Both texts look English: the source should be French.";
  }
  if (sourceLanguage === expected.source && targetLanguage === expected.source) {
    return "Both texts look French: the target should be English.";
  }
  if (sourceLanguage !== "unknown" && sourceLanguage !== expected.source) {
    return `The source looks ${NAMES[sourceLanguage]}, not French: the source should be the French original.`;
  }
  if (targetLanguage !== "unknown" && targetLanguage !== expected.target) {
    return `The target looks ${NAMES[targetLanguage]}, not English: the target should be the English translation.`;
  }
  return null;
}
