import { describe, expect, it } from 'vitest';
import { contours } from 'd3-contour';
import { contourLevels, contourPath, pathLeavesWindow, pathWindow, WINDOW_LIMIT } from '../../../../src/panels/neuron/contour';

describe('the contour map window', () => {
  it('is square, padded, and holds every point of the paths', () => {
    const paths = [{ w: [0.6, -1.3], b: [0.9, -1] }, { w: [2, -0.7], b: [2, -0.7] }];
    const window = pathWindow(paths);
    expect(window.w[1] - window.w[0]).toBeCloseTo(window.b[1] - window.b[0], 12);
    expect(pathLeavesWindow(paths, window)).toBe(false);
    expect(window.w[0]).toBeLessThan(-1.3);
    expect(window.b[1]).toBeGreaterThan(2);
  });

  it('is at least minSpan wide and stops near ±WINDOW_LIMIT (plus padding); escaping paths are reported', () => {
    expect(pathWindow([{ w: [1], b: [1] }], 4)).toEqual({ w: [-1, 3], b: [-1, 3] });
    const far = [{ w: [0, 1e6], b: [0, -1e6] }];
    const window = pathWindow(far);
    expect(Math.max(...window.w.map(Math.abs), ...window.b.map(Math.abs))).toBeLessThanOrEqual(WINDOW_LIMIT * 1.5);
    expect(pathLeavesWindow(far, window)).toBe(true);
  });
});

describe('contour levels and paths', () => {
  it('levels are round numbers strictly inside the value range', () => {
    expect(contourLevels([0, 0.5])).toEqual([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]);
    expect(contourLevels([2, 2, 2])).toEqual([]);
  });

  it('a contour lands where the surface crosses its level (grid sample i at i + 0.5)', () => {
    // f = column index on a 5 × 3 grid; the level 2 contour is the vertical line through column 2.
    const values = Array.from({ length: 15 }, (_, k) => k % 5);
    const [band] = contours().size([5, 3]).thresholds([2])(values);
    const d = contourPath(band, (g) => (g - 0.5) * 10, (g) => (g - 0.5) * 10);
    // Column 2 sits at pixel (2 + 0.5 - 0.5) × 10 = 20: the ring's left edge.
    const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(20, 9);
    expect(d.endsWith('Z')).toBe(true);
  });
});
