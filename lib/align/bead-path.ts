/** Bead shapes [source sentences, target sentences] the aligner may use. */
export const BEAD_SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];
const SHAPE_SOURCE = Int32Array.from(BEAD_SHAPES, ([a]) => a);
const SHAPE_TARGET = Int32Array.from(BEAD_SHAPES, ([, b]) => b);
const MAX_SPAN = 3;
const FULL_BAND_CELLS = 4_000_000;
// Widening stops here: past it a path along the band's edge means unrelated texts, not a narrow band.
const MAX_BAND_CELLS = 20_000_000;
const INITIAL_HALF_WIDTH = 20;
const EDGE_MARGIN = 3;

export type PathScorer = {
  sourceCount: number;
  targetCount: number;
  /** Target index the length diagonal reaches after `i` source sentences (monotone, 0 at 0, targetCount at sourceCount). */
  center: (i: number) => number;
  /** Anchor score of one source sentence x against one target sentence y. */
  pair: (x: number, y: number) => number;
  /** A lower bound of beadCost for each shape of BEAD_SHAPES, to skip hopeless candidates. */
  minimumCost: Float64Array;
  /** Cost of the bead covering source [i−a, i) and target [j−b, j), given the summed pair scores inside it. */
  beadCost: (a: number, b: number, i: number, j: number, pairSum: number) => number;
};
/** A bead covering source [i−a, i) and target [j−b, j). */
export type PathStep = { a: number; b: number; i: number; j: number };

/**
 * Cheapest bead sequence by dynamic programming in a band around the length diagonal.
 * Time and memory are O(n · width); the band doubles while the best path runs along its edge.
 */
export function findBeadPath(scorer: PathScorer): PathStep[] {
  const longest = Math.max(scorer.sourceCount, scorer.targetCount);
  let halfWidth = (scorer.sourceCount + 1) * (scorer.targetCount + 1) <= FULL_BAND_CELLS ? longest : INITIAL_HALF_WIDTH;
  for (;;) {
    const { path, touchesEdge } = alignInBand(scorer, Math.min(halfWidth, longest));
    const isFull = halfWidth >= longest;
    const isTooLarge = (scorer.sourceCount + 1) * (4 * halfWidth + 1) > MAX_BAND_CELLS;
    if (!touchesEdge || isFull || isTooLarge) return path;
    halfWidth *= 2;
  }
}

function bandLimits(scorer: PathScorer, halfWidth: number) {
  const n = scorer.sourceCount;
  const m = scorer.targetCount;
  const low = new Int32Array(n + 1);
  const high = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const center = Math.round(scorer.center(i));
    low[i] = Math.max(0, center - halfWidth);
    high[i] = Math.min(m, center + halfWidth);
    // Keeps consecutive rows overlapping so every cell stays reachable through 1-0/0-1 beads.
    if (i > 0) low[i] = Math.max(low[i - 1], Math.min(low[i], high[i - 1]));
    if (i > 0) high[i] = Math.max(high[i], high[i - 1], low[i]);
  }
  low[0] = 0;
  high[n] = m;
  return { low, high };
}

function alignInBand(scorer: PathScorer, halfWidth: number): { path: PathStep[]; touchesEdge: boolean } {
  const n = scorer.sourceCount;
  const m = scorer.targetCount;
  const { low, high } = bandLimits(scorer, halfWidth);
  const rowStart = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + high[i] - low[i] + 1;
  const choice = new Uint8Array(rowStart[n + 1]);
  let rowCapacity = 1;
  for (let i = 0; i <= n; i++) rowCapacity = Math.max(rowCapacity, high[Math.min(n, i + MAX_SPAN)] - low[i] + 1 + MAX_SPAN);
  const costRows = Array.from({ length: MAX_SPAN + 1 }, () => new Float64Array(rowCapacity));
  const pairRows = Array.from({ length: MAX_SPAN }, () => new Float64Array(rowCapacity));
  const pairLow = new Int32Array(n + 1);

  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      const x = i - 1;
      const row = pairRows[x % MAX_SPAN];
      pairLow[x] = Math.max(0, low[i] - MAX_SPAN);
      const last = Math.min(m - 1, high[Math.min(n, x + MAX_SPAN)] - 1);
      for (let y = pairLow[x]; y <= last; y++) row[y - pairLow[x]] = scorer.pair(x, y);
    }
    const costs = costRows[i % (MAX_SPAN + 1)];
    for (let j = low[i]; j <= high[i]; j++) {
      let best = i === 0 && j === 0 ? 0 : Infinity;
      let bestShape = 255;
      for (let s = 0; s < SHAPE_SOURCE.length; s++) {
        const a = SHAPE_SOURCE[s];
        const b = SHAPE_TARGET[s];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < low[pi] || pj > high[pi]) continue;
        const previous = costRows[pi % (MAX_SPAN + 1)][pj - low[pi]];
        if (previous + scorer.minimumCost[s] >= best) continue;
        let pairSum = 0;
        for (let x = pi; x < i; x++) {
          const row = pairRows[x % MAX_SPAN];
          for (let y = pj; y < j; y++) pairSum += row[y - pairLow[x]];
        }
        const total = previous + scorer.beadCost(a, b, i, j, pairSum);
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      costs[j - low[i]] = best;
      choice[rowStart[i] + j - low[i]] = bestShape;
    }
  }
  return tracePath(choice, rowStart, low, high, n, m);
}

function tracePath(choice: Uint8Array, rowStart: Float64Array, low: Int32Array, high: Int32Array, n: number, m: number) {
  const path: PathStep[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if ((j - low[i] < EDGE_MARGIN && low[i] > 0) || (high[i] - j < EDGE_MARGIN && high[i] < m)) touchesEdge = true;
    const [a, b] = BEAD_SHAPES[choice[rowStart[i] + j - low[i]]];
    path.push({ a, b, i, j });
    i -= a;
    j -= b;
  }
  return { path: path.reverse(), touchesEdge };
}
