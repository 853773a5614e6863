import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { Tex } from '../../../../src/components/Tex';
import { texNumber } from '../../../../src/components/derivation/texNumber';
import { interpolate } from '../../../../src/i18n/strings';
import { softmax, softmaxJacobian } from '../../../../src/math';
import { PANELS } from '../../../../src/panels/registry';
import { MAX_MATRIX, softmaxDerivations } from '../../../../src/panels/softmax/derivations/steps';
import { softmaxDerivationStrings } from '../../../../src/panels/softmax/derivations/strings';

const tFor = (lang: 'en' | 'zh-CN') => (key: keyof (typeof softmaxDerivationStrings)['en'], params?: Record<string, string | number>) =>
  interpolate(softmaxDerivationStrings[lang][key], params);

function expectTypeset(tex: string) {
  const { container, unmount } = render(<Tex display tex={tex} />);
  expect(container.querySelector('.tex-error'), tex).toBeNull();
  unmount();
}

describe('the softmax derivations', () => {
  it.each([
    ['en', [3, 1, -3], 0],
    ['zh-CN', [1000, 2000, 3000, 4000, 5000], 4],
    ['en', Array.from({ length: 50 }, (_, i) => i - 25), 49],
  ] as const)('typeset every line (%s, %j) within KaTeX’s limits', (lang, inputs, trueIndex) => {
    for (const { steps } of softmaxDerivations(tFor(lang), { inputs, symbol: 'x', trueIndex })) for (const { tex } of steps) expectTypeset(tex);
  });

  it('puts the live Jacobian and p − y in the last lines', () => {
    const inputs = [1, 5, 3];
    const [jacobian, grad] = softmaxDerivations(tFor('en'), { inputs, symbol: 'x', trueIndex: 1 });
    const J = softmaxJacobian(inputs);
    const p = softmax(inputs);
    const matrix = jacobian.steps.at(-1)!.tex;
    expect(matrix).toContain(`${texNumber(J[0][0], 3)} & ${texNumber(J[0][1], 3)} & ${texNumber(J[0][2], 3)}`);
    expect(matrix).not.toContain('\\cdots');
    const gradient = grad.steps.at(-1)!;
    expect(gradient.tex).toContain(`= \\begin{pmatrix} ${texNumber(p[0], 3)} \\\\ ${texNumber(p[1] - 1, 3)} \\\\ ${texNumber(p[2], 3)} \\end{pmatrix}`);
    expect(gradient.note).toContain('true class 2');
  });

  it('cuts a large Jacobian to its top-left block and says so', () => {
    const inputs = Array.from({ length: 9 }, (_, i) => i);
    const [jacobian] = softmaxDerivations(tFor('en'), { inputs, symbol: 'x', trueIndex: 0 });
    const last = jacobian.steps.at(-1)!;
    expect(last.note).toContain(`first ${MAX_MATRIX} rows`);
    expect(last.tex).toContain('\\ddots');
    expect(last.tex.split('\\\\')).toHaveLength(MAX_MATRIX + 1);
  });

  it('in the panel, follow the true class chosen on screen, and hide in an embed', async () => {
    const { unmount } = render(<PanelHost panel={PANELS.softmax} search="?panel=softmax&logits=1,5,3&trueClass=2" hide={[]} />);
    const section = (await screen.findByTestId('derivation-grad', {}, { timeout: 15_000 })) as HTMLDetailsElement;
    section.open = true;
    fireEvent(section, new Event('toggle'));
    fireEvent.click(within(section).getByRole('button', { name: 'Show all steps' }));
    expect(within(section).getAllByRole('listitem').at(-1)!.textContent).toContain('true class 2');
    unmount();
    render(<PanelHost panel={PANELS.softmax} search="?panel=softmax" hide={['derivations']} />);
    await screen.findByTestId('naive-table', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('derivation-grad')).toBeNull();
  }, 40_000);
});
