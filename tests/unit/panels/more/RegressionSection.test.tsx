import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { LangContext } from '../../../../src/i18n/strings';

/** Renders the panel as the shell does, recording what it would write to the URL. */
async function renderPanel(search = '', hide: string[] = []) {
  const written: [string, string][][] = [];
  const view = render(<PanelHost panel={PANELS.more} search={search} hide={hide} onParamsChange={(entries) => written.push(entries)} />);
  await screen.findByRole('heading', { name: 'Regression losses against the residual' }, { timeout: 5000 });
  return { ...view, lastUrl: () => Object.fromEntries(written.at(-1) ?? []) };
}

const rows = () => [...document.querySelectorAll('tr[data-curve]')].map((row) => (row as HTMLElement).dataset.curve);

// Rendering the whole panel in jsdom is slow on a busy machine: more time than the default 5 s.
describe('more losses panel: regression', { timeout: 20_000 }, () => {
  it('bound sliders read their ranges from the definition; the residual follows its range', async () => {
    const { lastUrl } = await renderPanel();
    const residual = screen.getByRole('slider', { name: 'Residual r' });
    expect([residual.getAttribute('min'), residual.getAttribute('max'), residual.getAttribute('step')]).toEqual(['-3', '3', '0.05']);
    fireEvent.change(screen.getByRole('slider', { name: 'Residual range ±' }), { target: { value: '1' } });
    // The store's limit moves r (1.5) inside ±1; the section does not re-enforce it.
    expect(lastUrl()).toEqual({ r: '1', rrange: '1' });
    // React may commit the narrowed range in a second pass: wait for it rather than for a fixed render.
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Residual r' }).getAttribute('max')).toBe('1'));
    expect(screen.getByRole('slider', { name: 'Huber threshold δ' }).getAttribute('max')).toBe('5');
  });

  it('a curve checkbox toggles the curve through the store, in the schema’s order', async () => {
    const { container, lastUrl } = await renderPanel();
    expect(rows()).toEqual(['mse', 'mae', 'huber', 'log-cosh']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Smooth L1 (β)' }));
    expect(lastUrl().curves).toBe('mse,mae,huber,smooth-l1,log-cosh');
    expect(rows()).toEqual(['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh']);
    expect(container.querySelector('g.curve[data-curve="smooth-l1"] path')).not.toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'MAE |r|' }));
    expect(lastUrl().curves).toBe('mse,huber,smooth-l1,log-cosh');
  });

  it('the gradient switch adds the dL/dr chart, where the MAE step is a jump found by the shared sampler', async () => {
    const { container } = await renderPanel();
    fireEvent.click(screen.getByRole('switch', { name: 'Show gradients dL/dr' }));
    const figures = container.querySelectorAll('figure.function-chart-frame');
    expect(figures).toHaveLength(2);
    const mae = figures[1].querySelector('g.curve[data-curve="mae"]')!;
    expect(mae.querySelectorAll('.open-end')).toHaveLength(2);
    expect(mae.querySelectorAll('.closed-end')).toHaveLength(1);
    // The loss itself has a corner at 0, not a jump.
    expect(figures[0].querySelectorAll('g.curve[data-curve="mae"] .jump')).toHaveLength(0);
  });

  it('leaves out the curve toggles and thresholds an embedder hides', async () => {
    await renderPanel('', ['curves', 'delta']);
    expect(screen.queryByRole('group', { name: 'Losses shown' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Huber threshold δ' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Smooth L1 threshold β' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Residual r' })).toBeTruthy();
  });

  it('speaks Chinese, with the labels the definition declares', async () => {
    render(
      <LangContext.Provider value="zh-CN">
        <PanelHost panel={PANELS.more} search="" hide={[]} />
      </LangContext.Provider>,
    );
    await screen.findByRole('heading', { name: '回归损失与残差' }, { timeout: 5000 });
    expect(screen.getByRole('slider', { name: '残差 r' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '显示的损失函数' })).toBeTruthy();
  });
});
