/**
 * Exact solvers for the smooth margin losses (log, exponential, squared hinge, modified Huber) and
 * the test for objectives that have no minimum. See classifierCore.ts for the problem J(θ).
 */
import {
  dot,
  lossCurvature,
  lossSlope,
  problemGradient,
  problemHessian,
  problemObjective,
  rowSpaceBasis,
  solveLinear,
  type MarginProblem,
} from './classifierCore';

export interface SolverResult {
  theta: number[];
  objective: number;
  iterations: number;
  /** The stopping rule on the gradient norm was met. */
  converged: boolean;
  /** J has no minimum: the returned θ is a finite point on the way down a recession direction. */
  unbounded: boolean;
  /** Smooth losses: max_k |∂J/∂θ_k| at the returned θ. */
  gradientNorm?: number;
  /** Hinge with λ > 0: primal minus dual objective, an upper bound on J(θ) − min J. */
  dualityGap?: number;
}

export interface SmoothSolverOptions {
  maxIterations?: number;
  /** Stop when max|∇J| ≤ tolerance × the size of its rounding error (see gradientSize). */
  gradientTolerance?: number;
  start?: readonly number[];
  /**
   * A start near the minimum (the previous solution when one point or one setting moved): used like
   * `start` when J has a minimum, ignored when it has none (that answer is a point on the way down
   * from θ = 0, so it must not depend on an earlier problem). The stopping rule is the same, so the
   * answer is the minimiser to rounding either way, in fewer Newton steps.
   */
  warmStart?: readonly number[];
}

/**
 * A direction d ≠ 0 along which every margin grows or stays (a_i·d ≥ 0 for all i, > 0 for some),
 * or null when none exists. With λ > 0 only the unpenalised bias can run off, so d must lie on the
 * bias axis (one class only). With λ = 0 this is weak linear separability: the cone {d : A d ≥ 0},
 * taken in the row space of A (rank r ≤ 3), is pointed, so if it is not {0} one of its extreme rays
 * is a candidate: ±1 (r = 1), ±(c_i rotated 90°) (r = 2) or ±(c_i × c_j) (r = 3), c_i the rows in an
 * orthonormal basis of that space. Margins within 1e-12 (relative) of zero count as zero.
 */
export function recessionDirection(problem: MarginProblem): number[] | null {
  const { rows, penalized, lambda } = problem;
  if (rows.length === 0) return null;
  const dim = rows[0].length;
  if (lambda > 0 && penalized > 0) {
    const labels = rows.map((a) => a[dim - 1]);
    if (labels.every((y) => y > 0) || labels.every((y) => y < 0)) {
      const d = new Array<number>(dim).fill(0);
      d[dim - 1] = labels[0] > 0 ? 1 : -1;
      return d;
    }
    return null;
  }
  const basis = rowSpaceBasis(rows);
  const coords = rows.map((a) => basis.map((q) => dot(a, q)));
  const candidates: number[][] = [];
  if (basis.length === 1) candidates.push([1]);
  else if (basis.length === 2) for (const c of coords) candidates.push([-c[1], c[0]]);
  else
    for (let i = 0; i < coords.length; i++)
      for (let j = i + 1; j < coords.length; j++) {
        const [p, q] = [coords[i], coords[j]];
        candidates.push([p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]]);
      }
  const norms = coords.map((c) => Math.sqrt(dot(c, c)));
  for (const candidate of candidates) {
    const length = Math.sqrt(dot(candidate, candidate));
    if (!(length > 0)) continue;
    for (const sign of [1, -1]) {
      let ok = true;
      let positive = false;
      for (let i = 0; i < coords.length && ok; i++) {
        const margin = (sign * dot(coords[i], candidate)) / (length * norms[i]);
        if (margin < -1e-12) ok = false;
        else if (margin > 1e-12) positive = true;
      }
      if (ok && positive) return basis[0].map((_, k) => basis.reduce((s, q, r) => s + (sign * candidate[r] * q[k]) / length, 0));
    }
  }
  return null;
}

/**
 * max_k |g_k| and the size of its rounding error: the terms summed, (1/n)Σ|L'(m_i)|·‖a_i‖∞ + λ‖w‖∞,
 * plus the effect of the rounding of the margins themselves, (1/n)Σ L''(m_i)·‖a_i‖∞²·‖θ‖∞.
 */
function gradientSize(problem: MarginProblem, theta: readonly number[], g: readonly number[]): [number, number] {
  const n = problem.rows.length;
  let size = 0;
  for (const v of theta) size = Math.max(size, Math.abs(v));
  let scale = 0;
  for (const a of problem.rows) {
    const m = dot(a, theta);
    let length = 0;
    for (const v of a) length = Math.max(length, Math.abs(v));
    scale += (Math.abs(lossSlope(problem, m)) * length + lossCurvature(problem, m) * length * length * size) / n;
  }
  for (let k = 0; k < problem.penalized; k++) scale = Math.max(scale, problem.lambda * Math.abs(theta[k]));
  return [Math.max(...g.map(Math.abs)), scale];
}

/** The Newton direction −H⁻¹g, regularised (H + μI, μ growing) until it is a descent direction. */
function newtonDirection(hessian: number[][], g: readonly number[]): number[] {
  const minusG = g.map((v) => -v);
  const diag = Math.max(...hessian.map((row, k) => Math.abs(row[k])), 1e-300);
  for (let mu = 0, tries = 0; tries < 12; tries++, mu = mu === 0 ? 1e-12 * diag : mu * 100) {
    const shifted = hessian.map((row, r) => row.map((v, c) => (r === c ? v + mu : v)));
    const p = solveLinear(shifted, minusG);
    if (p && dot(p, g) < 0) return p;
  }
  return minusG;
}

/**
 * Damped (semismooth) Newton with Armijo backtracking on J(θ): the generalized Hessian of
 * classifierCore.ts where L' has a corner (squared hinge, modified Huber), quadratic convergence
 * for the log and exponential losses. When `recessionDirection` finds that J has no minimum the
 * same iteration runs until J stops falling (relative change < 1e-12), falls below 1e-9 of its
 * starting value, or ‖θ‖∞ passes 1e6, so the returned θ is finite, and the result says `unbounded`.
 */
export function solveSmooth(problem: MarginProblem, options: SmoothSolverOptions = {}): SolverResult {
  const dim = problem.penalized + 1;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-12;
  const hasNoMinimum =
    (problem.loss === 'log' || problem.loss === 'exponential') && recessionDirection(problem) !== null;
  const start = options.warmStart && options.warmStart.length === dim && !hasNoMinimum ? options.warmStart : options.start;
  let theta = start ? [...start] : new Array<number>(dim).fill(0);
  let objective = problemObjective(problem, theta);
  if (!Number.isFinite(objective)) {
    theta = new Array<number>(dim).fill(0);
    objective = problemObjective(problem, theta);
  }
  const initial = objective;
  let converged = false;
  let iterations = 0;
  let g = problemGradient(problem, theta);
  for (; iterations < maxIterations; iterations++) {
    const [norm, scale] = gradientSize(problem, theta, g);
    if (!hasNoMinimum && norm <= tolerance * scale) {
      converged = true;
      break;
    }
    const p = newtonDirection(problemHessian(problem, theta), g);
    const slope = dot(g, p);
    let next: number[] | null = null;
    let nextObjective = objective;
    if (-slope <= 1e-13 * Math.abs(objective)) {
      // The predicted decrease is below the rounding of J: judge the full step by the gradient instead.
      const trial = theta.map((v, k) => v + p[k]);
      const value = problemObjective(problem, trial);
      const [trialNorm] = gradientSize(problem, trial, problemGradient(problem, trial));
      if (value <= objective + 1e-14 * Math.abs(objective) && trialNorm < norm) [next, nextObjective] = [trial, value];
    }
    // Backtracking: the next step is the minimiser of the quadratic through J(θ), its slope and J(θ + tp),
    // kept within [t/10, t/2] (so an overshoot by 10⁶ costs 6 trials, not 20).
    for (let step = 1, trials = 0; !next && trials < 80 && step > 0; trials++) {
      const trial = theta.map((v, k) => v + step * p[k]);
      const value = problemObjective(problem, trial);
      if (value <= objective + 1e-4 * step * slope && trial.some((v, k) => v !== theta[k])) [next, nextObjective] = [trial, value];
      const curvature = (value - objective - slope * step) / (step * step);
      const fit = Number.isFinite(curvature) && curvature > 0 ? -slope / (2 * curvature) : 0;
      step = Math.min(step / 2, Math.max(step / 10, fit));
    }
    if (!next) {
      // No decrease is representable: the gradient is at its rounding floor.
      converged = !hasNoMinimum && norm <= 1e-8 * scale;
      break;
    }
    const drop = objective - nextObjective;
    theta = next;
    objective = nextObjective;
    g = problemGradient(problem, theta);
    if (hasNoMinimum && (drop <= 1e-12 * objective || objective <= 1e-9 * initial || Math.max(...theta.map(Math.abs)) > 1e6)) {
      iterations++;
      break;
    }
  }
  const [gradientNorm] = gradientSize(problem, theta, g);
  return { theta, objective, iterations, converged, unbounded: hasNoMinimum, gradientNorm };
}
