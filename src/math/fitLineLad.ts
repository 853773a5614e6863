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
 * |x_i − x_k|). Trying every pivot costs O(n² log n) and finds the global minimum; a descent from pivot
 * to pivot with an optimality check usually gets there in a few O(n log n) steps (see ladLine).
 */

export interface LadLine {
  slope: number;
  intercept: number;
  /** The pivots tried. */
  pivots: number;
}

/**
 * A minimiser of Σ w_j |a − s_j| over a: the smallest s_j (in slope order) whose cumulative weight
 * reaches half the total. Returns the position j, or −1 when every weight is zero.
 */
export function weightedMedianIndex(values: Float64Array, weights: Float64Array, count: number): number {
  const order = Array.from({ length: count }, (_, j) => j).sort((p, q) => values[p] - values[q]);
  let total = 0;
  for (let j = 0; j < count; j++) total += weights[j];
  if (!(total > 0)) return -1;
  let cumulative = 0;
  for (const j of order) {
    cumulative += weights[j];
    if (2 * cumulative >= total) return j;
  }
  return order[count - 1];
}

/** Σ |a·x_i + b − y_i| (not divided by n). */
function absoluteSum(xs: Float64Array, ys: Float64Array, slope: number, intercept: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.abs(slope * xs[i] + intercept - ys[i]);
  return sum;
}

interface PivotLine {
  slope: number;
  intercept: number;
  sum: number;
  /** The data point, besides the pivot, that the line passes through. */
  through: number;
}

/** The best line through point k (null when every other x equals x_k). */
function bestThrough(xs: Float64Array, ys: Float64Array, k: number, slopes: Float64Array, weights: Float64Array, owners: Int32Array): PivotLine | null {
  let count = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i] - xs[k];
    if (dx === 0) continue;
    slopes[count] = (ys[i] - ys[k]) / dx;
    weights[count] = Math.abs(dx);
    owners[count] = i;
    count++;
  }
  const j = weightedMedianIndex(slopes, weights, count);
  if (j < 0) return null;
  const slope = slopes[j];
  const intercept = ys[k] - slope * xs[k];
  return { slope, intercept, sum: absoluteSum(xs, ys, slope, intercept), through: owners[j] };
}

/**
 * Whether the line through points i and j is optimal: 0 must be a subgradient, that is
 * Σ_{k ≠ i, j} sign(r_k)·(x_k, 1) + t_i·(x_i, 1) + t_j·(x_j, 1) = 0 for some t_i, t_j in [−1, 1].
 * Answers false (not proven) when a third residual is within rounding of 0.
 */
function certifiedOptimal(xs: Float64Array, ys: Float64Array, line: PivotLine, i: number): boolean {
  const j = line.through;
  let gx = 0;
  let g1 = 0;
  for (let k = 0; k < xs.length; k++) {
    if (k === i || k === j) continue;
    const r = line.slope * xs[k] + line.intercept - ys[k];
    const rounding = 1e-12 * (Math.abs(line.slope * xs[k]) + Math.abs(line.intercept) + Math.abs(ys[k]));
    if (Math.abs(r) <= rounding) return false;
    gx += Math.sign(r) * xs[k];
    g1 += Math.sign(r);
  }
  const ti = (g1 * xs[j] - gx) / (xs[i] - xs[j]);
  const tj = -g1 - ti;
  return Math.abs(ti) <= 1 + 1e-9 && Math.abs(tj) <= 1 + 1e-9;
}

/**
 * The LAD line through the points (xs[i], ys[i]); the caller guarantees at least two distinct x.
 * First a descent from pivot to pivot (Wesolowsky, 1981): the best line through pivot k passes
 * through another point j, which becomes the next pivot, while the sum falls. Its end is checked by
 * the subgradient condition above; when that cannot be shown (ties: three points on the line), the
 * exhaustive search over every pivot decides.
 */
export function ladLine(xs: Float64Array, ys: Float64Array): LadLine {
  const n = xs.length;
  const slopes = new Float64Array(n);
  const weights = new Float64Array(n);
  const owners = new Int32Array(n);
  let pivot = 0;
  let best = bestThrough(xs, ys, pivot, slopes, weights, owners);
  let pivots = 1;
  for (let step = 0; best && best.sum > 0 && step < n; step++) {
    if (certifiedOptimal(xs, ys, best, pivot)) return { slope: best.slope, intercept: best.intercept, pivots };
    const next = bestThrough(xs, ys, best.through, slopes, weights, owners);
    pivots++;
    if (!next || !(next.sum < best.sum)) break;
    pivot = best.through;
    best = next;
  }
  if (best && best.sum === 0) return { slope: best.slope, intercept: best.intercept, pivots };
  for (let k = 0; k < n; k++) {
    const line = bestThrough(xs, ys, k, slopes, weights, owners);
    if (line && (!best || line.sum < best.sum)) best = line;
  }
  return { slope: best?.slope ?? 0, intercept: best?.intercept ?? 0, pivots: pivots + n };
}

/** A median of ys (the midpoint of the two middle values when n is even): minimises Σ |c − y_i|. */
export function median(ys: ArrayLike<number>): number {
  const sorted = Array.from(ys).sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
}
