import { formatFixed, formatNumber } from '../../math';

/** A probability as the articles print it (4 decimals), but tiny non-zero values in exponent form so they never read as 0. */
export function formatProbability(p: number): string {
  if (p !== 0 && Number.isFinite(p) && Math.abs(p) < 5e-5) return formatNumber(p, 3);
  return formatFixed(p, 4);
}

/** Intermediate values (logits, exponentials, sums): 5 significant digits, exponent form when huge or tiny. */
export function formatStep(value: number): string {
  return formatNumber(value, 5);
}

/**
 * Typed logits and x − max: 10 significant digits, so a typed value such as 123456.789 reads back
 * exactly. In float32 the table shows the float32 value itself (1.1 is 1.100000024 there): that
 * rounding is part of what the precision switch demonstrates.
 */
export function formatLogit(value: number): string {
  return formatNumber(value, 10);
}

/** Two vectors hold the same numbers. */
export function sameVector(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
