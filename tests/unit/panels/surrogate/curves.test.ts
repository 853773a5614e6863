import { describe, expect, it } from 'vitest';
import { curveSpecs, marginForKey, roundMargin } from '../../../../src/panels/surrogate/curves';
import { mathLossId, schema } from '../../../../src/panels/surrogate/definition';
import { parseParams, serializeParams } from '../../../../src/state/params';

describe('curve helpers', () => {
  it('rounds margins to two decimals without -0', () => {
    expect(roundMargin(-1.0049)).toBe(-1);
    expect(roundMargin(0.125)).toBe(0.13);
    expect(Object.is(roundMargin(-0.001), 0)).toBe(true);
  });

  it('maps keys to margins, clamped to the view', () => {
    expect(marginForKey('ArrowLeft', false, 0, -4, 4)).toBe(-0.1);
    expect(marginForKey('ArrowRight', true, 3.5, -4, 4)).toBe(4);
    expect(marginForKey('PageDown', false, 0.3, -4, 4)).toBe(-0.7);
    expect(marginForKey('End', false, 0, -4, 4)).toBe(4);
    expect(marginForKey('a', false, 0, -4, 4)).toBeNull();
    // 0.1 steps stay on two decimals (no 0.30000000000000004).
    expect(marginForKey('ArrowRight', false, 0.2, -4, 4)).toBe(0.3);
  });

  it('the logistic curve follows the base', () => {
    expect(mathLossId('logistic', '2')).toBe('log2');
    expect(mathLossId('logistic', 'e')).toBe('log');
    expect(mathLossId('hinge', 'e')).toBe('hinge');
    const [log2] = curveSpecs(['logistic'], '2', (k) => k);
    const [ln] = curveSpecs(['logistic'], 'e', (k) => k);
    expect(log2.loss(0)).toBe(1);
    expect(ln.loss(0)).toBeCloseTo(Math.LN2, 15);
  });

  it('keeps legend order and marks only the 0-1 jump as a gradient hole', () => {
    const specs = curveSpecs(['perceptron', 'zero-one', 'hinge'], '2', (k) => k);
    expect(specs.map((s) => s.id)).toEqual(['zero-one', 'hinge', 'perceptron']);
    expect(specs.map((s) => s.gradUndefinedAt)).toEqual([[0], [], []]);
  });
});

describe('surrogate URL schema', () => {
  it('round-trips every control', () => {
    const search = new URLSearchParams('m=-1.25&losses=hinge,modified-huber&grad=1&range=6&ceiling=12.5&base=e&points=-4,0.5,2');
    const { values, issues } = parseParams(schema, search);
    expect(issues).toEqual([]);
    expect(values).toEqual({ m: -1.25, losses: ['hinge', 'modified-huber'], grad: true, range: 6, ceiling: 12.5, base: 'e', points: [-4, 0.5, 2] });
    expect(new URLSearchParams(serializeParams(schema, values)).toString()).toBe(search.toString().replace(/,/g, '%2C'));
  });

  it('rejects out-of-range values', () => {
    const { values, issues } = parseParams(schema, new URLSearchParams('m=11&range=0&ceiling=0.5&base=10&points=1,2,3,4,5,6,7,8,9'));
    expect(issues.map((i) => i.key)).toEqual(['m', 'range', 'ceiling', 'base', 'points']);
    expect(values.range).toBe(4);
  });
});
