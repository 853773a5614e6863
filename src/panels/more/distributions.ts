import { normalize } from '../../math/information';

/*
 * The rules of the two edited distributions p and q, as pure functions: the panel's definition
 * applies them on every write and to every link (distributionConflicts), the controls build their
 * writes from them.
 */

/** Equal weights as a person would write them (0.3333, not 0.333…3): equal, so they normalise to exactly the uniform distribution. */
export function equalWeights(count: number): number[] {
  return Array.from({ length: count }, () => Number((1 / count).toFixed(4)));
}

/** Weights that make a distribution: not all zero. */
export function isDistribution(weights: readonly number[]): boolean {
  return normalize(weights) !== null;
}

/** The probabilities of weights the rules have checked (equal ones if they were not). */
export function probabilities(weights: readonly number[]): number[] {
  return normalize(weights) ?? normalize(equalWeights(weights.length)) ?? [];
}

/** Weights for `count` outcomes: extra ones dropped, missing ones `fill`. */
function fit(weights: readonly number[], count: number, fill: number): readonly number[] {
  return count > weights.length ? [...weights, ...Array<number>(count - weights.length).fill(fill)] : weights.slice(0, count);
}

/** p and q with one outcome more or fewer: a new outcome gets weight 0.1 in both (the rules replace weights that are left all zero). */
export function resizeOutcomes(p: readonly number[], q: readonly number[], count: number): { p: readonly number[]; q: readonly number[] } {
  return { p: fit(p, count, 0.1), q: fit(q, count, 0.1) };
}

/** What the q presets write, for the current p. */
export const Q_PRESETS = {
  uniform: (p: readonly number[]) => equalWeights(p.length),
  equal: (p: readonly number[]) => [...p],
  missesOne: (p: readonly number[]) => p.map((_, i) => (i === 0 ? 0 : 1)),
} as const;

type Note =
  | { key: 'zeroWeightsLink'; values: { dist: 'p' | 'q' } }
  | { key: 'lengthPadded' | 'lengthCut'; values: { given: number; count: number } };

/** A weight list the rules replace, the setting it has to fit, and the note that names the repair in a link notice. */
interface DistributionConflict {
  key: 'p' | 'q';
  value: readonly number[];
  other: 'p';
  note: Note;
}

/**
 * q weighs the same outcomes as p (missing weights are 0, extra ones are dropped), and neither is
 * all zeros (replaced by equal weights). Only a link or a resize can break these: the weight sliders
 * refuse to zero a distribution.
 */
export function distributionConflicts(p: readonly number[], q: readonly number[]): DistributionConflict[] {
  const conflicts: DistributionConflict[] = [];
  if (!isDistribution(p)) conflicts.push({ key: 'p', value: equalWeights(p.length), other: 'p', note: { key: 'zeroWeightsLink', values: { dist: 'p' } } });
  const count = p.length;
  const fitted = fit(q, count, 0);
  const fixed = isDistribution(fitted) ? fitted : equalWeights(count);
  if (q.length !== count) {
    conflicts.push({ key: 'q', value: fixed, other: 'p', note: { key: q.length < count ? 'lengthPadded' : 'lengthCut', values: { given: q.length, count } } });
  } else if (fixed !== fitted) {
    conflicts.push({ key: 'q', value: fixed, other: 'p', note: { key: 'zeroWeightsLink', values: { dist: 'q' } } });
  }
  return conflicts;
}
