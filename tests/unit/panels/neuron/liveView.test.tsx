import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { READOUT_MS } from '../../../../src/panels/neuron/live';

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

/** While playing, a number shows an epoch the cursor passed at most a tenth of a second of play ago (speed 300 here; live.tsx). */
function expectRecent(shown: number, moving: number) {
  expect(shown).toBeLessThanOrEqual(moving);
  expect(shown).toBeGreaterThanOrEqual(moving - 30);
}

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
    const moving = () => Number((screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement).value);
    const diagramEpoch = () => Number(/epoch (\d+):/.exec(screen.getByRole('img', { name: /epoch \d+:/ }).getAttribute('aria-label') ?? '')?.[1]);
    const captionEpoch = () => Number(/Values at epoch (\d+)/.exec(caption() ?? '')?.[1]);
    // Each live cell, caption and chart is watched (once the panel's effects have run: on a busy machine, after the counter shows).
    await vi.waitFor(() => {
      expect(viewport.watched().filter(inTable).length).toBeGreaterThanOrEqual(29);
      expect(viewport.watched().filter(inCharts).length).toBeGreaterThanOrEqual(5);
    }, { timeout: 15_000 });
    const atStart = { cell: cell(), cursors: cursors() };
    expect(caption()).toBe('Values at epoch 0');

    // The panel is on screen, its table and charts below the fold: it plays; they keep epoch 0.
    viewport.view((target) => !inTable(target) && !inCharts(target));
    act(() => vi.advanceTimersByTime(200));
    const playing = moving();
    expect(playing).toBeGreaterThan(20);
    expectRecent(counter(), playing);
    expectRecent(diagramEpoch(), playing); // the diagram, in view, follows
    expect(cell()).toBe(atStart.cell);
    expect(caption()).toBe('Values at epoch 0');
    expect(cursors()).toEqual(atStart.cursors);

    // Scrolled into view: at once at the cursor, and then following it.
    viewport.view(() => true);
    expect(caption()).toBe(`Values at epoch ${moving()}`);
    expect(cell()).not.toBe(atStart.cell);
    cursors().forEach((x, i) => expect(x).not.toBe(atStart.cursors[i]));
    act(() => vi.advanceTimersByTime(100));
    expect(counter()).toBeGreaterThan(playing);
    expectRecent(captionEpoch(), moving());

    // Out of view again, then paused: the pause writes every view, in view or not: what is in view
    // at once, the table out of view in a task of its own right after (an idle moment).
    viewport.view((target) => !inTable(target));
    act(() => vi.advanceTimersByTime(100));
    const before = caption();
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    const paused = counter();
    expect(moving()).toBe(paused);
    expect(caption()).toBe(before);
    await waitFor(() => expect(caption()).toBe(`Values at epoch ${paused}`));
    // A scrub too, out of view.
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '100' } });
    expect(counter()).toBe(100);
    await waitFor(() => expect(caption()).toBe('Values at epoch 100'));
    expect(cell()).toBe('0.211');
    // Several steps in a row: the table catches up once, at the last one.
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '101' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '102' } });
    expect(caption()).toBe('Values at epoch 100');
    await waitFor(() => expect(caption()).toBe('Values at epoch 102'));
  }, 60_000);

  it('the scrubber, written at each frame, follows the moving cursor and rests where it was paused', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=300&predict=0" hide={[]} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    const slider = screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement;
    const counter = () => Number(/Epoch (\d+) \//.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1]);
    act(() => vi.advanceTimersByTime(200));
    const playing = Number(slider.value);
    expect(playing).toBeGreaterThan(20);
    // Its value text, read, follows at the readable rate with the counter (one readout group).
    const shown = counter();
    expectRecent(shown, playing);
    expect(slider.getAttribute('aria-valuetext')).toBe(`${shown} / 300`);
    expect(document.querySelector('.scrubber output')?.textContent).toBe(`${shown} / 300`);
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    const epoch = counter();
    expect(epoch).toBeGreaterThanOrEqual(playing);
    expect(slider.getAttribute('aria-valuetext')).toBe(`${epoch} / 300`);
    act(() => vi.advanceTimersByTime(200));
    expect(counter()).toBe(epoch);
    expect(slider.value).toBe(String(epoch));
    // The keyboard on the scrubber moves from where it rests.
    fireEvent.change(slider, { target: { value: String(epoch + 1) } });
    expect(counter()).toBe(epoch + 1);
    expect(document.querySelector('.scrubber output')?.textContent).toBe(`${epoch + 1} / 300`);
  });
});

describe('numbers are written at a readable rate while playing', () => {
  it('one readout group per frame, each at most about 15 times a second, while the scrubber’s thumb moves every frame; paused, all show the exact epoch', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=60&predict=0" hide={[]} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    const slider = screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement;
    // Each block's numbers, read together (one readout group each).
    const groups: Record<string, () => string> = {
      transport: () => `${screen.getByTestId('epoch-counter').textContent} ${document.querySelector('.scrubber output')?.textContent} ${slider.getAttribute('aria-valuetext')}`,
      diagram: () => `${document.querySelector('.neuron-diagram-box h3')?.textContent} ${document.querySelector('.neuron-diagram')?.getAttribute('aria-label')}`,
      reason: () => `${screen.getByTestId('reason-intro').textContent} ${screen.getByTestId('reason-numbers-quad1').textContent}`,
      table: () => `${document.querySelector('.neuron-values caption')?.textContent} ${screen.getByTestId('output-quad1').textContent}`,
      charts: () => [...document.querySelectorAll('.neuron-charts .chart-note')].map((note) => note.textContent).join(' '),
    };
    const read = () => Object.fromEntries(Object.entries(groups).map(([name, text]) => [name, text()]));
    // (Playing starts, and the first renders after it write every view once: React's renders always write the exact epoch.)
    act(() => vi.advanceTimersByTime(200));
    const written: Record<string, number[]> = Object.fromEntries(Object.keys(groups).map((name) => [name, []]));
    let before = read();
    let thumb = slider.value;
    let thumbMoves = 0;
    const FRAME_MS = 16; // the fake clock's animation frames
    for (let frame = 0; frame < 40; frame++) {
      act(() => vi.advanceTimersByTime(FRAME_MS));
      const now = read();
      const changed = Object.keys(groups).filter((name) => now[name] !== before[name]);
      expect(changed.length, `frame ${frame}: ${changed.join(' ')}`).toBeLessThanOrEqual(1);
      changed.forEach((name) => written[name].push(frame));
      if (slider.value !== thumb) thumbMoves++;
      before = now;
      thumb = slider.value;
    }
    expect(thumbMoves).toBeGreaterThan(33);
    for (const frames of Object.values(written)) {
      expect(frames.length).toBeGreaterThanOrEqual(4); // two thirds of a second of play: every group follows
      frames.slice(1).forEach((frame, i) => expect((frame - frames[i]) * FRAME_MS).toBeGreaterThanOrEqual(READOUT_MS));
    }
    // Paused: every number shows the exact epoch where it stopped.
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    const at = slider.value;
    expect(screen.getByTestId('epoch-counter').textContent).toBe(`Epoch ${at} / 300`);
    expect(document.querySelector('.scrubber output')?.textContent).toBe(`${at} / 300`);
    expect(document.querySelector('.neuron-diagram-box h3')?.textContent).toContain(` ${at}`);
    expect(screen.getByTestId('reason-intro').textContent).toContain(`At epoch ${at} `);
    expect(document.querySelector('.neuron-values caption')?.textContent).toBe(`Values at epoch ${at}`);
    expect([...document.querySelectorAll('.neuron-charts .chart-note')].filter((note) => note.textContent?.includes(`epoch ${at}`))).toHaveLength(2);
    // A step, too.
    fireEvent.click(screen.getByRole('button', { name: 'Step forward one epoch: +1' }));
    expect(document.querySelector('.neuron-values caption')?.textContent).toBe(`Values at epoch ${Number(at) + 1}`);
  }, 60_000);
});
