import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REGRESSION_LOSS_IDS, regressionBreakpoints, regressionElementGrad, regressionElementLoss, regressionLoss } from '../../../src/math';
import { centralDifference, expectClose } from '../helpers';

describe('regression losses', () => {
  it('Huber switches from quadratic to linear at delta', () => {
    expect(regressionElementLoss('huber', 0, 1)).toBe(0.5);
    expect(regressionElementLoss('huber', 0, 3)).toBe(2.5);
    expect(regressionElementLoss('huber', 0, 3, { delta: 2 })).toBe(4);
    expect(regressionElementGrad('huber', 0, 3, { delta: 2 })).toBe(2);
    expect(regressionElementGrad('huber', 0, 0.5)).toBe(0.5);
  });

  it('MAE has a constant gradient of magnitude 1', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((r) => r !== 0), (r) => Math.abs(regressionElementGrad('mae', 0, r)) === 1));
  });

  it('smooth L1 is Huber divided by beta, and beta = 0 is L1', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (r, beta) =>
        Math.abs(regressionElementLoss('smooth-l1', 0, r, { beta }) - regressionElementLoss('huber', 0, r, { delta: beta }) / beta) < 1e-9,
      ),
    );
    expect(regressionElementLoss('smooth-l1', 0, -3, { beta: 0 })).toBe(3);
  });

  it('log-cosh is stable for large residuals', () => {
    expectClose(regressionElementLoss('log-cosh', 0, 1000), 1000 - Math.LN2);
    expect(regressionElementGrad('log-cosh', 0, 1000)).toBe(1);
  });

  it('MSLE needs values above -1', () => {
    expect(regressionElementLoss('msle', -1, 0)).toBeNaN();
    expectClose(regressionElementLoss('msle', 0, Math.E - 1), 1);
  });

  it('every gradient matches a central finite difference away from kinks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGRESSION_LOSS_IDS), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (id, r, yTrue) => {
        fc.pre(Math.abs(r) > 1e-3 && Math.abs(Math.abs(r) - 1) > 1e-3);
        // MSLE is defined for yPred > -1; keep clear of its singularity.
        fc.pre(id !== 'msle' || yTrue + r > -0.5);
        const f = (p: number) => regressionElementLoss(id, yTrue, p);
        const numeric = centralDifference(f, yTrue + r);
        const analytic = regressionElementGrad(id, yTrue, yTrue + r);
        return Math.abs(numeric - analytic) < 1e-5 * Math.max(1, Math.abs(analytic));
      }),
    );
  });

  it('averages over elements and rejects bad shapes', () => {
    expect(regressionLoss('mse', [0, 0], [1, 3])).toBe(5);
    expect(() => regressionLoss('mse', [0], [1, 2])).toThrow(RangeError);
    expect(() => regressionLoss('mae', [], [])).toThrow(RangeError);
  });
});

describe('regressionBreakpoints', () => {
  it('names the corners of MAE, Huber and smooth L1', () => {
    expect(regressionBreakpoints('mae')).toEqual([0]);
    expect(regressionBreakpoints('huber', { delta: 2 })).toEqual([-2, 2]);
    expect(regressionBreakpoints('smooth-l1')).toEqual([-1, 1]);
    expect(regressionBreakpoints('log-cosh')).toEqual([]);
  });
});
