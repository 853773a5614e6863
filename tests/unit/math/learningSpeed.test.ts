import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fasterStart, initialWeightGradient } from '../../../src/math';

// Reference values from mpmath at 30 digits, rounded to 16 (a = σ(z), y = 0, x = 1): quadratic a·a·(1 − a), cross-entropy a.
//   z = 1.5 (w = 0.6, b = 0.9, output 0.82): 0.1219383324275428, 0.81757447619364370
//   z = 4   (w = 2,   b = 2,   output 0.98): 0.01734502107084012, 0.982013790037908
const START_82 = { w: 0.6, b: 0.9 };
const START_98 = { w: 2, b: 2 };

describe('which start learns faster at first (Nielsen, chapter 3)', () => {
  it('gives the first weight gradient of the articles’ two starts', () => {
    expect(initialWeightGradient('quadratic', 0.6, 0.9, 1, 0)).toBeCloseTo(0.1219383324275428, 14);
    expect(initialWeightGradient('quadratic', 2, 2, 1, 0)).toBeCloseTo(0.01734502107084012, 14);
    expect(initialWeightGradient('cross-entropy', 0.6, 0.9, 1, 0)).toBeCloseTo(0.8175744761936437, 14);
    expect(initialWeightGradient('cross-entropy', 2, 2, 1, 0)).toBeCloseTo(0.982013790037908, 14);
  });

  it('quadratic: the 0.82 start learns about 7 times faster; cross-entropy: the worse 0.98 start learns faster', () => {
    const quad = fasterStart('quadratic', START_82, START_98, 1, 0);
    expect(quad.faster).toBe(1);
    expect(quad.ratio).toBeCloseTo(0.1219383324275428 / 0.01734502107084012, 10);
    const ce = fasterStart('cross-entropy', START_82, START_98, 1, 0);
    expect(ce.faster).toBe(2);
    expect(ce.ratio).toBeCloseTo(0.982013790037908 / 0.8175744761936437, 10);
  });

  it('calls equal starts the same, and a zero input moves no weight', () => {
    expect(fasterStart('quadratic', START_82, START_82, 1, 0).faster).toBe('same');
    expect(fasterStart('cross-entropy', START_82, START_98, 0, 0)).toEqual({ faster: 'same', rates: [0, 0], ratio: 1 });
  });

  it('is symmetric: swapping the starts swaps the answer', () => {
    const weight = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom('quadratic' as const, 'cross-entropy' as const), weight, weight, weight, weight, (cost, w1, b1, w2, b2) => {
        const a = fasterStart(cost, { w: w1, b: b1 }, { w: w2, b: b2 }, 1, 0);
        const b = fasterStart(cost, { w: w2, b: b2 }, { w: w1, b: b1 }, 1, 0);
        return a.faster === 'same' ? b.faster === 'same' : b.faster === 3 - a.faster;
      }),
    );
  });
});
