import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regressionElementLoss } from '../../../../src/math';
import { residualGrid, sampleCurve } from '../../../../src/panels/more/curves';
import { REGRESSION_CURVES } from '../../../../src/panels/more/definition';

describe('regression curve sampling', () => {
  it('includes the Huber and smooth-L1 thresholds exactly', () => {
    expect(residualGrid('huber', 3, { delta: 1.37 })).toEqual(expect.arrayContaining([-1.37, 1.37]));
    expect(residualGrid('smooth-l1', 3, { beta: 0.55 })).toEqual(expect.arrayContaining([-0.55, 0.55]));
  });

  it('is sorted, unique and spans the range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGRESSION_CURVES), fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (curve, range, delta) => {
        const grid = residualGrid(curve, range, { delta, beta: delta });
        return grid[0] === -range && grid[grid.length - 1] === range && grid.every((v, i) => i === 0 || v > grid[i - 1]);
      }),
    );
  });

  it('samples values from src/math and draws the MAE gradient step as a vertical jump', () => {
    const loss = sampleCurve('huber', 2, { delta: 1 }, 'loss');
    for (const [r, v] of loss) expect(v).toBe(regressionElementLoss('huber', 0, r, { delta: 1 }));
    const grad = sampleCurve('mae', 2, {}, 'grad');
    const zero = grad.filter(([r]) => r === 0);
    expect(zero).toEqual([[0, -1], [0, 1]]);
  });
});
