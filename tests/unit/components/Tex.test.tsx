import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import katex from 'katex';
import { Tex, TEX_OPTIONS } from '../../../src/components/Tex';
import { polishMathml } from '../../../src/components/mathml';
import { MARGIN_LOSSES } from '../../../src/math';
import { gradientIdentityTex, gradientNumbersTex } from '../../../src/panels/neuron/reason';
import { Identity } from '../../../src/panels/softmax/Identity';

const mathml = (tex: string) => polishMathml(katex.renderToString(tex, { ...TEX_OPTIONS, displayMode: true }));

/** Every formula the panels typeset. */
const FORMULAS = [
  ...Object.values(MARGIN_LOSSES).flatMap((info) => [info.tex, info.gradTex]),
  gradientIdentityTex('quadratic'),
  gradientIdentityTex('cross-entropy'),
  gradientNumbersTex('quadratic', { a: 0.98201379, y: 0, sigmaPrime: 0.017662706, dCdz: 1.7e-7 }),
  gradientNumbersTex('cross-entropy', { a: 0.3, y: 1, sigmaPrime: 0.21, dCdz: Number.NaN }),
];

describe('Tex', () => {
  it('typesets every panel formula as MathML only: no KaTeX HTML, no style attributes', () => {
    for (const tex of FORMULAS) {
      const { container, unmount } = render(<Tex tex={tex} display />);
      expect(container.querySelector('.tex-error'), tex).toBeNull();
      expect(container.querySelector('.katex-display > .katex > math[display="block"]'), tex).not.toBeNull();
      expect(container.querySelector('.katex-html'), tex).toBeNull();
      expect(container.querySelector('[style]'), tex).toBeNull();
      // The source stays with the formula for copy and assistive technology.
      expect(container.querySelector('annotation[encoding="application/x-tex"]')?.textContent, tex).toBe(tex);
      unmount();
    }
  });

  it('typesets the softmax identity (aligned environments) within the limits', () => {
    const { container } = render(<Identity />);
    expect(container.querySelectorAll('math').length).toBe(3);
    expect(container.querySelector('.tex-error')).toBeNull();
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('renders inline formulas in a span without the display wrapper', () => {
    const { container } = render(<Tex tex="e^{-m}" />);
    expect(container.querySelector('span.tex > .katex > math')).not.toBeNull();
    expect(container.querySelector('.katex-display')).toBeNull();
  });

  it('shows a parse error in place, as text, instead of crashing', () => {
    const { container } = render(<Tex tex={'\\frac{1}{<img src=x onerror=alert(1)>'} display />);
    const error = container.querySelector('code.tex-error');
    expect(error?.textContent).toBe('\\frac{1}{<img src=x onerror=alert(1)>');
    expect(error?.getAttribute('title')).toMatch(/KaTeX parse error/);
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps trust off: no links, no classes, styles or data attributes from the source', () => {
    const { container } = render(<Tex tex={'\\href{javascript:alert(1)}{x} \\url{https://example.com} \\htmlStyle{color:red}{y} \\htmlData{a=b}{z}'} display />);
    expect(container.querySelector('a, [href], [style], [data-a]')).toBeNull();
  });

  it('stops runaway macro expansion and clamps sizes', () => {
    const { container } = render(<Tex tex={'\\def\\loop{\\loop x}\\loop'} display />);
    expect(container.querySelector('code.tex-error')?.getAttribute('title')).toMatch(/Too many expansions/);
    const width = /width="([\d.]+)em"/.exec(mathml('\\rule{5000em}{5000em}'))?.[1];
    expect(Number(width)).toBeLessThanOrEqual(TEX_OPTIONS.maxSize);
  });
});

describe('polishMathml', () => {
  it("moves a prime out of its superscript (it is already a raised glyph): L′(m)", () => {
    const out = mathml("L'(m)");
    expect(out).not.toContain('<msup><mi>L</mi>');
    expect(out).toMatch(/<mi>L<\/mi><mo[^>]*>′<\/mo>/);
  });

  it('gives a function name its thin space unless a bracket follows: ln 2, log softmax, max(0, m)', () => {
    expect(mathml('\\ln 2')).toContain('<mi>ln</mi><mo rspace="0.1667em">\u2061</mo><mn>2</mn>');
    expect(mathml('\\max(0, m)')).toContain('<mi>max</mi><mo>\u2061</mo><mo stretchy="false">(</mo>');
    expect(mathml('\\log\\left(1 + e^{-m}\\right)')).toContain('<mi>log</mi><mo>\u2061</mo><mrow><mo fence="true">(</mo>');
  });

  it('marks a sign minus as prefix after a relation, a bracket or a comma, and leaves binary minus alone', () => {
    expect(mathml('L = -e^{-m}')).toContain('<mo>=</mo><mo form="prefix">−</mo>');
    expect(mathml('\\max(0,\\, -m)')).toMatch(/<mo separator="true">,<\/mo><mtext>[^<]*<\/mtext><mo form="prefix">−<\/mo>/);
    expect(mathml('(-1)')).toContain('<mo stretchy="false">(</mo><mo form="prefix">−</mo>');
    expect(mathml('1 - m')).toContain('<mn>1</mn><mo>−</mo><mi>m</mi>');
  });
});
