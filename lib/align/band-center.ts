/**
 * The centre line of the alignment band: a monotone chain of "unique anchor" pairs (a key found once
 * on each side), kept by longest increasing subsequence, joined by length-proportional interpolation.
 * A centre that follows the text keeps the band narrow even where additions and omissions pile up.
 */
export function bandCenters(sourcePrefix: Float64Array, targetPrefix: Float64Array, pairs: [number, number][]): Float64Array {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const knots: [number, number][] = [[0, 0]];
  for (const [x, y] of increasingChain(pairs)) {
    const last = knots[knots.length - 1];
    if (x > last[0] && y > last[1]) knots.push([x, y]);
    if (x + 1 < n && y + 1 < m) knots.push([x + 1, y + 1]);
  }
  knots.push([n, m]);
  const centers = new Float64Array(n + 1);
  for (let k = 1; k < knots.length; k++) {
    const [i0, j0] = knots[k - 1];
    const [i1, j1] = knots[k];
    if (i1 < i0 || j1 < j0) continue;
    const sourceSpan = sourcePrefix[i1] - sourcePrefix[i0] || 1;
    const scale = (targetPrefix[j1] - targetPrefix[j0]) / sourceSpan;
    let j = j0;
    for (let i = i0; i <= i1; i++) {
      const wanted = targetPrefix[j0] + (sourcePrefix[i] - sourcePrefix[i0]) * scale;
      while (j < j1 && targetPrefix[j + 1] <= wanted) j++;
      centers[i] = i === i1 ? j1 : j;
    }
  }
  return centers;
}

/** Longest chain of pairs increasing in both coordinates (patience sorting, O(k log k)). */
function increasingChain(pairs: [number, number][]): [number, number][] {
  const sorted = [...pairs].sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    let lowIndex = 0;
    let highIndex = tails.length;
    while (lowIndex < highIndex) {
      const middle = (lowIndex + highIndex) >> 1;
      if (sorted[tails[middle]][1] < sorted[k][1]) lowIndex = middle + 1;
      else highIndex = middle;
    }
    if (lowIndex > 0) previous[k] = tails[lowIndex - 1];
    tails[lowIndex] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(sorted[k]);
  return chain.reverse();
}
