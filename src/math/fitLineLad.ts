/**
 * Exact least-absolute-deviations (LAD, the MAE line): minimise (1/n) Σ |a·x_i + b − y_i|.
 *
 * Why an exhaustive search is exact: the objective is convex and piecewise linear in (a, b), and
 * linear on each cell of the arrangement of the n lines {(a, b) : a·x_i + b = y_i}. When the x_i are
 * not all equal the objective grows without bound in every direction, so its minimum set is a bounded
 * face of that arrangement and contains a vertex: the intersection of two of those lines, that is, a
 * line through two data points with different x. So some optimal line passes through a data point k.
 * Through a fixed pivot k the objective is (1/n)[Σ_i |x_i − x_k| · |a − s_ik| + Σ_{x_i = x_k} |y_i − y_k|]
 * with s_ik = (y_i − y_k)/(x_i − x_k), minimised by a weighted median of the slopes s_ik (weights
 * |x_i − x_k|). Trying every pivot costs O(n² log n) and finds the global minimum; n is a few dozen
 * points dragged on a chart, so this takes well under a millisecond.
 */

export interface LadLine {
  slope: number;
  intercept: number;
  /** The pivots tried (n). */
  pivots: number;
}

/**
 * The smallest slope s_j (sorted by slope) whose cumulative weight reaches half the total: a
 * minimiser of Σ w_j |a − s_j|. Returns NaN when every weight is zero.
 */
export function weightedMedian(values: Float64Array, weights: Float64Array, count: number): number {
  const order = Array.from({ length: count }, (_, j) => j).sort((p, q) => values[p] - values[q]);
  let total = 0;
  for (let j = 0; j < count; j++) total += weights[j];
  if (!(total > 0)) return NaN;
  let cumulative = 0;
  for (const j of order) {
    cumulative += weights[j];
    if (2 * cumulative >= total) return values[j];
  }
  return values[order[count - 1]];
}

/** Σ |a·x_i + b − y_i| (not divided by n). */
function absoluteSum(xs: Float64Array, ys: Float64Array, slope: number, intercept: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.abs(slope * xs[i] + intercept - ys[i]);
  return sum;
}

/**
 * The LAD line through the points (xs[i], ys[i]), by the pivot search above. The caller guarantees
 * at least two distinct x (centring x and y first keeps the slopes and sums accurate).
 */
export function ladLine(xs: Float64Array, ys: Float64Array): LadLine {
  const n = xs.length;
  const slopes = new Float64Array(n);
  const weights = new Float64Array(n);
  let best = { slope: 0, intercept: 0, sum: Infinity };
  for (let k = 0; k < n; k++) {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const dx = xs[i] - xs[k];
      if (i === k || dx === 0) continue;
      slopes[count] = (ys[i] - ys[k]) / dx;
      weights[count] = Math.abs(dx);
      count++;
    }
    const slope = weightedMedian(slopes, weights, count);
    if (Number.isNaN(slope)) continue;
    const intercept = ys[k] - slope * xs[k];
    const sum = absoluteSum(xs, ys, slope, intercept);
    if (sum < best.sum) best = { slope, intercept, sum };
  }
  return { slope: best.slope, intercept: best.intercept, pivots: n };
}

/** A median of ys (the midpoint of the two middle values when n is even): minimises Σ |c − y_i|. */
export function median(ys: ArrayLike<number>): number {
  const sorted = Array.from(ys).sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
}
