import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';

/**
 * A page's IntersectionObserver, driven by the test: `view(shown)` reports every watched element
 * in view or not. An animation frame writes only what is in or near view (live.tsx); what is out of
 * view catches up when it comes into view, and at every rest and scrub.
 */
function fakeViewport() {
  const observers = new Set<{ callback: IntersectionObserverCallback; targets: Set<Element> }>();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: { callback: IntersectionObserverCallback; targets: Set<Element> };
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: new Set() };
        observers.add(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.add(target);
      }
      unobserve(target: Element) {
        this.entry.targets.delete(target);
      }
      disconnect() {
        observers.delete(this.entry);
      }
    },
  );
  return {
    view(shown: (target: Element) => boolean) {
      act(() => {
        for (const { callback, targets } of observers) {
          callback([...targets].map((target) => ({ target, isIntersecting: shown(target) }) as IntersectionObserverEntry), {} as IntersectionObserver);
        }
      });
    },
    watched: () => [...observers].flatMap(({ targets }) => [...targets]),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const inTable = (target: Element) => target.closest('.neuron-values') !== null;
const inCharts = (target: Element) => target.closest('.neuron-charts') !== null;

describe('an animation frame writes what is in view', () => {
  it('skips the table and charts out of view while playing; they show the cursor once in view, and after a pause and a scrub', async () => {
    const viewport = fakeViewport();
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=300&predict=0" hide={[]} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    const counter = () => Number(/Epoch (\d+) \//.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1]);
    const cell = () => screen.getByTestId('output-quad1').textContent;
    const caption = () => document.querySelector('.neuron-values caption')?.textContent;
    const cursors = () => [...document.querySelectorAll('.epoch-cursor')].map((line) => line.getAttribute('transform'));
    // Each live cell, caption and chart is watched.
    expect(viewport.watched().filter(inTable).length).toBeGreaterThanOrEqual(29);
    expect(viewport.watched().filter(inCharts).length).toBeGreaterThanOrEqual(5);
    const atStart = { cell: cell(), cursors: cursors() };
    expect(caption()).toBe('Values at epoch 0');

    // The panel is on screen, its table and charts below the fold: it plays; they keep epoch 0.
    viewport.view((target) => !inTable(target) && !inCharts(target));
    act(() => vi.advanceTimersByTime(200));
    const playing = counter();
    expect(playing).toBeGreaterThan(20);
    expect(screen.getByRole('img', { name: new RegExp(`epoch ${playing}:`) })).toBeTruthy(); // the diagram, in view, follows
    expect(cell()).toBe(atStart.cell);
    expect(caption()).toBe('Values at epoch 0');
    expect(cursors()).toEqual(atStart.cursors);

    // Scrolled into view: at once at the cursor, and then following it.
    viewport.view(() => true);
    expect(caption()).toBe(`Values at epoch ${playing}`);
    expect(cell()).not.toBe(atStart.cell);
    cursors().forEach((x, i) => expect(x).not.toBe(atStart.cursors[i]));
    act(() => vi.advanceTimersByTime(100));
    expect(counter()).toBeGreaterThan(playing);
    expect(caption()).toBe(`Values at epoch ${counter()}`);

    // Out of view again, then paused: the pause writes every view, in view or not.
    viewport.view((target) => !inTable(target));
    act(() => vi.advanceTimersByTime(100));
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    expect(caption()).toBe(`Values at epoch ${counter()}`);
    // A scrub too, out of view.
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '100' } });
    expect(counter()).toBe(100);
    expect(cell()).toBe('0.211');
    expect(caption()).toBe('Values at epoch 100');
  });

  it('the scrubber, written at each frame, follows the moving cursor and rests where it was paused', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=300&predict=0" hide={[]} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    const slider = screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement;
    const counter = () => Number(/Epoch (\d+) \//.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1]);
    act(() => vi.advanceTimersByTime(200));
    const epoch = counter();
    expect(epoch).toBeGreaterThan(20);
    expect(slider.value).toBe(String(epoch));
    expect(slider.getAttribute('aria-valuetext')).toBe(`${epoch} / 300`);
    expect(document.querySelector('.scrubber output')?.textContent).toBe(`${epoch} / 300`);
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    act(() => vi.advanceTimersByTime(200));
    expect(counter()).toBe(epoch);
    expect(slider.value).toBe(String(epoch));
    // The keyboard on the scrubber moves from where it rests.
    fireEvent.change(slider, { target: { value: String(epoch + 1) } });
    expect(counter()).toBe(epoch + 1);
    expect(document.querySelector('.scrubber output')?.textContent).toBe(`${epoch + 1} / 300`);
  });
});
