import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropyError,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
  sumOfSquaresError,
} from '../../../src/math';
import { centralDifference, expectClose } from '../helpers';

describe('binary cross-entropy', () => {
  it('uses 0·log 0 = 0 and is Infinity where the true class has p = 0', () => {
    expect(binaryCrossEntropy(1, 1)).toBe(-0);
    expect(binaryCrossEntropy(0, 0)).toBe(-0);
    expect(binaryCrossEntropy(1, 0)).toBe(Infinity);
    expect(binaryCrossEntropy(0, 1)).toBe(Infinity);
    expectClose(binaryCrossEntropy(0, 0.82), -Math.log(0.18));
  });

  it('with logits: finite at ±1000, full precision at ±50', () => {
    expect(binaryCrossEntropyWithLogits(1, -1000)).toBe(1000);
    expect(binaryCrossEntropyWithLogits(0, 1000)).toBe(1000);
    expect(binaryCrossEntropyWithLogits(1, 1000)).toBe(0);
    expectClose(binaryCrossEntropyWithLogits(1, 50), Math.exp(-50), 1e-15);
    expectClose(binaryCrossEntropyWithLogits(0, -50), Math.exp(-50), 1e-15);
    expectClose(binaryCrossEntropyWithLogits(1, 0, 3), 3 * Math.LN2);
  });

  it('with logits equals the probability form where that one is accurate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (y, z) => {
        const a = binaryCrossEntropyWithLogits(y, z);
        const b = binaryCrossEntropy(y, sigmoid(z));
        return Math.abs(a - b) <= 1e-7 * Math.max(1, a);
      }),
    );
  });
});

describe('softmax cross-entropy', () => {
  it('logits (1, 5, 3), second class true: p ≈ (0.0159, 0.8668, 0.1173), gradient ≈ (0.0159, -0.1332, 0.1173)', () => {
    const p = softmax([1, 5, 3]);
    [0.0159, 0.8668, 0.1173].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 4));
    const g = softmaxCrossEntropyGrad([1, 5, 3], 1);
    [0.0159, -0.1332, 0.1173].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 4));
    expectClose(softmaxCrossEntropy([1, 5, 3], 1), -Math.log(p[1]));
  });

  it('a sparse label and its one-hot vector give the same loss and gradient', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 10 }), fc.nat(), (x, k) => {
        const index = k % x.length;
        const oneHot = x.map((_, i) => (i === index ? 1 : 0));
        const sparse = softmaxCrossEntropy(x, index);
        return sparse === softmaxCrossEntropy(x, oneHot) && softmaxCrossEntropyGrad(x, index).every((g, i) => g === softmaxCrossEntropyGrad(x, oneHot)[i]);
      }),
    );
  });

  it('its gradient matches finite differences', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 6 }), fc.nat(), (x, k) => {
        const index = k % x.length;
        const g = softmaxCrossEntropyGrad(x, index);
        return x.every((_, j) => {
          const f = (t: number) => softmaxCrossEntropy(x.map((v, i) => (i === j ? t : v)), index);
          return Math.abs(centralDifference(f, x[j]) - g[j]) < 1e-6;
        });
      }),
    );
  });

  it('stays finite for huge logits', () => {
    expect(softmaxCrossEntropy([1000, 2000, 3000], 0)).toBe(2000);
    expect(softmaxCrossEntropy([1000, 2000, 3000], 2)).toBe(0);
  });

  it('rejects a bad target', () => {
    expect(() => softmaxCrossEntropy([1, 2], 2)).toThrow(RangeError);
    expect(() => softmaxCrossEntropy([1, 2], 0.5)).toThrow(RangeError);
    expect(() => softmaxCrossEntropyGrad([1, 2], [1])).toThrow(RangeError);
  });
});

describe('the 10-class example (sum of squares and cross-entropy error)', () => {
  const t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
  const right = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0];
  const wrong = [0.1, 0.05, 0, 0, 0.05, 0.1, 0.6, 0.1, 0, 0];
  it('0.5·Σ(y - t)² = 0.0975 and 0.6975', () => {
    expectClose(sumOfSquaresError(right, t), 0.0975, 1e-12);
    expectClose(sumOfSquaresError(wrong, t), 0.6975, 1e-12);
  });
  it('-ln(0.6 + 1e-7) ≈ 0.51, and the delta keeps ln 0 finite', () => {
    expect(crossEntropyError(right, t)).toBeCloseTo(0.5108, 4);
    expectClose(crossEntropyError(wrong, t), -Math.log(1e-7));
  });
});
