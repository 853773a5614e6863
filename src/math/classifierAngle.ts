/**
 * "Why not train on accuracy": the objective and the 0-1 error as functions of the boundary's angle
 * alone. For the unit normal u = (cos θ, sin θ) and w = ρu (ρ ≥ 0), with s_i = u·x_i,
 *
 *   J_θ(ρ, b) = (1/n) Σ L(y_i(ρ s_i + b)) + (λ/2) ρ²,
 *
 * a 1-feature classifier, minimised by the plane's Newton solver (smooth losses; if its minimiser
 * has ρ < 0, the constrained one is at ρ = 0, J_θ being convex: a bias-only fit) or, for the hinge,
 * by a search over ρ ≥ 0 with the exact best b at each ρ. The 0-1 error is the least over all
 * offsets, min_c (1/n)·#{i : y_i(s_i − c) ≤ 0}: a staircase in θ.
 */
import type { ClassifierLossId } from './classifierCore';
import { bestHingeBias } from './classifierHinge';
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

/** min over b of the hinge objective at ρ, (λ/2)ρ² + (1/n)Σ max(0, 1 − y_i(ρ s_i + b)), b exact (bestHingeBias). */
function hingeAtRho(scores: readonly number[], labels: readonly number[], lambda: number, rho: number): [number, number] {
  const b = bestHingeBias(scores.map((s) => rho * s), labels);
  let sum = 0;
  scores.forEach((s, i) => (sum += Math.max(0, 1 - labels[i] * (rho * s + b))));
  return [(lambda / 2) * rho * rho + sum / Math.max(1, scores.length), b];
}

/**
 * The hinge along a direction: g(ρ) = min_b J(ρ, b) is convex in ρ (a partial minimum of a convex
 * function), so after doubling ρ until g stops falling (a minimiser then lies in [0, 2ρ]) golden-
 * section search brackets it to 10⁻¹⁴ of that interval; the best point evaluated is returned.
 */
function hingeAlongDirection(scores: readonly number[], labels: readonly number[], lambda: number): SolverResult {
  let best = { rho: 0, value: Infinity, b: 0 };
  const g = (rho: number) => {
    const [value, b] = hingeAtRho(scores, labels, lambda, rho);
    if (value < best.value) best = { rho, value, b };
    return value;
  };
  g(0);
  let high = 1;
  let iterations = 0;
  for (let previous = g(1); high < 1e15 && g(2 * high) < previous; iterations++) previous = g((high *= 2));
  let [low, up] = [0, 2 * high];
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [x1, x2] = [up - ratio * (up - low), low + ratio * (up - low)];
  let [f1, f2] = [g(x1), g(x2)];
  for (let k = 0; k < 70; k++, iterations++) {
    if (f1 <= f2) {
      [up, x2, f2] = [x2, x1, f1];
      x1 = up - ratio * (up - low);
      f1 = g(x1);
    } else {
      [low, x1, f1] = [x1, x2, f2];
      x2 = low + ratio * (up - low);
      f2 = g(x2);
    }
  }
  return { theta: [best.rho, best.b], objective: best.value, iterations, converged: true, unbounded: false };
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
  const biasOnly = loss === 'hinge' ? null : solveSmooth({ loss, lambda, penalized: 0, rows: labels.map((y) => [y]) });
  const profile: AngleProfile = { angles: [...angles], objective: [], rho: [], b: [], zeroOne: [], surrogateZeroOne: [], unbounded: [] };
  // With λ > 0 each smooth fit starts from the last angle's minimiser (angles a step apart have nearby
  // ones): the same minimum to rounding (solveSmooth's warm start, ρ unique), in fewer Newton steps.
  // Not with λ = 0: the minimiser need not be unique there, and the ρ ≥ 0 rule below must see the cold one.
  let warmStart: number[] | undefined;
  for (const angle of angles) {
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const scores = points.map((p) => c * p.x1 + s * p.x2);
    let result =
      loss === 'hinge'
        ? hingeAlongDirection(scores, labels, lambda)
        : solveSmooth({ loss, lambda, penalized: 1, rows: scores.map((v, i) => [labels[i] * v, labels[i]]) }, { warmStart });
    warmStart = result.unbounded || !(lambda > 0) ? undefined : result.theta;
    if (result.theta[0] < 0 && biasOnly) result = { ...biasOnly, theta: [0, biasOnly.theta[0]] };
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
