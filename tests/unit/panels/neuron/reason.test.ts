import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { gradientIdentityTex, gradientNumbersTex, gradientNumbersText, texNumber } from '../../../../src/panels/neuron/reason';

const parses = (tex: string) => () => katex.renderToString(tex, { throwOnError: true });

describe('the gradient formula', () => {
  it('writes numbers for KaTeX: ASCII minus, powers of ten', () => {
    expect(texNumber(0.81757)).toBe('0.8176');
    expect(texNumber(-1.505)).toBe('-1.505');
    expect(texNumber(1.234e-7)).toBe('1.234 \\times 10^{-7}');
    expect(texNumber(0)).toBe('0');
  });

  it('splits the quadratic gradient into (a − y) × σ′(z), with the numbers filled in', () => {
    expect(gradientIdentityTex('quadratic')).toBe("\\frac{\\partial C}{\\partial z} = (a - y)\\,\\sigma'(z)");
    const numbers = gradientNumbersTex('quadratic', { a: 0.98201379, y: 0, sigmaPrime: 0.017662706, dCdz: 0.0173456 });
    expect(numbers).toBe('= (0.982 - 0) \\times 0.01766 = 0.01735');
    expect(parses(gradientIdentityTex('quadratic'))).not.toThrow();
    expect(parses(numbers)).not.toThrow();
  });

  it('cross-entropy keeps only a − y, and a negative factor gets parentheses', () => {
    expect(gradientIdentityTex('cross-entropy')).not.toContain('sigma');
    const numbers = gradientNumbersTex('cross-entropy', { a: 0.3, y: 1, sigmaPrime: 0.21, dCdz: -0.7 });
    expect(numbers).toBe('= 0.3 - 1 = -0.7');
    expect(gradientNumbersTex('quadratic', { a: 0.3, y: 1, sigmaPrime: -0.5, dCdz: 0.35 })).toContain('\\times (-0.5)');
    expect(parses(numbers)).not.toThrow();
    expect(parses(gradientIdentityTex('cross-entropy'))).not.toThrow();
  });
});

describe('the gradient numbers as text (the Why box follows the moving cursor with these)', () => {
  it('writes the same factors as the formula, with a real minus sign and ×', () => {
    expect(gradientNumbersText('quadratic', { a: 0.98201379, y: 0, sigmaPrime: 0.017662706, dCdz: 0.0173456 })).toBe('= (0.982 − 0) × 0.01766 = 0.01735');
    expect(gradientNumbersText('cross-entropy', { a: 0.3, y: 1, sigmaPrime: 0.21, dCdz: -0.7 })).toBe('= 0.3 − 1 = −0.7');
    expect(gradientNumbersText('quadratic', { a: 0.3, y: 1, sigmaPrime: -0.5, dCdz: 0.35 })).toContain('× (−0.5)');
  });
});
