import { describe, expect, it } from 'vitest';
import { fitLine } from '../../../../src/math/fitLine';
import { fitAll } from '../../../../src/panels/regression/fits';
import { PRESET_POINTS } from '../../../../src/panels/regression/definition';

/*
 * fitAll keeps a loss's previous line while its points and thresholds are unchanged (issue 10: a δ
 * step refits Huber only, so the memoised shares and paths of the other lines are left alone). These
 * tests pin what that reuse must keep: every line is still the exact fit for the values now.
 */
const points = Object.values(PRESET_POINTS)[0];

describe('regression fits, reused across steps', () => {
  it('a δ step refits Huber only; the other lines are the same objects and still exact', () => {
    const losses = ['mse', 'mae', 'huber', 'smooth-l1'] as const;
    const before = fitAll(points, losses, 1, 1);
    const after = fitAll(points, losses, 2, 1);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[3]).toBe(before[3]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2].opts).toEqual({ delta: 2 });
    expect(after[2].fit).toEqual(fitLine(points, 'huber', { delta: 2 }));
    expect(after[0].fit).toEqual(fitLine(points, 'mse', {}));
    // β moves smooth L1 only; back to δ = 1, Huber is its δ = 1 fit again.
    const beta = fitAll(points, losses, 1, 0.5);
    expect(beta[3]).not.toBe(after[3]);
    expect(beta[3].fit).toEqual(fitLine(points, 'smooth-l1', { beta: 0.5 }));
    expect(beta[2].fit).toEqual(fitLine(points, 'huber', { delta: 1 }));
  });

  it('new points refit every loss', () => {
    const first = fitAll(points, ['mse', 'mae'], 1, 1);
    const moved = points.map((p, i) => (i === 0 ? { ...p, y: p.y + 3 } : p));
    const second = fitAll(moved, ['mse', 'mae'], 1, 1);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0].fit).toEqual(fitLine(moved, 'mse', {}));
    expect(second[1].fit).toEqual(fitLine(moved, 'mae', {}));
  });
});
