import { describe, expect, it } from 'vitest';
import { clamp, roundHundredths, valueForKey } from '../../../src/charts/markerInput';

describe('marker input', () => {
  it('rounds values to two decimals without -0', () => {
    expect(roundHundredths(-1.0049)).toBe(-1);
    expect(roundHundredths(0.125)).toBe(0.13);
    expect(Object.is(roundHundredths(-0.001), 0)).toBe(true);
  });

  it('maps keys to values, clamped to the axis', () => {
    expect(valueForKey('ArrowLeft', false, 0, -4, 4)).toBe(-0.1);
    expect(valueForKey('ArrowRight', true, 3.5, -4, 4)).toBe(4);
    expect(valueForKey('PageDown', false, 0.3, -4, 4)).toBe(-0.7);
    expect(valueForKey('End', false, 0, -4, 4)).toBe(4);
    expect(valueForKey('a', false, 0, -4, 4)).toBeNull();
    // 0.1 steps stay on two decimals (no 0.30000000000000004).
    expect(valueForKey('ArrowRight', false, 0.2, -4, 4)).toBe(0.3);
  });

  it('clamps', () => {
    expect(clamp(5, -4, 4)).toBe(4);
    expect(clamp(-5, -4, 4)).toBe(-4);
    expect(clamp(1, -4, 4)).toBe(1);
  });
});
