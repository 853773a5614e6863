import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';

async function renderPanel(search: string, onParamsChange?: (entries: [string, string][]) => void) {
  render(<PanelHost panel={PANELS.probability} search={search} hide={[]} onParamsChange={onParamsChange} />);
  await screen.findByRole('heading', { name: 'Ten classes: the articles’ example' }, { timeout: 5000 });
}

const measure = (key: string) => document.querySelector(`[data-measure="${key}"] dd`)!.textContent;
const readout = (curve: string) => [...document.querySelectorAll(`.prob-readout tr[data-curve="${curve}"] td`)].map((td) => td.textContent);
const card = (label: string) => document.querySelector(`[data-label="${label}"] math`)!.textContent;

// The first test loads the panel's code (KaTeX included): on a busy machine that can exceed vitest's default 5 s.
describe('probability panel: the articles’ ten-class example', { timeout: 20_000 }, () => {
  it('shows 0.0975 and −ln 0.6 ≈ 0.51, the same from the class index and from the one-hot vector', async () => {
    await renderPanel('?panel=probability');
    expect(measure('half-squares')).toBe('0.0975');
    expect(measure('cross-entropy')).toBe('0.510825');
    expect(card('sparse')).toContain('0.510825');
    expect(card('dense')).toContain('0.510825');
    expect(card('dense').replace(/\s/g, '')).toContain('[0,0,1,0,0,0,0,0,0,0]');
    expect(screen.getByRole('radio', { name: 'Class 2 is the true class' })).toHaveProperty('checked', true);
  });

  it('the 0.6 moved to class 6 gives 0.6975 and −ln(1e-7) ≈ 16.1; picking class 6 as the truth brings it back to 0.51', async () => {
    const onParamsChange = vi.fn();
    await renderPanel('?panel=probability', onParamsChange);
    fireEvent.click(screen.getByRole('button', { name: 'Articles: the 0.6 moved to class 6' }));
    expect(measure('half-squares')).toBe('0.6975');
    expect(measure('cross-entropy')).toBe('16.1181');
    expect(screen.getByText(/Clipped, this cross-entropy is 16.1181/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Class 6 is the true class' }));
    expect(measure('cross-entropy')).toBe('0.510825');
    expect(new Map<string, string>(onParamsChange.mock.lastCall![0]).get('k')).toBe('6');
  });

  it('bad outputs are named and never used: the last valid ones stay', async () => {
    await renderPanel('?panel=probability');
    const field = screen.getByRole('textbox', { name: 'Outputs y (one per class, 0 to 1)' });
    fireEvent.change(field, { target: { value: '0.5, 1.5' } });
    expect(screen.getByTestId('outputs-error').textContent).toBe('Entry 2 (“1.5”) is not between 0 and 1. Still using the last valid outputs.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(measure('half-squares')).toBe('0.0975');
    fireEvent.change(field, { target: { value: '0.25, 0.75' } });
    expect(screen.getByTestId('outputs-error').textContent).toBe('');
    // Two classes now: the true class 2 moves to the last one, class 1: ½(0.25² + 0.25²) and −ln(0.75 + 1e-7).
    expect(measure('half-squares')).toBe('0.0625');
    expect(measure('cross-entropy')).toBe('0.287682');
  });

  it('a link whose true class is past the outputs shows the last class and says so', async () => {
    await renderPanel('?panel=probability&y=0.2,0.3,0.4&k=7');
    expect(screen.getByRole('radio', { name: 'Class 2 is the true class' })).toHaveProperty('checked', true);
    expect(document.querySelector('.notice')?.textContent).toMatch(/k/);
    expect(screen.getByText(/These outputs sum to 0.9, not 1/)).toBeTruthy();
  });
});

describe('probability panel: cross-entropy against the squared error', { timeout: 20_000 }, () => {
  it('reads out losses and gradients at the marker on the probability axis', async () => {
    await renderPanel('?panel=probability&p=0.1');
    expect(readout('bce-1')).toEqual(['2.303', '−10']);
    expect(readout('bce-0')).toEqual(['0.1054', '1.111']);
    expect(readout('se-1')).toEqual(['0.405', '−0.9']);
    expect(readout('se-0')).toEqual(['0.005', '0.1']);
    // The cross-entropy gradient −10 lies below the gradient chart: an arrow with its value, not nothing.
    expect(within(screen.getByTestId('prob-grad-chart')).getByText('CE, y = 1: −10')).toBeTruthy();
  });

  it('the logit switch shows the same against z, with pos_weight on the target-1 cross-entropy', async () => {
    await renderPanel('?panel=probability&z=-2');
    expect(screen.queryByRole('slider', { name: 'Positive-class weight (pos_weight)' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Show against the logit z (p = σ(z))' }));
    // 3·ln(1 + e²) = 6.381 and −3·σ(2) = −2.642; the squared error does not see the weight.
    fireEvent.change(screen.getByRole('textbox', { name: 'Positive-class weight (pos_weight)' }), { target: { value: '3' } });
    expect(readout('bce-1')).toEqual(['6.381', '−2.642']);
    expect(readout('bce-0')).toEqual(['0.1269', '0.1192']);
    expect(readout('se-1')).toEqual(['0.3879', '−0.09248']);
    expect(screen.getByText(/At z = −2 \(p = σ\(z\) = 0.1192\)/)).toBeTruthy();
  });
});
