import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParams, serializeParams } from '../../../../src/state/params';
import { MAX_POINTS, PLANE_LIMIT, schema } from '../../../../src/panels/classifier/definition';
import { formatPoint, parsePoints } from '../../../../src/panels/classifier/pointsParam';
import { OUTLIER, POINT_PRESETS } from '../../../../src/panels/classifier/presets';

const spec = { minLength: 2, maxLength: MAX_POINTS, min: -PLANE_LIMIT, max: PLANE_LIMIT };
const read = (raw: string) => parsePoints(raw, spec);

describe('classifier points in a link', () => {
  it('reads the canonical form and writes it back', () => {
    const raw = '1.2,0.5,1;-0.3,2,-1';
    expect(read(raw)).toEqual({ ok: true, value: [{ x1: 1.2, x2: 0.5, label: 1 }, { x1: -0.3, x2: 2, label: -1 }] });
    const result = read(raw);
    expect(result.ok && schema.points.format(result.value)).toBe(raw);
  });

  it('reads + and - labels, a "+" that arrived as a space, "−", spaces and a trailing ";"', () => {
    expect(read('1,2,+; 3 , 4 , - ;')).toEqual({ ok: true, value: [{ x1: 1, x2: 2, label: 1 }, { x1: 3, x2: 4, label: -1 }] });
    expect(read('1,2, ;−3,4,−1')).toEqual({ ok: true, value: [{ x1: 1, x2: 2, label: 1 }, { x1: -3, x2: 4, label: -1 }] });
  });

  it('reads full-width digits and punctuation as typed by a Chinese input method', () => {
    expect(read('１．２，０．５，１；－０．３，２，－１')).toEqual({ ok: true, value: [{ x1: 1.2, x2: 0.5, label: 1 }, { x1: -0.3, x2: 2, label: -1 }] });
  });

  it.each([
    ['1,2;3,4,1', 'not-a-number'],
    ['1,abc,1;3,4,1', 'not-a-number'],
    ['1,2,1,0;3,4,1', 'not-a-number'],
    ['1,2,yes;3,4,1', 'not-an-option'],
    ['1,2,0;3,4,1', 'not-an-option'],
    ['1,9,1;3,4,1', 'out-of-range'],
    ['1,2,1', 'too-few'],
    ['', 'too-few'],
    [Array.from({ length: MAX_POINTS + 1 }, () => '0,0,1').join(';'), 'too-many'],
  ])('reports %s as %s', (raw, problem) => {
    expect(read(raw)).toEqual({ ok: false, problem });
  });

  it('an invalid link value falls back to the default points and is reported like other link problems', () => {
    const parsed = parseParams(schema, new URLSearchParams('points=1,2,x;3,4,1&lambda=0.5'));
    expect(parsed.values.points).toBe(OUTLIER);
    expect(parsed.values.lambda).toBe(0.5);
    expect(parsed.issues).toEqual([{ key: 'points', raw: '1,2,x;3,4,1', problem: 'not-an-option', used: expect.stringMatching(/^1,1.5,1;2,1,1;/) }]);
  });

  it('round-trips any list of points through a URL', () => {
    const coordinate = fc.integer({ min: -500, max: 500 }).map((v) => v / 100);
    const point = fc.record({ x1: coordinate, x2: coordinate, label: fc.constantFrom<1 | -1>(1, -1) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: MAX_POINTS }), (points) => {
        const search = new URLSearchParams(serializeParams(schema, { ...parseParams(schema, new URLSearchParams()).values, points }));
        const back = parseParams(schema, new URLSearchParams(search.toString()));
        expect(back.issues).toEqual([]);
        expect(back.values.points).toEqual(points.map((p) => ({ ...p, x1: p.x1 || 0, x2: p.x2 || 0 })));
      }),
    );
  });

  it('writes nothing for the default points and each preset as its own list', () => {
    expect(serializeParams(schema, parseParams(schema, new URLSearchParams()).values)).toEqual([]);
    for (const points of Object.values(POINT_PRESETS)) expect(read(points.map(formatPoint).join(';'))).toEqual({ ok: true, value: points });
  });
});
