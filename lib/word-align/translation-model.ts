import { splitWords, wordInfo } from "./words";

/**
 * IBM Model 1 over stems: `table.get(sourceStem)?.get(targetStem)` is t(target | source), the
 * probability that the French stem is rendered by the English one. Pruned to entries worth linking.
 */
export type TranslationModel = { table: Map<string, Map<string, number>>; pairCount: number };

export type TrainingPair = { source: string; target: string };

const NULL_WORD = "\u0000";
const MIN_PROBABILITY = 0.1;

function contentStems(text: string, language: "source" | "target"): string[] {
  return splitWords(text, language).flatMap((word) => {
    const info = wordInfo(word.text, language);
    return info.isFunction || info.isNumber ? [] : [info.stem];
  });
}

/**
 * Trains IBM Model 1 (EM, uniform start, a NULL source word) on segment pairs, content words only:
 * function words are the lexicon's and the position prior's job. Pure; about a second for
 * 20,000 pairs. Pairs with either side longer than 80 words are skipped (EM cost and noise).
 */
export function trainTranslationModel(pairs: TrainingPair[], options: { iterations?: number } = {}): TranslationModel {
  const corpus = pairs
    .map((pair) => ({ source: [NULL_WORD, ...contentStems(pair.source, "source")], target: contentStems(pair.target, "target") }))
    .filter((pair) => pair.source.length > 1 && pair.target.length > 0 && pair.source.length <= 80 && pair.target.length <= 80);
  let table = new Map<string, Map<string, number>>();
  const frequency = new Map<string, number>();
  for (const { source, target } of corpus) {
    for (const s of source) {
      frequency.set(s, (frequency.get(s) ?? 0) + 1);
      let row = table.get(s);
      if (!row) table.set(s, (row = new Map()));
      for (const t of target) row.set(t, 1);
    }
  }
  for (let iteration = 0; iteration < (options.iterations ?? 5); iteration += 1) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const { source, target } of corpus) {
      for (const t of target) {
        let normaliser = 0;
        for (const s of source) normaliser += table.get(s)!.get(t)!;
        for (const s of source) {
          const share = table.get(s)!.get(t)! / normaliser;
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(t, (row.get(t) ?? 0) + share);
          totals.set(s, (totals.get(s) ?? 0) + share);
        }
      }
    }
    table = new Map([...counts].map(([s, row]) => [s, new Map([...row].map(([t, count]) => [t, count / totals.get(s)!]))]));
  }
  const pruned = new Map<string, Map<string, number>>();
  for (const [s, row] of table) {
    // A stem seen once co-occurs equally with every word of its sentence: nothing learnt.
    if (s === NULL_WORD || frequency.get(s)! < 2) continue;
    const kept = [...row].filter(([, probability]) => probability >= MIN_PROBABILITY);
    if (kept.length > 0) pruned.set(s, new Map(kept));
  }
  return { table: pruned, pairCount: corpus.length };
}
