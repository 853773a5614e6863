import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';
import { formatProbability } from '../../../../src/panels/softmax/format';

/** An independent softmax (not src/math): naive or shifted, rounding every step to float32 when asked. */
function referenceSoftmax(x: number[], shift: boolean, float32: boolean): number[] {
  const r = float32 ? Math.fround : (v: number) => v;
  const xs = x.map(r);
  const c = shift ? xs.reduce((a, b) => (b > a ? b : a)) : 0;
  const exps = xs.map((v) => r(Math.exp(r(v - c))));
  let sum = 0;
  for (const e of exps) sum = r(sum + e);
  return exps.map((e) => r(e / sum));
}

async function renderPanel(search: string, onParamsChange?: (entries: [string, string][]) => void) {
  render(<PanelHost panel={PANELS.softmax} search={search} hide={[]} onParamsChange={onParamsChange} />);
  await screen.findByTestId('naive-table', {}, { timeout: 10_000 });
}

/** The visible values of one column of a step table, top to bottom. */
function column(testId: string, className: string): string[] {
  return Array.from(screen.getByTestId(testId).querySelectorAll(`tbody td.${className} .cell-value`)).map((cell) => cell.textContent ?? '');
}

describe('softmax panel', () => {
  it('shows the articles first example in both tables', async () => {
    await renderPanel('');
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.0117', '0.0317', '0.0861', '0.2341', '0.6364']);
    expect(column('naive-table', 'col-quotient')).toEqual(['0.0117', '0.0317', '0.0861', '0.2341', '0.6364']);
    expect(screen.getByTestId('thresholds').textContent).toContain('709.78');
    expect(screen.getByTestId('thresholds').textContent).toContain('88.72');
  });

  it('[1000 … 5000]: NaN in every naive cell, [0, 0, 0, 0, 1] shifted, each problem cell focusable with a reason', async () => {
    await renderPanel('?logits=1000,2000,3000,4000,5000');
    expect(column('naive-table', 'col-quotient')).toEqual(Array(5).fill('NaN'));
    expect(column('naive-table', 'col-exp')).toEqual(Array(5).fill('∞'));
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.0000', '0.0000', '0.0000', '0.0000', '1.0000']);
    const nanCell = screen.getByTestId('naive-table').querySelector('tbody td.col-quotient .issue-target') as HTMLElement;
    expect(nanCell.tabIndex).toBe(0);
    const reason = document.getElementById(nanCell.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('∞ / ∞ has no value: NaN.');
    fireEvent.focus(nanCell);
    expect(within(screen.getByTestId('naive-table')).getByText('⊘ not a number: ∞ / ∞ has no value: NaN.', { selector: '.issue-reason' })).toBeTruthy();
    const underflow = screen.getByTestId('shifted-table').querySelectorAll('tbody td.col-exp[data-issue="underflow"]');
    expect(underflow.length).toBe(4);
  });

  it('[-1000, -1000]: naive underflows to 0 / 0', async () => {
    await renderPanel('?logits=-1000,-1000');
    expect(column('naive-table', 'col-exp')).toEqual(['0', '0']);
    expect(column('naive-table', 'col-quotient')).toEqual(['NaN', 'NaN']);
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.5000', '0.5000']);
  });

  it('[89, 0] overflows naively in float32 only', async () => {
    await renderPanel('?logits=89,0');
    expect(column('naive-table', 'col-quotient')).toEqual(['1.0000', '2.23e−39']);
    fireEvent.click(screen.getByLabelText('float32 (GPU, emulated)'));
    expect(column('naive-table', 'col-quotient')).toEqual(['NaN', '0.0000']);
    expect(column('shifted-table', 'col-quotient')).toEqual(['1.0000', '2.23e−39']);
  });

  it('the articles (1, 5, 3) with class 2: probabilities, gradient and cross-entropy', async () => {
    await renderPanel('?logits=1,5,3&trueClass=2');
    const rows = Array.from(screen.getByTestId('results-table').querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).slice(1).map((td) => td.textContent));
    expect(rows.map((r) => r[0])).toEqual(['0.0159', '0.8668', '0.1173']);
    expect(rows.map((r) => r[2])).toEqual(['0.0159', '−0.1332', '0.1173']);
    expect(screen.getByTestId('cross-entropy').textContent).toContain('0.14293');
  });

  it('bad text keeps the last valid vector and says which entry is wrong', async () => {
    const urls: string[] = [];
    await renderPanel('', (entries) => urls.push(new URLSearchParams(entries).toString()));
    const field = screen.getByLabelText('Logits (commas or spaces; 1e3 allowed)');
    fireEvent.change(field, { target: { value: '3, 1, -3' } });
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.8789', '0.1189', '0.0022']);
    for (const bad of ['1,abc,3', 'abc', '1,,2', '', '1e400', 'NaN', Array(100_000).fill('1').join(','), '<script>alert(1)</script>']) {
      fireEvent.change(field, { target: { value: bad } });
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByTestId('logits-error').textContent).not.toBe('');
      expect(column('shifted-table', 'col-quotient')).toEqual(['0.8789', '0.1189', '0.0022']);
    }
    fireEvent.change(field, { target: { value: '1,abc,3' } });
    expect(screen.getByTestId('logits-error').textContent).toContain('Entry 2 “abc”');
    expect(urls.at(-1)).toBe('logits=3%2C1%2C-3');
  });

  it('does not flag a last entry still being typed, until the field is left unfinished', async () => {
    await renderPanel('');
    const field = screen.getByLabelText('Logits (commas or spaces; 1e3 allowed)');
    const error = () => screen.getByTestId('logits-error').textContent;
    for (const partial of ['3, 1, -', '3, 1, −', '3, 1, 1e', '3, 1, 1e-', '3, 1, - ', '[3, 1, -]', '【3，1，－】']) {
      fireEvent.change(field, { target: { value: partial } });
      expect(error(), partial).toBe('');
      expect(field.getAttribute('aria-invalid')).toBeNull();
    }
    fireEvent.change(field, { target: { value: '3, 1, -3' } });
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.8789', '0.1189', '0.0022']);
    // An unfinished entry in the middle is wrong at once; one at the end is wrong once the field is left.
    fireEvent.change(field, { target: { value: '3, -, 1' } });
    expect(error()).not.toBe('');
    fireEvent.change(field, { target: { value: '3, 1, -' } });
    expect(error()).toBe('');
    fireEvent.blur(field);
    expect(error()).not.toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.8789', '0.1189', '0.0022']);
  });

  it('presets, sliders, add and remove write the store', async () => {
    await renderPanel('');
    fireEvent.click(screen.getByLabelText('Use logits [710, 0]'));
    expect(column('naive-table', 'col-quotient')).toEqual(['NaN', '0.0000']);
    fireEvent.click(screen.getByText('+ Add entry'));
    expect(column('shifted-table', 'col-quotient')).toHaveLength(3);
    fireEvent.click(screen.getByLabelText('Remove entry 1'));
    expect((screen.getByLabelText('Logits (commas or spaces; 1e3 allowed)') as HTMLTextAreaElement).value).toBe('0, 0');
    fireEvent.change(screen.getByLabelText('x1'), { target: { value: '2' } });
    expect(column('shifted-table', 'col-quotient')).toEqual(['0.8808', '0.1192']);
  });

  it('matches an independent naive and shifted softmax in both precisions', async () => {
    const vectors = [[1, 2, 3, 4, 5], [3, 1, -3], [88.5, 0.1, -20], [710, 0], [-750, -760, -700.25], [0.1, 0.2, 0.3]];
    for (const [n, x] of vectors.entries()) {
      for (const precision of ['float64', 'float32'] as const) {
        render(<PanelHost panel={PANELS.softmax} search={`?logits=${x.join(',')}&precision=${precision}`} hide={[]} />);
        await screen.findByTestId('naive-table');
        for (const shift of [false, true]) {
          const expected = referenceSoftmax(x, shift, precision === 'float32').map(formatProbability);
          expect(column(shift ? 'shifted-table' : 'naive-table', 'col-quotient'), `${n} ${precision} ${shift}`).toEqual(expected);
        }
        cleanup();
      }
    }
    // Twelve panels rendered in turn: on a machine busy with other suites this can exceed vitest's default 5 s.
  }, 20_000);

  it('shows a typed logit and x − max to the last typed digit', async () => {
    await renderPanel('?logits=123456.789,1000000');
    const cells = (className: string) => Array.from(screen.getByTestId('shifted-table').querySelectorAll(`tbody td.${className}`)).map((td) => td.textContent);
    expect(cells('col-input')).toEqual(['123456.789', '1e6']);
    expect(cells('col-exponent')).toEqual(['−876543.211', '0']);
  });

  it('shows x / T like the other intermediates, to 5 digits', async () => {
    await renderPanel('?logits=1,5,3&temperature=3');
    const cells = Array.from(screen.getByTestId('shifted-table').querySelectorAll('tbody td.col-input')).map((td) => td.textContent);
    expect(cells).toEqual(['0.33333', '1.6667', '1']);
  });

  it('temperature divides the logits', async () => {
    await renderPanel('?logits=1,5,3&temperature=2');
    expect(screen.getByTestId('shifted-table').querySelector('thead')?.textContent).toContain('z = x / T');
    expect(Array.from(screen.getByTestId('shifted-table').querySelectorAll('tbody td.col-input')).map((td) => td.textContent)).toEqual(['0.5', '2.5', '1.5']);
  });

  it('keeps the true class among the logits whatever shortens them (the store’s rule)', async () => {
    const urls: string[] = [];
    await renderPanel('?logits=1,5,3&trueClass=3', (entries) => urls.push(new URLSearchParams(entries).toString()));
    fireEvent.click(screen.getByLabelText('Remove entry 3'));
    expect(screen.getByTestId('cross-entropy').textContent).toContain('−log p2');
    expect(urls.at(-1)).toBe('logits=1%2C5&trueClass=2');
    fireEvent.click(screen.getByLabelText('Use logits [710, 0]'));
    fireEvent.change(screen.getByLabelText('Logits (commas or spaces; 1e3 allowed)'), { target: { value: '4' } });
    expect(screen.getByTestId('cross-entropy').textContent).toContain('−log p1');
    expect(urls.at(-1)).toBe('logits=4');
  });

  it('hides the controls an embedder names, and clamps a true class the vector does not have', async () => {
    render(<PanelHost panel={PANELS.softmax} search="?logits=1,5,3&trueClass=7" hide={['logits', 'temperature', 'true-class']} />);
    await screen.findByTestId('naive-table');
    expect(screen.queryByLabelText('Logits (commas or spaces; 1e3 allowed)')).toBeNull();
    expect(screen.queryByLabelText('x1')).toBeNull();
    expect(screen.queryByText('Temperature T (softmax(x / T))')).toBeNull();
    expect(screen.queryByLabelText('Class 1 is the true class')).toBeNull();
    expect(screen.getByTestId('cross-entropy').textContent).toContain('−log p3');
  });
});
