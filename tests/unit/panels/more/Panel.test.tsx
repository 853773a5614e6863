import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';

async function renderPanel(search: string) {
  render(<PanelHost panel={PANELS.more} search={search} hide={[]} />);
  await screen.findByRole('heading', { name: 'Entropy, cross-entropy and KL divergence' }, { timeout: 5000 });
}

const measure = (key: string) => document.querySelector(`tr[data-measure="${key}"] td`)!.textContent;

// The first test loads the panel's code: on a machine busy with other suites that can exceed vitest's default 5 s.
describe('more losses panel: information measures', { timeout: 20_000 }, () => {
  it('says which way a divergence is infinite: here p rules out an outcome q allows', async () => {
    await renderPanel('?panel=more&p=0,0.5,0.25,0.25&q=0.25,0.25,0.25,0.25');
    // D(p‖q) = 0.5·log2(0.5 / 0.25) + 2 · 0.25·log2(0.25 / 0.25) = 0.5 bit.
    expect(measure('klPQ')).toBe('0.5 bit');
    expect(measure('klQP')).toBe('∞ bit');
    expect(screen.getByText('D(q‖p) is ∞: p gives probability 0 to outcome 1, which q says can happen.')).toBeTruthy();
    expect(screen.queryByText(/H\(p, q\) and D\(p‖q\) are ∞/)).toBeNull();
  });

  it('and the other way: q rules out outcomes p allows', async () => {
    await renderPanel('?panel=more&q=0,1,0,1');
    expect(measure('crossEntropyPQ')).toBe('∞ bit');
    expect(screen.getByText('H(p, q) and D(p‖q) are ∞: q gives probability 0 to outcomes 1 and 3, which p says can happen.')).toBeTruthy();
    expect(screen.queryByText(/D\(q‖p\) is ∞/)).toBeNull();
  });

  it('names a q of the wrong length in a link, and how it was fitted', async () => {
    await renderPanel('?panel=more&p=0.5,0.5&q=0.25,0.25,0.25,0.25');
    expect(screen.getByText('The link gives q 4 weights for 2 outcomes: the extra ones are dropped.')).toBeTruthy();
    expect(measure('klPQ')).toBe('0 bit');
  });

  it('removing the only outcome p allowed leaves equal weights written as a person would (0.3333, not 0.333…)', async () => {
    const onParamsChange = vi.fn();
    render(<PanelHost panel={PANELS.more} search="?panel=more&p=0,0,0,1&q=0.25,0.25,0.25,0.25" hide={[]} onParamsChange={onParamsChange} />);
    await screen.findByRole('heading', { name: 'Entropy, cross-entropy and KL divergence' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove outcome' }));
    const entries = new Map<string, string>(onParamsChange.mock.lastCall![0]);
    expect(entries.get('p')).toBe('0.3333,0.3333,0.3333');
    expect(entries.get('q')).toBe('0.25,0.25,0.25');
    // Equal weights are exactly the uniform distribution: H(p) = log2 3.
    expect(measure('entropyP')).toBe('1.58496 bit'); // log2 3 = 1.584962…
  });

  it('“q uniform” writes equal weights as a person would', async () => {
    const onParamsChange = vi.fn();
    render(<PanelHost panel={PANELS.more} search="?panel=more&p=0.2,0.3,0.5&q=0.1,0.1,0.8" hide={[]} onParamsChange={onParamsChange} />);
    await screen.findByRole('heading', { name: 'Entropy, cross-entropy and KL divergence' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'q uniform' }));
    expect(new Map<string, string>(onParamsChange.mock.lastCall![0]).get('q')).toBe('0.3333,0.3333,0.3333');
  });
});

describe('more losses panel: what the information section says', { timeout: 20_000 }, () => {
  it('the default shows KL’s asymmetry at once, the decomposition H(p, q) = H(p) + D(p‖q) and the typeset sums', async () => {
    await renderPanel('?panel=more');
    expect(measure('klPQ')).not.toBe(measure('klQP'));
    expect(screen.getByTestId('asymmetry').textContent).toBe(
      'Here D(p‖q) = 1.22385 bit and D(q‖p) = 0.761624 bit: KL is not symmetric, it is no distance. D(p‖q) punishes q for missing what p allows; D(q‖p) punishes q for putting weight where p has little.',
    );
    expect(screen.getByTestId('decomposition').textContent).toBe('H(p, q) = H(p) + D(p‖q): 2.97385 = 1.75 + 1.22385 bit.');
    // Under the chart, for a phone where the chart stays in view and the table does not.
    expect(screen.getByTestId('sticky-readout').textContent).toBe('D(p‖q) = 1.224 · D(q‖p) = 0.7616 bit');
    expect(screen.getByText(/minimising the cross-entropy H\(p, q\) over q minimises D\(p‖q\)/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Definitions (log base 2 for bits, e for nats)' }).querySelectorAll('math')).toHaveLength(3);
  });

  it('swapping p and q exchanges the two divergences; the presets differ at a glance; equal ones are called a coincidence', async () => {
    await renderPanel('?panel=more&p=0.5,0.25,0.125,0.125&q=0.25,0.25,0.25,0.25');
    expect(screen.getByTestId('asymmetry').textContent).toMatch(/^Here D\(p‖q\) and D\(q‖p\) happen to be equal \(0.25 bit\)/);
    fireEvent.click(screen.getByRole('button', { name: 'q too broad' }));
    // p = (0.48, 0.02, 0.02, 0.48), q uniform: 0.757708 and 1.351375 bits (scripts/probability_reference.py).
    expect([measure('klPQ'), measure('klQP')]).toEqual(['0.757708 bit', '1.35137 bit']);
    fireEvent.click(screen.getByRole('button', { name: 'Swap p and q' }));
    expect([measure('klPQ'), measure('klQP')]).toEqual(['1.35137 bit', '0.757708 bit']);
  });
});

describe('more losses panel: Huber’s conventions on screen', { timeout: 20_000 }, () => {
  it('says MSE is drawn as r² and Huber as ½r² near 0, and that beyond δ Huber’s gradient is ±δ', async () => {
    await renderPanel('?panel=more&delta=2.5');
    expect(screen.getByTestId('conventions-note').textContent).toContain('MSE as r², but Huber');
    expect(screen.getByTestId('huber-note').textContent).toContain('its gradient there is ±δ (here ±2.5), not ±1');
  });
});

describe('more losses panel: a link whose residual the range rules out', () => {
  it('shows the residual at the edge of the range and writes it into the address bar at once', async () => {
    const onParamsChange = vi.fn();
    render(<PanelHost panel={PANELS.more} search="?panel=more&rrange=1" hide={[]} onParamsChange={onParamsChange} />);
    await screen.findByRole('heading', { name: 'Entropy, cross-entropy and KL divergence' }, { timeout: 5000 });
    expect(onParamsChange).toHaveBeenCalledTimes(1);
    expect(new Map<string, string>(onParamsChange.mock.lastCall![0])).toEqual(new Map([['r', '1'], ['rrange', '1']]));
    expect(document.querySelector('.notice')).toBeNull(); // nothing was wrong with the link
  });
});
