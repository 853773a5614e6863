import { xlogy } from './special';

/*
 * Information measures of discrete distributions, in nats by default (base e) or in any base
 * (2 for bits). Convention 0·log 0 = 0; p_i > 0 with q_i = 0 gives Infinity.
 */

function logBase(base: number): number {
  return base === Math.E ? 1 : Math.log(base);
}

/** H(p) = -Σ p_i log_b p_i. 32 equally likely outcomes carry log2 32 = 5 bits. */
export function entropy(p: readonly number[], base: number = Math.E): number {
  let sum = 0;
  for (const pi of p) sum -= xlogy(pi, pi);
  return sum / logBase(base);
}

/** H(p, q) = -Σ p_i log_b q_i; H(p, q) >= H(p) (Gibbs' inequality), Infinity where q_i = 0 < p_i. */
export function crossEntropy(p: readonly number[], q: readonly number[], base: number = Math.E): number {
  if (p.length !== q.length) throw new RangeError(`p has ${p.length} entries, q ${q.length}`);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum -= xlogy(p[i], q[i]);
  return sum / logBase(base);
}

/** D_KL(p ‖ q) = Σ p_i log_b(p_i / q_i) = H(p, q) - H(p) >= 0; Infinity where q_i = 0 < p_i. */
export function klDivergence(p: readonly number[], q: readonly number[], base: number = Math.E): number {
  if (p.length !== q.length) throw new RangeError(`p has ${p.length} entries, q ${q.length}`);
  let sum = 0;
  // p·(ln p - ln q), not p·ln(p/q): the quotient overflows when q is subnormal.
  for (let i = 0; i < p.length; i++) sum += p[i] === 0 ? 0 : p[i] * (Math.log(p[i]) - Math.log(q[i]));
  return sum / logBase(base);
}

/**
 * Normalises non-negative weights to a probability vector w_i / Σ w. Returns null when the weights
 * cannot form a distribution (empty, a negative or non-finite weight, or all zero).
 */
export function normalize(weights: readonly number[]): number[] | null {
  if (weights.length === 0 || weights.some((w) => !(w >= 0) || !Number.isFinite(w))) return null;
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return weights.map((w) => w / total);
}

/**
 * Where q misses p's support: the indices i with p_i > 0 and q_i = 0. These are exactly the terms
 * that make H(p, q) and D(p‖q) infinite (−p_i·log 0), so the list is empty iff both are finite.
 */
export function missingSupport(p: readonly number[], q: readonly number[]): number[] {
  return p.flatMap((v, i) => (v > 0 && q[i] === 0 ? [i] : []));
}
