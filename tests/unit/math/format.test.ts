import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFixed, formatNumber } from '../../../src/math';

describe('formatNumber', () => {
  it.each([
    [NaN, 'NaN'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
    [0, '0'],
    [-0, '0'],
    [2.718281828, '2.718'],
    [-0.5, '−0.5'],
    [1e-7, '1e−7'],
    [123456789, '1.235e8'],
    [-1.5e-7, '−1.5e−7'],
    [-2e10, '−2e10'],
    [0.011656, '0.01166'],
  ])('%s → %s', (value, text) => expect(formatNumber(value)).toBe(text));

  it('round-trips to within the requested digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => v !== 0), (v) => {
        const back = Number(formatNumber(v, 6).replace(/−/g, '-'));
        return Math.abs(back - v) <= 5e-6 * Math.abs(v);
      }),
    );
  });

  it('formatFixed keeps the decimals', () => {
    expect(formatFixed(0.011656230956039605, 4)).toBe('0.0117');
    expect(formatFixed(-0.1331866678, 4)).toBe('−0.1332');
    expect(formatFixed(NaN)).toBe('NaN');
    expect(formatFixed(-0.00001)).toBe('0.0000');
  });
});
