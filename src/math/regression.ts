/**
 * Regression losses. Per element the residual is r = yPred - yTrue; the loss of a vector is the mean
 * of the per-element losses (as Keras and PyTorch's reduction='mean' compute it).
 */
export type RegressionLossId = 'mse' | 'mae' | 'huber' | 'smooth-l1' | 'msle' | 'log-cosh';

export interface RegressionLossOptions {
  /** Huber threshold delta > 0 (default 1): quadratic for |r| <= delta, linear beyond. */
  delta?: number;
  /** Smooth-L1 threshold beta >= 0 (default 1): quadratic for |r| < beta, linear beyond; beta = 0 is L1. */
  beta?: number;
}

export const REGRESSION_LOSS_IDS: readonly RegressionLossId[] = ['mse', 'mae', 'huber', 'smooth-l1', 'msle', 'log-cosh'];

/** ln(cosh r) = |r| + log1p(e^(-2|r|)) - ln 2: no overflow of cosh for large |r|. */
function logCosh(r: number): number {
  const a = Math.abs(r);
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

/** One regression loss: its value and derivative for one element, and the residuals where its formula changes. */
export interface RegressionLossFunctions {
  /** The loss of one element with target yTrue and prediction yPred. */
  loss: (yTrue: number, yPred: number, opts: RegressionLossOptions) => number;
  /** d/dyPred of `loss` (= d/dr). */
  grad: (yTrue: number, yPred: number, opts: RegressionLossOptions) => number;
  /** Residuals where the loss or its derivative changes formula (plots sample them exactly). */
  breakpoints: (opts: RegressionLossOptions) => number[];
}

const smooth = () => [];

/*
 * Corner convention: at r = 0 MAE's derivative is sign(0) = 0 (the subgradient PyTorch and
 * TensorFlow use); Huber and smooth L1 are differentiable at their thresholds.
 */
const REGRESSION_LOSSES: Readonly<Record<RegressionLossId, RegressionLossFunctions>> = {
  // r²; d/dr = 2r.
  mse: { loss: (t, p) => (p - t) * (p - t), grad: (t, p) => 2 * (p - t), breakpoints: smooth },
  // |r|; d/dr = sign(r), 0 at r = 0.
  mae: { loss: (t, p) => Math.abs(p - t), grad: (t, p) => Math.sign(p - t), breakpoints: () => [0] },
  // 0.5r² for |r| <= delta, delta(|r| - 0.5 delta) beyond; d/dr = r, or delta·sign(r) beyond.
  huber: {
    loss: (t, p, { delta = 1 }) => {
      const r = p - t;
      const a = Math.abs(r);
      return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    },
    grad: (t, p, { delta = 1 }) => {
      const r = p - t;
      return Math.abs(r) <= delta ? r : delta * Math.sign(r);
    },
    breakpoints: ({ delta = 1 }) => [-delta, delta],
  },
  // 0.5r²/beta for |r| < beta, |r| - 0.5 beta beyond; d/dr = r/beta, or sign(r) beyond.
  'smooth-l1': {
    loss: (t, p, { beta = 1 }) => {
      const r = p - t;
      const a = Math.abs(r);
      return a < beta ? (0.5 * r * r) / beta : a - 0.5 * beta;
    },
    grad: (t, p, { beta = 1 }) => {
      const r = p - t;
      return Math.abs(r) < beta ? r / beta : Math.sign(r);
    },
    breakpoints: ({ beta = 1 }) => [-beta, beta],
  },
  // (log1p(yPred) - log1p(yTrue))², NaN unless both are > -1; d/dyPred = 2(log1p(yPred) - log1p(yTrue)) / (1 + yPred).
  msle: {
    loss: (t, p) => {
      if (!(t > -1 && p > -1)) return NaN;
      const d = Math.log1p(p) - Math.log1p(t);
      return d * d;
    },
    grad: (t, p) => (t > -1 && p > -1 ? (2 * (Math.log1p(p) - Math.log1p(t))) / (1 + p) : NaN),
    breakpoints: smooth,
  },
  // ln(cosh r); d/dr = tanh(r).
  'log-cosh': { loss: (t, p) => logCosh(p - t), grad: (t, p) => Math.tanh(p - t), breakpoints: smooth },
};

/**
 * The loss of one element.
 * mse: r²; mae: |r|; huber: 0.5r² if |r| <= delta else delta(|r| - 0.5 delta);
 * smooth-l1: 0.5r²/beta if |r| < beta else |r| - 0.5 beta; msle: (log1p(yPred) - log1p(yTrue))²
 * (NaN unless both are > -1); log-cosh: ln(cosh r).
 */
export function regressionElementLoss(id: RegressionLossId, yTrue: number, yPred: number, opts: RegressionLossOptions = {}): number {
  return REGRESSION_LOSSES[id].loss(yTrue, yPred, opts);
}

/**
 * d/dyPred of `regressionElementLoss` (= d/dr).
 * mse: 2r; mae: sign(r) (0 at r = 0); huber: r if |r| <= delta else delta·sign(r);
 * smooth-l1: r/beta if |r| < beta else sign(r); msle: 2(log1p(yPred) - log1p(yTrue)) / (1 + yPred);
 * log-cosh: tanh(r).
 */
export function regressionElementGrad(id: RegressionLossId, yTrue: number, yPred: number, opts: RegressionLossOptions = {}): number {
  return REGRESSION_LOSSES[id].grad(yTrue, yPred, opts);
}

/**
 * Mean over the elements of `regressionElementLoss(id, yTrue[i], yPred[i], opts)`.
 * Throws RangeError when the vectors differ in length or are empty.
 */
export function regressionLoss(
  id: RegressionLossId,
  yTrue: readonly number[],
  yPred: readonly number[],
  opts: RegressionLossOptions = {},
): number {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`regressionLoss: yTrue has ${yTrue.length} elements, yPred ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new RangeError('regressionLoss: empty input');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += regressionElementLoss(id, yTrue[i], yPred[i], opts);
  return sum / yTrue.length;
}

/**
 * Residuals where the loss or its derivative changes formula: 0 for MAE (|r| has a corner),
 * ±delta for Huber, ±beta for smooth L1; none for the smooth losses. Plots sample these exactly.
 */
export function regressionBreakpoints(id: RegressionLossId, opts: RegressionLossOptions = {}): number[] {
  return REGRESSION_LOSSES[id].breakpoints(opts);
}
