/**
 * Fitting a straight line ŷ = slope·x + intercept to points under a regression loss: the minimiser of
 *   F(slope, intercept) = (1/n) Σ ℓ(slope·x_i + intercept − y_i),
 * with ℓ a per-element loss of src/math/regression.ts (the residual is prediction minus target).
 *
 * Methods, each exact up to rounding:
 * - mse: the closed-form least-squares line, computed on centred data,
 *   slope = Σ(x_i − x̄)(y_i − ȳ) / Σ(x_i − x̄)², intercept = ȳ − slope·x̄;
 * - mae (and smooth L1 with β = 0, which is L1): the exact LAD line, through two data points, found by
 *   a pivot descent with a subgradient optimality check, or an exhaustive pivot search (fitLineLad.ts);
 * - huber, smooth-l1, log-cosh: Newton's method with a generalized Hessian and a line search on ∂F
 *   (fitLineNewton.ts), started from the least-squares line.
 */
import type { RegressionLossOptions } from './regression';
import { regressionElementGrad, regressionElementLoss } from './regression';
import { ladLine, median } from './fitLineLad';
import { newtonLine, residualKernel } from './fitLineNewton';

/** A point of the plane. */
export interface PlanePoint {
  x: number;
  y: number;
}

/** The losses a line can be fitted under (MSLE is not a function of the residual, so it is not one). */
export type LineFitLossId = 'mse' | 'mae' | 'huber' | 'smooth-l1' | 'log-cosh';

export const LINE_FIT_LOSS_IDS: readonly LineFitLossId[] = ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'];

export interface FitLineOptions extends RegressionLossOptions {
  /** Newton iterations allowed (default 100; a handful are used in practice). */
  maxIterations?: number;
}

/**
 * Inputs with no unique best line: no points (the line y = 0 is returned), one point (the horizontal
 * line through it), or every x equal (a vertical arrangement: the best non-vertical lines all pass
 * through (x₀, c) with c the loss's location estimate of the y's; the horizontal one is returned).
 */
export type LineFitDegeneracy = 'no-points' | 'one-point' | 'vertical';

export type LineFitMethod = 'closed-form' | 'exact-lad' | 'newton' | 'none';

export interface LineFit {
  slope: number;
  intercept: number;
  /** F at the returned line: the mean loss over the points (0 when there are none). */
  objective: number;
  /** Newton steps; pivots searched for the exact LAD line; 0 for closed forms. */
  iterations: number;
  /** True when the stopping rule was met (always for closed forms and the exact LAD search). */
  converged: boolean;
  method: LineFitMethod;
  degenerate: LineFitDegeneracy | null;
}

function validate(points: readonly PlanePoint[], opts: RegressionLossOptions): void {
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`fitLine: the point (${x}, ${y}) is not finite`);
  }
  const { delta = 1, beta = 1 } = opts;
  if (!(Number.isFinite(delta) && delta > 0)) throw new RangeError(`fitLine: delta must be finite and > 0, not ${delta}`);
  if (!(Number.isFinite(beta) && beta >= 0)) throw new RangeError(`fitLine: beta must be finite and >= 0, not ${beta}`);
}

/** Mean by two passes: the first mean, then the mean of the deviations from it as a correction. */
function accurateMean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const first = sum / values.length;
  let correction = 0;
  for (let i = 0; i < values.length; i++) correction += values[i] - first;
  return first + correction / values.length;
}

/**
 * The line minimising (1/n) Σ ℓ(slope·x_i + intercept − y_i) for `loss` (options delta for Huber,
 * beta for smooth L1, as in regressionElementLoss). Throws RangeError for a non-finite coordinate,
 * delta ≤ 0 or beta < 0. Never returns NaN; see LineFitDegeneracy for the inputs without a unique line.
 * MAE, Huber and smooth L1 can have a whole set of optimal lines (e.g. MAE through the corners of a
 * square); one of them is returned, and only its objective is then unique.
 */
export function fitLine(points: readonly PlanePoint[], loss: LineFitLossId, opts: FitLineOptions = {}): LineFit {
  validate(points, opts);
  const n = points.length;
  const result = (slope: number, intercept: number, rest: Omit<LineFit, 'slope' | 'intercept' | 'objective'>): LineFit => ({
    slope,
    intercept,
    objective: n === 0 ? 0 : lineObjective(points, loss, slope, intercept, opts),
    ...rest,
  });
  if (n === 0) return result(0, 0, { iterations: 0, converged: true, method: 'none', degenerate: 'no-points' });
  if (n === 1) return result(0, points[0].y, { iterations: 0, converged: true, method: 'none', degenerate: 'one-point' });

  // Centre both coordinates: an exact reparametrisation (slope·(x − x̄) + c − (y − ȳ) is the same residual)
  // that removes the cancellation of large offsets from every sum below.
  const xShift = accurateMean(points.map((p) => p.x));
  const yShift = accurateMean(points.map((p) => p.y));
  const xs = Float64Array.from(points, (p) => p.x - xShift);
  const ys = Float64Array.from(points, (p) => p.y - yShift);
  // Sums of squares on x divided by its largest deviation, so that tiny spreads do not underflow.
  const xMax = xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const vertical = xMax === 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n && !vertical; i++) {
    sxx += (xs[i] / xMax) ** 2;
    sxy += (xs[i] / xMax) * ys[i];
  }
  // atZero: from centred coordinates (slope a, value c at x̄) to the intercept at x = 0. A slope that
  // overflows (x a few ulps apart) means the points are vertical for all practical purposes.
  const atZero = (a: number, c: number) => yShift + c - a * xShift;
  const finish = (a: number, intercept: number, rest: Omit<LineFit, 'slope' | 'intercept' | 'objective' | 'degenerate'>): LineFit => {
    if (Number.isFinite(a) && Number.isFinite(intercept)) return result(a, intercept, { ...rest, degenerate: vertical ? 'vertical' : null });
    return fitLocation(points, loss, opts);
  };
  const leastSquaresSlope = vertical ? 0 : sxy / sxx / xMax;
  const leastSquaresC = accurateMean(Array.from(ys, (y, i) => y - leastSquaresSlope * xs[i]));

  if (loss === 'mse') return finish(leastSquaresSlope, atZero(leastSquaresSlope, leastSquaresC), { iterations: 0, converged: true, method: 'closed-form' });
  if (loss === 'mae' || (loss === 'smooth-l1' && opts.beta === 0)) {
    if (vertical) return finish(0, atZero(0, median(ys)), { iterations: 0, converged: true, method: 'exact-lad' });
    // Pivots in the original coordinates: lines through two data points stay exact (centring would round).
    const lad = ladLine(Float64Array.from(points, (p) => p.x), Float64Array.from(points, (p) => p.y));
    return finish(lad.slope, lad.intercept, { iterations: lad.pivots, converged: true, method: 'exact-lad' });
  }
  const scale = xMax * Math.sqrt(sxx / n);
  const u = vertical ? new Float64Array(n) : Float64Array.from(xs, (x) => x / scale);
  const fit = newtonLine(u, ys, residualKernel(loss, opts), vertical ? 0 : leastSquaresSlope * scale, leastSquaresC, opts.maxIterations);
  const slope = vertical ? 0 : fit.alpha / scale;
  return finish(slope, atZero(slope, fit.c), { iterations: fit.iterations, converged: fit.converged, method: 'newton' });
}

/** The horizontal line at the loss's location estimate of the y's: the fit when x cannot vary. */
function fitLocation(points: readonly PlanePoint[], loss: LineFitLossId, opts: FitLineOptions): LineFit {
  return fitLine(points.map((p) => ({ x: 0, y: p.y })), loss, opts);
}

/** Residuals r_i = slope·x_i + intercept − y_i (prediction minus target, as regression.ts defines them). */
export function lineResiduals(points: readonly PlanePoint[], slope: number, intercept: number): number[] {
  return points.map(({ x, y }) => slope * x + intercept - y);
}

/** F(slope, intercept) = (1/n) Σ ℓ(slope·x_i + intercept − y_i); NaN for no points (a mean of nothing). */
export function lineObjective(points: readonly PlanePoint[], loss: LineFitLossId, slope: number, intercept: number, opts: RegressionLossOptions = {}): number {
  let sum = 0;
  for (const { x, y } of points) sum += regressionElementLoss(loss, y, slope * x + intercept, opts);
  return sum / points.length;
}

/** One point's part in a line's loss and in its gradient. */
export interface PointShare {
  /** r = slope·x + intercept − y. */
  residual: number;
  /** ℓ(r). */
  loss: number;
  /** ψ(r) = ℓ′(r): how hard this point pulls the line's value at its x (the sign says which way). */
  grad: number;
  /** ℓ(r_i) / Σ ℓ(r_j); 0 for every point when the total is 0. */
  lossShare: number;
  /** |ψ(r_i)| / Σ |ψ(r_j)|; 0 for every point when the total is 0. */
  gradShare: number;
  /** This point's term of ∂F/∂slope = (1/n) ψ(r_i)·x_i. */
  gradSlope: number;
  /** This point's term of ∂F/∂intercept = (1/n) ψ(r_i). */
  gradIntercept: number;
}

export interface PointShares {
  points: PointShare[];
  /** F, the mean loss (0 for no points). */
  objective: number;
  /** Σ |ψ(r_i)|. */
  gradTotal: number;
}

/**
 * Each point's share of the loss and of the gradient at a line. Why one point can dominate MSE and
 * not MAE or Huber: MSE's push ψ(r) = 2r grows with the residual, so a far outlier takes almost all
 * of Σ|ψ|; MAE's push is ±1 whatever the residual, so a point's gradShare is at most 1/m with m the
 * points off the line; Huber's push is min(|r|, δ), so no point pulls harder than δ (smooth L1: 1;
 * log-cosh: |tanh r| < 1). Its share of the loss still grows with |r| (linearly beyond δ).
 */
export function pointShares(points: readonly PlanePoint[], loss: LineFitLossId, slope: number, intercept: number, opts: RegressionLossOptions = {}): PointShares {
  const n = points.length;
  const rows = points.map(({ x, y }) => {
    const prediction = slope * x + intercept;
    return { x, residual: prediction - y, loss: regressionElementLoss(loss, y, prediction, opts), grad: regressionElementGrad(loss, y, prediction, opts) };
  });
  const lossTotal = rows.reduce((sum, row) => sum + row.loss, 0);
  const gradTotal = rows.reduce((sum, row) => sum + Math.abs(row.grad), 0);
  return {
    points: rows.map(({ x, residual, loss: value, grad }) => ({
      residual,
      loss: value,
      grad,
      lossShare: lossTotal > 0 ? value / lossTotal : 0,
      gradShare: gradTotal > 0 ? Math.abs(grad) / gradTotal : 0,
      gradSlope: (grad * x) / n,
      gradIntercept: grad / n,
    })),
    objective: n === 0 ? 0 : lossTotal / n,
    gradTotal,
  };
}
