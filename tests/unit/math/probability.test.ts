// The probability panel's math: binary cross-entropy and the squared error against a probability
// and against a logit (with TensorFlow's pos_weight), their gradients, the articles' 10-class
// example with its delta and a framework's clipping, and the information measures, against
// mpmath values (scripts/probability_reference.py) and as properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import reference from '../fixtures/probability.json';
import {
  binaryCrossEntropy,
  binaryCrossEntropyGrad,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsGrad,
  clippedCrossEntropyError,
  crossEntropy,
  crossEntropyError,
  entropy,
  klDivergence,
  logitSquaredError,
  logitSquaredErrorGrad,
  probabilitySquaredError,
  probabilitySquaredErrorGrad,
  sigmoid,
  sparseCrossEntropyError,
  sumOfSquaresError,
} from '../../../src/math';
import { centralDifference, expectClose } from '../helpers';

describe('against the predicted probability (mpmath)', () => {
  it.each(reference.probability)('y = $y, p = $p', ({ y, p, bce, bceGrad, se, seGrad }) => {
    expectClose(binaryCrossEntropy(y, p), bce, 1e-12);
    expectClose(binaryCrossEntropyGrad(y, p), bceGrad, 1e-10);
    expectClose(probabilitySquaredError(y, p), se, 1e-12);
    expectClose(probabilitySquaredErrorGrad(y, p), seGrad, 1e-12, 1e-15);
  });

  it('the cross-entropy gradient grows without bound as the prediction goes wrong; the squared error’s stays within 1', () => {
    expect(binaryCrossEntropyGrad(1, 1e-6)).toBeCloseTo(-1e6, 0);
    expect(binaryCrossEntropyGrad(0, 1 - 1e-6)).toBeGreaterThan(9.9e5);
    expect(binaryCrossEntropyGrad(1, 0)).toBe(-Infinity);
    expect(binaryCrossEntropyGrad(0, 1)).toBe(Infinity);
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }), (y, p) => Math.abs(probabilitySquaredErrorGrad(y, p)) <= 1 && probabilitySquaredError(y, p) <= 0.5),
    );
  });
});

describe('against the logit, with pos_weight (mpmath)', () => {
  it.each(reference.logit)('y = $y, z = $z, pos_weight = $posWeight', ({ y, z, posWeight, bce, bceGrad, se, seGrad }) => {
    expectClose(binaryCrossEntropyWithLogits(y, z, posWeight), bce, 1e-12, 1e-300);
    expectClose(binaryCrossEntropyWithLogitsGrad(y, z, posWeight), bceGrad, 1e-9, 1e-300);
    expectClose(logitSquaredError(y, z), se, 1e-10, 1e-300);
    expectClose(logitSquaredErrorGrad(y, z), seGrad, 1e-9, 1e-300);
  });

  it('equals the probability form where that one is accurate, and is never NaN for finite input', () => {
    // Past |z| ≈ 20, 1 − sigma(z) cancels in the probability form: the logit form is the accurate one there.
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.double({ min: -20, max: 20, noNaN: true }), (y, z) => {
        const p = sigmoid(z);
        const byProbability = binaryCrossEntropy(y, p);
        if (!Number.isFinite(byProbability)) return true;
        return Math.abs(binaryCrossEntropyWithLogits(y, z) - byProbability) <= 1e-7 * Math.max(1, byProbability);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (y, z, w) =>
        [binaryCrossEntropyWithLogits(y, z, w), binaryCrossEntropyWithLogitsGrad(y, z, w), logitSquaredError(y, z), logitSquaredErrorGrad(y, z)].every((v) => !Number.isNaN(v)),
      ),
    );
  });

  it('its gradients match finite differences; pos_weight scales only the positive term', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (y, z, w) => {
        const numeric = centralDifference((u) => binaryCrossEntropyWithLogits(y, u, w), z);
        const numericSe = centralDifference((u) => logitSquaredError(y, u), z);
        return Math.abs(numeric - binaryCrossEntropyWithLogitsGrad(y, z, w)) < 1e-6 && Math.abs(numericSe - logitSquaredErrorGrad(y, z)) < 1e-6;
      }),
    );
    expectClose(binaryCrossEntropyWithLogits(1, -2, 3), 3 * binaryCrossEntropyWithLogits(1, -2));
    expect(binaryCrossEntropyWithLogits(0, -2, 3)).toBe(binaryCrossEntropyWithLogits(0, -2));
  });

  it('with pos_weight 1 the gradient is sigma(z) - y (bounded); the squared error’s vanishes where the neuron saturates on the wrong side', () => {
    expectClose(binaryCrossEntropyWithLogitsGrad(1, -10), sigmoid(-10) - 1);
    expect(Math.abs(logitSquaredErrorGrad(1, -10))).toBeLessThan(1e-4);
  });
});

describe('the articles’ 10-class example', () => {
  const target = (k: number, n = 10) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
  it.each(reference.examples)('outputs $y, target $target', ({ y, target: k, halfSquares, crossEntropyDelta, crossEntropyClipped }) => {
    expectClose(sumOfSquaresError(y, target(k)), halfSquares, 1e-12);
    expectClose(crossEntropyError(y, target(k)), crossEntropyDelta, 1e-12);
    expectClose(clippedCrossEntropyError(y, target(k)), crossEntropyClipped, 1e-12);
    expect(sparseCrossEntropyError(y, k)).toBe(crossEntropyError(y, target(k)));
  });

  it('a class index and its one-hot vector give the same loss; an index outside the outputs is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 }), fc.nat(), (y, n) => {
        const k = n % y.length;
        return sparseCrossEntropyError(y, k) === crossEntropyError(y, target(k, y.length));
      }),
    );
    expect(() => sparseCrossEntropyError([0.5, 0.5], 2)).toThrow(RangeError);
    expect(() => sparseCrossEntropyError([0.5, 0.5], 0.5)).toThrow(RangeError);
  });

  it('0.0975 and −ln 0.6 ≈ 0.51; the 0.6 moved to class 6 gives 0.6975 and −ln(1e-7) ≈ 16.1', () => {
    const right = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0];
    const wrong = [0.1, 0.05, 0, 0, 0.05, 0.1, 0.6, 0.1, 0, 0];
    expect(sumOfSquaresError(right, target(2))).toBeCloseTo(0.0975, 12);
    expect(crossEntropyError(right, target(2))).toBeCloseTo(0.51, 2);
    expect(sumOfSquaresError(wrong, target(2))).toBeCloseTo(0.6975, 12);
    expect(crossEntropyError(wrong, target(2))).toBeCloseTo(16.1, 1);
    // Without the delta the loss would be ∞; clipping at 1e-7 gives the same 16.1 here.
    expect(crossEntropyError(wrong, target(2), 0)).toBe(Infinity);
    expect(clippedCrossEntropyError(wrong, target(2))).toBe(crossEntropyError(wrong, target(2)));
  });
});

describe('information measures (mpmath)', () => {
  it.each(reference.information)('p = $p, q = $q, base $base', ({ p, q, base, entropyP, crossEntropyPQ, klPQ, klQP }) => {
    const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
    const P = p.map((v) => v / sum(p));
    const Q = q.map((v) => v / sum(q));
    const b = base === '2' ? 2 : Math.E;
    expectClose(entropy(P, b), entropyP, 1e-12);
    expectClose(crossEntropy(P, Q, b), crossEntropyPQ, 1e-12);
    expectClose(klDivergence(P, Q, b), klPQ, 1e-11);
    expectClose(klDivergence(Q, P, b), klQP, 1e-11);
  });

  it('KL ≥ 0 and H(p, q) = H(p) + D(p‖q): only D depends on q', () => {
    const distribution = (n: number) =>
      fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((w) => w.map((v) => v / w.reduce((a, b) => a + b, 0)));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(distribution(n), distribution(n))),
        ([p, q]) => klDivergence(p, q) >= -1e-12 && Math.abs(crossEntropy(p, q) - entropy(p) - klDivergence(p, q)) <= 1e-9 * Math.max(1, crossEntropy(p, q)),
      ),
    );
  });
});
