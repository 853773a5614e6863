/**
 * Number formatting for display. Non-finite values are spelled out (a NaN on screen is a fact the
 * softmax panel shows on purpose, never a rendering accident).
 */

/** Decimal text with at most `digits` significant digits, switching to exponent form for tiny or huge values. */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text =
    abs >= 1e-4 && abs < 1e6
      ? String(Number(value.toPrecision(digits)))
      : value.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return text.replaceAll('-', '−');
}

/** Fixed decimals, e.g. probabilities in a table: formatFixed(0.011656, 4) = "0.0117". */
export function formatFixed(value: number, decimals = 4): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const text = value.toFixed(decimals);
  // A negative value that rounds to zero shows as 0.0000, not −0.0000.
  return Number(text) === 0 ? text.replace('-', '') : text.replace('-', '−');
}
