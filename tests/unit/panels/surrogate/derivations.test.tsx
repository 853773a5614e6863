import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { Tex } from '../../../../src/components/Tex';
import { texNumber } from '../../../../src/components/derivation/texNumber';
import { interpolate } from '../../../../src/i18n/strings';
import { marginLoss } from '../../../../src/math';
import { PANELS } from '../../../../src/panels/registry';
import { surrogateDerivations } from '../../../../src/panels/surrogate/derivations/steps';
import { surrogateDerivationStrings } from '../../../../src/panels/surrogate/derivations/strings';

const tFor = (lang: 'en' | 'zh-CN') => (key: keyof (typeof surrogateDerivationStrings)['en'], params?: Record<string, string | number>) =>
  interpolate(surrogateDerivationStrings[lang][key], params);

describe('the surrogate derivation', () => {
  it.each([
    ['en', -2.5],
    ['zh-CN', 0],
    ['en', 10],
  ] as const)('typesets every line (%s, m = %d), the live lines from the margin', (lang, m) => {
    const [nll] = surrogateDerivations(tFor(lang), m, 'e');
    for (const { tex } of nll.steps) {
      const { container, unmount } = render(<Tex display tex={tex} />);
      expect(container.querySelector('.tex-error'), tex).toBeNull();
      unmount();
    }
    const [live, bits] = nll.steps.slice(-2);
    expect(live.tex.split(`= ${texNumber(marginLoss('log', m))}`)).toHaveLength(4); // the margin form, the {0, 1} likelihood and the softmax
    expect(bits.tex.endsWith(`= ${texNumber(marginLoss('log2', m))}`)).toBe(true);
  });

  it('writes e^{2.5} for m = −2.5, not e^{--2.5}', () => {
    const live = surrogateDerivations(tFor('en'), -2.5, 'e')[0].steps.at(-2)!;
    expect(live.tex).toContain('e^{2.5}');
    expect(live.note).toContain('At m = −2.5');
  });

  it('in the panel, follows the margin from a link and hides in an embed', async () => {
    const { unmount } = render(<PanelHost panel={PANELS.surrogate} search="?panel=surrogate&m=1.5" hide={[]} />);
    const section = (await screen.findByTestId('derivation-nll', {}, { timeout: 15_000 })) as HTMLDetailsElement;
    section.open = true;
    fireEvent(section, new Event('toggle'));
    fireEvent.click(within(section).getByRole('button', { name: 'Show all steps' }));
    const items = within(section).getAllByRole('listitem');
    expect(items.at(-2)!.querySelector('annotation')?.textContent).toContain(texNumber(marginLoss('log', 1.5)));
    unmount();
    render(<PanelHost panel={PANELS.surrogate} search="?panel=surrogate" hide={['derivations']} />);
    await screen.findByTestId('loss-chart', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('derivation-nll')).toBeNull();
  }, 40_000);
});
