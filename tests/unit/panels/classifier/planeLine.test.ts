import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineInBox } from '../../../../src/charts/planeLine';

const box = { x: [-5, 5], y: [-5, 5] } as const;

describe('lineInBox: a classifier line clipped to the plane', () => {
  it('clips the vertical line x = 1 (w = (1, 0), b = −1) to the box', () => {
    const segment = lineInBox([1, 0], -1, 0, box)!;
    expect(segment.map(([x]) => x)).toEqual([1, 1]);
    expect(segment.map(([, y]) => y).sort((a, b) => a - b)).toEqual([-5, 5]);
  });

  it('draws f(x) = ±1 on either side of the boundary', () => {
    const [[x]] = lineInBox([0, 2], 0, 1, box)!;
    expect(x === -5 || x === 5).toBe(true);
    expect(lineInBox([0, 2], 0, 1, box)!.map(([, y]) => y)).toEqual([0.5, 0.5]);
    expect(lineInBox([0, 2], 0, -1, box)!.map(([, y]) => y)).toEqual([-0.5, -0.5]);
  });

  it('has no line for w = 0, nor for a line that misses the box', () => {
    expect(lineInBox([0, 0], 1, 0, box)).toBeNull();
    expect(lineInBox([1, 1], -20, 0, box)).toBeNull();
  });

  it('every end lies on the line and inside the box', () => {
    const coefficient = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(coefficient, coefficient, coefficient, fc.constantFrom(-1, 0, 1), (w1, w2, b, level) => {
        const segment = lineInBox([w1, w2], b, level, box);
        if (!segment) return;
        for (const [x, y] of segment) {
          expect(Math.abs(w1 * x + w2 * y + b - level)).toBeLessThan(1e-9 * (1 + Math.abs(b) + Math.abs(level)) * 100);
          expect(Math.abs(x)).toBeLessThanOrEqual(5 + 1e-9);
          expect(Math.abs(y)).toBeLessThanOrEqual(5 + 1e-9);
        }
      }),
    );
  });
});
