/**
 * The exact hinge-loss solver (the soft-margin SVM). For the problem J(θ) of classifierCore.ts with
 * L(m) = max(0, 1 − m):
 *
 * - λ > 0: the dual max_α Σα_i − (1/(2λ))‖Σ α_i y_i φ_i‖², 0 ≤ α_i ≤ 1/n, Σ α_i y_i = 0 (the
 *   equality is the unpenalised bias) is solved by SMO with second-order working-set selection
 *   (Fan, Chen & Lin 2005), w = (1/λ)Σ α_i y_i φ_i. The bias is then the exact minimiser of the
 *   piecewise-linear J(w, ·), and the active set read off the margins (m_i = 1 on the margin, m_i < 1
 *   inside it) is polished by solving the KKT equations exactly. The duality gap certifies the result.
 * - λ = 0 (or no features): J is piecewise linear and its minimum is attained at a vertex, where
 *   r = rank(A) independent margins equal 1; every such vertex is evaluated (O(n^(r+1)), n ≤ ~60).
 */
import { dot, problemObjective, rowSpaceBasis, solveLinear, type MarginProblem } from './classifierCore';
import type { SolverResult } from './classifierSolvers';

/**
 * argmin_b (1/n) Σ max(0, 1 − y_i(s_i + b)) for scores s_i = w·φ_i. The function is convex and
 * piecewise linear with corners at b = y_i − s_i; the minimum is at a corner. When a whole interval
 * of corners is optimal its midpoint is returned.
 */
export function bestHingeBias(scores: readonly number[], labels: readonly number[]): number {
  const corners = scores.map((s, i) => labels[i] - s).sort((p, q) => p - q);
  const values = corners.map((b) => scores.reduce((sum, s, i) => sum + Math.max(0, 1 - labels[i] * (s + b)), 0));
  const best = Math.min(...values);
  const slack = 1e-14 * Math.max(1, best);
  const optimal = corners.filter((_, k) => values[k] <= best + slack);
  return optimal.length > 0 ? (optimal[0] + optimal[optimal.length - 1]) / 2 : 0;
}

interface SplitRows {
  features: number[][];
  labels: number[];
}

function split(problem: MarginProblem): SplitRows {
  const d = problem.penalized;
  const labels = problem.rows.map((a) => a[d]);
  return { labels, features: problem.rows.map((a, i) => a.slice(0, d).map((v) => v * labels[i])) };
}

function withBestBias(w: readonly number[], { features, labels }: SplitRows): number[] {
  return [...w, bestHingeBias(features.map((f) => dot(f, w)), labels)];
}

/** SMO on the dual; returns α. Gradient G = Qα − 1 with Q_ij = y_i y_j φ_i·φ_j / λ. */
function smo({ features, labels }: SplitRows, lambda: number, maxIterations: number): { alpha: number[]; iterations: number } {
  const n = labels.length;
  const upper = 1 / n;
  const tau = 1e-12;
  const q = features.map((fi, i) => features.map((fj, j) => (labels[i] * labels[j] * dot(fi, fj)) / lambda));
  const alpha = new Array<number>(n).fill(0);
  const grad = new Array<number>(n).fill(-1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let gMax = -Infinity;
    let i = -1;
    for (let t = 0; t < n; t++) {
      const up = labels[t] > 0 ? alpha[t] < upper : alpha[t] > 0;
      if (up && -labels[t] * grad[t] >= gMax) [gMax, i] = [-labels[t] * grad[t], t];
    }
    let gMax2 = -Infinity;
    let j = -1;
    let bestDrop = Infinity;
    for (let t = 0; t < n && i >= 0; t++) {
      const low = labels[t] > 0 ? alpha[t] > 0 : alpha[t] < upper;
      if (!low) continue;
      const v = labels[t] * grad[t];
      gMax2 = Math.max(gMax2, v);
      const b = gMax + v;
      if (b > 0) {
        const a = q[i][i] + q[t][t] - 2 * labels[i] * labels[t] * q[i][t];
        const drop = -(b * b) / (a > 0 ? a : tau);
        if (drop <= bestDrop) [bestDrop, j] = [drop, t];
      }
    }
    if (i < 0 || j < 0 || gMax + gMax2 < 1e-13) break;
    const [oldI, oldJ] = [alpha[i], alpha[j]];
    if (labels[i] !== labels[j]) {
      const a = q[i][i] + q[j][j] + 2 * q[i][j];
      const delta = (-grad[i] - grad[j]) / (a > 0 ? a : tau);
      const diff = alpha[i] - alpha[j];
      alpha[i] += delta;
      alpha[j] += delta;
      if (diff > 0 && alpha[j] < 0) [alpha[j], alpha[i]] = [0, diff];
      else if (diff <= 0 && alpha[i] < 0) [alpha[i], alpha[j]] = [0, -diff];
      if (diff > 0 && alpha[i] > upper) [alpha[i], alpha[j]] = [upper, upper - diff];
      else if (diff <= 0 && alpha[j] > upper) [alpha[j], alpha[i]] = [upper, upper + diff];
    } else {
      const a = q[i][i] + q[j][j] - 2 * q[i][j];
      const delta = (grad[i] - grad[j]) / (a > 0 ? a : tau);
      const sum = alpha[i] + alpha[j];
      alpha[i] -= delta;
      alpha[j] += delta;
      if (sum > upper && alpha[i] > upper) [alpha[i], alpha[j]] = [upper, sum - upper];
      else if (sum <= upper && alpha[j] < 0) [alpha[j], alpha[i]] = [0, sum];
      if (sum > upper && alpha[j] > upper) [alpha[j], alpha[i]] = [upper, sum - upper];
      else if (sum <= upper && alpha[i] < 0) [alpha[i], alpha[j]] = [0, sum];
    }
    const [dI, dJ] = [alpha[i] - oldI, alpha[j] - oldJ];
    for (let t = 0; t < n; t++) grad[t] += q[t][i] * dI + q[t][j] * dJ;
  }
  return { alpha, iterations };
}

/**
 * Given the margins, guess the active set (|m_i − 1| ≤ δ on the margin, m_i < 1 − δ inside) and
 * solve the equality-constrained QP min (λ/2)‖w‖² − (1/n)Σ_inside a_i·θ subject to a_i·θ = 1 on
 * the margin (its KKT system, with a linearly independent subset of the margin rows).
 */
function polish(problem: MarginProblem, theta: readonly number[], delta: number): number[] | null {
  const { rows, penalized: d, lambda } = problem;
  const dim = d + 1;
  const n = rows.length;
  const margins = rows.map((a) => dot(a, theta));
  const inside = rows.filter((_, i) => margins[i] < 1 - delta);
  const onMargin = rows
    .map((a, i) => ({ a, gap: Math.abs(margins[i] - 1) }))
    .filter((r) => r.gap <= delta)
    .sort((p, q) => p.gap - q.gap);
  const active: number[][] = [];
  for (const { a } of onMargin) if (rowSpaceBasis([...active, a]).length > active.length) active.push(a);
  const c = new Array<number>(dim).fill(0);
  for (const a of inside) for (let k = 0; k < dim; k++) c[k] += a[k] / n;
  // Nothing on the margin: λw = (1/n)Σ_inside y_i φ_i, and the caller picks the bias.
  if (active.length === 0) return [...c.slice(0, d).map((v) => v / lambda), 0];
  const size = dim + active.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rhs = new Array<number>(size).fill(0);
  for (let r = 0; r < dim; r++) {
    if (r < d) matrix[r][r] = lambda;
    active.forEach((a, j) => (matrix[r][dim + j] = -a[r]));
    rhs[r] = c[r];
  }
  active.forEach((a, j) => {
    for (let k = 0; k < dim; k++) matrix[dim + j][k] = a[k];
    rhs[dim + j] = 1;
  });
  const solution = solveLinear(matrix, rhs);
  return solution ? solution.slice(0, dim) : null;
}

function solveDual(problem: MarginProblem, maxIterations: number): SolverResult {
  const parts = split(problem);
  const { alpha, iterations } = smo(parts, problem.lambda, maxIterations);
  const d = problem.penalized;
  const w = new Array<number>(d).fill(0);
  alpha.forEach((a, i) => parts.features[i].forEach((v, k) => (w[k] += (a * parts.labels[i] * v) / problem.lambda)));
  const dual = alpha.reduce((s, a) => s + a, 0) - (problem.lambda / 2) * dot(w, w);
  let theta = withBestBias(w, parts);
  let objective = problemObjective(problem, theta);
  const start = theta;
  for (const delta of [1e-4, 1e-6, 1e-8, 1e-10]) {
    const polished = polish(problem, start, delta);
    if (!polished) continue;
    for (const candidate of [polished, withBestBias(polished.slice(0, d), parts)]) {
      const value = problemObjective(problem, candidate);
      if (value < objective) [theta, objective] = [candidate, value];
    }
  }
  const dualityGap = Math.max(0, objective - dual);
  const converged = dualityGap <= 1e-9 * Math.max(Math.abs(objective), 1e-12);
  return { theta, objective, iterations, converged, unbounded: false, dualityGap };
}

/** Every k-subset of {0, …, n − 1}, in lexicographic order. */
function* subsets(n: number, k: number, from = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = from; i <= n - (k - prefix.length); i++) yield* subsets(n, k, i + 1, [...prefix, i]);
}

/** λ = 0 or no features: the best vertex θ = A_Sᵀ(A_S A_Sᵀ)⁻¹1 over r-subsets S of rows, r = rank(A). */
function solveVertices(problem: MarginProblem): SolverResult {
  const { rows } = problem;
  const dim = problem.penalized + 1;
  const rank = rowSpaceBasis(rows).length;
  let theta = new Array<number>(dim).fill(0);
  let objective = problemObjective(problem, theta);
  let iterations = 0;
  for (const subset of subsets(rows.length, rank)) {
    iterations++;
    const picked = subset.map((i) => rows[i]);
    const gram = picked.map((p) => picked.map((q) => dot(p, q)));
    const coefficients = solveLinear(gram, picked.map(() => 1), 1e-10);
    if (!coefficients) continue;
    const candidate = theta.map((_, k) => picked.reduce((s, p, j) => s + coefficients[j] * p[k], 0));
    const value = problemObjective(problem, candidate);
    if (value < objective) [theta, objective] = [candidate, value];
  }
  return { theta, objective, iterations, converged: true, unbounded: false };
}

/** The exact minimiser of the hinge objective (see the file comment). */
export function solveHinge(problem: MarginProblem, maxIterations = 100000): SolverResult {
  if (problem.rows.length === 0) {
    return { theta: new Array<number>(problem.penalized + 1).fill(0), objective: 0, iterations: 0, converged: true, unbounded: false, dualityGap: 0 };
  }
  return problem.lambda > 0 && problem.penalized > 0 ? solveDual(problem, maxIterations) : solveVertices(problem);
}
