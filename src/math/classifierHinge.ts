/**
 * The exact hinge-loss solver (the soft-margin SVM). For the problem J(θ) of classifierCore.ts with
 * L(m) = max(0, 1 − m):
 *
 * - λ > 0: continuation on a smoothed hinge (quadratic within ε of the corner, ε = 1 … 1e-10, each
 *   stage minimised by the semismooth Newton solver of classifierSolvers.ts from the last), whose
 *   minimiser is within ε/2 of the hinge's minimum; then the active set read off its margins (m_i = 1
 *   on the margin, m_i < 1 inside) is polished by solving the KKT equations exactly. The duality gap
 *   against the KKT multipliers (or the smoothed ones), primal − dual with the dual
 *   max_α Σα_i − (1/(2λ))‖Σ α_i y_i φ_i‖², 0 ≤ α_i ≤ 1/n, Σ α_i y_i = 0, certifies the result.
 * - λ = 0 (or no features): J is piecewise linear and its minimum is attained at a vertex, where
 *   r = rank(A) independent margins equal 1; every such vertex is evaluated (O(n^(r+1)), n ≤ ~60).
 */
import { dot, lossSlope, problemObjective, rowSpaceBasis, solveLinear, type MarginProblem } from './classifierCore';
import { solveSmooth, type SolverResult } from './classifierSolvers';

/**
 * argmin_b (1/n) Σ max(0, 1 − y_i(s_i + b)) for scores s_i = w·φ_i. The function is convex and
 * piecewise linear with corners c_i = y_i − s_i, and every corner raises its slope by 1/n (a
 * positive point's term stops, a negative point's starts), from −P/n (P positive points) at the
 * far left. So with the corners sorted, c_(1) ≤ … ≤ c_(n), the minimisers are [c_(P), c_(P+1)] (a
 * weighted median); the midpoint is returned (c_(n) if every point is positive, c_(1) if none is).
 */
export function bestHingeBias(scores: readonly number[], labels: readonly number[]): number {
  const n = scores.length;
  if (n === 0) return 0;
  const corners = scores.map((s, i) => labels[i] - s).sort((p, q) => p - q);
  const positives = labels.filter((y) => y > 0).length;
  if (positives === 0) return corners[0];
  if (positives === n) return corners[n - 1];
  return (corners[positives - 1] + corners[positives]) / 2;
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

/**
 * The dual value Σα_i − (1/(2λ))‖Σ α_i y_i φ_i‖² of multipliers α ∈ [0, 1/n]ⁿ, less |Σα_i y_i|·|b| (the
 * bias term of the Lagrangian when Σα_i y_i is not exactly 0): a lower bound on min J.
 */
function dualBound({ features, labels }: SplitRows, lambda: number, alpha: readonly number[], bias: number): number {
  const v = new Array<number>(features[0]?.length ?? 0).fill(0);
  let total = 0;
  let balance = 0;
  alpha.forEach((a, i) => {
    total += a;
    balance += a * labels[i];
    features[i].forEach((x, k) => (v[k] += a * labels[i] * x));
  });
  return total - dot(v, v) / (2 * lambda) - Math.abs(balance) * Math.abs(bias);
}

interface Polished {
  theta: number[];
  /** The KKT multipliers: 1/n inside the margin, the solved ones on it, 0 outside; null if out of the box. */
  alpha: number[] | null;
}

/**
 * The equality-constrained QP min (λ/2)‖w‖² − (1/n)Σ_inside a_i·θ subject to a_i·θ = 1 for the
 * candidate margin rows (in order; a linearly independent subset is kept), by its KKT system.
 * Returns θ, the multipliers of the kept rows (`active`, `multipliers`) and α (1/n inside, the
 * multipliers clipped to [0, 1/n] on the margin, 0 elsewhere; null if a multiplier is out of the box).
 */
function kktSolve(problem: MarginProblem, isInside: readonly boolean[], candidates: readonly number[]): (Polished & { active: number[]; multipliers: number[] }) | null {
  const { rows, penalized: d, lambda } = problem;
  const dim = d + 1;
  const n = rows.length;
  const active: number[] = [];
  for (const i of candidates) if (active.length < dim && rowSpaceBasis([...active, i].map((k) => rows[k])).length > active.length) active.push(i);
  const c = new Array<number>(dim).fill(0);
  rows.forEach((a, i) => {
    if (isInside[i]) for (let k = 0; k < dim; k++) c[k] += a[k] / n;
  });
  const alpha = isInside.map((inside) => (inside ? 1 / n : 0));
  // Nothing on the margin: λw = (1/n)Σ_inside y_i φ_i, and the caller picks the bias.
  if (active.length === 0) return { theta: [...c.slice(0, d).map((v) => v / lambda), 0], alpha, active, multipliers: [] };
  const size = dim + active.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rhs = new Array<number>(size).fill(0);
  for (let r = 0; r < dim; r++) {
    if (r < d) matrix[r][r] = lambda;
    active.forEach((i, j) => (matrix[r][dim + j] = -rows[i][r]));
    rhs[r] = c[r];
  }
  active.forEach((i, j) => {
    for (let k = 0; k < dim; k++) matrix[dim + j][k] = rows[i][k];
    rhs[dim + j] = 1;
  });
  const solution = solveLinear(matrix, rhs);
  if (!solution) return null;
  const multipliers = solution.slice(dim);
  const inBox = multipliers.every((v) => v >= -1e-15 && v <= 1 / n + 1e-15);
  active.forEach((i, j) => (alpha[i] = Math.min(1 / n, Math.max(0, multipliers[j]))));
  return { theta: solution.slice(0, dim), alpha: inBox ? alpha : null, active, multipliers };
}

/**
 * Given the margins, guess the active set (|m_i − 1| ≤ δ on the margin, m_i < 1 − δ inside) and
 * solve the KKT equations on it (kktSolve).
 */
function polish(problem: MarginProblem, theta: readonly number[], delta: number): Polished | null {
  const margins = problem.rows.map((a) => dot(a, theta));
  const onMargin = margins
    .map((m, i) => ({ i, gap: Math.abs(m - 1) }))
    .filter((r) => r.gap <= delta)
    .sort((p, q) => p.gap - q.gap)
    .map((r) => r.i);
  return kktSolve(problem, margins.map((m) => m < 1 - delta), onMargin);
}

/** Smoothing widths of the continuation: each stage starts from the last one's minimiser. */
const SMOOTHING_SCHEDULE = [1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];

function solvePenalized(problem: MarginProblem): SolverResult {
  const parts = split(problem);
  const d = problem.penalized;
  const n = problem.rows.length;
  let theta = new Array<number>(d + 1).fill(0);
  let iterations = 0;
  let dual = -Infinity;
  for (const smoothing of SMOOTHING_SCHEDULE) {
    const smoothed = { ...problem, smoothing };
    const stage = solveSmooth(smoothed, { start: theta });
    iterations += stage.iterations;
    theta = stage.theta;
    const alpha = problem.rows.map((a) => -lossSlope(smoothed, dot(a, theta)) / n);
    dual = Math.max(dual, dualBound(parts, problem.lambda, alpha, theta[d]));
  }
  let best = withBestBias(theta.slice(0, d), parts);
  let objective = problemObjective(problem, best);
  // Two rounds of active-set polishing: the second starts from the first's (exact) margins.
  for (let round = 0; round < 2; round++) {
    const start = best;
    for (const delta of [1e-4, 1e-6, 1e-8, 1e-10]) {
      const polished = polish(problem, start, delta);
      if (!polished) continue;
      for (const candidate of [polished.theta, withBestBias(polished.theta.slice(0, d), parts)]) {
        const value = problemObjective(problem, candidate);
        if (value < objective) [best, objective] = [candidate, value];
      }
      if (polished.alpha) dual = Math.max(dual, dualBound(parts, problem.lambda, polished.alpha, polished.theta[d]));
    }
  }
  const finished = finish(problem, parts, best, objective);
  const dualityGap = Math.max(0, finished.objective - dual);
  const converged = dualityGap <= GAP_TOLERANCE * Math.max(Math.abs(finished.objective), 1e-12);
  return { theta: finished.theta, objective: finished.objective, iterations, converged, unbounded: false, dualityGap };
}

/** The duality gap, relative to J, below which a hinge solution counts as the minimum. */
const GAP_TOLERANCE = 1e-9;

/**
 * The answer both paths (cold and warm) return for weights w: the bias the midpoint of the
 * interval of best biases for w (bestHingeBias), so that where the optimal bias is not unique the
 * same one is shown whichever path found w; kept only if J does not rise by more than rounding.
 */
function finish(problem: MarginProblem, parts: SplitRows, theta: readonly number[], objective: number): { theta: number[]; objective: number } {
  const canonical = withBestBias(theta.slice(0, problem.penalized), parts);
  const value = problemObjective(problem, canonical);
  return value <= objective + 1e-14 * Math.max(Math.abs(objective), 1e-300) ? { theta: canonical, objective: value } : { theta: [...theta], objective };
}

/** Every k-subset of `items`. */
const choose = <T,>(items: readonly T[], k: number): T[][] => [...subsets(items.length, k)].map((subset) => subset.map((i) => items[i]));

/**
 * More points on the margin than the rows that pin θ (points on a grid often are): the multipliers
 * of one basis of them may leave [0, 1/n] while another's do not. Tries each basis of the margin rows,
 * the other margin points counted inside (α = 1/n) or outside (α = 0), and returns the first whose
 * multipliers are in the box (θ is the same: the margin rows fix it); null if none is or there are
 * too many to try (more than 6 margin points).
 */
function degenerateFix(problem: MarginProblem, state: readonly number[], candidates: readonly number[]): ReturnType<typeof kktSolve> {
  const rank = rowSpaceBasis(candidates.map((i) => problem.rows[i])).length;
  if (candidates.length <= rank || candidates.length > 6) return null;
  const n = problem.rows.length;
  for (const basis of choose(candidates, rank)) {
    if (rowSpaceBasis(basis.map((i) => problem.rows[i])).length < rank) continue;
    const rest = candidates.filter((i) => !basis.includes(i));
    for (let mask = 0; mask < 1 << rest.length; mask++) {
      const isInside = state.map((s) => s < 0);
      rest.forEach((i, j) => (isInside[i] = (mask & (1 << j)) !== 0));
      const solved = kktSolve(problem, isInside, basis);
      if (solved && solved.multipliers.every((a) => a >= -1e-15 && a <= 1 / n + 1e-15)) return solved;
    }
  }
  return null;
}

/**
 * λ > 0 from a start near the minimum (the previous solution when one point or λ moved): an
 * active-set iteration. The start's margins give the sets (inside m < 1, on the margin m = 1,
 * outside m > 1); the KKT equations on them give θ and the margin multipliers; a multiplier out of
 * [0, 1/n] moves its point inside (> 1/n) or outside (< 0), a point whose new margin crosses 1 moves
 * onto the margin; repeated until nothing moves. The answer is accepted only when the duality gap
 * certifies it as the cold path does (GAP_TOLERANCE); otherwise null, and the cold path runs.
 */
function solvePenalizedWarm(problem: MarginProblem, start: readonly number[]): SolverResult | null {
  const { rows } = problem;
  const n = rows.length;
  const d = problem.penalized;
  const parts = split(problem);
  const tolerance = 1e-9;
  const margins = rows.map((a) => dot(a, start));
  const state: number[] = margins.map((m) => (Math.abs(m - 1) <= tolerance ? 0 : m < 1 ? -1 : 1)); // −1 inside, 0 margin, 1 outside
  for (let round = 1; round <= 12; round++) {
    const candidates = state.flatMap((s, i) => (s === 0 ? [i] : [])).sort((p, q) => Math.abs(margins[p] - 1) - Math.abs(margins[q] - 1));
    const solved = degenerateFix(problem, state, candidates) ?? kktSolve(problem, state.map((s) => s < 0), candidates);
    if (!solved) return null;
    // No margin row pins the bias: take the canonical best one for these weights.
    if (solved.active.length === 0) solved.theta = withBestBias(solved.theta.slice(0, d), parts);
    let moved = false;
    solved.active.forEach((i, j) => {
      const a = solved.multipliers[j];
      if (a < -1e-15) [state[i], moved] = [1, true];
      else if (a > 1 / n + 1e-15) [state[i], moved] = [-1, true];
    });
    for (let i = 0; i < n; i++) {
      margins[i] = dot(rows[i], solved.theta);
      if ((state[i] < 0 && margins[i] > 1 + tolerance) || (state[i] > 0 && margins[i] < 1 - tolerance)) [state[i], moved] = [0, true];
    }
    if (moved) continue;
    if (!solved.alpha) return null;
    const finished = finish(problem, parts, solved.theta, problemObjective(problem, solved.theta));
    const dual = dualBound(parts, problem.lambda, solved.alpha, solved.theta[d]);
    const dualityGap = Math.max(0, finished.objective - dual);
    if (!(dualityGap <= GAP_TOLERANCE * Math.max(Math.abs(finished.objective), 1e-12))) return null;
    return { theta: finished.theta, objective: finished.objective, iterations: round, converged: true, unbounded: false, dualityGap };
  }
  return null;
}

/** Every k-subset of {0, …, n − 1}, in lexicographic order. */
function* subsets(n: number, k: number, from = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = from; i <= n - (k - prefix.length); i++) yield* subsets(n, k, i + 1, [...prefix, i]);
}

/** θ with a_i·θ = 1 for the rows of `subset`, the least-norm one (A_Sᵀ(A_S A_Sᵀ)⁻¹1); null if they are dependent. */
function vertex(rows: readonly number[][], subset: readonly number[]): number[] | null {
  const picked = subset.map((i) => rows[i]);
  if (picked.length === 3 && picked[0].length === 3) {
    // Cramer's rule: θ = (a_j × a_k + a_k × a_i + a_i × a_j) / (a_i · (a_j × a_k)).
    const cross = (p: number[], q: number[]) => [p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]];
    const [ai, aj, ak] = picked;
    const jk = cross(aj, ak);
    const det = dot(ai, jk);
    const size = Math.sqrt(dot(ai, ai) * dot(aj, aj) * dot(ak, ak));
    if (!(Math.abs(det) > 1e-10 * size)) return null;
    const [ki, ij] = [cross(ak, ai), cross(ai, aj)];
    return jk.map((v, k) => (v + ki[k] + ij[k]) / det);
  }
  const gram = picked.map((p) => picked.map((q) => dot(p, q)));
  const coefficients = solveLinear(gram, picked.map(() => 1), 1e-10);
  return coefficients && picked[0].map((_, k) => picked.reduce((sum, p, j) => sum + coefficients[j] * p[k], 0));
}

/**
 * λ = 0 or no features: the best vertex over r-subsets S of rows, r = rank(A). Each candidate's hinge
 * sum stops as soon as it passes the best so far, so most of the O(n^r) vertices cost a few terms.
 */
function solveVertices(problem: MarginProblem): SolverResult {
  const { rows } = problem;
  const n = rows.length;
  const rank = rowSpaceBasis(rows).length;
  let theta = new Array<number>(problem.penalized + 1).fill(0);
  let bestSum = n; // every margin is 0 at θ = 0
  let iterations = 0;
  for (const subset of subsets(n, rank)) {
    iterations++;
    const candidate = vertex(rows, subset);
    if (!candidate) continue;
    let sum = 0;
    for (let i = 0; i < n && sum < bestSum; i++) sum += Math.max(0, 1 - dot(rows[i], candidate));
    if (sum < bestSum) [theta, bestSum] = [candidate, sum];
  }
  return { theta, objective: problemObjective(problem, theta), iterations, converged: true, unbounded: false };
}

/**
 * The exact minimiser of the hinge objective (see the file comment). With λ > 0 a `warmStart` near
 * the minimum (the previous solution) is tried first by an active-set iteration, accepted only with
 * the cold path's certificate (so both return the minimum to the same tolerance), else the cold path runs.
 */
export function solveHinge(problem: MarginProblem, warmStart?: readonly number[]): SolverResult {
  if (problem.rows.length === 0) {
    return { theta: new Array<number>(problem.penalized + 1).fill(0), objective: 0, iterations: 0, converged: true, unbounded: false, dualityGap: 0 };
  }
  if (!(problem.lambda > 0 && problem.penalized > 0)) return solveVertices(problem);
  const warm = warmStart && warmStart.length === problem.penalized + 1 && warmStart.every(Number.isFinite) ? solvePenalizedWarm(problem, warmStart) : null;
  return warm ?? solvePenalized(problem);
}
