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

/**
 * The loss of one element.
 * mse: r²; mae: |r|; huber: 0.5r² if |r| <= delta else delta(|r| - 0.5 delta);
 * smooth-l1: 0.5r²/beta if |r| < beta else |r| - 0.5 beta; msle: (log1p(yPred) - log1p(yTrue))²
 * (NaN unless both are > -1); log-cosh: ln(cosh r).
 */
export function regressionElementLoss(
  id: RegressionLossId,
  yTrue: number,
  yPred: number,
  opts: RegressionLossOptions = {},
): number {
  const r = yPred - yTrue;
  switch (id) {
    case 'mse':
      return r * r;
    case 'mae':
      return Math.abs(r);
    case 'huber': {
      const delta = opts.delta ?? 1;
      const a = Math.abs(r);
      return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    }
    case 'smooth-l1': {
      const beta = opts.beta ?? 1;
      const a = Math.abs(r);
      return a < beta ? (0.5 * r * r) / beta : a - 0.5 * beta;
    }
    case 'msle': {
      if (!(yTrue > -1 && yPred > -1)) return NaN;
      const d = Math.log1p(yPred) - Math.log1p(yTrue);
      return d * d;
    }
    case 'log-cosh':
      return logCosh(r);
  }
}

/**
 * d/dyPred of `regressionElementLoss` (= d/dr).
 * mse: 2r; mae: sign(r) (0 at r = 0); huber: r if |r| <= delta else delta·sign(r);
 * smooth-l1: r/beta if |r| < beta else sign(r); msle: 2(log1p(yPred) - log1p(yTrue)) / (1 + yPred);
 * log-cosh: tanh(r).
 */
export function regressionElementGrad(
  id: RegressionLossId,
  yTrue: number,
  yPred: number,
  opts: RegressionLossOptions = {},
): number {
  const r = yPred - yTrue;
  switch (id) {
    case 'mse':
      return 2 * r;
    case 'mae':
      return Math.sign(r);
    case 'huber': {
      const delta = opts.delta ?? 1;
      return Math.abs(r) <= delta ? r : delta * Math.sign(r);
    }
    case 'smooth-l1': {
      const beta = opts.beta ?? 1;
      return Math.abs(r) < beta ? r / beta : Math.sign(r);
    }
    case 'msle': {
      if (!(yTrue > -1 && yPred > -1)) return NaN;
      return (2 * (Math.log1p(yPred) - Math.log1p(yTrue))) / (1 + yPred);
    }
    case 'log-cosh':
      return Math.tanh(r);
  }
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
  switch (id) {
    case 'mae':
      return [0];
    case 'huber':
      return [-(opts.delta ?? 1), opts.delta ?? 1];
    case 'smooth-l1':
      return [-(opts.beta ?? 1), opts.beta ?? 1];
    default:
      return [];
  }
}
