import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { SeriesProfiler } from '../../../../src/charts/Plot';
import { LangContext } from '../../../../src/i18n/strings';
import type { ProfilerOnRenderCallback } from 'react';

async function renderPanel(search: string, onParamsChange?: (entries: [string, string][]) => void) {
  render(<PanelHost panel={PANELS.neuron} search={search} hide={[]} onParamsChange={onParamsChange} />);
  await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
}

const cell = (run: string) => screen.getByTestId(`output-${run}`).textContent;

/**
 * While playing, numbers are written at a readable rate, one readout group per frame (live.tsx): a
 * number shows an epoch the cursor passed at most a tenth of a second of play ago, never a later one.
 */
function expectRecent(shown: number, moving: number, speed: number) {
  expect(shown).toBeLessThanOrEqual(moving);
  expect(shown).toBeGreaterThanOrEqual(moving - speed / 10);
}

// A fake clock for animation frames: a panel opened at epoch 0 plays, and moves only when a test advances the clock.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the neuron panel', () => {
  it('shows the articles’ numbers at epoch 300 from a link', async () => {
    await renderPanel('?panel=neuron&at=300');
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 300 / 300');
    expect(cell('quad1')).toBe('0.09396');
    expect(cell('quad2')).toBe('0.2028');
    expect(cell('ce1')).toBe('0.01164');
    expect(cell('ce2')).toBe('0.01201');
  });

  it('the scrubber and step buttons move one shared cursor, and its resting place goes to the URL', async () => {
    const onParamsChange = vi.fn();
    await renderPanel('?panel=neuron', onParamsChange);
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '100' } });
    expect(cell('quad1')).toBe('0.211');
    expect(cell('ce2')).toBe('0.04107');
    expect(onParamsChange).toHaveBeenLastCalledWith([['at', '100']]);
    fireEvent.click(screen.getByRole('button', { name: /Step forward one epoch/ }));
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 101 / 300');
    expect(onParamsChange).toHaveBeenLastCalledWith([['at', '101']]);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the animation to epoch 0' }));
    expect(cell('quad2')).toBe('0.982');
    expect(onParamsChange).toHaveBeenLastCalledWith([]);
  });

  it('playing moves every view of the cursor without rewriting the address; pausing writes where it stopped', async () => {
    const onParamsChange = vi.fn();
    await renderPanel('?panel=neuron&speed=300&predict=0', onParamsChange);
    const play = screen.getByRole('button', { name: /Pause|Play/ });
    expect(play.getAttribute('aria-pressed')).toBe('true'); // epoch 0, motion allowed, no prompt waiting: playing
    act(() => vi.advanceTimersByTime(200)); // a dozen frames
    // The scrubber's thumb is a mark: it is the moving cursor at every frame.
    const scrubber = screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement;
    const moving = Number(scrubber.value);
    expect(moving).toBeGreaterThan(40);
    // The numbers are read at a readable rate (live.tsx): each shows an epoch the cursor passed within a tenth of a second of play.
    const counterEpoch = () => Number(/Epoch (\d+)/.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1]);
    const diagramEpoch = () => Number(/epoch (\d+):/.exec(screen.getByRole('img', { name: /epoch \d+:/ }).getAttribute('aria-label') ?? '')?.[1]);
    const reasonEpoch = () => Number(/At epoch (\d+) /.exec(screen.getByTestId('reason-intro').textContent ?? '')?.[1]);
    for (const shown of [counterEpoch(), diagramEpoch(), reasonEpoch()]) expectRecent(shown, moving, 300);
    expect(onParamsChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(50));
    expect(Number(scrubber.value)).toBeGreaterThan(moving);
    expect(counterEpoch()).toBeGreaterThan(0);
    fireEvent.click(play);
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(onParamsChange).toHaveBeenCalledTimes(1);
    // Paused, every view shows the exact epoch where it stopped, the Why box's numbers the table's.
    const later = Number(scrubber.value);
    expect(later).toBeGreaterThan(moving);
    expect(onParamsChange).toHaveBeenLastCalledWith([['speed', '300'], ['at', String(later)], ['predict', '0']]);
    expect([counterEpoch(), diagramEpoch(), reasonEpoch()]).toEqual([later, later, later]);
    expect(screen.getByTestId('reason-numbers-quad1').textContent).toMatch(new RegExp(`^= \\(${cell('quad1')} − 0\\) × `));
  });

  it('waits for Play while the "what do you expect?" prompt is on, so the animation does not give the answer away', async () => {
    await renderPanel('?panel=neuron&speed=300');
    const play = screen.getByRole('button', { name: /Pause|Play/ });
    act(() => vi.advanceTimersByTime(200));
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 0 / 300');
    fireEvent.click(play);
    act(() => vi.advanceTimersByTime(200));
    expect(Number(/Epoch (\d+)/.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1])).toBeGreaterThan(40);
  });

  it('shortening the run pulls the cursor in for good, typed or dragged', async () => {
    await renderPanel('?panel=neuron&at=138');
    const box = screen.getByRole('textbox', { name: 'Epochs to train' });
    // Typing "500" passes through 5: the cursor is always within the run (the definition's limit).
    for (const typed of ['5', '50', '500']) fireEvent.change(box, { target: { value: typed } });
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 5 / 500');
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '400' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Epochs to train' }), { target: { value: '50' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Epochs to train' }), { target: { value: '1000' } });
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 50 / 1000');
  });

  it('switching a run off removes it from the table and the formulas', async () => {
    await renderPanel('?panel=neuron');
    fireEvent.click(screen.getByRole('switch', { name: /Cross-entropy, start 2/ }));
    expect(screen.queryByTestId('output-ce2')).toBeNull();
    expect(document.querySelector('.reason-row[data-run="ce2"]')).toBeNull();
    expect(document.querySelector('.reason-row[data-run="quad2"]')).not.toBeNull();
  });

  it('the diagram shows a run that is on: a link choosing a hidden run falls back to a visible one', async () => {
    await renderPanel('?panel=neuron&runs=ce1,quad1&focus=quad2');
    const select = screen.getByRole('combobox', { name: 'Diagram shows' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['quad1', 'ce1']);
    expect(select.value).toBe('quad1');
    expect(screen.getByRole('img', { name: /Quadratic, start 1/ })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'ce1' } });
    expect(screen.getByRole('img', { name: /Cross-entropy, start 1/ })).toBeTruthy();
  });

  it('presets restore the 0.82 and 0.98 starts', async () => {
    await renderPanel('?panel=neuron&w1=-3&b1=1');
    const start1 = screen.getByRole('group', { name: 'Start 1' });
    expect(within(start1).getByText(/Initial output/).textContent).toBe('Initial output a = σ(w·x + b) = 0.1192');
    fireEvent.click(within(start1).getByRole('button', { name: /0\.82/ }));
    expect(within(start1).getByText(/Initial output/).textContent).toContain('0.8176');
    fireEvent.click(within(start1).getByRole('button', { name: /0\.98/ }));
    expect(cell('quad1')).toBe('0.982');
  });

  it('a separate cross-entropy rate shows the book’s 0.005 and a rate column', async () => {
    await renderPanel('?panel=neuron');
    expect(screen.queryByRole('columnheader', { name: 'η' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Separate learning rate for cross-entropy' }));
    expect(screen.getByRole('columnheader', { name: 'η' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Cross-entropy learning rate η' }) as HTMLInputElement).value).toBe('0.005');
    const row = screen.getByTestId('output-ce1').closest('tr')!;
    expect(row.textContent).toContain('0.005');
  });

  it('bad typed input is flagged and the last valid value kept', async () => {
    await renderPanel('?panel=neuron&at=300');
    const box = screen.getByRole('textbox', { name: 'Learning rate η' });
    fireEvent.change(box, { target: { value: 'fast' } });
    expect(screen.getByRole('alert').textContent).toContain('Still using 0.15');
    expect(cell('quad1')).toBe('0.09396');
    fireEvent.change(box, { target: { value: '1e9' } });
    expect(cell('quad1')).toBe('0.09396');
  });

  it('an extreme learning rate gives a note and no NaN; a bad URL value is reported', async () => {
    await renderPanel('?panel=neuron&eta=100&y=0.5&at=40&epochs=5000');
    const panel = document.querySelector('.panel-neuron')!;
    expect(panel.querySelector('.neuron-notes')?.textContent).toMatch(/overshoots/);
    // The live region announces the kinds of trouble only, not the numbers that change as η is dragged.
    const live = panel.querySelector('[role="status"]')!;
    expect(live.textContent).toMatch(/overshoots/);
    expect(live.textContent).not.toMatch(/η|\d/);
    expect(panel.textContent).not.toMatch(/NaN|Infinity|undefined/);
    // epochs=5000 is beyond 1000: the shell's notice says so and the default 300 is used.
    expect(document.querySelector('.notice')?.textContent).toContain('epochs=5000');
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 40 / 300');
  });

  it('the slider of the learning rate is logarithmic and snaps to two digits', async () => {
    await renderPanel('?panel=neuron');
    const slider = screen.getByRole('slider', { name: 'Learning rate η' });
    act(() => {
      fireEvent.change(slider, { target: { value: String(Math.log10(0.5)) } });
    });
    expect((screen.getByRole('textbox', { name: 'Learning rate η' }) as HTMLInputElement).value).toBe('0.5');
  });
});

describe('what an animation frame redraws', () => {
  it('every chart’s cursor, the contour captions and the table follow the cursor while playing and after a scrub; the lines are not redrawn', async () => {
    const lineRenders: string[] = [];
    const onRender: ProfilerOnRenderCallback = (id) => lineRenders.push(id);
    render(
      <SeriesProfiler.Provider value={onRender}>
        <PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=300&predict=0" hide={[]} />
      </SeriesProfiler.Provider>,
    );
    await screen.findByTestId('epoch-counter', {}, { timeout: 5000 });
    const drawn = lineRenders.length;
    expect(drawn).toBeGreaterThan(0);
    const cursors = () => [...document.querySelectorAll('.epoch-cursor')].map((line) => line.getAttribute('transform'));
    const captions = () => [...document.querySelectorAll('.neuron-charts .chart-note')].map((note) => note.textContent);
    const shown = () => Number(/Epoch (\d+)/.exec(screen.getByTestId('epoch-counter').textContent ?? '')?.[1]);
    expect(cursors()).toHaveLength(5);
    const atStart = cursors();
    act(() => vi.advanceTimersByTime(200));
    const epoch = shown();
    expect(epoch).toBeGreaterThan(20);
    cursors().forEach((x, i) => expect(x).not.toBe(atStart[i]));
    expect(new Set(cursors()).size).toBe(1); // the five charts share one x scale: one cursor position
    // The two contour captions are one readout group: they show one epoch, a recent one.
    const captionEpochs = captions().flatMap((text) => /epoch (\d+)/.exec(text ?? '')?.[1] ?? []);
    expect(captionEpochs).toHaveLength(2);
    expect(captionEpochs[1]).toBe(captionEpochs[0]);
    expectRecent(Number(captionEpochs[0]), Number((screen.getByRole('slider', { name: 'Epoch' }) as HTMLInputElement).value), 300);
    expect(lineRenders).toHaveLength(drawn); // a dozen frames, and not one line redrawn
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    fireEvent.change(screen.getByRole('slider', { name: 'Epoch' }), { target: { value: '100' } });
    expect(shown()).toBe(100);
    expect(cell('quad1')).toBe('0.211');
    expect(captions().filter((text) => text?.includes('epoch 100'))).toHaveLength(2);
    expect(screen.getByRole('img', { name: /epoch 100:/ })).toBeTruthy();
    expect(lineRenders).toHaveLength(drawn);
    // A change of the runs does redraw them: the counter is live.
    fireEvent.click(screen.getByRole('switch', { name: /Cross-entropy, start 2/ }));
    expect(lineRenders.length).toBeGreaterThan(drawn);
  });
});

describe('the views written at each frame (no React render)', () => {
  it('in Chinese too, the counter, table, captions, diagram and every marker show the moving epoch, and the resting one after a scrub', async () => {
    render(
      <LangContext.Provider value="zh-CN">
        <PanelHost panel={PANELS.neuron} search="?panel=neuron&speed=300&predict=0" hide={[]} />
      </LangContext.Provider>,
    );
    await screen.findByTestId('epoch-counter', {}, { timeout: 15_000 });
    const counter = () => screen.getByTestId('epoch-counter').textContent ?? '';
    const marks = () => [...document.querySelectorAll('.panel-neuron svg .live-mark')].map((g) => g.getAttribute('transform'));
    const atStart = marks();
    expect(counter()).toBe('迭代 0 / 300');
    expect(atStart.length).toBe(3 * 4 + 2 * 2 + 2 * 2 + 4 * 2); // output, w, b: four runs; each cost chart and map: its two runs; σ(z) and σ′(z): four
    act(() => vi.advanceTimersByTime(200));
    const epoch = Number(/迭代 (\d+) \//.exec(counter())?.[1]);
    expect(epoch).toBeGreaterThan(20);
    const moved = marks();
    expect(moved.filter((t, i) => t !== atStart[i]).length).toBeGreaterThan(atStart.length / 2);
    const textOf = (selector: string) => document.querySelector(selector)?.textContent;
    const moving = Number((document.querySelector('.scrubber input[type=range]') as HTMLInputElement).value);
    expectRecent(epoch, moving, 300);
    // Each block's numbers are written together (one readout group): its caption and its numbers show one epoch.
    const caption = Number(/第 (\d+) 次迭代时的数值/.exec(textOf('.neuron-values caption') ?? '')?.[1]);
    expectRecent(caption, moving, 300);
    const title = Number(/第 (\d+) 次迭代时的神经元/.exec(textOf('.neuron-diagram-box h3') ?? '')?.[1]);
    expectRecent(title, moving, 300);
    expect(document.querySelector('.neuron-diagram')?.getAttribute('aria-label')).toContain(` ${title}`);
    const notes = [...document.querySelectorAll('.neuron-charts .chart-note')].map((note) => Number(/第 (\d+) 次迭代/.exec(note.textContent ?? '')?.[1])).filter((n) => n > 0);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toBe(notes[0]);
    expectRecent(notes[0], moving, 300);
    // Paused and scrubbed: every view shows the scrubbed epoch, written where React rendered the resting one.
    const play = document.querySelector('.play-button')!;
    expect(play.textContent).toContain('暂停');
    fireEvent.click(play);
    const scrubber = document.querySelector('.scrubber input[type=range]')!;
    fireEvent.change(scrubber, { target: { value: '100' } });
    expect(counter()).toBe('迭代 100 / 300');
    expect(cell('quad1')).toBe('0.211');
    expect(textOf('.neuron-values caption')).toBe('第 100 次迭代时的数值');
    expect(marks()).not.toEqual(moved);
    // Back to epoch 0 puts every marker where it started.
    fireEvent.change(scrubber, { target: { value: '0' } });
    expect(marks()).toEqual(atStart);
  });
});

describe('reset all settings', () => {
  it('restores the defaults and brings the cursor back to epoch 0', async () => {
    await renderPanel('?panel=neuron&at=200&eta=0.5&w2=3');
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 200 / 300');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    expect(screen.getByTestId('epoch-counter').textContent).toBe('Epoch 0 / 300');
    expect(cell('quad2')).toBe('0.982');
    expect((screen.getByRole('textbox', { name: 'Learning rate η' }) as HTMLInputElement).value).toBe('0.15');
  });
});

describe('embedding', () => {
  it('hides the controls a teacher lists in hide=, and only those', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?embed=neuron" hide={['learning-rate', 'start2', 'runs', 'speed', 'nonsense']} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 5000 });
    expect(screen.queryByRole('slider', { name: 'Learning rate η' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Separate learning rate for cross-entropy' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Start 2' })).toBeNull();
    expect(screen.queryByRole('switch', { name: /Quadratic, start 1/ })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Speed (epochs per second)' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Start 1' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Epoch' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Diagram shows/ })).toBeTruthy();
  });
});
