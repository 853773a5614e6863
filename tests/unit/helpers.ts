import { expect } from 'vitest';

/** Relative closeness with an absolute floor for values near zero; non-finite values must match exactly. */
export function expectClose(actual: number, expected: number | string, rel = 1e-12, abs = 1e-300): void {
  const want = typeof expected === 'string' ? Number(expected) : expected;
  if (!Number.isFinite(want)) {
    expect(actual).toBe(want);
    return;
  }
  const tolerance = Math.max(abs, rel * Math.abs(want));
  if (!(Math.abs(actual - want) <= tolerance)) {
    throw new Error(`expected ${actual} to be within ${tolerance} of ${want}`);
  }
}

/** Central finite difference (f(x + h) - f(x - h)) / 2h. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-6): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
