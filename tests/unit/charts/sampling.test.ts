import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARGIN_LOSSES, MARGIN_LOSS_IDS, marginLoss, marginLossGrad, regressionBreakpoints, regressionElementGrad, regressionElementLoss } from '../../../src/math';
import { clipPieces, crossing, discontinuities, jumpAt, sampleCurve, sampleForPlot, sampleGrid } from '../../../src/charts/sampling';

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
      const at = points.filter((p) => p.x === b);
      expect(at.length).toBeGreaterThan(0);
      // Continuous losses pass exactly through f(b); the 0-1 step has its limits there.
      if (id !== 'zero-one') for (const p of at) expect(p.y).toBe(marginLoss(id, b));
    }
  });

  it('hinge has its corner exactly at (1, 0) in one unbroken piece', () => {
    const curve = sampleCurve(loss('hinge'), -4, 4, [1], 37);
    expect(curve.pieces).toHaveLength(1);
    expect(curve.jumps).toEqual([]);
    expect(curve.pieces[0]).toContainEqual({ x: 1, y: 0 });
  });

  it('0-1 loss is a true step: two flat pieces, a jump at 0 closed at 1, limits 1 and 0', () => {
    const curve = sampleCurve(loss('zero-one'), -4, 4, [0], 37);
    expect(curve.pieces).toHaveLength(2);
    expect(curve.pieces[0].every((p) => p.y === 1)).toBe(true);
    expect(curve.pieces[1].every((p) => p.y === 0)).toBe(true);
    expect(curve.pieces[0].at(-1)).toEqual({ x: 0, y: 1 });
    expect(curve.pieces[1][0]).toEqual({ x: 0, y: 0 });
    expect(curve.jumps).toEqual([{ x: 0, at: 1, left: 1, right: 0 }]);
  });

  it('hinge gradient jumps from -1 to 0 at m = 1 (left derivative closed)', () => {
    const curve = sampleCurve((m) => marginLossGrad('hinge', m), -4, 4, [1], 37);
    expect(curve.jumps).toEqual([{ x: 1, at: -1, left: -1, right: 0 }]);
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
    const curve = sampleForPlot(f, { min: -4, max: 4, low: 0, high: 8 }, [], 40);
    expect(curve.pieces).toHaveLength(1);
    const first = curve.pieces[0][0];
    expect(first.y).toBe(8);
    expect(first.x).toBeCloseTo(-Math.log(8), 12);
    for (const p of curve.pieces.flat()) expect(p.y).toBeLessThanOrEqual(8);
  });

  it('cuts the perceptron loss at m = -8 on a wide view', () => {
    const curve = sampleForPlot(loss('perceptron'), { min: -10, max: 10, low: 0, high: 8 }, [0], 41);
    expect(curve.pieces[0][0].x).toBeCloseTo(-8, 12);
    expect(curve.pieces[0][0].y).toBe(8);
  });

  it('leaves a curve fully inside the band untouched', () => {
    const pieces = [[{ x: 0, y: 1 }, { x: 1, y: 2 }]];
    expect(clipPieces((m) => m + 1, pieces, 0, 8)).toEqual(pieces);
  });

  it('splits a curve that leaves and re-enters the band into two pieces', () => {
    const f = (m: number) => m * m;
    const pieces = [[-3, -1, 0, 1, 3].map((m) => ({ x: m, y: f(m) }))];
    const clipped = clipPieces(f, pieces, -1, 4);
    expect(clipped).toHaveLength(1);
    expect(clipped[0][0].x).toBeCloseTo(-2, 12);
    expect(clipped[0].at(-1)!.x).toBeCloseTo(2, 12);
    const dip = clipPieces((m) => -Math.abs(m) + 1, [[-2, 0, 2].map((m) => ({ x: m, y: -Math.abs(m) + 1 }))], 0.5, 9);
    expect(dip).toHaveLength(1);
  });

  it('keeps the part of a segment that passes through the whole band', () => {
    const f = (m: number) => 10 - 20 * m;
    const clipped = clipPieces(f, [[{ x: 0, y: 10 }, { x: 1, y: -10 }]], 0, 8);
    expect(clipped).toHaveLength(1);
    expect(clipped[0][0].x).toBeCloseTo(0.1, 12);
    expect(clipped[0][1].x).toBeCloseTo(0.5, 12);
  });

  it('property: every clipped point is inside the band, every cut is on the curve', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARGIN_LOSS_IDS),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (id, range, ceiling) => {
          const f = loss(id);
          const curve = sampleForPlot(f, { min: -range, max: range, low: 0, high: ceiling }, MARGIN_LOSSES[id].breakpoints, 101);
          for (const piece of curve.pieces) {
            for (const p of piece) {
              expect(p.y).toBeGreaterThanOrEqual(0);
              expect(p.y).toBeLessThanOrEqual(ceiling);
              expect(p.x).toBeGreaterThanOrEqual(-range);
              expect(p.x).toBeLessThanOrEqual(range);
              if (p.y === ceiling) expect(Math.abs(f(p.x) - ceiling)).toBeLessThan(1e-9 * ceiling);
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
    const c = crossing((m) => Math.exp(-m), { x: 0, y: 1 }, { x: 2, y: Math.exp(-2) }, 0.5);
    expect(c.x).toBeCloseTo(Math.LN2, 14);
  });
});

describe('discontinuities', () => {
  it('finds the jumps of any function from its breakpoints: the MAE gradient at 0, not its kink', () => {
    const maeGrad = (r: number) => regressionElementGrad('mae', 0, r);
    expect(jumpAt(maeGrad, 0)).toEqual({ x: 0, at: 0, left: -1, right: 1 });
    expect(jumpAt((r) => regressionElementLoss('mae', 0, r), 0)).toBeNull();
    const huberGrad = (r: number) => regressionElementGrad('huber', 0, r, { delta: 1.5 });
    expect(discontinuities(huberGrad, regressionBreakpoints('huber', { delta: 1.5 }))).toEqual([]);
    const sampled = sampleCurve(maeGrad, -2, 2, regressionBreakpoints('mae'), 41);
    expect(sampled.pieces).toHaveLength(2);
    expect(sampled.pieces[0].at(-1)).toEqual({ x: 0, y: -1 });
    expect(sampled.pieces[1][0]).toEqual({ x: 0, y: 1 });
  });

  it('finds the 0-1 jump and no jump in the continuous losses', () => {
    expect(discontinuities(loss('zero-one'), [0])).toEqual([0]);
    for (const id of MARGIN_LOSS_IDS.filter((i) => i !== 'zero-one')) expect(discontinuities(loss(id), MARGIN_LOSSES[id].breakpoints)).toEqual([]);
  });
});
