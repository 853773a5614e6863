import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { fitLinearClassifier, perceptronTrain } from '../../../../src/math/classifier';
import { formatNumber } from '../../../../src/math';
import { OUTLIER, XOR } from '../../../../src/panels/classifier/presets';

/*
 * The cards, point tools and controls are memoized so that a step of λ re-renders only what λ moves
 * (issue 10; ClassifierCard compares its state and text by value). These tests pin what that must
 * keep: every card still follows λ and the points, and the perceptron's card follows the points.
 */

async function renderPanel(search = '', hide = ['accuracy']) {
  render(<PanelHost panel={PANELS.classifier} search={search} hide={hide} />);
  await screen.findAllByTestId('card-hinge', undefined, { timeout: 10_000 });
}

const stat = (id: string, name: string) => screen.getByTestId(`card-${id}`).querySelector(`[data-stat="${name}"]`)!.textContent;
const weightsText = (fit: { w: readonly number[]; b: number }) => `w = (${formatNumber(fit.w[0])}, ${formatNumber(fit.w[1])}), b = ${formatNumber(fit.b)}`;
/** The shapes drawn for the points on one card (a fixed number per point). */
const cardMarks = (id: string) => screen.getByTestId(`card-${id}`).querySelector('.card-points')!.childElementCount;

describe('classifier panel, memoized cards', () => {
  it('a new λ moves every loss card; the perceptron card, which λ does not move, keeps its numbers', async () => {
    await renderPanel();
    const perceptron = screen.getByTestId('card-perceptron').textContent;
    const box = screen.getByRole('textbox', { name: 'L2 strength λ' });
    fireEvent.change(box, { target: { value: '2' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    for (const id of ['hinge', 'log', 'exponential'] as const) {
      const fit = fitLinearClassifier(OUTLIER, id, { lambda: 2 });
      expect(stat(id, 'weights')).toBe(weightsText(fit));
      expect(stat(id, 'objective')).toBe(formatNumber(fit.objective));
      expect(screen.getByTestId(`card-${id}`).querySelector('svg[role="img"]')!.getAttribute('aria-label')).toContain(formatNumber(fit.b));
    }
    expect(screen.getByTestId('card-perceptron').textContent).toBe(perceptron);
  });

  it('a new λ moves the boundaries on the large plane (drawn apart from its points) as a fresh view of that λ draws them (to 0.01 px: the fit is warm-started), the perceptron’s stays', async () => {
    const plane = () =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="point-plane"] .boundary')].map((g) => {
          const line = g.querySelector('.boundary-line')!;
          return [g.getAttribute('data-classifier'), ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)).toFixed(2)).join(' ')];
        }),
      );
    await renderPanel('?lambda=2');
    const fresh = plane();
    cleanup();
    await renderPanel();
    const before = plane();
    expect(Object.keys(before)).toEqual(['hinge', 'log', 'exponential', 'perceptron']);
    const planePoint = document.querySelector('[data-testid="point-plane"] .plane-point')!;
    const box = screen.getByRole('textbox', { name: 'L2 strength λ' });
    fireEvent.change(box, { target: { value: '2' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    const after = plane();
    expect(after).toEqual(fresh);
    for (const id of ['hinge', 'log', 'exponential']) expect(after[id]).not.toBe(before[id]);
    expect(after.perceptron).toBe(before.perceptron);
    // The points were not redrawn (the same nodes), and switching the overlay off still removes the lines.
    expect(document.querySelector('[data-testid="point-plane"] .plane-point')).toBe(planePoint);
    fireEvent.click(screen.getByRole('switch', { name: 'Overlay every boundary on the large plane' }));
    expect(plane()).toEqual({});
  });

  it('new points redraw every card, the perceptron card and the points of each card included', async () => {
    await renderPanel();
    const perPoint = cardMarks('perceptron') / OUTLIER.length;
    expect(perPoint).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(perPoint)).toBe(true);
    expect(XOR.length).not.toBe(OUTLIER.length);
    fireEvent.click(screen.getByRole('button', { name: 'XOR' }));
    const run = perceptronTrain(XOR, { maxEpochs: 100 });
    const w = [run.w1[run.updates], run.w2[run.updates]];
    expect(stat('perceptron', 'weights')).toBe(weightsText({ w, b: run.b[run.updates] }));
    expect(screen.getByTestId('card-perceptron').textContent).toContain(`Did not separate in 100 epochs (${run.updates} updates)`);
    for (const id of ['hinge', 'log', 'perceptron'] as const) expect(cardMarks(id)).toBe(XOR.length * perPoint);
    expect(stat('hinge', 'weights')).toBe(weightsText(fitLinearClassifier(XOR, 'hinge', { lambda: 0.1 })));
  });

  it('the accuracy section, which runs its own sweep, redraws its curve for a new λ', async () => {
    await renderPanel('?angleLoss=hinge', ['training', 'shares', 'points']);
    const curve = () => document.querySelector('[data-testid="angle-objective"] path[data-series]')?.getAttribute('d') ?? null;
    await waitFor(() => expect(curve()).not.toBeNull(), { timeout: 20_000 });
    const before = curve();
    const box = screen.getByRole('textbox', { name: 'L2 strength λ' });
    fireEvent.change(box, { target: { value: '3' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(document.querySelector('.accuracy-plots[data-pending]')).not.toBeNull();
    await waitFor(() => expect(document.querySelector('.accuracy-plots[data-pending]')).toBeNull(), { timeout: 20_000 });
    expect(curve()).not.toBe(before);
  });
});
