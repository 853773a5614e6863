/** KaTeX source for the gradient at one epoch, with the numbers (all from src/math) filled in. */
import { formatNumber, type NeuronCost } from '../../math';

/** A number as KaTeX: ASCII minus, and 1.2e-7 written as 1.2 × 10^{-7}. */
export function texNumber(value: number, digits = 4): string {
  const text = formatNumber(value, digits).replace(/−/g, '-');
  if (text === '∞') return '\\infty';
  if (text === '-∞') return '-\\infty';
  if (text === 'NaN') return '\\text{NaN}';
  const match = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(text);
  if (!match) return text;
  const [, mantissa, sign, exponent] = match;
  return `${mantissa} \\times 10^{${sign === '-' ? '-' : ''}${exponent}}`;
}

/** Wraps a negative number in parentheses so that "× −0.2" reads as a product. */
function factor(value: number): string {
  const tex = texNumber(value);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** The identity each cost's gradient follows: ∂C/∂z = (a − y)·σ′(z) for quadratic, a − y for cross-entropy. */
export function gradientIdentityTex(cost: NeuronCost): string {
  return cost === 'quadratic' ? "\\frac{\\partial C}{\\partial z} = (a - y)\\,\\sigma'(z)" : '\\frac{\\partial C}{\\partial z} = a - y';
}

/**
 * The same factors with one epoch's numbers filled in, then the product trainNeuron used:
 * "= (a − y) × σ′(z) = ∂C/∂z" for quadratic, "= a − y = ∂C/∂z" for cross-entropy (σ′(z) cancels).
 * Kept apart from the identity so that only this short line is re-typeset as the cursor moves.
 */
export function gradientNumbersTex(cost: NeuronCost, state: { a: number; y: number; sigmaPrime: number; dCdz: number }): string {
  const { a, y, sigmaPrime, dCdz } = state;
  const error = `${texNumber(a)} - ${texNumber(y)}`;
  if (cost === 'quadratic') return `= (${error}) \\times ${factor(sigmaPrime)} = ${texNumber(dCdz)}`;
  return `= ${error} = ${texNumber(dCdz)}`;
}

/**
 * The numbers line as plain text, for the Why box while the cursor moves: "= (0.982 − 0) × 0.01766
 * = 0.01735" (quadratic) or "= 0.3 − 1 = −0.7" (cross-entropy). Plain text costs nothing to update,
 * so the box can follow the very cursor the diagram shows, every frame, instead of a slower copy.
 */
export function gradientNumbersText(cost: NeuronCost, state: { a: number; y: number; sigmaPrime: number; dCdz: number }): string {
  const { a, y, sigmaPrime, dCdz } = state;
  const slope = formatNumber(sigmaPrime);
  const error = `${formatNumber(a)} − ${formatNumber(y)}`;
  if (cost === 'quadratic') return `= (${error}) × ${slope.startsWith('−') ? `(${slope})` : slope} = ${formatNumber(dCdz)}`;
  return `= ${error} = ${formatNumber(dCdz)}`;
}
