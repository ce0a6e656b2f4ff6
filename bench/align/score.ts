import type { GoldBead } from "./types";

export type LinkScore = { precision: number; recall: number; f1: number; nullRecall: number; goldLinks: number };

function sentenceSets(gold: GoldBead[]) {
  const unscoredSource = new Set<number>();
  const unscoredTarget = new Set<number>();
  for (const bead of gold) {
    if (!bead.isUnscored) continue;
    for (const s of bead.source) unscoredSource.add(s);
    for (const t of bead.target) unscoredTarget.add(t);
  }
  return { unscoredSource, unscoredTarget };
}

/** Sentence links of beads: every (source, target) pair inside a bead with both sides non-empty. */
function links(beads: GoldBead[], isIgnored: (s: number, t: number) => boolean): Set<string> {
  const result = new Set<string>();
  for (const bead of beads) {
    for (const s of bead.source) for (const t of bead.target) if (!isIgnored(s, t)) result.add(`${s}:${t}`);
  }
  return result;
}

function nullSentences(beads: GoldBead[]): Set<string> {
  const result = new Set<string>();
  for (const bead of beads) {
    if (bead.isUnscored) continue;
    if (bead.target.length === 0) for (const s of bead.source) result.add(`s${s}`);
    if (bead.source.length === 0) for (const t of bead.target) result.add(`t${t}`);
  }
  return result;
}

/**
 * Precision, recall and F1 of sentence links against the gold, plus the share of gold 1-0/0-1
 * sentences left unlinked. Links between two sentences of unscored gold beads (whose inner
 * alignment the gold does not know) are left out on both sides; any other link counts.
 */
export function scoreAlignment(predicted: GoldBead[], gold: GoldBead[]): LinkScore {
  const { unscoredSource, unscoredTarget } = sentenceSets(gold);
  const isIgnored = (s: number, t: number) => unscoredSource.has(s) && unscoredTarget.has(t);
  const predictedLinks = links(predicted, isIgnored);
  const goldLinks = links(gold.filter((bead) => !bead.isUnscored), () => false);
  let correct = 0;
  for (const link of predictedLinks) if (goldLinks.has(link)) correct++;
  const precision = predictedLinks.size ? correct / predictedLinks.size : 0;
  const recall = goldLinks.size ? correct / goldLinks.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const goldNull = nullSentences(gold);
  const predictedNull = nullSentences(predicted);
  let foundNull = 0;
  for (const item of goldNull) if (predictedNull.has(item)) foundNull++;
  return { precision, recall, f1, nullRecall: goldNull.size ? foundNull / goldNull.size : 1, goldLinks: goldLinks.size };
}
