import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARGIN_LOSSES, MARGIN_LOSS_IDS, marginLoss, marginLossGrad } from '../../../../src/math';
import { clipPieces, crossing, curveForPlot, discontinuities, gradientFloor, lossShares, sampleCurve, sampleGrid } from '../../../../src/panels/surrogate/sampling';

const loss = (id: Parameters<typeof marginLoss>[0]) => (m: number) => marginLoss(id, m);

describe('sampleGrid', () => {
  it('spans the range, is sorted and contains every breakpoint inside it', () => {
    const grid = sampleGrid(-4, 4, 7, [-1, 1, 0.123, 9]);
    expect(grid[0]).toBe(-4);
    expect(grid.at(-1)).toBe(4);
    for (const b of [-1, 1, 0.123]) expect(grid).toContain(b);
    expect(grid).not.toContain(9);
    for (let i = 1; i < grid.length; i++) expect(grid[i]).toBeGreaterThan(grid[i - 1]);
  });

  it('has no duplicates when a breakpoint is already on the uniform grid', () => {
    const grid = sampleGrid(-4, 4, 8, [0, 1]);
    expect(grid.filter((m) => m === 0)).toHaveLength(1);
    expect(grid).toHaveLength(9);
  });
});

describe('sampleCurve', () => {
  it.each(MARGIN_LOSS_IDS)('%s: every breakpoint is a sample point with its exact value', (id) => {
    // An odd count so no breakpoint (0, ±1) falls on the uniform grid by luck.
    const curve = sampleCurve(loss(id), -4, 4, MARGIN_LOSSES[id].breakpoints, 37);
    const points = curve.pieces.flat();
    for (const b of MARGIN_LOSSES[id].breakpoints) {
      const at = points.filter((p) => p.m === b);
      expect(at.length).toBeGreaterThan(0);
      // Continuous losses pass exactly through f(b); the 0-1 step has its limits there.
      if (id !== 'zero-one') for (const p of at) expect(p.value).toBe(marginLoss(id, b));
    }
  });

  it('hinge has its corner exactly at (1, 0) in one unbroken piece', () => {
    const curve = sampleCurve(loss('hinge'), -4, 4, [1], 37);
    expect(curve.pieces).toHaveLength(1);
    expect(curve.jumps).toEqual([]);
    expect(curve.pieces[0]).toContainEqual({ m: 1, value: 0 });
  });

  it('0-1 loss is a true step: two flat pieces, a jump at 0 closed at 1, limits 1 and 0', () => {
    const curve = sampleCurve(loss('zero-one'), -4, 4, [0], 37);
    expect(curve.pieces).toHaveLength(2);
    expect(curve.pieces[0].every((p) => p.value === 1)).toBe(true);
    expect(curve.pieces[1].every((p) => p.value === 0)).toBe(true);
    expect(curve.pieces[0].at(-1)).toEqual({ m: 0, value: 1 });
    expect(curve.pieces[1][0]).toEqual({ m: 0, value: 0 });
    expect(curve.jumps).toEqual([{ m: 0, at: 1, left: 1, right: 0 }]);
  });

  it('hinge gradient jumps from -1 to 0 at m = 1 (left derivative closed)', () => {
    const curve = sampleCurve((m) => marginLossGrad('hinge', m), -4, 4, [1], 37);
    expect(curve.jumps).toEqual([{ m: 1, at: -1, left: -1, right: 0 }]);
  });

  it('modified Huber gradient is continuous at its breakpoints: no jumps', () => {
    const curve = sampleCurve((m) => marginLossGrad('modified-huber', m), -4, 4, [-1, 1], 37);
    expect(curve.jumps).toEqual([]);
    expect(curve.pieces).toHaveLength(1);
  });

  it('ignores a breakpoint on the edge of the range', () => {
    const curve = sampleCurve(loss('zero-one'), 0, 4, [0], 10);
    expect(curve.jumps).toEqual([]);
  });
});

describe('clipPieces', () => {
  it('cuts the exponential loss exactly where it reaches the ceiling (m = -ln 8)', () => {
    const f = loss('exponential');
    const curve = curveForPlot(f, { min: -4, max: 4, low: 0, high: 8 }, [], 40);
    expect(curve.pieces).toHaveLength(1);
    const first = curve.pieces[0][0];
    expect(first.value).toBe(8);
    expect(first.m).toBeCloseTo(-Math.log(8), 12);
    for (const p of curve.pieces.flat()) expect(p.value).toBeLessThanOrEqual(8);
  });

  it('cuts the perceptron loss at m = -8 on a wide view', () => {
    const curve = curveForPlot(loss('perceptron'), { min: -10, max: 10, low: 0, high: 8 }, [0], 41);
    expect(curve.pieces[0][0].m).toBeCloseTo(-8, 12);
    expect(curve.pieces[0][0].value).toBe(8);
  });

  it('leaves a curve fully inside the band untouched', () => {
    const pieces = [[{ m: 0, value: 1 }, { m: 1, value: 2 }]];
    expect(clipPieces((m) => m + 1, pieces, 0, 8)).toEqual(pieces);
  });

  it('splits a curve that leaves and re-enters the band into two pieces', () => {
    const f = (m: number) => m * m;
    const pieces = [[-3, -1, 0, 1, 3].map((m) => ({ m, value: f(m) }))];
    const clipped = clipPieces(f, pieces, -1, 4);
    expect(clipped).toHaveLength(1);
    expect(clipped[0][0].m).toBeCloseTo(-2, 12);
    expect(clipped[0].at(-1)!.m).toBeCloseTo(2, 12);
    const dip = clipPieces((m) => -Math.abs(m) + 1, [[-2, 0, 2].map((m) => ({ m, value: -Math.abs(m) + 1 }))], 0.5, 9);
    expect(dip).toHaveLength(1);
  });

  it('keeps the part of a segment that passes through the whole band', () => {
    const f = (m: number) => 10 - 20 * m;
    const clipped = clipPieces(f, [[{ m: 0, value: 10 }, { m: 1, value: -10 }]], 0, 8);
    expect(clipped).toHaveLength(1);
    expect(clipped[0][0].m).toBeCloseTo(0.1, 12);
    expect(clipped[0][1].m).toBeCloseTo(0.5, 12);
  });

  it('property: every clipped point is inside the band, every cut is on the curve', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARGIN_LOSS_IDS),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (id, range, ceiling) => {
          const f = loss(id);
          const curve = curveForPlot(f, { min: -range, max: range, low: 0, high: ceiling }, MARGIN_LOSSES[id].breakpoints, 101);
          for (const piece of curve.pieces) {
            for (const p of piece) {
              expect(p.value).toBeGreaterThanOrEqual(0);
              expect(p.value).toBeLessThanOrEqual(ceiling);
              expect(p.m).toBeGreaterThanOrEqual(-range);
              expect(p.m).toBeLessThanOrEqual(range);
              if (p.value === ceiling) expect(Math.abs(f(p.m) - ceiling)).toBeLessThan(1e-9 * ceiling);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('crossing', () => {
  it('finds ln 2 for e^-m crossing 1/2', () => {
    const c = crossing((m) => Math.exp(-m), { m: 0, value: 1 }, { m: 2, value: Math.exp(-2) }, 0.5);
    expect(c.m).toBeCloseTo(Math.LN2, 14);
  });
});

describe('lossShares', () => {
  it('sums each point’s loss', () => {
    const { shares, total } = lossShares(loss('hinge'), [-3, -0.5, 0.5, 1.5, 2.5]);
    expect(shares).toEqual([4, 1.5, 0.5, 0, 0]);
    expect(total).toBe(6);
  });

  it('shows the exponential loss exploding where hinge grows linearly', () => {
    const hinge = lossShares(loss('hinge'), [-4]).total;
    const exp = lossShares(loss('exponential'), [-4]).total;
    expect(hinge).toBe(5);
    expect(exp).toBeCloseTo(Math.exp(4), 12);
  });
});

describe('gradientFloor', () => {
  it('goes down to -5 for the default ceiling and never above -1.5', () => {
    expect(gradientFloor(8)).toBe(-5);
    expect(gradientFloor(1)).toBe(-1.5);
  });
});

describe('discontinuities', () => {
  it('finds the 0-1 jump and no jump in the continuous losses', () => {
    expect(discontinuities(loss('zero-one'), [0])).toEqual([0]);
    for (const id of MARGIN_LOSS_IDS.filter((i) => i !== 'zero-one')) expect(discontinuities(loss(id), MARGIN_LOSSES[id].breakpoints)).toEqual([]);
  });
});
