import { spelledNumberValues } from "@/lib/text/number-words";
import { cognateScore } from "./cognates";
import { getLexicon, type Lexicon, type Phrase } from "./lexicon";
import { frenchBaseForms } from "./noun-forms";
import type { TranslationModel } from "./translation-model";
import type { AlignedWord, WordAlignment, WordLink } from "./types";
import { frenchVerbLemmas } from "./verb-forms";
import { reassignRepeatedWords } from "./repeated-words";
import { splitWords, type WordInfo } from "./words";

export type AlignOptions = { model?: TranslationModel | null };

const LINK_THRESHOLD = 0.5;
const MODEL_THRESHOLD = 0.3;
const NO_STEMS: ReadonlySet<string> = new Set();
const FALSE_FRIENDS: ReadonlySet<string> = new Set(["a", "an", "as", "on", "or"]);

/**
 * What one French word may be rendered by, looked up once per word form rather than once per pair,
 * and its lexical scores (model aside) against the English content words met so far, by English word id:
 * a document repeats its words, so most word pairs are scored once per process.
 */
type SourceEntry = { folded: ReadonlySet<string>; stemmed: ReadonlySet<string>; scores: Map<number, number>; auxiliaries: ReadonlySet<string> | null };

const MAX_MEMOISED_SCORES = 1_000_000;
let memo: { lexicon: Lexicon; entries: Map<number, SourceEntry>; scoreCount: number } | null = null;

function sourceEntry(info: WordInfo, lexicon: Lexicon): SourceEntry {
  if (memo?.lexicon !== lexicon || memo.scoreCount > MAX_MEMOISED_SCORES) memo = { lexicon, entries: new Map(), scoreCount: 0 };
  let entry = memo.entries.get(info.id);
  if (entry === undefined) {
    entry = { folded: lexicon.get(info.folded) ?? NO_STEMS, stemmed: lexicon.get(`~${info.stem}`) ?? NO_STEMS, scores: new Map(), auxiliaries: null };
    memo.entries.set(info.id, entry);
  }
  return entry;
}

/** A rendering the lexicon files under the French stem only, where the form has renderings of its own. */
const STEM_ONLY_SCORE = 0.9;

/** How well two content words translate each other by lexicon, cognates and stems, position and model aside (0–1). */
function wordScore(entry: SourceEntry, source: WordInfo, target: WordInfo): number {
  const has = (stems: ReadonlySet<string>) => stems.has(target.stem) || (target.baseStem !== target.stem && stems.has(target.baseStem));
  if (has(entry.folded)) return 0.95;
  // A rendering filed under the stem only may be another word's of that stem ("ouvrir" shares "ouvr" with "ouvrer", to work):
  // where the form has renderings of its own, theirs come first.
  if (has(entry.stemmed)) return entry.folded.size > 0 ? STEM_ONLY_SCORE : 0.95;
  return cognateScore(source, target, entry.folded.size === 0 && entry.stemmed.size === 0);
}

const HYPHENATED_SCORE = 0.85;

/**
 * `wordScore`, and for a hyphenated word whose whole is unknown, that of its best content part:
 * "ans" → "six-year-old", "low-cost"; "camion-citerne" → "lorry"; "sud-ouest" → "south-west".
 */
function lexiconScore(entry: SourceEntry, source: WordInfo, target: WordInfo, lexicon: Lexicon): number {
  const score = wordScore(entry, source, target);
  if (score >= LINK_THRESHOLD || (source.parts === null && target.parts === null)) return score;
  let best = score;
  for (const sourcePart of source.parts ?? [source]) {
    if (sourcePart.isFunction || sourcePart.isNumber) continue;
    const partEntry = sourcePart === source ? entry : sourceEntry(sourcePart, lexicon);
    for (const targetPart of target.parts ?? [target]) {
      if (!targetPart.isFunction && !targetPart.isNumber) best = Math.max(best, HYPHENATED_SCORE * wordScore(partEntry, sourcePart, targetPart));
    }
  }
  return best;
}

/** A number in digits on one side spelt out on the other: "une trentaine" → "about 30", "4" → "four". */
function isSpelledNumber(source: WordInfo, target: WordInfo): boolean {
  const [digits, word, language] = source.isNumber ? [source.folded, target.folded, "en" as const] : [target.folded, source.folded, "fr" as const];
  return /^\d+$/.test(digits) && (spelledNumberValues(word, language)?.includes(Number(digits)) ?? false);
}

/** How well two words translate each other, position aside (0–1); `probabilities` is the model's row for the French stem. */
function lexicalScore(entry: SourceEntry, source: WordInfo, target: WordInfo, probabilities: Map<string, number> | null): number {
  if (source.isNumber || target.isNumber) return source.isNumber && target.isNumber ? (source.stem === target.stem ? 1 : 0) : isSpelledNumber(source, target) ? 0.95 : 0;
  // The lexicon holds no English function words: only an identical form links them, unless the two
  // languages spell different words alike (French "a" has, "on" one, "or" gold, "as" have, "an" year).
  if (source.isFunction || target.isFunction) return source.folded === target.folded && !FALSE_FRIENDS.has(source.folded) ? 1 : !source.isFunction && auxiliaryRenderings(entry, source).has(target.folded) ? AUXILIARY_SCORE : 0;
  let score = entry.scores.get(target.id);
  if (score === undefined) {
    score = lexiconScore(entry, source, target, memo!.lexicon);
    entry.scores.set(target.id, score);
    memo!.scoreCount += 1;
  }
  if (probabilities === null) return score;
  const probability = probabilities.get(target.stem) ?? 0;
  return probability >= MODEL_THRESHOLD ? Math.max(score, 0.5 + 0.4 * probability) : score;
}

/**
 * French verbs English renders by its auxiliaries and modals, function words the lexicon leaves out:
 * "nous devons partir" → "we must leave", "pourront travailler" → "will be able to work", "devrait" → "should".
 */
const AUXILIARY_RENDERINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["devoir", new Set("must should ought need needs have has had would shall".split(" "))],
  ["pouvoir", new Set("can could may might able will would".split(" "))],
  ["falloir", new Set("must need needs have has should".split(" "))],
]);
/**
 * French adverbs and prepositions that are content words to the aligner but English closed-class
 * words: "parmi" → "among", "désormais" → "now", "lorsque" → "when" (negative words are left to the negation check).
 */
const CLOSED_CLASS_RENDERINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    parmi: "among", desormais: "now", maintenant: "now", quelque: "some about", quelques: "some few", toujours: "still",
    aupres: "with from among", devant: "before", environ: "about around", seulement: "only", ensuite: "then after",
    lorsque: "when", tandis: "while", egalement: "also too", juste: "just", seul: "only", seule: "only", seuls: "only",
    autour: "around", dessus: "over above", dessous: "under below", loin: "off away", presque: "almost nearly",
  }).map(([french, english]) => [french, new Set(english.split(" "))]),
);
const AUXILIARY_SCORE = 0.8;

/**
 * The English function words that render a French content word (its closed-class renderings and those
 * of the auxiliaries it may be a form of), worked out once per word form: every English function word
 * of a sentence is scored against every French content word.
 */
function auxiliaryRenderings(entry: SourceEntry, source: WordInfo): ReadonlySet<string> {
  if (entry.auxiliaries === null) {
    const renderings = new Set(CLOSED_CLASS_RENDERINGS.get(source.folded));
    for (const lemma of frenchVerbLemmas(source.folded)) for (const rendering of AUXILIARY_RENDERINGS.get(lemma) ?? []) renderings.add(rendering);
    entry.auxiliaries = renderings;
  }
  return entry.auxiliaries;
}

type Candidate = { source: number; target: number; score: number };

/** The shipped phrases by their first French word, each with its rank in the list. */
const PHRASES_BY_FIRST_WORD = new WeakMap<Phrase[], Map<string, Array<{ rank: number; phrase: Phrase }>>>();

function phrasesByFirstWord(phrases: Phrase[]): Map<string, Array<{ rank: number; phrase: Phrase }>> {
  let index = PHRASES_BY_FIRST_WORD.get(phrases);
  if (!index) {
    index = new Map();
    for (const [rank, phrase] of phrases.entries()) index.set(phrase.source[0], [...(index.get(phrase.source[0]) ?? []), { rank, phrase }]);
    PHRASES_BY_FIRST_WORD.set(phrases, index);
  }
  return index;
}

/** The forms a dictionary would list a French word under: its candidate infinitives and masculine singulars. */
function dictionaryForms(info: WordInfo): readonly string[] {
  if (info.isFunction || info.isNumber) return NO_FORMS;
  let forms = DICTIONARY_FORMS.get(info);
  if (!forms) DICTIONARY_FORMS.set(info, (forms = [...frenchVerbLemmas(info.folded), ...frenchBaseForms(info.folded)]));
  return forms;
}

const NO_FORMS: readonly string[] = [];
const NO_PHRASES: ReadonlyArray<{ rank: number; phrase: Phrase }> = [];
/** Per word (WordInfo objects are shared by every occurrence of a word): phrases ask for each word's forms again and again. */
const DICTIONARY_FORMS = new WeakMap<WordInfo, readonly string[]>();

/** Whether a sentence word is a phrase's word, as written or in its dictionary form ("mettent", "mis" for "mettre"). */
function isPhraseWord(info: WordInfo, word: string): boolean {
  return info.folded === word || dictionaryForms(info).includes(word);
}

/**
 * "mise en œuvre" → "implementation", "ont mis en œuvre" → "implemented": every French word of a
 * shipped phrase, its verb or noun in any form, links to the English word. Phrases are looked up by the sentence's words (there are hundreds), and their links are
 * listed in the phrases' order, as competitive linking breaks ties by that order.
 */
function phraseLinks(sourceInfo: WordInfo[], targetInfo: WordInfo[], phrases: Phrase[]): Candidate[] {
  const index = phrasesByFirstWord(phrases);
  const matches: Array<{ rank: number; at: number; phrase: Phrase }> = [];
  for (let i = 0; i < sourceInfo.length; i += 1) {
    const forms = dictionaryForms(sourceInfo[i]);
    for (let f = -1; f < forms.length; f += 1) {
      for (const { rank, phrase } of index.get(f < 0 ? sourceInfo[i].folded : forms[f]) ?? NO_PHRASES) {
        if (i + phrase.source.length <= sourceInfo.length && phrase.source.every((word, offset) => isPhraseWord(sourceInfo[i + offset], word))) matches.push({ rank, at: i, phrase });
      }
    }
  }
  matches.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const links: Candidate[] = [];
  for (const { at, phrase } of matches) {
    const j = targetInfo.findIndex((info) => phrase.targetStems.has(info.stem));
    if (j >= 0) phrase.source.forEach((_, offset) => links.push({ source: at + offset, target: j, score: 0.9 }));
  }
  return links;
}

/** Whether a link already joins the candidate's French word within two English words, or its English word within two French words. */
function hasNeighbour(links: WordLink[], candidate: Candidate): boolean {
  for (const link of links) {
    if ((link.target === candidate.target && Math.abs(link.source - candidate.source) <= 2) || (link.source === candidate.source && Math.abs(link.target - candidate.target) <= 2)) return true;
  }
  return false;
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
    const info = sourceInfo[i];
    const entry = sourceEntry(info, lexicon);
    const probabilities = model?.table.get(info.stem) ?? null;
    for (let j = 0; j < n; j += 1) {
      const score = lexicalScore(entry, info, targetInfo[j], probabilities);
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
  reassignRepeatedWords(links, sourceInfo, targetInfo);
  // A link moved to another occurrence of its English word frees the one it left.
  targetLinked.fill(0);
  for (const link of links) targetLinked[link.target] = 1;
  for (const candidate of candidates) {
    if (candidate.score < 0.7 || (sourceLinked[candidate.source] && targetLinked[candidate.target])) continue;
    if (!hasNeighbour(links, candidate)) continue;
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
  const sourceInfo: WordInfo[] = [];
  const targetInfo: WordInfo[] = [];
  const sourceWords: AlignedWord[] = splitWords(source, "source", sourceInfo);
  const targetWords: AlignedWord[] = splitWords(target, "target", targetInfo);
  const links = linkWords(sourceInfo, targetInfo, lexicon, options.model ?? null);
  for (const link of phraseLinks(sourceInfo, targetInfo, phrases)) {
    if (!links.some((other) => other.source === link.source)) links.push(link);
  }
  return { source: sourceWords, target: targetWords, links };
}
