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
    await renderPanel('?panel=more&p=0,0.5,0.25,0.25');
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
    render(<PanelHost panel={PANELS.more} search="?panel=more&p=0,0,0,1" hide={[]} onParamsChange={onParamsChange} />);
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
