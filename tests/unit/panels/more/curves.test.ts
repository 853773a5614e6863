import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleCurve, sampleGrid } from '../../../../src/charts/sampling';
import { regressionElementGrad, regressionElementLoss } from '../../../../src/math';
import { lossOptions, residualCsv, residualFunction, residualViews } from '../../../../src/panels/more/curves';
import { REGRESSION_CURVES } from '../../../../src/panels/more/definition';

describe('regression curves on the shared sampler', () => {
  it('samples the Huber and smooth-L1 thresholds exactly', () => {
    const huber = residualFunction('huber', 'Huber', { delta: 1.37 }, 'loss');
    const smoothL1 = residualFunction('smooth-l1', 'Smooth L1', { beta: 0.55 }, 'loss');
    expect(sampleGrid(-3, 3, 240, huber.breakpoints)).toEqual(expect.arrayContaining([-1.37, 1.37]));
    expect(sampleGrid(-3, 3, 240, smoothL1.breakpoints)).toEqual(expect.arrayContaining([-0.55, 0.55]));
  });

  it('reads each threshold from the right slider', () => {
    expect(lossOptions('smooth-l1', 2, 0.5)).toEqual({ beta: 0.5 });
    expect(lossOptions('huber', 2, 0.5)).toEqual({ delta: 2 });
  });

  it('takes every value from src/math', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGRESSION_CURVES), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (curve, r, t) => {
        const opts = lossOptions(curve, t, t);
        return residualFunction(curve, curve, opts, 'loss').f(r) === regressionElementLoss(curve, 0, r, opts) && residualFunction(curve, curve, opts, 'grad').f(r) === regressionElementGrad(curve, 0, r, opts);
      }),
    );
  });

  it('the MAE gradient step at 0 is found by the sampler, not special-cased: two pieces, a jump from -1 to 1', () => {
    const grad = residualFunction('mae', 'MAE', {}, 'grad');
    const sampled = sampleCurve(grad.f, -2, 2, grad.breakpoints, 240);
    expect(sampled.jumps).toEqual([{ x: 0, at: 0, left: -1, right: 1 }]);
    expect(sampled.pieces.map((p) => [p[0].y, p.at(-1)!.y])).toEqual([[-1, -1], [1, 1]]);
    // The loss has a corner there, not a jump: one piece through (0, 0).
    const loss = residualFunction('mae', 'MAE', {}, 'loss');
    const corner = sampleCurve(loss.f, -2, 2, loss.breakpoints, 7);
    expect(corner.jumps).toEqual([]);
    expect(corner.pieces[0]).toContainEqual({ x: 0, y: 0 });
  });

  it('writes one CSV row per curve and residual, from the range’s edge', () => {
    const mse = residualFunction('mse', 'MSE', {}, 'loss');
    const { headers, rows } = residualCsv([mse], 3, ['name', 'r', 'L(r)']);
    expect(headers).toEqual(['name', 'r', 'L(r)']);
    expect(rows[0]).toEqual(['mse', -3, 9]);
    expect(rows).toHaveLength(241);
  });

  it('scales the views with the range', () => {
    expect(residualViews(3)).toEqual({ loss: { min: -3, max: 3, low: 0, high: 5.3999999999999995 }, grad: { min: -3, max: 3, low: -3, high: 3 } });
    expect(residualViews(1).loss.high).toBe(1);
    expect(residualViews(1).grad.high).toBe(2);
  });
});
