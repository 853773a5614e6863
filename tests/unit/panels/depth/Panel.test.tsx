import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { LangContext } from '../../../../src/i18n/strings';

async function renderPanel(search = '', hide: string[] = []) {
  const written: [string, string][][] = [];
  const view = render(<PanelHost panel={PANELS.depth} search={search} hide={hide} onParamsChange={(entries) => written.push(entries)} />);
  await screen.findByTestId('depth-summary', undefined, { timeout: 10_000 });
  return { ...view, lastUrl: () => Object.fromEntries(written.at(-1) ?? []) };
}

/** The gradient column of the layer table, layer 1 first. */
function gradients(): string[] {
  return [...screen.getByTestId('depth-table').querySelectorAll('[data-col="grad"]')].map((cell) => cell.textContent!);
}

const summary = () => screen.getByTestId('depth-summary').textContent;

describe('depth panel', { timeout: 20_000 }, () => {
  it('by default: ten sigmoid layers, the gradient shrinking from the output back to layer 1', async () => {
    const { container } = await renderPanel();
    expect(gradients()).toHaveLength(10);
    // Worked out independently in scripts/depth_reference.py (sigmoid, w = 1, b = 0, x = 1).
    expect(gradients()[0]).toBe('2.785e−7');
    expect(summary()).toMatch(/From layer 10 \(the output\) to layer 1, the gradient shrank by a factor of 806900\./);
    expect(container.querySelectorAll('[data-testid="depth-chart"] rect[data-layer]')).toHaveLength(10);
    expect(screen.getByText(/slope σ′\(z\) is at most 1\/4/)).toBeTruthy();
  });

  it('presets: exploding doubles per layer, ReLU keeps it, saturated tanh underflows and says so', async () => {
    const { lastUrl } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Exploding: sigmoid, w = 8, z* = 0' }));
    expect(gradients()[0]).toBe('128');
    expect(summary()).toMatch(/grew by a factor of 512/);
    expect(summary()).toMatch(/where φ′\(z\) = 0\.25: each layer multiplies the gradient by w·φ′\(z\) = 8 × 0\.25 = 2\./);
    expect(lastUrl()).toEqual({ w: '8', bias: 'pin' });
    fireEvent.click(screen.getByRole('button', { name: 'ReLU, w = 1' }));
    expect(new Set(gradients())).toEqual(new Set(['1']));
    expect(summary()).toMatch(/stays the same size/);
    fireEvent.click(screen.getByRole('button', { name: 'Saturated: tanh, w = 20' }));
    // mpmath (scripts/depth_reference.py): 7.8475e−501.
    expect(gradients()[0]).toBe('0 (underflow; true ≈ 7.848e−501)');
    expect(summary()).toMatch(/From layer 10 down to layer 1 the gradient is smaller than the smallest number float64 can hold/);
    expect(screen.getByTestId('underflow-band')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('a ReLU unit that is off gives exactly 0 before it, not a small number', async () => {
    // A positive bias switches units back on after one that is off (with b = 0 nothing would come back on).
    const { container } = await renderPanel('?act=relu&weights=random&seed=3&layers=12&b=0.5');
    const cells = gradients();
    const zeros = cells.filter((text) => text === '0 (unit off)').length;
    expect(zeros).toBe(7);
    expect(cells.slice(0, zeros).every((text) => text === '0 (unit off)')).toBe(true);
    expect(cells[11]).toBe('1');
    expect(summary()).toMatch(new RegExp(`exactly 0 from layer ${zeros} down to layer 1`));
    expect(container.querySelectorAll('[data-testid="depth-chart"] text.bar-invalid')).toHaveLength(zeros);
  });

  it('with b = 0, one ReLU unit off switches every later one off too: all zeros, and the summary says why', async () => {
    await renderPanel('?act=relu&weights=random&seed=3&layers=12');
    expect(new Set(gradients())).toEqual(new Set(['0 (unit off)']));
    expect(summary()).toMatch(/exactly 0 in every layer: the output unit is off/);
  });

  it('the chart is a slider over the layers: arrow keys pick one and the line under it reads it out', async () => {
    await renderPanel();
    const chart = screen.getByRole('slider', { name: /Bar chart of the gradient size per layer/ });
    expect(chart.getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByTestId('depth-readout').textContent).toBe('Layer 1: |∂a_L/∂z_l| = 2.785e−7');
    fireEvent.keyDown(chart, { key: 'End' });
    expect(chart.getAttribute('aria-valuenow')).toBe('10');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(chart.getAttribute('aria-valuetext')).toMatch(/^Layer 9: \|∂a_L\/∂z_l\| = /);
    expect(screen.getByTestId('depth-readout').textContent).toBe(chart.getAttribute('aria-valuetext'));
    // Fewer layers than the picked one: the last layer is picked.
    fireEvent.change(screen.getByRole('slider', { name: /Layers L/ }), { target: { value: '3' } });
    expect(gradients()).toHaveLength(3);
    expect(chart.getAttribute('aria-valuenow')).toBe('3');
  });

  it('the seed shows only for random weights, the z* slider only when biases pin z', async () => {
    await renderPanel();
    expect(screen.queryByRole('slider', { name: /Random seed/ })).toBeNull();
    expect(screen.queryByRole('slider', { name: /Pre-activation z\*/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'random: w × normal draw' }));
    expect(screen.getByRole('slider', { name: /Random seed/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'chosen so every z is z*' }));
    expect(screen.getByRole('slider', { name: /Pre-activation z\*/ })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: /Bias b/ })).toBeNull();
  });

  it('hides the chart, the table and the presets in an embed that asks', async () => {
    const { container } = await renderPanel('', ['chart', 'table', 'presets']);
    expect(container.querySelector('[data-testid="depth-chart"]')).toBeNull();
    expect(container.querySelector('[data-testid="depth-table"]')).toBeNull();
    expect(screen.queryByRole('button', { name: /Vanishing/ })).toBeNull();
    expect(summary()).toMatch(/shrank/);
  });

  it('speaks Chinese', async () => {
    render(
      <LangContext.Provider value="zh-CN">
        <PanelHost panel={PANELS.depth} search="" hide={[]} onParamsChange={() => {}} />
      </LangContext.Provider>,
    );
    expect(await screen.findByText(/梯度缩小为原来的 1\/806900/, undefined, { timeout: 5000 })).toBeTruthy();
  });
});
