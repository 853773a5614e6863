/**
 * Shared pieces of the linear-classifier solvers (classifier.ts is the public face).
 *
 * Every solver works on one generic problem: rows a_i = y_i·(φ_i, 1) in R^D (D = d + 1, d ≤ 2
 * features φ_i, the last coordinate the bias) and parameters θ = (w, b), minimising
 *
 *   J(θ) = (1/n) Σ_i L(a_i·θ) + (λ/2) Σ_{k<d} θ_k²,
 *
 * so the margin of point i is m_i = a_i·θ = y_i·(w·φ_i + b) and the bias is not penalised.
 * The 2-feature problem is the classifier on the plane; the 1-feature one (φ_i = u·x_i for a unit
 * normal u) is the same classifier along a fixed boundary angle; the 0-feature one fits a bias only.
 */
import { marginLoss, marginLossGrad } from './margin';
import { sigmoidPrime } from './special';

/** The margin losses a linear classifier can be trained on (the perceptron has its own algorithm). */
export type ClassifierLossId = 'hinge' | 'log' | 'exponential' | 'squared-hinge' | 'modified-huber';

export interface MarginProblem {
  loss: ClassifierLossId;
  /** a_i = y_i·(φ_i, 1), each of length D. */
  rows: number[][];
  /** The number d of penalised (feature) coordinates; the last coordinate, the bias, is not. */
  penalized: number;
  lambda: number;
  /**
   * Internal to the hinge solver: when > 0 the hinge is replaced by its smoothing of width ε,
   * 0 (m ≥ 1), (1 − m)²/(2ε) (1 − ε ≤ m < 1), 1 − m − ε/2 (m < 1 − ε): C¹, within ε/2 of the hinge.
   */
  smoothing?: number;
}

function smoothed(problem: MarginProblem): number {
  return problem.loss === 'hinge' && problem.smoothing !== undefined && problem.smoothing > 0 ? problem.smoothing : 0;
}

/** L(m) of the problem's loss (the smoothed hinge when `smoothing` is set). */
export function lossValue(problem: MarginProblem, m: number): number {
  const eps = smoothed(problem);
  if (eps === 0) return marginLoss(problem.loss, m);
  return m >= 1 ? 0 : m >= 1 - eps ? ((1 - m) * (1 - m)) / (2 * eps) : 1 - m - eps / 2;
}

/** L'(m) of the problem's loss. */
export function lossSlope(problem: MarginProblem, m: number): number {
  const eps = smoothed(problem);
  if (eps === 0) return marginLossGrad(problem.loss, m);
  return m >= 1 ? 0 : m >= 1 - eps ? -(1 - m) / eps : -1;
}

/** L''(m) of the problem's loss (generalized where L' has a corner). */
export function lossCurvature(problem: MarginProblem, m: number): number {
  const eps = smoothed(problem);
  if (eps === 0) return marginLossCurvature(problem.loss, m);
  return m < 1 && m >= 1 - eps ? 1 / eps : 0;
}

/**
 * L''(m), a generalized second derivative where L' has a corner: log: σ(m)σ(−m); exponential: e^−m;
 * squared hinge: 2 for m < 1, else 0; modified Huber: 2 for −1 ≤ m < 1, else 0; hinge: 0.
 */
export function marginLossCurvature(loss: ClassifierLossId, m: number): number {
  switch (loss) {
    case 'log':
      return sigmoidPrime(m);
    case 'exponential':
      return Math.exp(-m);
    case 'squared-hinge':
      return m < 1 ? 2 : 0;
    case 'modified-huber':
      return m >= -1 && m < 1 ? 2 : 0;
    default:
      return 0;
  }
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** (λ/2) Σ_{k<d} θ_k². */
function penalty(problem: MarginProblem, theta: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < problem.penalized; k++) s += theta[k] * theta[k];
  return (problem.lambda / 2) * s;
}

/** J(θ); +Infinity when a margin loss overflows (the exponential loss far from the optimum). */
export function problemObjective(problem: MarginProblem, theta: readonly number[]): number {
  const n = problem.rows.length;
  let s = 0;
  for (const a of problem.rows) s += lossValue(problem, dot(a, theta));
  return (n > 0 ? s / n : 0) + penalty(problem, theta);
}

/** ∇J(θ) = (1/n) Σ L'(m_i) a_i + λ(w, 0) (at a hinge corner, L' is the left derivative −1). */
export function problemGradient(problem: MarginProblem, theta: readonly number[]): number[] {
  const n = problem.rows.length;
  const g = theta.map(() => 0);
  for (const a of problem.rows) {
    const slope = lossSlope(problem, dot(a, theta)) / n;
    for (let k = 0; k < g.length; k++) g[k] += slope * a[k];
  }
  for (let k = 0; k < problem.penalized; k++) g[k] += problem.lambda * theta[k];
  return g;
}

/** The (generalized) Hessian (1/n) Σ L''(m_i) a_i a_iᵀ + λ·diag(1, …, 1, 0). */
export function problemHessian(problem: MarginProblem, theta: readonly number[]): number[][] {
  const n = problem.rows.length;
  const dim = theta.length;
  const h = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (const a of problem.rows) {
    const c = lossCurvature(problem, dot(a, theta)) / n;
    if (c === 0) continue;
    for (let r = 0; r < dim; r++) for (let s = 0; s < dim; s++) h[r][s] += c * a[r] * a[s];
  }
  for (let k = 0; k < problem.penalized; k++) h[k][k] += problem.lambda;
  return h;
}

/**
 * Solves A x = rhs for a small square A by Gaussian elimination with partial pivoting. Returns null
 * when a pivot is below `relTol` times the largest entry of A (singular to working precision).
 */
export function solveLinear(matrix: readonly number[][], rhs: readonly number[], relTol = 1e-13): number[] | null {
  const size = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i]]);
  let scale = 0;
  for (const row of matrix) for (const v of row) scale = Math.max(scale, Math.abs(v));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (!(Math.abs(m[pivot][col]) > relTol * scale)) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < size; r++) {
      const f = m[r][col] / m[col][col];
      if (f !== 0) for (let c = col; c <= size; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let r = size - 1; r >= 0; r--) {
    let s = m[r][size];
    for (let c = r + 1; c < size; c++) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x.every(Number.isFinite) ? x : null;
}

/**
 * An orthonormal basis of span{a_i} by modified Gram–Schmidt, dropping vectors whose remainder is
 * below 1e-10 of their length (so nearly dependent rows count as dependent).
 */
export function rowSpaceBasis(rows: readonly number[][]): number[][] {
  const basis: number[][] = [];
  for (const a of rows) {
    const norm = Math.sqrt(dot(a, a));
    if (!(norm > 0)) continue;
    const v = [...a];
    for (const q of basis) {
      const c = dot(v, q);
      for (let k = 0; k < v.length; k++) v[k] -= c * q[k];
    }
    const rest = Math.sqrt(dot(v, v));
    if (rest > 1e-10 * norm) basis.push(v.map((x) => x / rest));
    if (basis.length === a.length) break;
  }
  return basis;
}
