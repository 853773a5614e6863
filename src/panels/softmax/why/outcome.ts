/** What a softmax result looks like, in the words of the prediction prompt's choices. */
export const OUTCOMES = ['one-hot', 'spread', 'infinity', 'nan'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The choice a vector of probabilities matches: NaN anywhere (the naive softmax past overflow), ∞
 * anywhere, nearly all the mass on one class (≥ 0.99), or spread over the classes.
 */
export function softmaxOutcome(probabilities: readonly number[]): Outcome {
  if (probabilities.some(Number.isNaN)) return 'nan';
  if (probabilities.some((p) => !Number.isFinite(p))) return 'infinity';
  return probabilities.some((p) => p >= 0.99) ? 'one-hot' : 'spread';
}
