import { describe, expect, it } from 'vitest';
import { scaleByTemperature, softmax } from '../../../src/math';

describe('scaleByTemperature', () => {
  it('divides each logit by T, and T = 1 changes nothing', () => {
    expect(scaleByTemperature([1, 5, 3], 2)).toEqual([0.5, 2.5, 1.5]);
    expect(scaleByTemperature([1, -2, 3.25], 1)).toEqual([1, -2, 3.25]);
  });

  it('a low temperature sharpens softmax, a high one flattens it', () => {
    const cold = softmax(scaleByTemperature([1, 5, 3], 0.1));
    const hot = softmax(scaleByTemperature([1, 5, 3], 100));
    expect(cold[1]).toBeGreaterThan(0.999999);
    hot.forEach((p) => expect(p).toBeCloseTo(1 / 3, 1));
  });

  it('rejects a non-positive or non-finite temperature', () => {
    expect(() => scaleByTemperature([1], 0)).toThrow(RangeError);
    expect(() => scaleByTemperature([1], -1)).toThrow(RangeError);
    expect(() => scaleByTemperature([1], NaN)).toThrow(RangeError);
  });
});
