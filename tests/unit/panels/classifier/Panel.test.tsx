import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { LangContext } from '../../../../src/i18n/strings';
import { fitLinearClassifier, perceptronTrain } from '../../../../src/math/classifier';
import { formatNumber } from '../../../../src/math';
import { OUTLIER, SEPARABLE } from '../../../../src/panels/classifier/presets';

/** Renders the panel as the shell does, recording what it would write to the URL. */
async function renderPanel(search = '', hide: string[] = [], lang: 'en' | 'zh-CN' = 'en') {
  const written: [string, string][][] = [];
  const view = render(
    <LangContext.Provider value={lang}>
      <PanelHost panel={PANELS.classifier} search={search} hide={hide} onParamsChange={(entries) => written.push(entries)} />
    </LangContext.Provider>,
  );
  await screen.findAllByTestId('card-hinge', undefined, { timeout: 10_000 });
  return { ...view, lastUrl: () => Object.fromEntries(written.at(-1) ?? []) };
}

const stat = (id: string, name: string) => screen.getByTestId(`card-${id}`).querySelector(`[data-stat="${name}"]`)!.textContent;
const points = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('.plane-point')];

describe('classifier panel', { timeout: 30_000 }, () => {
  it('shows, under each default classifier, the numbers src/math computes for the outlier preset', async () => {
    await renderPanel();
    for (const id of ['hinge', 'log', 'exponential'] as const) {
      const fit = fitLinearClassifier(OUTLIER, id, { lambda: 0.1 });
      expect(stat(id, 'error')).toBe(formatNumber(fit.zeroOneError));
      expect(stat(id, 'objective')).toBe(formatNumber(fit.objective));
      expect(stat(id, 'norm')).toBe(formatNumber(fit.weightNorm));
      expect(stat(id, 'weights')).toBe(`w = (${formatNumber(fit.w[0])}, ${formatNumber(fit.w[1])}), b = ${formatNumber(fit.b)}`);
    }
    const run = perceptronTrain(OUTLIER, { maxEpochs: 100 });
    expect(run.separated).toBe(false);
    expect(screen.getByTestId('card-perceptron').textContent).toContain(`Did not separate in 100 epochs (${run.updates} updates)`);
    expect(screen.queryByTestId('card-squared-hinge')).toBeNull();
    expect(points(document.body)).toHaveLength(OUTLIER.length);
  });

  it('λ = 0 on separable points: the log and exponential losses say they have no minimum, never NaN; the perceptron separates', async () => {
    const { container } = await renderPanel('?points=' + SEPARABLE.map((p) => `${p.x1},${p.x2},${p.label}`).join(';') + '&penalty=0');
    expect(screen.getByTestId('card-log').textContent).toMatch(/No minimum/);
    expect(screen.getByTestId('card-exponential').textContent).toMatch(/No minimum/);
    expect(screen.getByTestId('card-hinge').textContent).not.toMatch(/No minimum/);
    const run = perceptronTrain(SEPARABLE, { maxEpochs: 100 });
    expect(screen.getByTestId('card-perceptron').textContent).toContain(`Separated after ${run.updates} updates`);
    expect(container.textContent).not.toMatch(/NaN/);
    expect(screen.queryByRole('slider', { name: 'L2 strength λ' })).toBeNull();
  });

  it('the keyboard moves, flips and removes the focused point, and the link follows', async () => {
    const { container, lastUrl } = await renderPanel();
    const before = stat('exponential', 'weights');
    const outlier = points(container).at(-1)!;
    expect(outlier.getAttribute('aria-label')).toBe('Point 13, class +1, at (−4, −4)');
    act(() => outlier.focus());
    expect(screen.getByTestId('focused-point').textContent).toBe('Point 13 selected');
    fireEvent.keyDown(outlier, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(outlier, { key: 'ArrowUp' });
    expect(points(container).at(-1)!.getAttribute('aria-label')).toBe('Point 13, class +1, at (−3, −3.9)');
    expect(lastUrl().points).toMatch(/;-3,-3.9,1$/);
    expect(stat('exponential', 'weights')).not.toBe(before);
    // The table reads the focused point's margin and loss under each classifier.
    const row = screen.getByTestId('point-table').querySelector('tr[data-classifier="hinge"]')!;
    const fit = fitLinearClassifier([...OUTLIER.slice(0, -1), { x1: -3, x2: -3.9, label: 1 }], 'hinge', { lambda: 0.1 });
    const margin = -3 * fit.w[0] - 3.9 * fit.w[1] + fit.b;
    expect(Number(row.querySelector('[data-col="margin"]')!.textContent!.replace('−', '-'))).toBeCloseTo(margin, 2);
    fireEvent.keyDown(points(container).at(-1)!, { key: 'f' });
    expect(lastUrl().points).toMatch(/;-3,-3.9,-1$/);
    fireEvent.keyDown(points(container).at(-1)!, { key: 'Delete' });
    expect(points(container)).toHaveLength(12);
    expect(lastUrl()).toEqual({ points: expect.stringMatching(/^1,1.5,1;/) });
    expect(lastUrl().points).toBe(SEPARABLE.map((p) => `${p.x1},${p.x2},${p.label}`).join(';'));
  });

  it('a click on empty space adds a point of the chosen class; presets replace the points', async () => {
    const { container, lastUrl } = await renderPanel();
    fireEvent.click(screen.getByLabelText('▲ class −1'));
    const area = screen.getByTestId('plane-hit-area');
    fireEvent.pointerDown(area, { clientX: 0, clientY: 0, pointerType: 'mouse' });
    fireEvent.pointerUp(area, { clientX: 0, clientY: 0, pointerType: 'mouse' });
    expect(points(container)).toHaveLength(14);
    expect(points(container).at(-1)!.dataset.label).toBe('-1');
    fireEvent.click(screen.getByRole('button', { name: 'XOR' }));
    expect(points(container)).toHaveLength(12);
    expect(lastUrl().points).toMatch(/^2,2,1;3,2.5,1;/);
    fireEvent.click(screen.getByRole('button', { name: 'One far outlier' }));
    expect(lastUrl()).toEqual({});
  });

  it('toggles classifiers, steps through training and jumps back to the optimum', async () => {
    const { lastUrl } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Modified Huber' }));
    expect(screen.getByTestId('card-modified-huber')).toBeTruthy();
    expect(lastUrl().losses).toBe('hinge,log,exponential,perceptron,modified-huber');
    const optimum = stat('log', 'objective');
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.getByTestId('training-status').textContent).toBe('Showing gradient-descent step 199 of 200.');
    fireEvent.change(screen.getByRole('slider', { name: 'Gradient-descent step' }), { target: { value: '0' } });
    // Step 0 is w = 0, b = 0: every margin is 0, so the log loss's objective is ln 2 and every point an error.
    expect(stat('log', 'objective')).toBe(formatNumber(Math.LN2));
    expect(stat('log', 'error')).toBe('1');
    expect(screen.getByTestId('card-perceptron').textContent).toContain('Update 0 of');
    fireEvent.change(screen.getByRole('slider', { name: 'Gradient-descent step' }), { target: { value: '1' } });
    expect(screen.getByTestId('card-perceptron').textContent).toMatch(/Update 1 of \d+: point 1 \(ringed\) was misclassified/);
    expect(screen.getByTestId('update-ring')).toBeTruthy();
    fireEvent.click(screen.getByTestId('jump-optimum'));
    expect(stat('log', 'objective')).toBe(optimum);
  });

  it('draws the "why not accuracy" plot for the chosen loss and hides sections an embed hides', async () => {
    const { container } = await renderPanel('?angleLoss=hinge');
    await screen.findByTestId('angle-objective', undefined, { timeout: 20000 });
    expect(screen.getByText('Hinge and the 0-1 error against the boundary’s angle')).toBeTruthy();
    expect(container.querySelector('[data-testid="angle-objective"] path[data-series]')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(container.querySelector('[data-testid="angle-error"] path[data-series]')).toBeTruthy();
    await renderPanel('', ['accuracy', 'shares', 'training', 'points', 'losses', 'lambda', 'overlay']);
    expect(screen.getAllByTestId('card-hinge')).toHaveLength(2);
    expect(screen.getAllByTestId('angle-objective')).toHaveLength(1);
    expect(screen.getAllByTestId('shares')).toHaveLength(1);
    expect(screen.getAllByTestId('jump-optimum')).toHaveLength(1);
  });

  it('sweeps the "why not accuracy" plot only once its section is on screen', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        targets: Element[] = [];
        constructor(callback: IntersectionObserverCallback) {
          observers.push({ callback, targets: this.targets });
        }
        observe(target: Element) {
          this.targets.push(target);
        }
        unobserve(target: Element) {
          this.targets.splice(this.targets.indexOf(target), 1);
        }
        disconnect() {}
      },
    );
    try {
      const { container } = await renderPanel();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const section = container.querySelector('.classifier-accuracy')!;
      const watcher = observers.find((o) => o.targets.includes(section))!;
      expect(watcher).toBeTruthy();
      // Off screen: no sweep, however long it waits.
      act(() => vi.advanceTimersByTime(5000));
      expect(screen.queryByTestId('angle-objective')).toBeNull();
      expect(container.querySelector('.accuracy-pending')).toBeTruthy();
      // Scrolled to: the sweep runs, slice by slice, and the plot appears.
      act(() => watcher.callback([{ isIntersecting: true, target: section } as IntersectionObserverEntry], {} as IntersectionObserver));
      act(() => vi.advanceTimersByTime(5000));
      expect(container.querySelector('[data-testid="angle-objective"] path[data-series]')!.getAttribute('d')!.length).toBeGreaterThan(100);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('speaks Chinese', async () => {
    await renderPanel('', [], 'zh-CN');
    expect(screen.getByText('你的样本点')).toBeTruthy();
    expect(screen.getByTestId('card-perceptron').textContent).toMatch(/轮内未能分开/);
  });
});
