import { buildAnchors, sharedWeight } from "./anchors";
import { bandCenters } from "./band-center";
import { BEAD_SHAPES, findBeadPath, type PathScorer } from "./bead-path";
import { lengthCost } from "./length-cost";
import { segmentText, type Language, type Sentence } from "./segment";

export type BeadKind = `${number}-${number}`;
/** Beads are contiguous, in order, and cover every sentence of both sides exactly once. */
export type Bead = { sourceIndices: number[]; targetIndices: number[]; kind: BeadKind; confidence: number };
export type AlignedSegment = {
  source: string;
  target: string;
  sourceSeparator: string;
  targetSeparator: string;
  sourceBreaks: number[];
  targetBreaks: number[];
  kind: BeadKind;
  confidence: number;
};
export type AlignedText = { sourceLeading: string; targetLeading: string; segments: AlignedSegment[] };
export type AlignOptions = { sourceLanguage?: Language; targetLanguage?: Language };

/** −log prior of each bead shape, indexed [a * 4 + b]: adaptations add and drop sentences more often than Hansard. */
const PRIOR_COST = new Float64Array(16);
for (const [kind, probability] of Object.entries({
  "1-1": 0.85, "1-0": 0.03, "0-1": 0.03, "1-2": 0.04, "2-1": 0.04, "2-2": 0.01, "1-3": 0.005, "3-1": 0.005,
})) {
  const [a, b] = kind.split("-").map(Number);
  PRIOR_COST[a * 4 + b] = -Math.log(probability);
}
/** English is about 10% shorter than French in characters. */
const TYPICAL_LENGTH_RATIO = 0.9;
const RATIO_PRIOR_CHARS = 3000;
const ANCHOR_GAIN = 8;
const EXPECTED_DICE = 0.4;
const ANCHOR_PRESENCE = 1.5;
const PARAGRAPH_CROSSING_COST = 3;
const PARAGRAPH_EDGE_COST = 1;
const HEADING_MISMATCH_COST = 2;

type Side = { length: Float64Array; anchorTotal: Float64Array; paragraph: Int32Array; isEnd: Uint8Array; isHeading: Uint8Array };

function describeSide(sentences: Sentence[], totals: number[]): Side {
  const n = sentences.length;
  const side: Side = {
    length: new Float64Array(n + 1),
    anchorTotal: new Float64Array(n + 1),
    paragraph: new Int32Array(n),
    isEnd: new Uint8Array(n),
    isHeading: new Uint8Array(n),
  };
  sentences.forEach((sentence, k) => {
    side.length[k + 1] = side.length[k] + sentence.text.length;
    side.anchorTotal[k + 1] = side.anchorTotal[k] + totals[k];
    side.paragraph[k] = sentence.paragraph;
    side.isEnd[k] = k === n - 1 || sentences[k + 1].paragraph !== sentence.paragraph ? 1 : 0;
    side.isHeading[k] = sentence.isHeading ? 1 : 0;
  });
  return side;
}

type BeadScore = { lengthProbability: number; dice: number; presence: number; structureCost: number; isOwnParagraph: boolean };

/** Cost of one bead (lower is better); fills `details` when given, for the confidence. */
function beadCost(
  source: Side, target: Side, ratio: number, a: number, b: number, i: number, j: number, pairSum: number, details?: BeadScore,
): number {
  const prior = PRIOR_COST[a * 4 + b];
  if (a === 0 || b === 0) {
    if (details) {
      const [side, from, to] = a === 0 ? [target, j - b, j] : [source, i - a, i];
      details.presence = Math.min(1, (side.anchorTotal[to] - side.anchorTotal[from]) / ANCHOR_PRESENCE);
      details.structureCost = side.paragraph[from] !== side.paragraph[to - 1] ? PARAGRAPH_CROSSING_COST : 0;
      // A sentence that is a whole paragraph on its own is a clearer addition/omission.
      details.isOwnParagraph = (from === 0 || side.isEnd[from - 1] === 1) && side.isEnd[to - 1] === 1;
    }
    return prior;
  }
  const length = lengthCost(source.length[i] - source.length[i - a], target.length[j] - target.length[j - b], ratio);
  const anchorTotal = source.anchorTotal[i] - source.anchorTotal[i - a] + target.anchorTotal[j] - target.anchorTotal[j - b];
  const dice = anchorTotal > 0 ? Math.min(1, (2 * pairSum) / anchorTotal) : 0;
  const presence = Math.min(1, anchorTotal / ANCHOR_PRESENCE);
  let structure = (source.paragraph[i - 1] - source.paragraph[i - a] + target.paragraph[j - 1] - target.paragraph[j - b]) * PARAGRAPH_CROSSING_COST;
  if (source.isEnd[i - 1] !== target.isEnd[j - 1]) structure += PARAGRAPH_EDGE_COST;
  if (source.isHeading[i - 1] !== target.isHeading[j - 1]) structure += HEADING_MISMATCH_COST;
  if (details) {
    details.lengthProbability = Math.exp(-length);
    details.dice = dice;
    details.presence = presence;
    details.structureCost = structure;
  }
  return prior + length + ANCHOR_GAIN * presence * (EXPECTED_DICE - dice) + structure;
}

/**
 * Confidence in [0,1]. With anchors to judge by, their agreement (Dice, full at 0.7) dominates and the
 * length fit scales it by 0.7–1; without anchors, the length fit alone gives at most 0.6. Rare shapes
 * and paragraph clashes lower it; a 1-0/0-1 is surer when its sentence has anchors or a paragraph of its own.
 */
function confidenceOf(score: BeadScore, a: number, b: number): number {
  if (a === 0 || b === 0) {
    return round(0.3 + 0.25 * score.presence + (score.isOwnParagraph ? 0.25 : 0) - 0.1 * score.structureCost);
  }
  const withAnchors = (0.1 + 0.9 * Math.min(1, score.dice / 0.7)) * (0.7 + 0.3 * score.lengthProbability);
  const withoutAnchors = 0.15 + 0.45 * score.lengthProbability;
  const shapeFactor = a === 1 && b === 1 ? 1 : a + b === 3 ? 0.9 : 0.75;
  const raw = (score.presence * withAnchors + (1 - score.presence) * withoutAnchors) * shapeFactor - 0.1 * score.structureCost;
  return round(Math.min(1, Math.max(0, raw)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Aligns two sentence lists into beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1) in linear time and memory. */
export function alignSentences(source: Sentence[], target: Sentence[]): Bead[] {
  const anchors = buildAnchors(source.map((s) => s.text), target.map((s) => s.text));
  const sourceSide = describeSide(source, anchors.source.map((s) => s.total));
  const targetSide = describeSide(target, anchors.target.map((s) => s.total));
  const sourceLength = sourceSide.length[source.length] || 1;
  const targetLength = targetSide.length[target.length] || 1;
  // Shrunk towards a typical ratio so that a dropped sentence in a short text does not skew it.
  const ratio = (targetLength + TYPICAL_LENGTH_RATIO * RATIO_PRIOR_CHARS) / (sourceLength + RATIO_PRIOR_CHARS);
  const centers = bandCenters(sourceSide.length, targetSide.length, anchors.uniquePairs);
  const scorer: PathScorer = {
    sourceCount: source.length,
    targetCount: target.length,
    center: (i) => centers[i],
    minimumCost: Float64Array.from(BEAD_SHAPES, ([a, b]) =>
      a === 0 || b === 0 ? PRIOR_COST[a * 4 + b] : PRIOR_COST[a * 4 + b] - ANCHOR_GAIN * (1 - EXPECTED_DICE),
    ),
    pair: (x, y) => sharedWeight(anchors.source[x].keys, anchors.target[y].keys, anchors.weights),
    beadCost: (a, b, i, j, pairSum) => beadCost(sourceSide, targetSide, ratio, a, b, i, j, pairSum),
  };
  return findBeadPath(scorer).map(({ a, b, i, j }) => {
    let pairSum = 0;
    for (let x = i - a; x < i; x++) for (let y = j - b; y < j; y++) pairSum += scorer.pair(x, y);
    const score: BeadScore = { lengthProbability: 0, dice: 0, presence: 0, structureCost: 0, isOwnParagraph: false };
    beadCost(sourceSide, targetSide, ratio, a, b, i, j, pairSum, score);
    return {
      sourceIndices: range(i - a, i),
      targetIndices: range(j - b, j),
      kind: `${a}-${b}` as BeadKind,
      confidence: confidenceOf(score, a, b),
    };
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function joinSide(sentences: Sentence[], indices: number[]): { text: string; separator: string; breaks: number[] } {
  let text = "";
  const breaks: number[] = [];
  indices.forEach((index, k) => {
    if (k > 0) breaks.push(text.length);
    text += sentences[index].text + (k < indices.length - 1 ? sentences[index].separator : "");
  });
  const separator = indices.length > 0 ? sentences[indices[indices.length - 1]].separator : "";
  return { text, separator, breaks };
}

/** Segments and aligns two texts. Invariant: sourceLeading + Σ(source + sourceSeparator) === sourceText (same for target). */
export function alignTexts(
  sourceText: string,
  targetText: string,
  options: AlignOptions = {},
): AlignedText {
  const source = segmentText(sourceText, options.sourceLanguage ?? "fr");
  const target = segmentText(targetText, options.targetLanguage ?? "en");
  const segments = alignSentences(source.sentences, target.sentences).map((bead): AlignedSegment => {
    const sourceSide = joinSide(source.sentences, bead.sourceIndices);
    const targetSide = joinSide(target.sentences, bead.targetIndices);
    return {
      source: sourceSide.text,
      target: targetSide.text,
      sourceSeparator: sourceSide.separator,
      targetSeparator: targetSide.separator,
      sourceBreaks: sourceSide.breaks,
      targetBreaks: targetSide.breaks,
      kind: bead.kind,
      confidence: bead.confidence,
    };
  });
  return { sourceLeading: source.leading, targetLeading: target.leading, segments };
}
