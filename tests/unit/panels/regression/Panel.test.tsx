import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { LangContext } from '../../../../src/i18n/strings';
import { formatNumber, regressionElementGrad, regressionElementLoss } from '../../../../src/math';
import { fitLine, pointShares } from '../../../../src/math/fitLine';
import { PRESET_POINTS } from '../../../../src/panels/regression/definition';

/** Renders the panel as the shell does, recording what it would write to the URL. */
async function renderPanel(search = '', hide: string[] = [], lang: 'en' | 'zh-CN' = 'en') {
  const written: [string, string][][] = [];
  const view = render(
    <LangContext.Provider value={lang}>
      <PanelHost panel={PANELS.regression} search={search} hide={hide} onParamsChange={(entries) => written.push(entries)} />
    </LangContext.Provider>,
  );
  await screen.findAllByTestId('fit-table', undefined, { timeout: 15_000 });
  return { ...view, lastUrl: () => Object.fromEntries(written.at(-1) ?? []) };
}

const cell = (loss: string, col: string) => screen.getByTestId('fit-table').querySelector(`tr[data-loss="${loss}"] [data-col="${col}"]`)!.textContent;
const slope = (loss: string) => Number(cell(loss, 'slope')!.replace('−', '-'));
const planePoints = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('.plane-point')];
const OUTLIER = 14; // the "one outlier" preset's high-leverage point (8.74, 1.14)

describe('regression panel', { timeout: 30_000 }, () => {
  it('shows, for each default loss, the line and mean loss src/math fits to the default points', async () => {
    const { container } = await renderPanel();
    const points = PRESET_POINTS['one-outlier'];
    expect(planePoints(container)).toHaveLength(points.length);
    for (const [id, opts] of [['mse', {}], ['mae', {}], ['huber', { delta: 1 }]] as const) {
      const fit = fitLine(points, id, opts);
      expect(cell(id, 'slope')).toBe(formatNumber(fit.slope));
      expect(cell(id, 'intercept')).toBe(formatNumber(fit.intercept));
      expect(cell(id, 'objective')).toBe(formatNumber(fit.objective));
      expect(container.querySelector(`[data-testid="point-plane"] .fit-line[data-loss="${id}"] path`)).toBeTruthy();
    }
    expect(screen.getByTestId('fit-live').textContent).toContain(`MSE: slope ${formatNumber(fitLine(points, 'mse').slope)}`);
    expect(screen.queryByRole('slider', { name: 'Smooth L1 threshold β' })).toBeNull();
  });

  it('dragging the outlier with the pointer moves MSE’s slope more than MAE’s and Huber’s; the link follows', async () => {
    const { container, lastUrl } = await renderPanel();
    const svg = screen.getByTestId('point-plane') as unknown as SVGSVGElement;
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
    const before = { mse: slope('mse'), mae: slope('mae'), huber: slope('huber') };
    const outlier = planePoints(container)[OUTLIER];
    outlier.setPointerCapture = () => {};
    const transform = (g: SVGGElement) => g.getAttribute('transform')!.match(/translate\(([-\d.]+),([-\d.]+)\)/)!.slice(1).map(Number);
    const [px, py] = transform(outlier);
    fireEvent.pointerDown(outlier, { clientX: px, clientY: py, pointerId: 1, pointerType: 'mouse' });
    // Up to the top of the plane: y = 10.
    fireEvent.pointerMove(outlier, { clientX: px, clientY: 0, pointerId: 1, pointerType: 'mouse' });
    fireEvent.pointerUp(outlier, { clientX: px, clientY: 0, pointerId: 1, pointerType: 'mouse' });
    expect(planePoints(container)[OUTLIER].getAttribute('aria-label')).toMatch(/^Point 15 at \(8\.7\d, 10\)$/);
    const moved = { mse: slope('mse') - before.mse, mae: slope('mae') - before.mae, huber: slope('huber') - before.huber };
    expect(moved.mse).toBeGreaterThan(0.25);
    expect(Math.abs(moved.mae)).toBeLessThan(moved.mse / 3);
    expect(Math.abs(moved.huber)).toBeLessThan(moved.mse / 3);
    expect(lastUrl().points).toMatch(/;8\.7\d,10;9\.47,8\.05$/);
  });

  it('the keyboard moves and removes the focused point; the table and link follow', async () => {
    const { container, lastUrl } = await renderPanel();
    const before = { mse: slope('mse'), mae: slope('mae') };
    const outlier = planePoints(container)[OUTLIER];
    expect(outlier.getAttribute('aria-label')).toBe('Point 15 at (8.74, 1.14)');
    act(() => outlier.focus());
    expect(screen.getByTestId('focused-point').textContent).toBe('Point 15 selected');
    fireEvent.keyDown(outlier, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(outlier, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(outlier, { key: 'ArrowLeft' });
    expect(planePoints(container)[OUTLIER].getAttribute('aria-label')).toBe('Point 15 at (8.64, −0.86)');
    const points = PRESET_POINTS['one-outlier'].map((p, i) => (i === OUTLIER ? { x: 8.64, y: -0.86 } : p));
    expect(cell('mse', 'slope')).toBe(formatNumber(fitLine(points, 'mse').slope));
    expect(Math.abs(slope('mse') - before.mse)).toBeGreaterThan(Math.abs(slope('mae') - before.mae));
    // The shares table explains the focused point: MSE's gradient share is the one computed by src/math.
    const mse = fitLine(points, 'mse');
    const share = pointShares(points, 'mse', mse.slope, mse.intercept).points[OUTLIER];
    const row = screen.getByTestId('shares-table').querySelector('tr[data-loss="mse"]')!;
    expect(Number(row.querySelector('[data-col="grad-share"]')!.getAttribute('data-value'))).toBeCloseTo(share.gradShare, 12);
    expect(lastUrl().points).toMatch(/;8\.64,-0\.86;9\.47,8\.05$/);
    fireEvent.keyDown(planePoints(container)[OUTLIER], { key: 'Delete' });
    expect(planePoints(container)).toHaveLength(15);
    expect(screen.getByTestId('point-count').textContent).toBe('15 of at most 40 points');
  });

  it('by default explains the point MSE charges most: it takes most of MSE’s push and no more than its fair part of MAE’s', async () => {
    await renderPanel();
    expect(screen.getByTestId('shares-table').querySelector('caption')!.textContent).toMatch(/^Point 15 at \(8\.74, 1\.14\): the point MSE charges most/);
    const share = (loss: string) => Number(screen.getByTestId('shares-table').querySelector(`tr[data-loss="${loss}"] [data-col="grad-share"]`)!.getAttribute('data-value'));
    expect(share('mse')).toBeGreaterThan(0.35);
    // MAE's line passes through two of the 16 points: every other point pushes with 1, so 1/14 each.
    expect(share('mae')).toBeCloseTo(1 / 14, 12);
    expect(share('huber')).toBeLessThan(0.25);
  });

  it('adds a point by clicking empty space, removes it with the button, and presets replace the points', async () => {
    const { container, lastUrl } = await renderPanel();
    const area = screen.getByTestId('plane-hit-area');
    fireEvent.pointerDown(area, { clientX: 0, clientY: 0, pointerType: 'mouse' });
    fireEvent.pointerUp(area, { clientX: 0, clientY: 0, pointerType: 'mouse' });
    expect(planePoints(container)).toHaveLength(17);
    act(() => planePoints(container)[16].focus());
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(planePoints(container)).toHaveLength(16);
    fireEvent.click(screen.getByRole('button', { name: 'Clean' }));
    expect(lastUrl().points).toMatch(/^0\.3,2\.31;/);
    expect(cell('mse', 'slope')).toBe(formatNumber(fitLine(PRESET_POINTS.clean, 'mse').slope));
    fireEvent.click(screen.getByRole('button', { name: 'One outlier' }));
    expect(lastUrl()).toEqual({});
  });

  it('toggles losses and moves δ; the sliders for thresholds appear with their losses', async () => {
    const { lastUrl } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Smooth L1' }));
    fireEvent.click(screen.getByRole('button', { name: 'MAE' }));
    expect(lastUrl().losses).toBe('mse,huber,smooth-l1');
    expect(screen.getByTestId('fit-table').querySelector('tr[data-loss="mae"]')).toBeNull();
    fireEvent.change(screen.getByRole('slider', { name: 'Huber threshold δ' }), { target: { value: '3' } });
    expect(cell('huber', 'slope')).toBe(formatNumber(fitLine(PRESET_POINTS['one-outlier'], 'huber', { delta: 3 }).slope));
    expect(screen.getByRole('slider', { name: 'Smooth L1 threshold β' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Huber' }));
    expect(screen.queryByRole('slider', { name: 'Huber threshold δ' })).toBeNull();
  });

  it('reads MSLE from src/math at the prediction and 2 below and above the target', async () => {
    await renderPanel('?target=3&pred=5');
    const value = (row: string, col: string) => screen.getByTestId('msle-table').querySelector(`tr[data-row="${row}"] [data-col="${col}"]`)!.textContent;
    expect(value('pred', 'loss')).toBe(formatNumber(regressionElementLoss('msle', 3, 5)));
    expect(value('pred', 'grad')).toBe(formatNumber(regressionElementGrad('msle', 3, 5)));
    // The same miss costs more below the target than above it.
    expect(regressionElementLoss('msle', 3, 1)).toBeGreaterThan(regressionElementLoss('msle', 3, 5));
    expect(value('lower', 'loss')).toBe(formatNumber(regressionElementLoss('msle', 3, 1)));
    expect(value('higher', 'loss')).toBe(formatNumber(regressionElementLoss('msle', 3, 5)));
    fireEvent.keyDown(screen.getByTestId('msle-chart'), { key: 'ArrowRight', shiftKey: true });
    expect(value('pred', 'loss')).toBe(formatNumber(regressionElementLoss('msle', 3, 6)));
  });

  it('typesets a formula card for each regression loss, MSLE included', async () => {
    const { container } = await renderPanel();
    await screen.findByText(/Use it when there are outliers/, undefined, { timeout: 10_000 });
    expect([...container.querySelectorAll('.formula-card')].map((c) => c.getAttribute('data-loss'))).toEqual(['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh', 'msle']);
    expect(container.querySelector('.formula-card[data-loss="huber"] math')).toBeTruthy();
  });

  it('reports a bad points list and shows the defaults', async () => {
    await renderPanel('?points=1,2;oops');
    expect(document.body.textContent).toContain('“points=1,2;oops” is not a number');
    expect(planePoints(document.body)).toHaveLength(16);
  });

  it('hides the sections an embed hides', async () => {
    await renderPanel('', ['shares', 'msle', 'formulas', 'points', 'losses', 'delta']);
    expect(screen.queryByTestId('shares')).toBeNull();
    expect(screen.queryByTestId('msle-chart')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Huber threshold δ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'MSE' })).toBeNull();
  });

  it('renders in Chinese', async () => {
    await renderPanel('', [], 'zh-CN');
    expect(screen.getByText('各损失函数拟合出的直线 ŷ = 斜率·x + 截距')).toBeTruthy();
    expect(screen.getByRole('button', { name: '一个离群点' })).toBeTruthy();
  });
});
