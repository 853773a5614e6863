import { logSoftmax, softmax } from './softmax';
import { sigmoid, sigmoidPrime, softplus, xlogy } from './special';

/**
 * Binary cross-entropy of a probability: -[y ln p + (1 - y) ln(1 - p)], y and p in [0, 1].
 * Uses 0·ln 0 = 0, so a term whose weight is 0 contributes nothing; Infinity where the true class
 * has p = 0 (y = 1, p = 0, or y = 0, p = 1). ln(1 - p) is computed as log1p(-p).
 */
export function binaryCrossEntropy(y: number, p: number): number {
  const positive = y === 0 ? 0 : y * Math.log(p);
  const negative = y === 1 ? 0 : (1 - y) * Math.log1p(-p);
  return -(positive + negative);
}

/**
 * Binary cross-entropy of a logit z (p = sigma(z)), with the positive term weighted by posWeight:
 * posWeight·y·ln(1 + e^-z) + (1 - y)·ln(1 + e^z), the softplus form TensorFlow's
 * weighted_cross_entropy_with_logits uses. Finite for z = ±1000, full precision for z = ±50.
 */
export function binaryCrossEntropyWithLogits(y: number, z: number, posWeight = 1): number {
  const positive = y === 0 ? 0 : posWeight * y * softplus(-z);
  const negative = y === 1 ? 0 : (1 - y) * softplus(z);
  return positive + negative;
}

/**
 * d/dp of `binaryCrossEntropy`: -y/p + (1 - y)/(1 - p). Grows without bound as the prediction goes
 * wrong (-1/p for y = 1, 1/(1 - p) for y = 0); ±Infinity where the true class has p = 0.
 */
export function binaryCrossEntropyGrad(y: number, p: number): number {
  const positive = y === 0 ? 0 : -y / p;
  const negative = y === 1 ? 0 : (1 - y) / (1 - p);
  return positive + negative;
}

/**
 * d/dz of `binaryCrossEntropyWithLogits`: -posWeight·y·sigma(-z) + (1 - y)·sigma(z). With
 * posWeight = 1 this is sigma(z) - y: bounded by 1, the sigma'(z) of the chain rule cancelled.
 */
export function binaryCrossEntropyWithLogitsGrad(y: number, z: number, posWeight = 1): number {
  const positive = y === 0 ? 0 : -posWeight * y * sigmoid(-z);
  const negative = y === 1 ? 0 : (1 - y) * sigmoid(z);
  return positive + negative;
}

/** The squared error of a predicted probability, halved as the articles write it: (p - y)²/2. Never more than 1/2 on [0, 1]. */
export function probabilitySquaredError(y: number, p: number): number {
  return 0.5 * (p - y) ** 2;
}

/** d/dp of `probabilitySquaredError`: p - y, bounded by 1 in size however wrong the prediction. */
export function probabilitySquaredErrorGrad(y: number, p: number): number {
  return p - y;
}

/** sigma(z) - y without the cancellation 1 - sigma(z) suffers for y = 1 (then it is -sigma(-z)). */
function sigmoidMinus(y: number, z: number): number {
  return y === 1 ? -sigmoid(-z) : sigmoid(z) - y;
}

/** The squared error of p = sigma(z) on the logit axis: (sigma(z) - y)²/2. */
export function logitSquaredError(y: number, z: number): number {
  return 0.5 * sigmoidMinus(y, z) ** 2;
}

/**
 * d/dz of `logitSquaredError`: (sigma(z) - y)·sigma'(z). The sigma'(z) factor makes it vanish
 * where the neuron saturates, even when it saturates on the wrong side (the slow start of learning).
 */
export function logitSquaredErrorGrad(y: number, z: number): number {
  return sigmoidMinus(y, z) * sigmoidPrime(z);
}

/** A class index (sparse label) or a probability vector over the classes (dense label). */
export type SoftmaxTarget = number | readonly number[];

function denseTarget(target: SoftmaxTarget, classes: number): readonly number[] {
  if (typeof target === 'number') {
    if (!Number.isInteger(target) || target < 0 || target >= classes) {
      throw new RangeError(`class index ${target} is not in 0..${classes - 1}`);
    }
    return Array.from({ length: classes }, (_, i) => (i === target ? 1 : 0));
  }
  if (target.length !== classes) {
    throw new RangeError(`target has ${target.length} entries for ${classes} logits`);
  }
  return target;
}

/**
 * Softmax cross-entropy: -Σ_i t_i · logSoftmax(logits)_i, computed through log-sum-exp.
 * `target` is a class index k (sparse: the loss is -logSoftmax(logits)_k) or a probability vector t
 * (dense; one-hot gives the same value as the sparse label). Throws RangeError on a bad target.
 */
export function softmaxCrossEntropy(logits: readonly number[], target: SoftmaxTarget): number {
  const t = denseTarget(target, logits.length);
  const logP = logSoftmax(logits);
  let loss = 0;
  for (let i = 0; i < logP.length; i++) loss -= t[i] === 0 ? 0 : t[i] * logP[i];
  return loss;
}

/** ∂/∂logits of `softmaxCrossEntropy` = softmax(logits) - t (t one-hot for a class index). */
export function softmaxCrossEntropyGrad(logits: readonly number[], target: SoftmaxTarget): number[] {
  const t = denseTarget(target, logits.length);
  return softmax(logits).map((p, i) => p - t[i]);
}

/**
 * Cross-entropy error on a probability vector as the articles write it for a network's output:
 * -Σ t_i ln(y_i + delta), with a small delta (default 1e-7) guarding against ln 0.
 */
export function crossEntropyError(y: readonly number[], t: readonly number[], delta = 1e-7): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += xlogy(t[i], y[i] + delta);
  return -sum;
}

/**
 * The same error for a sparse label, the class index k (counted from 0): -ln(y_k + delta), what
 * `crossEntropyError` gives for the one-hot vector of k. Throws RangeError for an index not in y.
 */
export function sparseCrossEntropyError(y: readonly number[], k: number, delta = 1e-7): number {
  if (!Number.isInteger(k) || k < 0 || k >= y.length) throw new RangeError(`class index ${k} is not in 0..${y.length - 1}`);
  return -Math.log(y[k] + delta);
}

/**
 * Cross-entropy error with the outputs clipped to [eps, 1 - eps] instead of shifted by a delta, as
 * frameworks do (Keras' categorical_crossentropy, eps = 1e-7): -Σ t_i ln(clip(y_i, eps, 1 - eps)).
 * Outputs inside the interval are used as they are; only those below eps (or above 1 - eps) change.
 */
export function clippedCrossEntropyError(y: readonly number[], t: readonly number[], eps = 1e-7): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += xlogy(t[i], Math.min(1 - eps, Math.max(eps, y[i])));
  return -sum;
}

/** Half sum of squares: 0.5 · Σ (y_i - t_i)². */
export function sumOfSquaresError(y: readonly number[], t: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += (y[i] - t[i]) ** 2;
  return 0.5 * sum;
}
