import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  booleanParam,
  conflictRule,
  defaultValues,
  enumParam,
  integerParam,
  numberListParam,
  numberParam,
  parseParams,
  readDecimal,
  resolveConflicts,
  serializeParams,
  setParam,
} from '../../../src/state/params';
import { PANELS } from '../../../src/panels/registry';
import { PANEL_IDS } from '../../../src/state/appUrl';

const schema = {
  m: numberParam({ default: 0, min: -10, max: 10 }),
  epochs: integerParam({ default: 300, min: 1, max: 1000 }),
  grad: booleanParam(false),
  base: enumParam(['2', 'e'] as const, '2'),
  losses: setParam(['zero-one', 'hinge', 'log2'] as const, ['zero-one', 'hinge']),
  x: numberListParam({ default: [1, 2, 3], minLength: 1, maxLength: 10, min: -1e6, max: 1e6 }),
};

const parse = (query: string, ignore: string[] = []) => parseParams(schema, new URLSearchParams(query), ignore);

describe('parseParams', () => {
  it('reads every kind of value', () => {
    const { values, issues } = parse('m=-1.5&epochs=20&grad=1&base=e&losses=log2,hinge&x=1e3,-2,.5');
    expect(issues).toEqual([]);
    expect(values).toEqual({ m: -1.5, epochs: 20, grad: true, base: 'e', losses: ['hinge', 'log2'], x: [1000, -2, 0.5] });
  });

  it('falls back to the default per key and says why', () => {
    const { values, issues } = parse('m=abc&epochs=2.5&grad=maybe&base=10&losses=hinge,evil&x=1,,2&zz=1&m=3');
    expect(values).toEqual(defaultValues(schema));
    expect(issues.map((i) => [i.key, i.problem])).toEqual([
      ['m', 'not-a-number'],
      ['epochs', 'not-a-number'],
      ['grad', 'not-an-option'],
      ['base', 'not-an-option'],
      ['losses', 'not-an-option'],
      ['x', 'not-a-number'],
      ['zz', 'unknown-key'],
    ]);
  });

  it('rejects out-of-range numbers, Infinity, NaN, hex and oversized lists', () => {
    for (const q of ['m=11', 'm=1e400', 'm=NaN', 'm=Infinity', 'm=0x10', 'm=', 'epochs=0', `x=${Array(11).fill(1).join(',')}`, 'x=1e7']) {
      const { values, issues } = parse(q);
      expect(issues).toHaveLength(1);
      expect(values).toEqual(defaultValues(schema));
    }
  });

  it('calls a number beyond float64 out of range, as the number boxes do, not "not a number"', () => {
    expect(parse('m=1e400&x=1,-1e400').issues.map((i) => [i.key, i.problem])).toEqual([
      ['m', 'out-of-range'],
      ['x', 'out-of-range'],
    ]);
  });

  it('reads full-width digits and signs (a Chinese input method) in boxes and links alike', () => {
    expect(readDecimal('１２．５')).toBe(12.5);
    expect(readDecimal('\u3000－３ｅ２\u3000')).toBe(-300);
    expect(readDecimal('１２ａ')).toBeNull();
    expect(readDecimal('1。5')).toBe(1.5); // Chinese punctuation mode's point
    expect(parse('m=－１．５&x=１，２').values).toMatchObject({ m: -1.5, x: [1, 2] });
  });

  it('reads the minus sign the app prints (U+2212) in a link, as the number boxes do', () => {
    expect(parse('m=\u22121.5&x=\u22122,3').values).toMatchObject({ m: -1.5, x: [-2, 3] });
  });

  it('skips the app-level keys it is told to ignore', () => {
    expect(parse('panel=softmax&lang=en', ['panel', 'lang']).issues).toEqual([]);
  });

  it('never throws and never returns an invalid value, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const { values } = parse(query);
        return values.m >= -10 && values.m <= 10 && Number.isInteger(values.epochs) && values.x.length <= 10 && values.x.every(Number.isFinite);
      }),
    );
  });

  it('names the value used instead of an invalid one', () => {
    expect(parse('m=abc&x=1,,2&zz=1').issues).toEqual([
      { key: 'm', raw: 'abc', problem: 'not-a-number', used: '0' },
      { key: 'x', raw: '1,,2', problem: 'not-a-number', used: '1,2,3' },
      { key: 'zz', raw: '1', problem: 'unknown-key' },
    ]);
  });

  it('truncates raw text in issues', () => {
    const { issues } = parse(`m=${'9'.repeat(100)}`);
    expect(issues[0].raw.length).toBeLessThanOrEqual(41);
  });
});

describe('serializeParams', () => {
  it('writes only values that differ from the defaults', () => {
    expect(serializeParams(schema, defaultValues(schema))).toEqual([]);
    expect(serializeParams(schema, { ...defaultValues(schema), m: -1, losses: ['log2', 'zero-one'] })).toEqual([
      ['m', '-1'],
      ['losses', 'zero-one,log2'],
    ]);
  });

  it('round-trips through parse', () => {
    const values = fc.record({
      m: fc.double({ min: -10, max: 10, noNaN: true }),
      epochs: fc.integer({ min: 1, max: 1000 }),
      grad: fc.boolean(),
      base: fc.constantFrom('2' as const, 'e' as const),
      losses: fc.subarray(['zero-one', 'hinge', 'log2'] as const),
      x: fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(
      fc.property(values, (v) => {
        const query = new URLSearchParams(serializeParams(schema, v)).toString();
        const back = parseParams(schema, new URLSearchParams(query));
        return back.issues.length === 0 && JSON.stringify(back.values) === JSON.stringify({ ...v, m: v.m === 0 ? 0 : v.m, x: v.x.map((n) => (n === 0 ? 0 : n)) });
      }),
    );
  });
});

describe('resolveConflicts', () => {
  // A toy rule: the margin m must lie within ±epochs/100.
  const rule = conflictRule(schema, ({ m, epochs }) => (Math.abs(m) > epochs / 100 ? [{ key: 'm', value: Math.sign(m) * (epochs / 100), other: 'epochs' }] : []));
  const resolve = (query: string) => {
    const params = new URLSearchParams(query);
    return resolveConflicts(schema, parseParams(schema, params), params, rule);
  };

  it('leaves values that fit alone', () => {
    expect(resolve('m=2&epochs=300')).toEqual({ values: { ...defaultValues(schema), m: 2 }, issues: [] });
  });

  it('replaces a linked value that does not fit, and says which setting it had to fit', () => {
    const { values, issues } = resolve('m=-7&epochs=300');
    expect(values.m).toBe(-3);
    expect(issues).toEqual([{ key: 'm', raw: '-7', problem: 'conflict', used: '-3', other: 'epochs=300' }]);
  });

  // A rule that the default m = 0 breaks whenever epochs < 100.
  const strict = conflictRule(schema, ({ m, epochs }) => (epochs < 100 && m === 0 ? [{ key: 'm', value: 0.5, other: 'epochs' }] : []));
  const resolveStrict = (query: string) => {
    const params = new URLSearchParams(query);
    return resolveConflicts(schema, parseParams(schema, params), params, strict);
  };

  it('fixes a default that the other linked value rules out without blaming the link, and lists it as adjusted', () => {
    expect(resolveStrict('epochs=300')).toEqual({ values: { ...defaultValues(schema), epochs: 300 }, issues: [] });
    const fixed = resolveStrict('epochs=50');
    expect(fixed.values.m).toBe(0.5);
    expect(fixed.issues).toEqual([]);
    expect(fixed.adjusted).toEqual(['m']); // so the address bar can be rewritten to say m=0.5
  });

  it('reports an invalid value once, naming the value finally used when its default had to change too', () => {
    const { values, issues } = resolveStrict('m=abc&epochs=50');
    expect(values.m).toBe(0.5);
    expect(issues).toEqual([{ key: 'm', raw: 'abc', problem: 'not-a-number', used: '0.5' }]);
  });
});

describe('each panel’s conflict rules', () => {
  const resolvePanel = (id: (typeof PANEL_IDS)[number], query: string) => {
    const { schema: panelSchema, rules } = PANELS[id];
    const params = new URLSearchParams(query);
    return resolveConflicts(panelSchema, parseParams(panelSchema, params), params, rules);
  };

  it('keeps the surrogate margin inside the plotted range', () => {
    const { values, issues } = resolvePanel('surrogate', 'm=-7&range=4');
    expect(values.m).toBe(-4);
    expect(issues).toEqual([{ key: 'm', raw: '-7', problem: 'conflict', used: '-4', other: 'range=4' }]);
    expect(resolvePanel('surrogate', 'm=7&range=8').issues).toEqual([]);
  });

  it('keeps the softmax true class among the logits', () => {
    const { values, issues } = resolvePanel('softmax', 'logits=1,2&trueClass=5');
    expect(values.trueClass).toBe(2);
    expect(issues).toEqual([{ key: 'trueClass', raw: '5', problem: 'conflict', used: '2', other: 'logits=1,2' }]);
  });

  it('keeps the neuron’s epoch cursor within the run', () => {
    const { values, issues } = resolvePanel('neuron', 'at=500&epochs=300');
    expect(values.at).toBe(300);
    expect(issues.map((i) => [i.key, i.problem, i.used])).toEqual([['at', 'conflict', '300']]);
  });

  it('keeps the residual inside its plotted range, silently when the residual is the default', () => {
    expect(resolvePanel('more', 'r=-6&rrange=2').values.r).toBe(-2);
    const narrowed = resolvePanel('more', 'rrange=1');
    expect(narrowed.values.r).toBe(1); // the default 1.5 does not fit ±1
    expect(narrowed.issues).toEqual([]);
    expect(narrowed.adjusted).toEqual(['r']);
    expect(resolvePanel('more', 'r=abc&rrange=1').issues).toEqual([{ key: 'r', raw: 'abc', problem: 'not-a-number', used: '1' }]);
  });

  it('every panel’s values from any link satisfy its rules', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PANEL_IDS), fc.array(fc.tuple(fc.constantFrom('m', 'range', 'trueClass', 'logits', 'at', 'epochs', 'r', 'rrange'), fc.oneof(fc.integer({ min: -20, max: 1200 }).map(String), fc.constant('1,2,3'))), { maxLength: 6 }), (id, pairs) => {
        const { values } = resolvePanel(id, new URLSearchParams(pairs).toString());
        // The values fit together, and each is a valid value of its key: the link written from them reads back unchanged.
        const { schema: panelSchema } = PANELS[id];
        const again = parseParams(panelSchema, new URLSearchParams(serializeParams(panelSchema, values)));
        return PANELS[id].rules(values).length === 0 && again.issues.length === 0 && JSON.stringify(again.values) === JSON.stringify(values);
      }),
    );
  });
});
