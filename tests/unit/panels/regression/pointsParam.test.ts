import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParams } from '../../../../src/state/params';
import { formatPoints, parsePoints } from '../../../../src/panels/regression/pointsParam';
import { MAX_POINTS, PLANE_BOX, PRESET_POINTS, schema } from '../../../../src/panels/regression/definition';

const spec = { minLength: 2, maxLength: MAX_POINTS, ...PLANE_BOX };

describe('regression points in a link', () => {
  it('reads "x,y" pairs separated by ";" and writes them back the same way', () => {
    expect(parsePoints('0.5,1.2;1,2.1', spec)).toEqual({ ok: true, value: [{ x: 0.5, y: 1.2 }, { x: 1, y: 2.1 }] });
    expect(formatPoints([{ x: 0.5, y: 1.2 }, { x: 1, y: -0 }])).toBe('0.5,1.2;1,0');
  });

  it('reads as people type: spaces, "−", full-width digits and punctuation, a trailing ";"', () => {
    expect(parsePoints(' 1 , −2 ;３．５，４；', spec)).toEqual({ ok: true, value: [{ x: 1, y: -2 }, { x: 3.5, y: 4 }] });
  });

  it.each([
    ['1,2', 'too-few'],
    ['', 'too-few'],
    ['1,2;3', 'not-a-number'],
    ['1,2,3;4,5', 'not-a-number'],
    ['1,abc;2,3', 'not-a-number'],
    ['0x1,2;2,3', 'not-a-number'],
    ['11,2;2,3', 'out-of-range'],
    ['1,-4;2,3', 'out-of-range'],
    [Array.from({ length: MAX_POINTS + 1 }, () => '1,1').join(';'), 'too-many'],
  ])('reports %j as %s', (raw, problem) => {
    expect(parsePoints(raw, spec)).toEqual({ ok: false, problem });
  });

  it('round-trips any list of points on the plane (to hundredths, as dragging writes them)', () => {
    const coordinate = (lo: number, hi: number) => fc.integer({ min: lo * 100, max: hi * 100 }).map((v) => v / 100 || 0);
    const point = fc.record({ x: coordinate(PLANE_BOX.x[0], PLANE_BOX.x[1]), y: coordinate(PLANE_BOX.y[0], PLANE_BOX.y[1]) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: MAX_POINTS }), (points) => {
        expect(parsePoints(formatPoints(points), spec)).toEqual({ ok: true, value: points });
      }),
    );
  });

  it('a bad list in a link falls back to the default points and is reported like other link problems', () => {
    const { values, issues } = parseParams(schema, new URLSearchParams('points=1,2;x,3&delta=2'));
    expect(values.points).toBe(PRESET_POINTS['one-outlier']);
    expect(values.delta).toBe(2);
    expect(issues).toEqual([{ key: 'points', raw: '1,2;x,3', problem: 'not-a-number', used: expect.stringMatching(/^0\.3,2\.31;/) }]);
  });
});
