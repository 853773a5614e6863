/**
 * Linear classifiers on the plane trained under each surrogate margin loss: f(x) = w1·x1 + w2·x2 + b,
 * labels y ∈ {−1, +1}, margin m = y·f(x), and the regularised empirical risk
 *
 *   J(w, b) = (1/n) Σ_i L(y_i·(w1·x1_i + w2·x2_i + b)) + (λ/2)(w1² + w2²),
 *
 * L the margin loss of that id in margin.ts (log in natural log), the bias not penalised. Hinge plus
 * the penalty is the soft-margin SVM, the log loss logistic regression, the exponential loss what
 * AdaBoost minimises; the perceptron has its own algorithm (`perceptronTrain`).
 */
import { problemGradient, problemObjective, type ClassifierLossId, type MarginProblem } from './classifierCore';
import { solveHinge } from './classifierHinge';
import { solveSmooth } from './classifierSolvers';

export type { ClassifierLossId } from './classifierCore';
export { objectiveAlongAngle, type AngleProfile } from './classifierAngle';

/** A labelled point of the plane. */
export interface LabeledPoint {
  x1: number;
  x2: number;
  label: 1 | -1;
}

/** The losses `fitLinearClassifier` trains on, in display order. */
export const CLASSIFIER_LOSS_IDS: readonly ClassifierLossId[] = ['hinge', 'log', 'exponential', 'squared-hinge', 'modified-huber'];

/** The 3-parameter problem θ = (w1, w2, b) with rows a_i = y_i·(x1_i, x2_i, 1). */
export function planeProblem(points: readonly LabeledPoint[], loss: ClassifierLossId, lambda: number): MarginProblem {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`lambda must be a finite number >= 0, got ${lambda}`);
  return { loss, lambda, penalized: 2, rows: points.map((p) => [p.label * p.x1, p.label * p.x2, p.label]) };
}

/** The margins m_i = y_i·(w·x_i + b). */
export function classifierMargins(points: readonly LabeledPoint[], w: readonly [number, number], b: number): number[] {
  return points.map((p) => p.label * (w[0] * p.x1 + w[1] * p.x2 + b));
}

/** J(w, b) above; +Infinity only if the exponential loss overflows (margins below about −709). */
export function classifierObjective(points: readonly LabeledPoint[], loss: ClassifierLossId, w: readonly [number, number], b: number, lambda: number): number {
  return problemObjective(planeProblem(points, loss, lambda), [w[0], w[1], b]);
}

/**
 * ∇J = ((1/n) Σ L'(m_i) y_i x1_i + λ w1, (1/n) Σ L'(m_i) y_i x2_i + λ w2, (1/n) Σ L'(m_i) y_i), as
 * [∂J/∂w1, ∂J/∂w2, ∂J/∂b]. For the hinge at m_i = 1 exactly, L' is the left derivative −1 (a subgradient).
 */
export function classifierGradient(points: readonly LabeledPoint[], loss: ClassifierLossId, w: readonly [number, number], b: number, lambda: number): [number, number, number] {
  const [g1, g2, gb] = problemGradient(planeProblem(points, loss, lambda), [w[0], w[1], b]);
  return [g1, g2, gb];
}

/** ‖w‖ = √(w1² + w2²): the size of the weights, 1/‖w‖ the distance from the boundary to a margin line f(x) = ±1. */
export function weightNorm(w: readonly [number, number]): number {
  return Math.hypot(w[0], w[1]);
}

/** The training 0-1 error (1/n)·#{i : m_i ≤ 0}: a point on the boundary counts as an error. 0 for no points. */
export function zeroOneError(points: readonly LabeledPoint[], w: readonly [number, number], b: number): number {
  if (points.length === 0) return 0;
  return classifierMargins(points, w, b).filter((m) => m <= 0).length / points.length;
}

export interface FitOptions {
  /** The L2 strength λ ≥ 0. */
  lambda: number;
  /** Newton iterations for the smooth losses (default 200). */
  maxIterations?: number;
  /**
   * The solution of a nearby problem (the same points with λ moved, or one point moved): the solvers
   * start there and need a few steps instead of many. The answer is the same minimum to rounding
   * (smooth losses: the same gradient rule; hinge: the same duality-gap certificate, else the cold
   * path). Ignored with λ = 0, where the answer may depend on the path: no minimum (a point on the
   * way down from w = 0), minimisers that need not be unique (squared hinge, modified Huber), and the
   * hinge's exact vertex search.
   */
  warmStart?: { w: readonly [number, number]; b: number };
}

export interface LinearClassifierFit {
  w: [number, number];
  b: number;
  /** J(w, b) at the returned point. */
  objective: number;
  iterations: number;
  /** The optimum was reached (gradient-norm rule, zero duality gap, or the exact vertex search). */
  converged: boolean;
  /** J has no minimum (λ = 0 on separable points, or one class only, for the log and exponential
   *  losses): the weights grow without bound; w, b are a finite point on the way, never NaN. */
  unbounded: boolean;
  /** ‖w‖ = √(w1² + w2²). */
  weightNorm: number;
  zeroOneError: number;
  /** Smooth losses: max |∂J/∂θ| at the returned point. */
  gradientNorm?: number;
  /** Hinge with λ > 0: primal − dual objective, a bound on the distance to the minimum. */
  dualityGap?: number;
  /** 'newton': damped semismooth Newton; 'smoothing': hinge by smoothing continuation + exact KKT polish; 'vertex': λ = 0 hinge LP. */
  method: 'newton' | 'smoothing' | 'vertex';
}

/**
 * argmin over (w, b) of J(w, b), exact to rounding: damped semismooth Newton down to the rounding
 * floor of the gradient for the smooth losses; for the hinge, a smoothing continuation finished by
 * solving the KKT equations on the active set (λ > 0, certified by the duality gap) or the best
 * vertex of the linear program (λ = 0). When J has no minimum the answer is finite and `unbounded`.
 * See classifierSolvers.ts and classifierHinge.ts.
 */
export function fitLinearClassifier(points: readonly LabeledPoint[], loss: ClassifierLossId, options: FitOptions): LinearClassifierFit {
  const problem = planeProblem(points, loss, options.lambda);
  const warm = options.warmStart && options.lambda > 0 ? [options.warmStart.w[0], options.warmStart.w[1], options.warmStart.b] : undefined;
  const result = loss === 'hinge' ? solveHinge(problem, warm) : solveSmooth(problem, { maxIterations: options.maxIterations, warmStart: warm });
  const [w1, w2, b] = result.theta;
  const w: [number, number] = [w1, w2];
  return {
    w,
    b,
    objective: result.objective,
    iterations: result.iterations,
    converged: result.converged,
    unbounded: result.unbounded,
    weightNorm: weightNorm([w1, w2]),
    zeroOneError: zeroOneError(points, w, b),
    ...(result.gradientNorm !== undefined ? { gradientNorm: result.gradientNorm } : {}),
    ...(result.dualityGap !== undefined ? { dualityGap: result.dualityGap } : {}),
    method: loss !== 'hinge' ? 'newton' : options.lambda > 0 ? 'smoothing' : 'vertex',
  };
}

export interface TrajectoryOptions {
  lambda: number;
  /** Number of gradient steps; the trajectory has steps + 1 states. */
  steps: number;
  /** The step tried first at every iteration; default 1/(c·(1/n)Σ‖(x_i, 1)‖² + λ), c = sup L'' (log 1/4,
   *  squared hinge and modified Huber 2, exponential and hinge 1), the inverse of a Lipschitz bound. */
  learningRate?: number;
}

export interface ClassifierTrajectory {
  w1: number[];
  w2: number[];
  b: number[];
  objective: number[];
  zeroOneError: number[];
  /** The step η actually taken into state k (0 for the start and for a step that was refused). */
  stepSize: number[];
}

const CURVATURE_BOUND: Record<ClassifierLossId, number> = {
  log: 0.25,
  'squared-hinge': 2,
  'modified-huber': 2,
  exponential: 1,
  hinge: 1,
};

/**
 * Full-batch gradient descent from w = 0, b = 0: θ ← θ − η∇J(θ). Each step starts from the learning
 * rate and halves η until the Armijo condition J(θ − η∇J) ≤ J(θ) − 10⁻⁴·η‖∇J‖² holds (at most 50
 * halvings; if none holds the state is kept), so the objective never rises. For the hinge ∇J is the
 * left-derivative subgradient.
 */
export function classifierTrajectory(points: readonly LabeledPoint[], loss: ClassifierLossId, options: TrajectoryOptions): ClassifierTrajectory {
  const problem = planeProblem(points, loss, options.lambda);
  const meanSquaredNorm = points.reduce((s, p) => s + p.x1 * p.x1 + p.x2 * p.x2 + 1, 0) / Math.max(1, points.length);
  const learningRate = options.learningRate ?? 1 / (CURVATURE_BOUND[loss] * meanSquaredNorm + options.lambda);
  let theta = [0, 0, 0];
  let objective = problemObjective(problem, theta);
  const out: ClassifierTrajectory = { w1: [0], w2: [0], b: [0], objective: [objective], zeroOneError: [zeroOneError(points, [0, 0], 0)], stepSize: [0] };
  for (let k = 0; k < options.steps; k++) {
    const g = problemGradient(problem, theta);
    const squared = g.reduce((s, v) => s + v * v, 0);
    let taken = 0;
    for (let eta = learningRate, halvings = 0; halvings <= 50 && squared > 0; halvings++, eta /= 2) {
      const trial = theta.map((v, i) => v - eta * g[i]);
      const value = problemObjective(problem, trial);
      if (value <= objective - 1e-4 * eta * squared) {
        [theta, objective, taken] = [trial, value, eta];
        break;
      }
    }
    out.w1.push(theta[0]);
    out.w2.push(theta[1]);
    out.b.push(theta[2]);
    out.objective.push(objective);
    out.zeroOneError.push(zeroOneError(points, [theta[0], theta[1]], theta[2]));
    out.stepSize.push(taken);
  }
  return out;
}

export interface PerceptronOptions {
  /** Passes over the points before giving up (default 100). */
  maxEpochs?: number;
}

export interface PerceptronRun {
  /** State k is the classifier after k updates; state 0 is w = 0, b = 0. */
  w1: number[];
  w2: number[];
  b: number[];
  /** The point whose mistake caused update k (−1 for state 0) and the epoch (1-based) it fell in. */
  pointIndex: number[];
  epoch: number[];
  updates: number;
  /** Passes started (the last one may have stopped early at the separating line). */
  epochs: number;
  /** The final line has every margin > 0. */
  separated: boolean;
}

/**
 * The classic perceptron: visit the points in the given order, one pass an epoch; on a mistake
 * (m_i = y_i(w·x_i + b) ≤ 0) update w ← w + y_i x_i, b ← b + y_i. It stops at the first line that
 * separates every point (margins > 0) or after `maxEpochs` passes. By Novikoff's theorem it stops on
 * separable points after at most (R/γ)² updates (R the radius of (x, 1), γ the best margin).
 */
export function perceptronTrain(points: readonly LabeledPoint[], options: PerceptronOptions = {}): PerceptronRun {
  const maxEpochs = options.maxEpochs ?? 100;
  const run: PerceptronRun = { w1: [0], w2: [0], b: [0], pointIndex: [-1], epoch: [0], updates: 0, epochs: 0, separated: false };
  let [w1, w2, b] = [0, 0, 0];
  const separates = () => points.every((p) => p.label * (w1 * p.x1 + w2 * p.x2 + b) > 0);
  run.separated = separates();
  for (let epoch = 1; epoch <= maxEpochs && !run.separated; epoch++) {
    run.epochs = epoch;
    for (let i = 0; i < points.length && !run.separated; i++) {
      const p = points[i];
      if (p.label * (w1 * p.x1 + w2 * p.x2 + b) > 0) continue;
      [w1, w2, b] = [w1 + p.label * p.x1, w2 + p.label * p.x2, b + p.label];
      run.w1.push(w1);
      run.w2.push(w2);
      run.b.push(b);
      run.pointIndex.push(i);
      run.epoch.push(epoch);
      run.updates++;
      run.separated = separates();
    }
  }
  return run;
}
