import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';

/*
 * The panel's sections are memoized so that a temperature step re-renders only what it changes
 * (issue 10). These tests pin what the memoization must keep: every section still follows the
 * values it shows, and a section the step does not change keeps its DOM.
 */

async function renderPanel(search: string) {
  render(<PanelHost panel={PANELS.softmax} search={search} hide={[]} />);
  await screen.findByTestId('naive-table', {}, { timeout: 10_000 });
  // Its lazily loaded sections too (the identity, the derivations): the steps below start from a settled panel.
  await waitFor(() => expect(document.querySelectorAll('.panel-loading')).toHaveLength(0), { timeout: 10_000 });
}

const quotients = (testId: string) => Array.from(screen.getByTestId(testId).querySelectorAll('tbody td.col-quotient .cell-value')).map((cell) => cell.textContent);
const barTitles = () => Array.from(document.querySelectorAll('.panel-softmax svg rect title')).map((title) => title.textContent);

describe('softmax panel, memoized sections', () => {
  it('a temperature step updates both tables, the chart and the results, and leaves the logit sliders and the legend as they were', async () => {
    await renderPanel('?logits=1,2,3');
    const before = { naive: quotients('naive-table'), shifted: quotients('shifted-table'), bars: barTitles(), loss: screen.getByTestId('cross-entropy').textContent };
    const sliderX1 = screen.getByLabelText('x1');
    const legend = document.querySelector('.issue-legend');
    fireEvent.change(screen.getByRole('slider', { name: 'Temperature T (softmax(x / T))' }), { target: { value: '2' } });
    // softmax([0.5, 1, 1.5]) = [0.1863, 0.3072, 0.5065]
    expect(quotients('shifted-table')).toEqual(['0.1863', '0.3072', '0.5065']);
    expect(quotients('naive-table')).toEqual(['0.1863', '0.3072', '0.5065']);
    expect(quotients('shifted-table')).not.toEqual(before.shifted);
    expect(barTitles()).not.toEqual(before.bars);
    expect(barTitles().some((title) => title?.includes('0.5065'))).toBe(true);
    expect(screen.getByTestId('cross-entropy').textContent).not.toBe(before.loss);
    // Untouched by the step: the same DOM nodes, the same values.
    expect(screen.getByLabelText('x1')).toBe(sliderX1);
    expect((sliderX1 as HTMLInputElement).value).toBe('1');
    expect(document.querySelector('.issue-legend')).toBe(legend);
  });

  it('the memoized inputs, presets and problem cells still follow the logits', async () => {
    await renderPanel('?logits=1,2,3');
    const field = screen.getByLabelText('Logits (commas or spaces; 1e3 allowed)') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: '4, 0' } });
    fireEvent.blur(field);
    expect((screen.getByLabelText('x1') as HTMLInputElement).value).toBe('4');
    expect(screen.queryByLabelText('x3')).toBeNull();
    // A preset: its button is pressed, the field and sliders show it, the naive cells overflow.
    fireEvent.click(screen.getByLabelText('Use logits [710, 0]'));
    expect(screen.getByLabelText('Use logits [710, 0]').getAttribute('aria-pressed')).toBe('true');
    expect(field.value).toBe('710, 0');
    expect(screen.getByTestId('naive-table').querySelectorAll('td[data-issue]').length).toBeGreaterThan(0);
    // Back to harmless logits: the problem cells (memoized per cell) lose their marks.
    fireEvent.change(field, { target: { value: '1, 2' } });
    fireEvent.blur(field);
    expect(screen.getByTestId('naive-table').querySelectorAll('td[data-issue]').length).toBe(0);
    expect(screen.getByLabelText('Use logits [710, 0]').getAttribute('aria-pressed')).toBe('false');
    expect(quotients('naive-table')).toEqual(['0.2689', '0.7311']);
  });

  it('the memoized true-class radios still follow a click, and a temperature step leaves them alone', async () => {
    await renderPanel('?logits=1,2,3');
    const radio = (index: number) => screen.getByRole('radio', { name: `Class ${index} is the true class` }) as HTMLInputElement;
    expect(radio(1).checked).toBe(true);
    const first = radio(1);
    fireEvent.change(screen.getByRole('slider', { name: 'Temperature T (softmax(x / T))' }), { target: { value: '2' } });
    expect(radio(1)).toBe(first);
    expect(radio(1).checked).toBe(true);
    // One group: the same name on every radio.
    expect(new Set([1, 2, 3].map((i) => radio(i).name)).size).toBe(1);
    fireEvent.click(radio(3));
    expect(radio(3).checked).toBe(true);
    expect(radio(1).checked).toBe(false);
    // softmax([0.5, 1, 1.5]) at T = 2, true class 3: −ln 0.506480 = 0.680270
    expect(screen.getByTestId('cross-entropy').textContent).toContain('0.68027');
  });

  it('after temperature steps across T = 1 (headers switch between x and z = x / T), every table, bar and title equals a fresh render of the same values', async () => {
    const snapshot = () => ({
      naive: screen.getByTestId('naive-table').textContent,
      shifted: screen.getByTestId('shifted-table').textContent,
      results: screen.getByTestId('results-table').textContent,
      loss: screen.getByTestId('cross-entropy').textContent,
      bars: Array.from(document.querySelectorAll('.panel-softmax svg rect[height]')).map((bar) => [bar.getAttribute('y'), bar.getAttribute('height'), bar.querySelector('title')?.textContent]),
    });
    await renderPanel('?logits=1,2,3');
    const cell = screen.getByTestId('naive-table').querySelector('td.col-input');
    const slider = screen.getByRole('slider', { name: 'Temperature T (softmax(x / T))' });
    for (const value of ['1.05', '1', '2', '1.05']) fireEvent.change(slider, { target: { value } });
    expect(screen.getByTestId('naive-table').querySelector('td.col-input')).toBe(cell);
    expect(screen.getByTestId('naive-table').querySelector('thead')?.textContent).toContain('z = x / T');
    const stepped = snapshot();
    cleanup();
    await renderPanel('?logits=1,2,3&temperature=1.05');
    expect(snapshot()).toEqual(stepped);
    fireEvent.change(screen.getByRole('slider', { name: 'Temperature T (softmax(x / T))' }), { target: { value: '1' } });
    const back = snapshot();
    expect(back.naive).not.toContain('z = x / T');
    cleanup();
    await renderPanel('?logits=1,2,3');
    expect(snapshot()).toEqual(back);
  });
});
