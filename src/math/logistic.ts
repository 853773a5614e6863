/**
 * The log loss three ways, for the derivation that they are one loss: logistic regression's
 * negative log-likelihood with labels in {0, 1}, the margin form with labels in {−1, +1}, and a
 * two-class softmax cross-entropy. Each is computed by its own formula (all stable), so a test can
 * check that they agree.
 */
import { softmax, logSoftmax } from './softmax';
import { sigmoid, softplus } from './special';

export interface LogLossForms {
  /** The label in {−1, +1} and the same label in {0, 1}: y01 = (y± + 1)/2. */
  labelPm: 1 | -1;
  label01: 0 | 1;
  /** The score f(x) and the margin m = y±·f(x). */
  score: number;
  margin: number;
  /** P(y = 1 | x) = σ(f(x)). */
  probability: number;
  /** −[y ln σ(f) + (1 − y) ln(1 − σ(f))], y ∈ {0, 1}, with ln σ(f) = −softplus(−f) and ln(1 − σ(f)) = −softplus(f). */
  negLogLikelihood: number;
  /** ln(1 + e^{−m}) = softplus(−m), y ∈ {−1, +1}. */
  marginForm: number;
  /** softmax([f, 0])₀, the two-class softmax's first probability: σ(f − 0). */
  softmaxProbability: number;
  /** −ln softmax([f, 0])_k, k = 0 for y = 1 and 1 for y = 0, through log-sum-exp. */
  softmaxCrossEntropy: number;
}

/** The log loss of score f(x) with label y± ∈ {−1, +1}, in each of its forms (natural log: nats). */
export function logLossForms(score: number, labelPm: 1 | -1): LogLossForms {
  const label01 = labelPm === 1 ? 1 : 0;
  const margin = labelPm * score + 0; // + 0: no −0 for f = 0
  const logits = [score, 0];
  return {
    labelPm,
    label01,
    score,
    margin,
    probability: sigmoid(score),
    negLogLikelihood: label01 === 1 ? softplus(-score) : softplus(score),
    marginForm: softplus(-margin),
    softmaxProbability: softmax(logits)[0],
    softmaxCrossEntropy: -logSoftmax(logits)[label01 === 1 ? 0 : 1],
  };
}
