/**
 * A marker on an x axis moved by pointer or keyboard (the margin marker, the example points):
 * values kept to two decimals, steps of 0.1 (Shift: 1), clamped to the axis. Pure.
 */

/** Values are kept to two decimals: what the sliders step by and what the URL shows (never -0). */
export function roundHundredths(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The next value for a key press on a marker over [min, max], or null for keys it does not handle. */
export function valueForKey(key: string, shift: boolean, value: number, min: number, max: number): number | null {
  const step = shift ? 1 : 0.1;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(roundHundredths(value - step), min, max);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(roundHundredths(value + step), min, max);
    case 'PageDown':
      return clamp(roundHundredths(value - 1), min, max);
    case 'PageUp':
      return clamp(roundHundredths(value + 1), min, max);
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}
