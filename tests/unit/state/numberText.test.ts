import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipText, firstBadIndex, isUnfinishedNumber, readDecimal, toHalfWidth } from '../../../src/state/numberText';

describe('number text', () => {
  it('tells a number still being typed from one that cannot become a number', () => {
    for (const partial of ['', '-', '−', '+', '.', '1e', '1e-', '－', '１ｅ']) expect(isUnfinishedNumber(partial), partial).toBe(true);
    for (const wrong of ['e', 'abc', '1x', '--1', '1e5e', '.e1', '0x5', 'NaN']) expect(isUnfinishedNumber(wrong), wrong).toBe(false);
    for (const complete of ['1', '-1.5', '.5', '1.', '2e-3']) expect(firstBadIndex(complete), complete).toBe(-1);
  });

  it('maps full-width text one character for one', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => toHalfWidth(text).length === text.length));
    expect(toHalfWidth('［１．５，－２］　')).toBe('[1.5,-2] ');
  });

  it('a number is readable exactly when it is spelled as one: what JavaScript reads, finite or ±Infinity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double().map(String), fc.stringMatching(/^[-+.\de]{0,8}$/)), (text) => {
        const read = readDecimal(text);
        if (firstBadIndex(text) !== -1) return read === null;
        const value = Number(text);
        return read === (Number.isFinite(value) ? value : 'too-large');
      }),
    );
  });

  it('clips long text with an ellipsis', () => {
    expect(clipText('abcdef', 3)).toBe('abc…');
    expect(clipText('abc', 3)).toBe('abc');
  });
});
