import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropy, entropy, klDivergence, missingSupport, normalize } from '../../../src/math';
import { expectClose } from '../helpers';

const distribution = (n: number) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).filter((w) => w.reduce((a, b) => a + b, 0) > 1e-6).map((w) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / s);
  });
const pair = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(distribution(n), distribution(n)));

describe('information measures', () => {
  it('32 equally likely teams carry 5 bits', () => {
    expectClose(entropy(Array(32).fill(1 / 32), 2), 5);
  });

  it('0·log 0 = 0 and q = 0 < p gives Infinity', () => {
    expect(entropy([1, 0])).toBe(0);
    expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
    expect(klDivergence([1, 0], [0.5, 0.5], 2)).toBe(1);
    expect(klDivergence([0.3, 0.7], [0.3, 0.7])).toBe(0);
  });

  it('missingSupport lists where q is 0 and p is not: empty exactly when D(p‖q) is finite', () => {
    expect(missingSupport([0.5, 0.25, 0.25, 0], [0, 1, 0, 0])).toEqual([0, 2]);
    expect(missingSupport([0, 0.5, 0.5], [0.25, 0.25, 0.5])).toEqual([]);
    const withZeros = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.tuple(...[0, 1].map(() => fc.array(fc.constantFrom(0, 0.5, 1), { minLength: n, maxLength: n }).filter((w) => w.some((v) => v > 0)))),
    );
    fc.assert(
      fc.property(withZeros, ([pw, qw]) => {
        const p = normalize(pw)!;
        const q = normalize(qw)!;
        expect(missingSupport(p, q).length === 0).toBe(Number.isFinite(klDivergence(p, q)));
        expect(missingSupport(p, q).length === 0).toBe(Number.isFinite(crossEntropy(p, q)));
      }),
    );
  });

  it('Gibbs: KL >= 0, H(p, q) >= H(p) and KL = H(p, q) - H(p)', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const kl = klDivergence(p, q);
        const h = entropy(p);
        const x = crossEntropy(p, q);
        if (kl === Infinity) return x === Infinity;
        return kl >= -1e-12 && x >= h - 1e-12 && Math.abs(kl - (x - h)) <= 1e-9 * Math.max(1, x);
      }),
    );
  });

  it('changing the base rescales by ln(base)', () => {
    fc.assert(fc.property(pair, ([p]) => Math.abs(entropy(p, 2) * Math.LN2 - entropy(p)) < 1e-12));
  });

  it('rejects mismatched lengths', () => {
    expect(() => crossEntropy([1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => klDivergence([1], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe('normalize', () => {
  it('divides by the sum and rejects what is not a distribution', () => {
    expect(normalize([1, 3])).toEqual([0.25, 0.75]);
    expect(normalize([0, 0])).toBeNull();
    expect(normalize([])).toBeNull();
    expect(normalize([1, -1, 2])).toBeNull();
    expect(normalize([1, NaN])).toBeNull();
    expect(normalize([1e308, 1e308])).toBeNull();
  });
  it('always sums to 1 when it succeeds', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (w) => {
        const p = normalize(w);
        return p === null ? w.every((x) => x === 0) : Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-12;
      }),
    );
  });
});
