import fc from 'fast-check';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/charts/pathData';

/** The absolute points a path of M/L/l commands draws, in tenths of a pixel (integers: exact). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([MLl])(-?[\d.]+),?(-?[\d.]+)/g)) {
    const dx = Math.round(Number(a) * 10);
    const dy = Math.round(Number(b) * 10);
    if (command === 'l') {
      x += dx;
      y += dy;
    } else {
      x = dx;
      y = dy;
    }
    out.push([x, y]);
  }
  return out;
}

const coordinate = fc.double({ min: -2000, max: 2000, noNaN: true });

describe('compactPath', () => {
  it('draws exactly the points of the absolute path to 0.1 px (d3 line().digits(1)): no rounding error adds up', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 2, maxLength: 400 }), (data) => {
        const absolute = line<[number, number]>().digits(1)(data)!;
        expect(points(compactPath(data, (p) => p[0], (p) => p[1]))).toEqual(points(absolute));
      }),
    );
  });

  it('writes relative steps without leading zeros, and a comma only where the next number has no sign', () => {
    const data = [[10, 20], [10.5, 19.25], [11, 19.25], [12.04, 21]] as const;
    expect(compactPath(data, (p) => p[0], (p) => p[1])).toBe('M10,20l.5-.7l.5,0l1,1.7');
  });

  it('a sampled curve is a fraction of the absolute path’s length (the first chart fits the first TCP window)', () => {
    const data = Array.from({ length: 300 }, (_, i) => [46 + i * 1.8, 300 - Math.log1p(Math.exp(-(i - 150) / 40)) * 40] as const);
    const compact = compactPath(data, (p) => p[0], (p) => p[1]);
    expect(compact.length).toBeLessThan(line<readonly [number, number]>().digits(1)(data)!.length * 0.7);
  });

  it('skips points that are not finite', () => {
    expect(compactPath([[0, 0], [1, Number.NaN], [2, 2]], (p) => p[0], (p) => p[1])).toBe('M0,0l2,2');
  });
});
