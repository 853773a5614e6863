import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { Tex } from '../../../../src/components/Tex';
import { interpolate } from '../../../../src/i18n/strings';
import { formatNumber, neuronGradients, trainNeuron } from '../../../../src/math';
import { PANELS } from '../../../../src/panels/registry';
import { neuronDerivations } from '../../../../src/panels/neuron/derivations/steps';
import { neuronDerivationStrings } from '../../../../src/panels/neuron/derivations/strings';
import { texNumber } from '../../../../src/panels/neuron/reason';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const live = { run: 'Quadratic, start 2', epoch: 300, w: 1.2, b: 1.1, x: 1, y: 0 };

describe('the neuron derivations', () => {
  it.each(['en', 'zh-CN'] as const)('typeset every line without error (%s), the last line of each with the live numbers', (lang) => {
    const t = (key: keyof (typeof neuronDerivationStrings)['en'], params?: Record<string, string | number>) => interpolate(neuronDerivationStrings[lang][key], params);
    const derivations = neuronDerivations(t, live);
    expect(derivations.map((d) => d.id)).toEqual(['sigma', 'quad', 'ce', 'derive']);
    for (const { steps } of derivations) {
      for (const { tex } of steps) {
        const { container, unmount } = render(<Tex display tex={tex} />);
        expect(container.querySelector('.tex-error'), tex).toBeNull();
        unmount();
      }
    }
    const quad = neuronGradients('quadratic', 1.2, 1.1, 1, 0);
    const ce = neuronGradients('cross-entropy', 1.2, 1.1, 1, 0);
    const last = (id: string) => derivations.find((d) => d.id === id)!.steps.at(-1)!;
    expect(last('sigma').tex).toContain(`= ${texNumber(quad.sigmaPrime)}`);
    expect(last('quad').tex).toContain(`&= ${texNumber(quad.dCdw)} \\end{aligned}`);
    expect(last('ce').tex).toContain(`&= ${texNumber(ce.dCdw)} \\end{aligned}`);
    expect(last('derive').tex).toContain(`&= ${texNumber(ce.cost)} \\end{aligned}`);
    expect(last('quad').note).toContain(formatNumber(quad.a));
    expect(last('quad').note).toContain('300');
  });

  it('in the panel, read the diagram’s run at the cursor and follow it', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&at=300&focus=ce1" hide={[]} />);
    const section = await screen.findByTestId('derivation-ce', {}, { timeout: 15_000 });
    const details = section as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.click(within(section).getByRole('button', { name: 'Show all steps' }));
    const run = trainNeuron({ w: 0.6, b: 0.9, x: 1, y: 0, eta: 0.15, epochs: 300, cost: 'cross-entropy' });
    const lastLine = () => within(section).getAllByRole('listitem').at(-1)!;
    expect(lastLine().textContent).toContain('Cross-entropy, start 1, epoch 300');
    expect(lastLine().querySelector('annotation')?.textContent).toContain(`= ${texNumber(run.dCdz[300])}`);

    fireEvent.click(screen.getByRole('button', { name: /Step back one epoch/ }));
    expect(lastLine().textContent).toContain('epoch 299');
    expect(lastLine().querySelector('annotation')?.textContent).toContain(`= ${texNumber(run.dCdz[299])}`);
  }, 20_000);

  it('are gone when an embed hides them', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&at=300" hide={['derivations']} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('derivation-ce')).toBeNull();
  }, 20_000);
});
