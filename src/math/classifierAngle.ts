/**
 * "Why not train on accuracy": the objective and the 0-1 error as functions of the boundary's angle
 * alone. For the unit normal u = (cos θ, sin θ) and w = ρu (ρ ≥ 0), with s_i = u·x_i,
 *
 *   J_θ(ρ, b) = (1/n) Σ L(y_i(ρ s_i + b)) + (λ/2) ρ²,
 *
 * a 1-feature classifier, minimised exactly by the same solvers as the plane. If its unconstrained
 * minimiser has ρ < 0, the constrained one is at ρ = 0 (J_θ is convex), a bias-only fit. The 0-1
 * error is the least over all offsets, min_c (1/n)·#{i : y_i(s_i − c) ≤ 0}: a staircase in θ.
 */
import { type ClassifierLossId, type MarginProblem } from './classifierCore';
import { solveHinge } from './classifierHinge';
import { solveSmooth, type SolverResult } from './classifierSolvers';

interface AnglePoint {
  x1: number;
  x2: number;
  label: 1 | -1;
}

export interface AngleProfile {
  /** The angles θ (radians) of the normal u = (cos θ, sin θ); the boundary runs at θ + π/2. */
  angles: number[];
  /** min over ρ ≥ 0 and b of J(ρu, b). */
  objective: number[];
  rho: number[];
  b: number[];
  /** The least training 0-1 error of any boundary with normal u (the best offset for 0-1). */
  zeroOne: number[];
  /** The 0-1 error of the surrogate's own best (ρ, b) at that angle. */
  surrogateZeroOne: number[];
  /** J_θ has no minimum (λ = 0, log or exponential, points separable along u): the value is the
   *  objective at a finite point far down, close to the infimum. */
  unbounded: boolean[];
}

function solve(problem: MarginProblem): SolverResult {
  return problem.loss === 'hinge' ? solveHinge(problem) : solveSmooth(problem);
}

/** min over c of #{i : y_i(s_i − c) ≤ 0} / n, trying c below, between and above the sorted s_i. */
function bestOffsetError(scores: readonly number[], labels: readonly number[]): number {
  const n = scores.length;
  if (n === 0) return 0;
  const sorted = [...new Set(scores)].sort((p, q) => p - q);
  const cuts = [sorted[0] - 1, ...sorted.slice(1).map((v, k) => (v + sorted[k]) / 2), sorted[sorted.length - 1] + 1];
  let best = n;
  for (const c of cuts) {
    let errors = 0;
    for (let i = 0; i < n; i++) if (labels[i] * (scores[i] - c) <= 0) errors++;
    best = Math.min(best, errors);
  }
  return best / n;
}

/** The profile above at each angle (radians). */
export function objectiveAlongAngle(points: readonly AnglePoint[], loss: ClassifierLossId, lambda: number, angles: readonly number[]): AngleProfile {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`lambda must be a finite number >= 0, got ${lambda}`);
  const labels = points.map((p) => p.label);
  const biasOnly = solve({ loss, lambda, penalized: 0, rows: labels.map((y) => [y]) });
  const profile: AngleProfile = { angles: [...angles], objective: [], rho: [], b: [], zeroOne: [], surrogateZeroOne: [], unbounded: [] };
  for (const angle of angles) {
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const scores = points.map((p) => c * p.x1 + s * p.x2);
    let result = solve({ loss, lambda, penalized: 1, rows: scores.map((v, i) => [labels[i] * v, labels[i]]) });
    if (result.theta[0] < 0) result = { ...biasOnly, theta: [0, biasOnly.theta[0]] };
    const [rho, b] = result.theta;
    profile.objective.push(result.objective);
    profile.rho.push(rho);
    profile.b.push(b);
    profile.unbounded.push(result.unbounded);
    profile.zeroOne.push(bestOffsetError(scores, labels));
    const errors = scores.filter((v, i) => labels[i] * (rho * v + b) <= 0).length;
    profile.surrogateZeroOne.push(points.length > 0 ? errors / points.length : 0);
  }
  return profile;
}
