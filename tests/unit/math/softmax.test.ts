import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FLOAT32_MAX, logSoftmax, logSumExp, overflowThreshold, softmax, softmaxSteps } from '../../../src/math';
import { expectClose } from '../helpers';

const logits = fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('softmax: the articles worked examples', () => {
  it('softmax([1, 2, 3, 4, 5]) = [0.0117, 0.0317, 0.0861, 0.2341, 0.6364]', () => {
    const p = softmax([1, 2, 3, 4, 5]);
    [0.0117, 0.0317, 0.0861, 0.2341, 0.6364].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 4));
  });

  it('naive softmax([1000 ... 5000]) is NaN everywhere; the shifted one is [0, 0, 0, 0, 1]', () => {
    const naive = softmaxSteps([1000, 2000, 3000, 4000, 5000], { shift: false });
    expect(naive.exps.every((e) => e === Infinity)).toBe(true);
    expect(naive.expIssues).toEqual(Array(5).fill('overflow'));
    expect(naive.sum).toBe(Infinity);
    expect(naive.probabilities.every(Number.isNaN)).toBe(true);
    expect(naive.probabilityIssues).toEqual(Array(5).fill('nan'));
    expect(softmax([1000, 2000, 3000, 4000, 5000])).toEqual([0, 0, 0, 0, 1]);
  });

  it('softmax(3, 1, -3) = (0.88, 0.12, 0.00)', () => {
    const p = softmax([3, 1, -3]);
    expect(p.map((v) => Number(v.toFixed(2)))).toEqual([0.88, 0.12, 0]);
  });

  it('[710, 0] overflows naively in float64 but not [709, 0]; [89, 0] only in float32', () => {
    expect(softmax([710, 0], { shift: false })[0]).toBeNaN();
    expect(softmax([709, 0], { shift: false })[0]).toBeCloseTo(1, 12);
    expect(softmax([89, 0], { shift: false })[0]).toBeCloseTo(1, 12);
    const f32 = softmaxSteps([89, 0], { shift: false, precision: 'float32' });
    expect(f32.expIssues).toEqual(['overflow', null]);
    expect(f32.probabilities[0]).toBeNaN();
    expect(f32.probabilities[1]).toBe(0);
    expect(softmax([88, 0], { shift: false, precision: 'float32' })[0]).toBe(1);
  });

  it('flags a subnormal exponential: [-740, -745] is finite but wrong naively', () => {
    const naive = softmaxSteps([-740, -745], { shift: false });
    expect(naive.expIssues).toEqual(['subnormal', 'subnormal']);
    expect(naive.sumIssue).toBe('subnormal');
    expect(naive.probabilities.every(Number.isFinite)).toBe(true);
    // The true answer is (0.99331, 0.00669); the naive one has lost most of its bits.
    expect(Math.abs(naive.probabilities[1] - 0.0066928509242848554)).toBeGreaterThan(1e-3);
    expect(softmax([-740, -745])[1]).toBeCloseTo(0.0066928509242848554, 15);
    expect(softmaxSteps([-740, -745]).expIssues).toEqual([null, null]);
    expect(softmaxSteps([-80, -88], { shift: false, precision: 'float32' }).expIssues).toEqual([null, 'subnormal']);
  });

  it('[-1000, -1000] underflows naively to 0/0 = NaN; shifting gives [0.5, 0.5]', () => {
    const naive = softmaxSteps([-1000, -1000], { shift: false });
    expect(naive.expIssues).toEqual(['underflow', 'underflow']);
    expect(naive.sumIssue).toBe('underflow');
    expect(naive.probabilities.every(Number.isNaN)).toBe(true);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
  });

  it('the overflow thresholds are ln of the largest finite values', () => {
    expect(overflowThreshold('float64')).toBeCloseTo(709.782712893384, 12);
    expect(overflowThreshold('float32')).toBeCloseTo(88.72283905206835, 12);
    expect(Math.fround(FLOAT32_MAX)).toBe(FLOAT32_MAX);
    expect(Math.fround(FLOAT32_MAX * (1 + 2 ** -23))).toBe(Infinity);
    expect(Math.exp(overflowThreshold('float64') + 1e-9)).toBe(Infinity);
  });

  it('float32 steps are float32 values', () => {
    const s = softmaxSteps([0.1, 0.2, 0.3], { precision: 'float32' });
    for (const v of [...s.input, ...s.exponents, ...s.exps, s.sum, ...s.probabilities]) expect(Math.fround(v)).toBe(v);
    expect(s.input[0]).not.toBe(0.1);
  });

  it('records the shift and intermediate values', () => {
    const s = softmaxSteps([1, 5, 3]);
    expect(s.offset).toBe(5);
    expect(s.exponents).toEqual([-4, 0, -2]);
    expect(s.exps[1]).toBe(1);
    expectClose(s.sum, 1 + Math.exp(-4) + Math.exp(-2));
    expect(softmaxSteps([1, 5, 3], { shift: false }).offset).toBe(0);
  });

  it('handles the empty vector', () => {
    expect(softmax([])).toEqual([]);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSoftmax([])).toEqual([]);
  });
});

describe('softmax: properties', () => {
  it('sums to 1 and lies in [0, 1]', () => {
    fc.assert(
      fc.property(logits, (x) => {
        const p = softmax(x);
        const sum = p.reduce((a, b) => a + b, 0);
        return Math.abs(sum - 1) < 1e-12 && p.every((v) => v >= 0 && v <= 1);
      }),
    );
  });

  it('is invariant to adding a constant', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (x, c) => {
        const a = softmax(x);
        const b = softmax(x.map((v) => v + c));
        return a.every((v, i) => Math.abs(v - b[i]) < 1e-9);
      }),
    );
  });

  it('agrees with the naive formula wherever the naive one raises no flag', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -800, max: 800, noNaN: true }), { minLength: 1, maxLength: 8 }), (x) => {
        const steps = softmaxSteps(x, { shift: false });
        const naive = steps.probabilities;
        fc.pre(steps.expIssues.every((i) => i === null) && steps.sumIssue === null);
        const stable = softmax(x);
        return naive.every((v, i) => Math.abs(v - stable[i]) <= 1e-12 + 1e-9 * stable[i]);
      }),
    );
  });

  it('the naive formula is exact to 1e-12 for exponents in [-700, 700]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 1, maxLength: 8 }), (x) => {
        const naive = softmax(x, { shift: false });
        const stable = softmax(x);
        return naive.every((v, i) => Math.abs(v - stable[i]) <= 1e-12 + 1e-9 * stable[i]);
      }),
    );
  });

  it('the shifted formula never produces NaN for finite input, in either precision', () => {
    fc.assert(
      fc.property(logits, fc.constantFrom('float64' as const, 'float32' as const), (x, precision) =>
        softmax(x, { precision }).every((v) => !Number.isNaN(v)),
      ),
    );
  });

  it('logSoftmax = ln softmax and logSumExp >= max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }), (x) => {
        const p = softmax(x);
        const lp = logSoftmax(x);
        return lp.every((v, i) => Math.abs(Math.exp(v) - p[i]) < 1e-12) && logSumExp(x) >= Math.max(...x);
      }),
    );
  });

  it('logSumExp handles infinities and NaN', () => {
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([1, Infinity])).toBe(Infinity);
    expect(logSumExp([1, NaN])).toBeNaN();
    expect(logSumExp([0, 0])).toBe(Math.LN2);
  });
});
