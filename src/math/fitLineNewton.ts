/**
 * Newton's method for a line under a convex, once-differentiable loss (Huber, smooth L1, log-cosh;
 * MSE too, though it has a closed form). The fit works on residuals r_i = α·u_i + c − v_i, where u_i
 * are the centred x scaled to unit mean square and v_i the centred y: a reparametrisation of
 * (slope, intercept) that keeps the 2×2 systems well conditioned whatever the units of x.
 *
 * With ψ = ℓ′ and F(α, c) = (1/n) Σ ℓ(r_i):
 *   gradient  g = (1/n) Σ ψ(r_i) (u_i, 1)
 *   Hessian   H = (1/n) Σ ψ′(r_i) (u_i, 1)(u_i, 1)ᵀ — for Huber and smooth L1 ψ′ jumps at ±δ (±β), so
 *             this is a generalized Hessian (ψ′ = 1 or 1/β inside, 0 outside), singular when fewer
 *             than two points with different x are inside the quadratic zone.
 *   IRLS      W = (1/n) Σ w(r_i) (u_i, 1)(u_i, 1)ᵀ with w = ψ(r)/r > 0, always positive definite.
 * The step solves (H + 10⁻¹⁰·W) d = −g, a Newton step kept definite by a trace of the IRLS matrix, and
 * a line search on φ′(t) = (1/n) Σ ψ(r_i + t·s_i) s_i (s_i = d_α u_i + d_c), non-decreasing because ℓ is
 * convex, takes the full step when φ′(1) is already small and otherwise homes in on φ′ = 0, which
 * crosses the kinks at ±δ that a plain Newton step overshoots. If the Newton step fails to lower F,
 * the IRLS step −W⁻¹g (a majorise-minimise step) and then −g are tried.
 * Iteration stops, converged, when both components of g are at most 10⁻¹³ of the sums of their terms'
 * magnitudes (the rounding floor of the sums), or when none of the three steps lowers F (nor, at equal
 * F, halves the gradient): the iterate is then at the floor of F's rounding error. Only running out
 * of iterations reports converged = false.
 */
import type { RegressionLossId, RegressionLossOptions } from './regression';
import { regressionElementGrad, regressionElementLoss } from './regression';

/** A loss seen as a function of the residual, with what Newton and IRLS need. */
export interface ResidualKernel {
  loss(r: number): number;
  /** ψ(r) = ℓ′(r). */
  grad(r: number): number;
  /** ψ′(r), the (generalized) second derivative. */
  curvature(r: number): number;
  /** ψ(r)/r, the IRLS weight (its limit at r = 0). */
  weight(r: number): number;
}

/** The kernel of a smooth or once-differentiable loss; the element functions give ℓ and ψ. */
export function residualKernel(id: Exclude<RegressionLossId, 'msle' | 'mae'>, opts: RegressionLossOptions): ResidualKernel {
  const loss = (r: number) => regressionElementLoss(id, 0, r, opts);
  const grad = (r: number) => regressionElementGrad(id, 0, r, opts);
  switch (id) {
    case 'mse':
      return { loss, grad, curvature: () => 2, weight: () => 2 };
    case 'huber': {
      const delta = opts.delta ?? 1;
      return { loss, grad, curvature: (r) => (Math.abs(r) <= delta ? 1 : 0), weight: (r) => (Math.abs(r) <= delta ? 1 : delta / Math.abs(r)) };
    }
    case 'smooth-l1': {
      const beta = opts.beta ?? 1;
      return { loss, grad, curvature: (r) => (Math.abs(r) <= beta ? 1 / beta : 0), weight: (r) => (Math.abs(r) < beta ? 1 / beta : 1 / Math.abs(r)) };
    }
    case 'log-cosh':
      // sech²(r) = 1/cosh²(r); cosh overflows to Infinity past |r| ≈ 710, giving 0 as it should.
      return { loss, grad, curvature: (r) => 1 / Math.cosh(r) ** 2, weight: (r) => (r === 0 ? 1 : Math.tanh(r) / r) };
  }
}

export interface NewtonResult {
  alpha: number;
  c: number;
  iterations: number;
  converged: boolean;
}

const GRADIENT_TOLERANCE = 1e-13;
const IRLS_SHARE = 1e-10;

/**
 * Minimise (1/n) Σ ℓ(α·u_i + c − v_i) from (alpha0, c0). When every u_i is 0 (all x equal) only c
 * moves: the fit is then the loss's location estimate.
 */
export function newtonLine(u: Float64Array, v: Float64Array, kernel: ResidualKernel, alpha0: number, c0: number, maxIterations = 100): NewtonResult {
  const n = u.length;
  const fixedSlope = u.every((value) => value === 0);
  const objective = (alpha: number, c: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += kernel.loss(alpha * u[i] + c - v[i]);
    return sum / n;
  };
  // |∂F/∂α| + |∂F/∂c|, to tell a step that only rounding keeps from lowering F from a useless one.
  const gradientSize = (alpha: number, c: number) => {
    let gA = 0;
    let gC = 0;
    for (let i = 0; i < n; i++) {
      const psi = kernel.grad(alpha * u[i] + c - v[i]);
      gA += psi * u[i];
      gC += psi;
    }
    return Math.abs(gA) + Math.abs(gC);
  };
  let alpha = alpha0;
  let c = c0;
  let value = objective(alpha, c);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let gA = 0, gC = 0, sizeA = 0, sizeC = 0;
    let hAA = 0, hAC = 0, hCC = 0, wAA = 0, wAC = 0, wCC = 0;
    for (let i = 0; i < n; i++) {
      const r = alpha * u[i] + c - v[i];
      const psi = kernel.grad(r);
      const h = kernel.curvature(r);
      const w = kernel.weight(r);
      gA += psi * u[i];
      gC += psi;
      sizeA += Math.abs(psi * u[i]);
      sizeC += Math.abs(psi);
      hAA += h * u[i] * u[i];
      hAC += h * u[i];
      hCC += h;
      wAA += w * u[i] * u[i];
      wAC += w * u[i];
      wCC += w;
    }
    if (Math.abs(gA) <= GRADIENT_TOLERANCE * sizeA && Math.abs(gC) <= GRADIENT_TOLERANCE * sizeC) {
      return { alpha, c, iterations: iteration, converged: true };
    }
    const candidates = [
      solve2(hAA + IRLS_SHARE * wAA, hAC + IRLS_SHARE * wAC, hCC + IRLS_SHARE * wCC, gA, gC, fixedSlope),
      solve2(wAA, wAC, wCC, gA, gC, fixedSlope),
      { dA: fixedSlope ? 0 : -gA, dC: -gC },
    ];
    let moved = false;
    for (const { dA, dC } of candidates) {
      if (!(Number.isFinite(dA) && Number.isFinite(dC)) || dA * gA + dC * gC >= 0) continue;
      const t = lineSearch(u, v, kernel, alpha, c, dA, dC);
      const next = objective(alpha + t * dA, c + t * dC);
      if (next < value || (next === value && gradientSize(alpha + t * dA, c + t * dC) < 0.5 * (Math.abs(gA) + Math.abs(gC)))) {
        alpha += t * dA;
        c += t * dC;
        value = next;
        moved = true;
        break;
      }
    }
    if (!moved) return { alpha, c, iterations: iteration, converged: true };
  }
  return { alpha, c, iterations: maxIterations, converged: false };
}

/** d = −M⁻¹ g for M = [[a, b], [b, d]]; with the slope fixed, only the intercept row. */
function solve2(a: number, b: number, d: number, gA: number, gC: number, fixedSlope: boolean): { dA: number; dC: number } {
  if (fixedSlope) return { dA: 0, dC: -gC / d };
  const det = a * d - b * b;
  return { dA: -(d * gA - b * gC) / det, dC: -(a * gC - b * gA) / det };
}

/**
 * A step t > 0 along d at which |φ′(t)| ≤ |φ′(0)|/10 (the strong Wolfe curvature condition), where
 * φ(t) = F(α + t·dA, c + t·dC): t = 1 when the Newton step already satisfies it, else a root of the
 * non-decreasing φ′ bracketed by doubling from t = 1 and narrowed by regula falsi (Illinois variant)
 * with a bisection guard, down to rounding if need be.
 */
function lineSearch(u: Float64Array, v: Float64Array, kernel: ResidualKernel, alpha: number, c: number, dA: number, dC: number): number {
  const slope = (t: number) => {
    let sum = 0;
    for (let i = 0; i < u.length; i++) {
      const s = dA * u[i] + dC;
      sum += kernel.grad((alpha + t * dA) * u[i] + (c + t * dC) - v[i]) * s;
    }
    return sum;
  };
  const slope0 = slope(0);
  const flatEnough = (value: number) => Math.abs(value) <= 0.1 * Math.abs(slope0);
  let lo = 0;
  let slopeLo = slope0;
  let hi = 1;
  let slopeHi = slope(hi);
  if (flatEnough(slopeHi)) return hi;
  while (slopeHi < 0 && hi < 1e300) {
    lo = hi;
    slopeLo = slopeHi;
    hi *= 2;
    slopeHi = slope(hi);
  }
  if (slopeHi <= 0 || flatEnough(slopeHi)) return hi;
  if (lo > 0 && flatEnough(slopeLo)) return lo;
  let side = 0;
  for (let k = 0; k < 200 && hi - lo > 4 * Number.EPSILON * hi; k++) {
    let t = hi - (slopeHi * (hi - lo)) / (slopeHi - slopeLo);
    if (!(t > lo && t < hi)) t = 0.5 * (lo + hi);
    const slopeT = slope(t);
    if (flatEnough(slopeT)) return t;
    if (slopeT < 0) {
      lo = t;
      slopeLo = slopeT;
      if (side === -1) slopeHi /= 2;
      side = -1;
    } else {
      hi = t;
      slopeHi = slopeT;
      if (side === 1) slopeLo /= 2;
      side = 1;
    }
  }
  return lo > 0 ? lo : hi;
}
