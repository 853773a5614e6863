// fitLine against an independent optimiser (scripts/fitline_reference.py: numpy lstsq, scipy linprog for
// MAE, scipy minimize from several starts for the smooth losses), then properties any minimiser must have.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import reference from '../fixtures/fitline.json';
import {
  LINE_FIT_LOSS_IDS,
  fitLine,
  lineObjective,
  lineResiduals,
  pointShares,
  type LineFitLossId,
  type PlanePoint,
} from '../../../src/math/fitLine';
import { DEFAULT_PRESET_SEED, REGRESSION_PRESET_IDS, regressionPreset, regressionPresets } from '../../../src/math/regressionPresets';
import { mulberry32 } from '../../../src/math/random';
import { expectClose } from '../helpers';

const datasets = reference.datasets as Record<string, number[][]>;
const toPoints = (pairs: number[][]): PlanePoint[] => pairs.map(([x, y]) => ({ x, y }));

/** The option values a property run draws: each loss with its threshold. */
const lossWithOptions = fc.oneof(
  fc.constantFrom<LineFitLossId>('mse', 'mae', 'log-cosh').map((loss) => ({ loss, opts: {} })),
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((delta) => ({ loss: 'huber' as LineFitLossId, opts: { delta } })),
  fc.double({ min: 0.1, max: 5, noNaN: true }).map((beta) => ({ loss: 'smooth-l1' as LineFitLossId, opts: { beta } })),
);
const coordinate = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
/** Points as a chart or a link gives them: two decimals. */
const decimal = fc.integer({ min: -5000, max: 5000 }).map((k) => k / 100);
const chartCloud = fc.array(fc.record({ x: decimal, y: decimal }), { minLength: 2, maxLength: 30 }).filter((ps) => ps.some((p) => p.x !== ps[0].x));
/** Any doubles, subnormals and near-ties included. */
const cloud = fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 2, maxLength: 30 }).filter((ps) => ps.some((p) => p.x !== ps[0].x));

describe('fitLine against scipy', () => {
  const cases = reference.fits.map((fit) => ({ ...fit, name: `${fit.dataset} ${fit.loss} ${JSON.stringify(fit.opts)}` }));

  it.each(cases)('$name', (fit) => {
    const points = toPoints(datasets[fit.dataset]);
    const got = fitLine(points, fit.loss as LineFitLossId, fit.opts);
    // Smooth losses: 1e-9 relative; MAE: 1e-6. The floor covers an optimum of 0 (two points).
    expectClose(got.objective, fit.objective, fit.loss === 'mae' ? 1e-6 : 1e-9, 1e-15);
    expect(got.converged).toBe(true);
    if (fit.unique) {
      expectClose(got.slope, fit.slope, 1e-6, 1e-6);
      expectClose(got.intercept, fit.intercept, 1e-6, 1e-6);
    }
    expect(got.degenerate).toBe(fit.dataset === 'same-x' ? 'vertical' : null);
  });

  it('covers every loss, outliers, heavy tails and ties', () => {
    expect(new Set(reference.fits.map((f) => f.loss))).toEqual(new Set(LINE_FIT_LOSS_IDS));
    expect(Object.keys(datasets)).toEqual(expect.arrayContaining(['one-outlier-25', 'outliers-30', 'cauchy-40', 'ties-grid-20']));
  });
});

describe('fitLine properties', () => {
  it('no nearby line has a lower objective', () => {
    fc.assert(
      fc.property(cloud, lossWithOptions, fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: 1, max: 9 }), (points, { loss, opts }, ds, di, exponent) => {
        const fit = fitLine(points, loss, opts);
        const size = 10 ** -exponent;
        const nearby = lineObjective(points, loss, fit.slope + size * ds, fit.intercept + size * di, opts);
        return fit.converged && fit.objective <= nearby * (1 + 1e-12) + 1e-13;
      }),
    );
  });

  it("MSE's fit is the closed-form least-squares line", () => {
    fc.assert(
      fc.property(chartCloud, (points) => {
        const n = points.length;
        const sx = points.reduce((s, p) => s + p.x, 0);
        const sy = points.reduce((s, p) => s + p.y, 0);
        const sxx = points.reduce((s, p) => s + p.x * p.x, 0);
        const sxy = points.reduce((s, p) => s + p.x * p.y, 0);
        const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        const intercept = (sy - slope * sx) / n;
        const fit = fitLine(points, 'mse');
        fc.pre(Math.abs(n * sxx - sx * sx) > 1e-6 * n * sxx); // the textbook formula needs spread-out x
        const scale = 1 + Math.abs(slope) * 50;
        return Math.abs(fit.slope - slope) <= 1e-7 * (1 + Math.abs(slope)) && Math.abs(fit.intercept - intercept) <= 1e-7 * scale;
      }),
    );
  });

  it('shifting every y by c shifts the intercept by c (and keeps the objective)', () => {
    fc.assert(
      fc.property(chartCloud, lossWithOptions, fc.integer({ min: -100, max: 100 }), (points, { loss, opts }, c) => {
        const fit = fitLine(points, loss, opts);
        const shifted = fitLine(points.map((p) => ({ x: p.x, y: p.y + c })), loss, opts);
        const objectiveAgrees = Math.abs(shifted.objective - fit.objective) <= 1e-9 * fit.objective + 1e-9;
        // MSE's line is unique and well determined, so it must move by exactly c. The robust losses can
        // have many optimal lines (MAE, Huber) or one in a valley so flat (log-cosh with every residual
        // but one far out, sech² ≈ 0) that rounding moves it: there the objective is what must agree.
        if (loss !== 'mse') return objectiveAgrees;
        return objectiveAgrees && Math.abs(shifted.slope - fit.slope) <= 1e-6 * (1 + Math.abs(fit.slope)) && Math.abs(shifted.intercept - (fit.intercept + c)) <= 1e-6 * (1 + Math.abs(fit.intercept) + Math.abs(c));
      }),
    );
  });

  it('points exactly on a line are fitted exactly by every loss', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: -8, max: 8 }), fc.integer({ min: -30, max: 30 }), lossWithOptions, (xs, slope, intercept, { loss, opts }) => {
        const fit = fitLine(xs.map((x) => ({ x, y: slope * x + intercept })), loss, opts);
        return Math.abs(fit.slope - slope) <= 1e-9 && Math.abs(fit.intercept - intercept) <= 1e-8 && fit.objective <= 1e-12;
      }),
    );
  });

  it('the MAE line passes through two points and beats every line through two points', () => {
    fc.assert(
      fc.property(chartCloud, (points) => {
        const fit = fitLine(points, 'mae');
        let best = Infinity;
        for (const p of points) {
          for (const q of points) {
            if (p.x === q.x) continue;
            const slope = (q.y - p.y) / (q.x - p.x);
            best = Math.min(best, lineObjective(points, 'mae', slope, p.y - slope * p.x));
          }
        }
        const onLine = lineResiduals(points, fit.slope, fit.intercept).filter((r) => Math.abs(r) < 1e-9).length;
        return onLine >= 2 && fit.objective <= best * (1 + 1e-12) + 1e-12;
      }),
    );
  });

  it('smooth L1 with beta = 0 is the MAE line', () => {
    const points = toPoints(datasets['cauchy-40']);
    expect(fitLine(points, 'smooth-l1', { beta: 0 })).toEqual(fitLine(points, 'mae'));
  });

  it('keeps its accuracy for x far from 0', () => {
    // y = 3k + e_k with Σe = Σk·e = 0: the least-squares line is exactly y = 3k, with mean square 0.2.
    const noise = [0.5, -0.5, 0, -0.5, 0.5];
    const points = noise.map((e, k) => ({ x: 1e6 + k, y: 3 * k + e }));
    const fit = fitLine(points, 'mse');
    expectClose(fit.slope, 3, 1e-9);
    expect(Math.abs(fit.slope * 1e6 + fit.intercept)).toBeLessThan(1e-6); // the value at x = 1e6
    expectClose(fit.objective, 0.2, 1e-9);
    for (const loss of LINE_FIT_LOSS_IDS) expect(fitLine(points, loss).converged).toBe(true);
  });
});

describe('degenerate inputs', () => {
  it.each(LINE_FIT_LOSS_IDS)('%s: no points, one point, all x equal', (loss) => {
    const none = fitLine([], loss);
    expect(none).toMatchObject({ slope: 0, intercept: 0, objective: 0, degenerate: 'no-points', converged: true });
    const one = fitLine([{ x: 3, y: -2 }], loss);
    expect(one).toMatchObject({ slope: 0, intercept: -2, objective: 0, degenerate: 'one-point' });
    const same = fitLine([{ x: 1, y: 5 }, { x: 1, y: 5 }], loss);
    expect(same).toMatchObject({ slope: 0, intercept: 5, objective: 0, degenerate: 'vertical' });
  });

  it('x a few ulps apart count as equal once the slope would overflow', () => {
    const fit = fitLine([{ x: 0, y: 0 }, { x: 5e-324, y: 1 }], 'mse');
    expect(fit).toMatchObject({ slope: 0, intercept: 0.5, objective: 0.25, degenerate: 'vertical' });
    expect(fitLine([{ x: 0, y: 0 }, { x: 5e-324, y: 1 }, { x: 0, y: 3 }], 'mae')).toMatchObject({ slope: 0, intercept: 1, degenerate: 'vertical' });
  });

  it('never returns NaN, whatever few points it gets', () => {
    const fewPoints = fc.array(fc.record({ x: fc.constantFrom(-1, 0, 2), y: coordinate }), { maxLength: 5 });
    fc.assert(
      fc.property(fewPoints, lossWithOptions, (points, { loss, opts }) => {
        const fit = fitLine(points, loss, opts);
        const shares = pointShares(points, loss, fit.slope, fit.intercept, opts);
        return [fit.slope, fit.intercept, fit.objective, shares.objective, shares.gradTotal].every(Number.isFinite) && shares.points.every((s) => Number.isFinite(s.lossShare) && Number.isFinite(s.gradShare));
      }),
    );
  });

  it('rejects non-finite points and thresholds out of range', () => {
    expect(() => fitLine([{ x: NaN, y: 0 }], 'mse')).toThrow(RangeError);
    expect(() => fitLine([{ x: 0, y: Infinity }], 'mae')).toThrow(RangeError);
    expect(() => fitLine([], 'huber', { delta: 0 })).toThrow(RangeError);
    expect(() => fitLine([], 'smooth-l1', { beta: -1 })).toThrow(RangeError);
  });
});

describe('lineResiduals and pointShares', () => {
  it('residuals are prediction minus target', () => {
    expect(lineResiduals([{ x: 1, y: 1 }, { x: 2, y: 7 }], 2, 1)).toEqual([2, -2]);
  });

  it('shares sum to 1, and the pushes are bounded as each loss promises', () => {
    fc.assert(
      fc.property(cloud, lossWithOptions, coordinate, coordinate, (points, { loss, opts }, slope, intercept) => {
        const { points: rows, objective, gradTotal } = pointShares(points, loss, slope, intercept, opts);
        const lossSum = rows.reduce((s, r) => s + r.lossShare, 0);
        const gradSum = rows.reduce((s, r) => s + r.gradShare, 0);
        const bound = { mse: Infinity, mae: 1, huber: 'delta' in opts ? opts.delta : 1, 'smooth-l1': 1, 'log-cosh': 1 }[loss];
        return (
          (objective > 0 ? Math.abs(lossSum - 1) < 1e-12 : lossSum === 0) &&
          (gradTotal > 0 ? Math.abs(gradSum - 1) < 1e-12 : gradSum === 0) &&
          rows.every((r) => Math.abs(r.grad) <= bound && r.lossShare >= 0 && r.gradShare >= 0) &&
          Math.abs(objective - lineObjective(points, loss, slope, intercept, opts)) <= 1e-12 * objective
        );
      }),
    );
  });

  it('the per-point gradient terms add up to zero at the fitted line', () => {
    const points = toPoints(datasets['outliers-30']);
    for (const loss of ['mse', 'huber', 'log-cosh'] as const) {
      const fit = fitLine(points, loss);
      const { points: rows } = pointShares(points, loss, fit.slope, fit.intercept);
      // Zero up to rounding: a tiny fraction of the terms' magnitudes.
      for (const term of ['gradIntercept', 'gradSlope'] as const) {
        const sum = rows.reduce((s, r) => s + r[term], 0);
        const size = rows.reduce((s, r) => s + Math.abs(r[term]), 0);
        expect(Math.abs(sum)).toBeLessThan(1e-12 * size);
      }
    }
  });

  it('an outlier dominates the MSE gradient but not MAE or Huber', () => {
    const points = regressionPreset('one-outlier');
    const outlier = points.findIndex((p, i) => p.y !== regressionPreset('clean')[i].y);
    const outlierRow = (loss: LineFitLossId) => {
      const fit = fitLine(points, loss);
      return pointShares(points, loss, fit.slope, fit.intercept).points[outlier];
    };
    const mse = outlierRow('mse');
    const mae = outlierRow('mae');
    const huber = outlierRow('huber');
    expect(mse.gradShare).toBeGreaterThan(0.35);
    expect(mae.gradShare).toBeLessThanOrEqual(1 / 14 + 1e-12); // at most 1/m, m = the points off the line
    expect(huber.gradShare).toBeLessThan(mse.gradShare);
    expect(Math.abs(huber.grad)).toBe(1); // its push is capped at delta = 1, where MSE's is 2|r|
    expect(Math.abs(mse.grad)).toBeGreaterThan(8);
    expect(huber.lossShare).toBeGreaterThan(huber.gradShare); // while its loss keeps growing
  });
});

describe('presets', () => {
  it('are reproducible and differ between seeds', () => {
    expect(regressionPresets(DEFAULT_PRESET_SEED)).toEqual(regressionPresets(DEFAULT_PRESET_SEED));
    expect(regressionPreset('clean', 1)).not.toEqual(regressionPreset('clean', 2));
  });

  it.each(REGRESSION_PRESET_IDS)('%s: 16 finite points rounded to 2 decimals', (id) => {
    const points = regressionPreset(id);
    expect(points).toHaveLength(16);
    for (const { x, y } of points) {
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
      expect(Math.abs(y)).toBeLessThan(20);
    }
  });

  it('the outlier presets move one point and four points of the clean set', () => {
    const clean = regressionPreset('clean');
    const moved = (id: 'one-outlier' | 'outliers') => regressionPreset(id).filter((p, i) => p.y !== clean[i].y).length;
    expect(moved('one-outlier')).toBe(1);
    expect(moved('outliers')).toBe(4);
  });

  it('MSE swings toward the outlier while MAE and Huber barely move', () => {
    const clean = regressionPreset('clean');
    const dirty = regressionPreset('one-outlier');
    const swing = (loss: LineFitLossId) => Math.abs(fitLine(dirty, loss).slope - fitLine(clean, loss).slope);
    expect(swing('mse')).toBeGreaterThan(3 * swing('huber'));
    expect(swing('mse')).toBeGreaterThan(3 * swing('mae'));
  });

  it('mulberry32 gives the published stream', () => {
    const uniform = mulberry32(1);
    expect([uniform(), uniform(), uniform()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });
});
