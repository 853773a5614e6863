import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARGIN_LOSSES, MARGIN_LOSS_IDS, isMarginLossId, marginLoss, marginLossGrad, type MarginLossId } from '../../../src/math';
import { centralDifference, expectClose } from '../helpers';

const finiteMargin = fc.double({ min: -30, max: 30, noNaN: true });

describe('marginLoss: hand-derived values', () => {
  it('at m = -1 (the readout the surrogate panel shows)', () => {
    expect(marginLoss('hinge', -1)).toBe(2);
    expect(marginLoss('perceptron', -1)).toBe(1);
    expectClose(marginLoss('exponential', -1), Math.E);
    expectClose(marginLoss('log2', -1), Math.log2(1 + Math.E));
    expectClose(marginLoss('log2', -1), 1.8946, 1e-4);
    expect(marginLoss('modified-huber', -1)).toBe(4);
    expect(marginLoss('squared-hinge', -1)).toBe(4);
  });

  it('0-1 loss counts a zero margin as an error', () => {
    expect(marginLoss('zero-one', 0)).toBe(1);
    expect(marginLoss('zero-one', Number.MIN_VALUE)).toBe(0);
    expect(marginLoss('zero-one', -Number.MIN_VALUE)).toBe(1);
  });

  it('log2 passes through (0, 1); natural log through (0, ln 2)', () => {
    expect(marginLoss('log2', 0)).toBe(1);
    expect(marginLoss('log', 0)).toBe(Math.LN2);
  });

  it('log loss is finite for m = -1000 and exact for m = 50', () => {
    expect(marginLoss('log', -1000)).toBe(1000);
    expectClose(marginLoss('log', 50), Math.exp(-50), 1e-15);
    expect(marginLossGrad('log', -1000)).toBe(-1);
  });

  it('modified Huber joins its pieces continuously at -1 and 1', () => {
    expect(marginLoss('modified-huber', -1 - 1e-12)).toBeCloseTo(4, 9);
    expect(marginLoss('modified-huber', 1)).toBe(0);
    expect(marginLossGrad('modified-huber', -1.0000001)).toBe(-4);
    expectClose(marginLossGrad('modified-huber', -1), -4);
  });

  it('returns the left derivative at kinks', () => {
    expect(marginLossGrad('hinge', 1)).toBe(-1);
    expect(marginLossGrad('hinge', 1 + 1e-12)).toBe(0);
    expect(marginLossGrad('perceptron', 0)).toBe(-1);
    expect(marginLossGrad('perceptron', 1e-12)).toBe(0);
    expect(marginLossGrad('zero-one', 0)).toBe(0);
  });
});

describe('marginLoss: properties', () => {
  const surrogates = MARGIN_LOSS_IDS.filter((id) => MARGIN_LOSSES[id].upperBoundsZeroOne && id !== 'zero-one');

  it('the convex surrogates that claim it bound the 0-1 loss from above', () => {
    expect(surrogates).toEqual(expect.arrayContaining(['hinge', 'squared-hinge', 'log2', 'exponential', 'modified-huber']));
    fc.assert(
      fc.property(fc.constantFrom(...surrogates), finiteMargin, (id, m) => marginLoss(id, m) >= marginLoss('zero-one', m)),
    );
  });

  it('ln-based log loss and the perceptron loss do not bound it (their metadata says so)', () => {
    expect(marginLoss('log', 0)).toBeLessThan(1);
    expect(marginLoss('perceptron', 0)).toBeLessThan(1);
    expect(MARGIN_LOSSES.log.upperBoundsZeroOne).toBe(false);
    expect(MARGIN_LOSSES.perceptron.upperBoundsZeroOne).toBe(false);
  });

  it('every gradient matches a central finite difference away from breakpoints', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARGIN_LOSS_IDS), fc.double({ min: -8, max: 8, noNaN: true }), (id, m) => {
        const nearBreak = MARGIN_LOSSES[id].breakpoints.some((k) => Math.abs(m - k) < 1e-3);
        fc.pre(!nearBreak);
        const numeric = centralDifference((t) => marginLoss(id, t), m);
        const analytic = marginLossGrad(id, m);
        return Math.abs(numeric - analytic) <= 1e-5 * Math.max(1, Math.abs(analytic));
      }),
    );
  });

  it('convex losses satisfy the chord inequality', () => {
    const convex = MARGIN_LOSS_IDS.filter((id) => MARGIN_LOSSES[id].convex);
    fc.assert(
      fc.property(fc.constantFrom(...convex), finiteMargin, finiteMargin, fc.double({ min: 0, max: 1, noNaN: true }), (id, a, b, t) => {
        const mid = marginLoss(id, t * a + (1 - t) * b);
        const chord = t * marginLoss(id, a) + (1 - t) * marginLoss(id, b);
        return mid <= chord + 1e-9 * Math.max(1, chord);
      }),
    );
  });

  it('losses are non-increasing in the margin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARGIN_LOSS_IDS), finiteMargin, finiteMargin, (id, a, b) =>
        marginLoss(id, Math.min(a, b)) >= marginLoss(id, Math.max(a, b)),
      ),
    );
  });
});

describe('MARGIN_LOSSES metadata', () => {
  it('gives every loss its formulas and breakpoints (names and models are the panel\'s text)', () => {
    for (const id of MARGIN_LOSS_IDS) {
      const info = MARGIN_LOSSES[id];
      expect(info.id).toBe(id);
      expect(info.tex).toContain('L(m)');
      expect(info.gradTex).toContain("L'(m)");
      expect(Object.keys(info)).not.toContain('name');
      expect(Object.keys(info)).not.toContain('usedBy');
    }
    expect(MARGIN_LOSSES.hinge.breakpoints).toEqual([1]);
    expect(MARGIN_LOSSES['modified-huber'].breakpoints).toEqual([-1, 1]);
  });

  // A kink is where L is continuous but L' has different one-sided limits, read off the functions
  // numerically (h = 1e-7 either side of each breakpoint), not copied from the table.
  it.each(MARGIN_LOSS_IDS)('%s: its kinks are exactly the breakpoints where L is continuous and L′ jumps', (id: MarginLossId) => {
    const h = 1e-7;
    const found = MARGIN_LOSSES[id].breakpoints.filter((b) => {
      const lossContinuous = Math.abs(marginLoss(id, b - h) - marginLoss(id, b + h)) < 1e-5;
      const leftSlope = centralDifference((m) => marginLoss(id, m), b - 1e-4, 1e-6);
      const rightSlope = centralDifference((m) => marginLoss(id, m), b + 1e-4, 1e-6);
      const gradJumps = Math.abs(marginLossGrad(id, b - h) - marginLossGrad(id, b + h)) > 1e-3;
      if (lossContinuous) expect(Math.abs(leftSlope - rightSlope) > 1e-3).toBe(gradJumps);
      return lossContinuous && gradJumps;
    });
    expect(MARGIN_LOSSES[id].kinks).toEqual(found);
  });

  it('has corners only at the hinge\'s m = 1 and the perceptron\'s m = 0; squared hinge and modified Huber have none', () => {
    const withKinks = MARGIN_LOSS_IDS.filter((id) => MARGIN_LOSSES[id].kinks.length > 0);
    expect(withKinks).toEqual(['hinge', 'perceptron']);
    expect(MARGIN_LOSSES['squared-hinge'].kinks).toEqual([]);
    expect(MARGIN_LOSSES['modified-huber'].kinks).toEqual([]);
  });

  it('marks exactly the non-differentiable losses as not smooth', () => {
    const rough = MARGIN_LOSS_IDS.filter((id) => !MARGIN_LOSSES[id].smooth);
    expect(rough.sort()).toEqual(['hinge', 'perceptron', 'zero-one']);
  });

  it('recognises ids', () => {
    expect(isMarginLossId('hinge')).toBe(true);
    expect(isMarginLossId('toString')).toBe(false);
    expect(isMarginLossId('')).toBe(false);
  });

  it.each(MARGIN_LOSS_IDS)('%s is never NaN on finite input', (id: MarginLossId) => {
    for (const m of [-1e308, -1000, -1, 0, 1, 1000, 1e308]) {
      expect(Number.isNaN(marginLoss(id, m))).toBe(false);
      expect(Number.isNaN(marginLossGrad(id, m))).toBe(false);
    }
  });
});
