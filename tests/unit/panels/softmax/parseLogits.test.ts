import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLogits, MAX_ABS_LOGIT, MAX_ABS_LOGIT_TEXT, MAX_LOGITS, parseLogits } from '../../../../src/panels/softmax/parseLogits';

function errorOf(text: string) {
  const result = parseLogits(text);
  if (result.ok) throw new Error(`expected "${text}" to fail, got ${JSON.stringify(result.values)}`);
  return result.error;
}

describe('parseLogits: valid lists', () => {
  it('reads commas, spaces, mixed separators, signs and scientific notation', () => {
    expect(parseLogits('1, 2, 3, 4, 5')).toEqual({ ok: true, values: [1, 2, 3, 4, 5] });
    expect(parseLogits('1000 2000\t3000\n4000')).toEqual({ ok: true, values: [1000, 2000, 3000, 4000] });
    expect(parseLogits('  -1e3,+2.5E-1 , .5 ,7.')).toEqual({ ok: true, values: [-1000, 0.25, 0.5, 7] });
    expect(parseLogits('3,1,-3')).toEqual({ ok: true, values: [3, 1, -3] });
  });

  it('accepts what people paste: brackets, the − sign this app displays, Chinese commas, a trailing comma', () => {
    expect(parseLogits('[1, 5, 3]')).toEqual({ ok: true, values: [1, 5, 3] });
    expect(parseLogits('(−1000, −1e−2)')).toEqual({ ok: true, values: [-1000, -0.01] });
    expect(parseLogits('1，2、3')).toEqual({ ok: true, values: [1, 2, 3] });
    expect(parseLogits('1, 2,')).toEqual({ ok: true, values: [1, 2] });
  });

  it('reads full-width digits, signs and brackets as a Chinese input method types them', () => {
    expect(parseLogits('１，２．５，－３ｅ２')).toEqual({ ok: true, values: [1, 2.5, -300] });
    expect(parseLogits('［１０００\u3000２０００］')).toEqual({ ok: true, values: [1000, 2000] });
    // Chinese punctuation mode types "。" for the point and "【】" for brackets.
    expect(parseLogits('【1。5，2】')).toEqual({ ok: true, values: [1.5, 2] });
    // Positions still point at the character typed, and the message quotes it as typed.
    expect(errorOf('１，２ａ')).toMatchObject({ kind: 'bad-character', entry: 2, column: 4, char: 'ａ', token: '２ａ' });
  });

  it('writes the limit as the English number format does (grouped without Intl, which is slow on first use)', () => {
    expect(MAX_ABS_LOGIT_TEXT).toBe(MAX_ABS_LOGIT.toLocaleString('en-US'));
    expect(MAX_ABS_LOGIT_TEXT).toBe('1,000,000');
  });

  it('turns -0 into 0 and accepts the limits exactly', () => {
    expect(parseLogits('-0')).toEqual({ ok: true, values: [0] });
    expect(parseLogits(`${-MAX_ABS_LOGIT} ${MAX_ABS_LOGIT}`)).toEqual({ ok: true, values: [-MAX_ABS_LOGIT, MAX_ABS_LOGIT] });
    expect(parseLogits(Array(MAX_LOGITS).fill('1').join(','))).toMatchObject({ ok: true });
  });
});

describe('parseLogits: bad input names the entry and the character', () => {
  it('abc: entry 1, character 1', () => {
    expect(errorOf('abc')).toMatchObject({ kind: 'bad-character', entry: 1, column: 1, char: 'a', token: 'abc' });
  });

  it('1,abc,3: the second entry, at its first letter', () => {
    expect(errorOf('1,abc,3')).toMatchObject({ kind: 'bad-character', entry: 2, column: 3, char: 'a' });
  });

  it('1,,2: the second entry is empty, at the second comma', () => {
    expect(errorOf('1,,2')).toMatchObject({ kind: 'empty-entry', entry: 2, column: 3 });
    expect(errorOf(',1')).toMatchObject({ kind: 'empty-entry', entry: 1, column: 1 });
  });

  it('empty text, or only separators', () => {
    expect(errorOf('')).toMatchObject({ kind: 'empty', entry: 0 });
    expect(errorOf('  \n ')).toMatchObject({ kind: 'empty' });
    expect(errorOf('[]')).toMatchObject({ kind: 'empty' });
  });

  it('1e400 is a number too large for float64; 2e6 is past the stated limit', () => {
    expect(errorOf('1, 1e400')).toMatchObject({ kind: 'not-finite', entry: 2, column: 4, token: '1e400' });
    expect(errorOf('2e6')).toMatchObject({ kind: 'out-of-range', entry: 1 });
  });

  it('NaN, Infinity and half-typed numbers are refused', () => {
    expect(errorOf('NaN')).toMatchObject({ kind: 'bad-character', char: 'N' });
    expect(errorOf('2 Infinity')).toMatchObject({ kind: 'bad-character', entry: 2, column: 3, char: 'I' });
    expect(errorOf('1e')).toMatchObject({ kind: 'incomplete', entry: 1, column: 2 });
    expect(errorOf('1, -')).toMatchObject({ kind: 'incomplete', entry: 2 });
    expect(errorOf('.')).toMatchObject({ kind: 'incomplete' });
    expect(errorOf('1.2.3')).toMatchObject({ kind: 'bad-character', column: 4, char: '.' });
    expect(errorOf('0x10')).toMatchObject({ kind: 'bad-character', column: 2, char: 'x' });
    expect(errorOf('1;2')).toMatchObject({ kind: 'bad-character', column: 2, char: ';' });
  });

  it('100,000 numbers: too many, refused quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => String(i % 7)).join(',');
    const started = performance.now();
    expect(errorOf(text)).toMatchObject({ kind: 'too-many', entry: MAX_LOGITS + 1 });
    // Generous: a guard against accidental quadratic work, not a timing benchmark (that is npm run bench).
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('clips long tokens so the message stays short', () => {
    expect(errorOf(`1 ${'x'.repeat(500)}`).token.length).toBeLessThanOrEqual(25);
  });
});

describe('parseLogits: properties', () => {
  it('never throws on any string, and every failure points inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9eE.,+\-\s[\]a-z−]*$/)), (text) => {
        const result = parseLogits(text);
        if (result.ok) {
          expect(result.values.length).toBeGreaterThan(0);
          expect(result.values.length).toBeLessThanOrEqual(MAX_LOGITS);
          result.values.forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(MAX_ABS_LOGIT));
        } else {
          expect(result.error.column).toBeGreaterThanOrEqual(0);
          expect(result.error.column).toBeLessThanOrEqual(text.length);
          if (result.error.kind === 'bad-character') expect(text[result.error.column - 1]).toBe(result.error.char);
        }
      }),
      { numRuns: 2000 },
    );
    // 2,000 runs: on a machine busy with other suites this can exceed vitest's default 5 s.
  }, 20_000);

  it('round-trips every valid list through formatLogits', () => {
    const logit = fc.double({ min: -MAX_ABS_LOGIT, max: MAX_ABS_LOGIT, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));
    fc.assert(
      fc.property(fc.array(logit, { minLength: 1, maxLength: MAX_LOGITS }), (values) => {
        expect(parseLogits(formatLogits(values))).toEqual({ ok: true, values });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the same list whatever separators join it', () => {
    const logit = fc.integer({ min: -5000, max: 5000 });
    const separator = fc.constantFrom(',', ', ', ' ', '\t', ' , ', '\n', '，');
    fc.assert(
      fc.property(fc.array(fc.tuple(logit, separator), { minLength: 1, maxLength: 20 }), (pairs) => {
        const text = pairs.map(([v, s], i) => (i === 0 ? String(v) : `${s}${v}`)).join('');
        expect(parseLogits(text)).toEqual({ ok: true, values: pairs.map(([v]) => v) });
      }),
    );
  });
});
