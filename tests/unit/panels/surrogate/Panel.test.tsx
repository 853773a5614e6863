import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { LangContext } from '../../../../src/i18n/strings';

/** Renders the panel as the shell does, recording what it would write to the URL. */
async function renderPanel(search = '', hide: string[] = []) {
  const written: [string, string][][] = [];
  const view = render(<PanelHost panel={PANELS.surrogate} search={search} hide={hide} onParamsChange={(entries) => written.push(entries)} />);
  await screen.findByTestId('readout', undefined, { timeout: 5000 });
  return { ...view, lastUrl: () => Object.fromEntries(written.at(-1) ?? []) };
}

function readout(): Record<string, [string, string]> {
  const rows = screen.getByTestId('readout').querySelectorAll('tbody tr');
  return Object.fromEntries(
    [...rows].map((row) => [
      (row as HTMLElement).dataset.curve!,
      [row.querySelector('[data-col="loss"]')!.textContent!, row.querySelector('[data-col="grad"]')!.textContent!],
    ]),
  );
}

// Each test renders the whole panel in jsdom (charts, KaTeX cards): slow on a busy machine, so more than the default 5 s.
describe('surrogate panel', { timeout: 20_000 }, () => {
  it('reads out the five default losses and derivatives at m = 0, noting the corner and the jump', async () => {
    await renderPanel();
    expect(readout()).toEqual({
      'zero-one': ['1', '0'],
      hinge: ['1', '−1'],
      logistic: ['1', '−0.7213'],
      exponential: ['1', '−1'],
      perceptron: ['0', '−1'],
    });
    expect(screen.getByText(/jumps at m = 0 and has no derivative/)).toBeTruthy();
    expect(screen.getByText(/Perceptron has a corner/)).toBeTruthy();
  });

  it('notes only real corners: not squared hinge at m = 1 nor modified Huber at m = ±1, where L′ is continuous', async () => {
    const all = 'losses=zero-one,hinge,logistic,exponential,perceptron,squared-hinge,modified-huber';
    const { unmount } = await renderPanel(`?m=1&${all}`);
    // A curve's note and footnote mark stay in the page, hidden while the margin is off its breakpoints.
    let notes = [...document.querySelectorAll('.readout-note:not([hidden])')].map((note) => note.textContent);
    expect(notes).toEqual([expect.stringMatching(/Hinge has a corner/)]);
    expect(screen.getByTestId('readout').querySelectorAll('sup:not([hidden])')).toHaveLength(1);
    unmount();
    await renderPanel(`?m=-1&${all}`);
    notes = [...document.querySelectorAll('.readout-note:not([hidden])')].map((note) => note.textContent);
    expect(notes).toEqual([]);
  });

  it('a legend toggle removes the loss from chart, readout and cards, and writes the URL', async () => {
    const { container, lastUrl } = await renderPanel();
    const hinge = screen.getByRole('button', { name: 'Hinge' });
    expect(hinge.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(hinge);
    expect(hinge.getAttribute('aria-pressed')).toBe('false');
    expect(Object.keys(readout())).toEqual(['zero-one', 'logistic', 'exponential', 'perceptron']);
    expect(container.querySelector('[data-testid="loss-chart"] [data-curve="hinge"]')).toBeNull();
    expect(container.querySelector('.formula-card[data-curve="hinge"]')).toBeNull();
    expect(lastUrl()).toEqual({ losses: 'zero-one,logistic,exponential,perceptron' });
    fireEvent.click(screen.getByRole('button', { name: 'Modified Huber' }));
    expect(lastUrl().losses).toBe('zero-one,logistic,exponential,perceptron,modified-huber');
  });

  it('the margin box sets m; bad text is flagged and the last valid margin kept', async () => {
    const { lastUrl } = await renderPanel();
    const box = screen.getByRole('textbox', { name: 'Margin m' });
    fireEvent.change(box, { target: { value: '-1' } });
    expect(readout().hinge).toEqual(['2', '−1']);
    expect(readout().exponential).toEqual(['2.718', '−2.718']);
    expect(readout().logistic[0]).toBe('1.895');
    expect(lastUrl()).toEqual({ m: '-1' });
    fireEvent.change(box, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Not a number/);
    expect(readout().hinge[0]).toBe('2');
    fireEvent.change(box, { target: { value: '50' } });
    expect(readout().hinge[0]).toBe('2');
  });

  // Expected values computed independently with mpmath (30 digits), shown to 4 significant digits.
  it.each([
    ['-2.5', ['1', '3.5', '3.721', '12.18', '2.5', '12.25', '10']],
    ['0.3', ['0', '0.7', '0.7998', '0.7408', '0', '0.49', '0.49']],
    ['2', ['0', '0', '0.1831', '0.1353', '0', '0', '0']],
    ['-7', ['1', '8', '10.1', '1097', '7', '64', '28']],
  ])('at m = %s every loss matches the independently computed value', async (m, expected) => {
    await renderPanel(`?range=8&m=${m}&losses=zero-one,hinge,logistic,exponential,perceptron,squared-hinge,modified-huber`);
    expect(Object.values(readout()).map(([loss]) => loss)).toEqual(expected);
  });

  it('arrow keys on the chart move the marker (Shift for 1), clamped to the view', async () => {
    await renderPanel('?m=3.9');
    const chart = screen.getByTestId('loss-chart');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(chart.getAttribute('aria-valuenow')).toBe('4');
    fireEvent.keyDown(chart, { key: 'ArrowLeft', shiftKey: true });
    expect(chart.getAttribute('aria-valuenow')).toBe('3');
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(chart.getAttribute('aria-valuenow')).toBe('-4');
  });

  it('after margin steps on and off the corners (m = 0, 1), the readout, its notes, the chart and its labels equal a fresh render of the same margin', async () => {
    const seen = () => ({
      readout: readout(),
      caption: screen.getByTestId('readout').querySelector('caption')?.textContent,
      marks: screen.getByTestId('readout').querySelectorAll('sup:not([hidden])').length,
      notes: [...document.querySelectorAll('.readout-note:not([hidden])')].map((note) => note.textContent),
      chart: ['aria-label', 'aria-valuenow', 'aria-valuetext'].map((name) => screen.getByTestId('loss-chart').getAttribute(name)),
      marker: screen.getByTestId('loss-chart').querySelector('.chart-marker')?.innerHTML,
    });
    const { unmount } = await renderPanel();
    const chart = screen.getByTestId('loss-chart');
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft']) fireEvent.keyDown(chart, { key });
    const atZero = seen();
    expect(atZero.marks).toBe(2);
    for (const key of ['ArrowRight', 'ArrowRight']) fireEvent.keyDown(chart, { key, shiftKey: true });
    const atTwo = seen();
    expect(atTwo.marks).toBe(0);
    expect(atTwo.notes).toEqual([]);
    fireEvent.keyDown(chart, { key: 'ArrowLeft', shiftKey: true });
    const atOne = seen();
    unmount();
    for (const [m, stepped] of [['0', atZero], ['2', atTwo], ['1', atOne]] as const) {
      const fresh = await renderPanel(`?m=${m}`);
      expect(seen()).toEqual(stepped);
      fresh.unmount();
    }
  });

  it('the gradient switch adds the d/dm chart with a hole where the 0-1 loss has no derivative', async () => {
    const { container } = await renderPanel();
    expect(screen.queryByTestId('grad-chart')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Show gradients dL/dm' }));
    expect(screen.getByTestId('grad-chart')).toBeTruthy();
    expect(container.querySelectorAll('[data-testid="grad-chart"] [data-curve="zero-one"] .undefined-point')).toHaveLength(1);
  });

  it('the log base switch swaps log₂ for ln', async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'e (logistic regression)' }));
    expect(screen.getByRole('button', { name: 'Log loss (ln)' }).getAttribute('aria-pressed')).toBe('true');
    // ln 2 at m = 0.
    expect(readout().logistic[0]).toBe('0.6931');
  });

  it('zooming the range in keeps the marker on the plot', async () => {
    const { lastUrl } = await renderPanel('?m=-3');
    const range = screen.getByRole('slider', { name: 'Margin range ±' });
    fireEvent.change(range, { target: { value: '2' } });
    expect(lastUrl()).toEqual({ m: '-2', range: '2' });
  });

  it('example points move with the keyboard and the bars follow', async () => {
    await renderPanel();
    expect(screen.getByTestId('total-hinge').textContent).toBe('6');
    const pointA = screen.getByRole('slider', { name: 'Point A' });
    fireEvent.keyDown(pointA, { key: 'ArrowLeft', shiftKey: true });
    expect(screen.getByTestId('total-hinge').textContent).toBe('7');
    // e^4 + e^0.5 + e^-0.5 + e^-1.5 + e^-2.5 = 57.16…
    expect(screen.getByTestId('total-exponential').textContent).toBe('57.16');
    fireEvent.click(screen.getByRole('button', { name: 'Reset points' }));
    expect(screen.getByTestId('total-hinge').textContent).toBe('6');
  });

  it('leaves out the controls an embedder hides', async () => {
    await renderPanel('', ['m', 'grad', 'range', 'ceiling', 'base', 'points', 'formulas', 'losses']);
    expect(screen.queryByRole('textbox', { name: 'Margin m' })).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByText('Reset points')).toBeNull();
    expect(screen.queryByText('Formulas and where each loss is used')).toBeNull();
    // The legend stays as a key, without toggles.
    expect(within(screen.getByRole('group', { name: /Losses on the chart/ })).queryAllByRole('button')).toHaveLength(0);
  });

  it('falls back to defaults for bad URL values and says so', async () => {
    await renderPanel('?m=abc&losses=hinge,nope&points=1,2,x');
    expect(Object.keys(readout())).toEqual(['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron']);
    expect(screen.getByTestId('total-hinge').textContent).toBe('6');
  });

  it('speaks Chinese', async () => {
    render(
      <LangContext.Provider value="zh-CN">
        <PanelHost panel={PANELS.surrogate} search="" hide={[]} />
      </LangContext.Provider>,
    );
    await screen.findByTestId('readout', undefined, { timeout: 5000 });
    expect(screen.getByRole('button', { name: '合页损失' })).toBeTruthy();
    expect(screen.getByText('公式及各损失函数的用途')).toBeTruthy();
  });
});
