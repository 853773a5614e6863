import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { forEmbed } from '../../../../src/panels/definition';
import { PANELS } from '../../../../src/panels/registry';
import { softmaxOutcome } from '../../../../src/panels/softmax/why/outcome';
import { LangContext } from '../../../../src/i18n/strings';
import type { Lang } from '../../../../src/i18n/lang';

async function renderPanel(search: string, { embed = false, lang = 'en' as Lang } = {}) {
  const panel = embed ? forEmbed(PANELS.softmax) : PANELS.softmax;
  render(
    <LangContext.Provider value={lang}>
      <PanelHost panel={panel} search={search} hide={[]} />
    </LangContext.Provider>,
  );
  await screen.findByTestId('naive-table', {}, { timeout: 20000 });
}

describe('softmax outcome of the prediction prompt', () => {
  it('names NaN, ∞, one class taking all, or a spread', () => {
    expect(softmaxOutcome([NaN, NaN])).toBe('nan');
    expect(softmaxOutcome([0, Infinity])).toBe('infinity');
    expect(softmaxOutcome([0.001, 0.999])).toBe('one-hot');
    expect(softmaxOutcome([0.2, 0.8])).toBe('spread');
  });
});

describe('softmax panel: prediction, marks and reasons', () => {
  it('asks before it answers, then shows the naive result beside the guess, and keeps the guess while the panel lives', async () => {
    await renderPanel('');
    const prompt = screen.getByTestId('prediction-softmax');
    expect(within(prompt).queryByText(/Result:/)).toBeNull();
    fireEvent.click(within(prompt).getByRole('radio', { name: /About \[0, 0, 0, 0, 1\]/ }));
    fireEvent.click(within(prompt).getByRole('button', { name: 'Show the answer' }));
    expect(within(prompt).getByText('Result: NaN for every class')).toBeTruthy();
    expect(within(prompt).getByText(/Your guess: About \[0, 0, 0, 0, 1\]/)).toBeTruthy();
    expect(within(prompt).getByText(/not what you expected/)).toBeTruthy();
    expect(within(prompt).getByText(/Naive: \[NaN, NaN, NaN, NaN, NaN\].*Shifted by the max: \[0\.0000, 0\.0000, 0\.0000, 0\.0000, 1\.0000\]/)).toBeTruthy();
    // The prompt blocks nothing: the tables still show the panel's own logits.
    expect(screen.getByTestId('naive-table').textContent).toContain('0.0117');
    // Switched off and on again, the prompt comes back with the guess and the answer.
    const toggle = screen.getByRole('switch', { name: /what do you expect/ });
    fireEvent.click(toggle);
    expect(screen.queryByTestId('prediction-softmax')).toBeNull();
    fireEvent.click(toggle);
    const again = screen.getByTestId('prediction-softmax');
    expect((within(again).getByRole('radio', { name: /About \[0, 0, 0, 0, 1\]/ }) as HTMLInputElement).checked).toBe(true);
    expect(within(again).getByText('Result: NaN for every class')).toBeTruthy();
    // The example loads into the tables on request.
    fireEvent.click(within(again).getByRole('button', { name: 'Show these logits in the tables' }));
    expect(screen.getByTestId('naive-table').querySelectorAll('[data-issue="nan"]').length).toBe(5);
  }, 60000);

  it('is off in an embed unless the link asks for it', async () => {
    await renderPanel('', { embed: true });
    expect(screen.queryByTestId('prediction-softmax')).toBeNull();
    render(<PanelHost panel={forEmbed(PANELS.softmax)} search="?predict=1" hide={[]} />);
    expect(await screen.findByTestId('prediction-softmax', {}, { timeout: 20000 })).toBeTruthy();
    expect(forEmbed(PANELS.softmax).schema.predict.default).toBe(false);
    expect(PANELS.softmax.schema.predict.default).toBe(true);
  }, 60000);

  it('explains a marked cell on hover, tap and focus, and the legend explains every mark, in both languages', async () => {
    await renderPanel('?logits=1000,2000,3000,4000,5000&predict=0');
    const naive = screen.getByTestId('naive-table');
    const reason = screen.getByTestId('naive-table-reason');
    const [overflow] = naive.querySelectorAll('[data-issue="overflow"] .issue-target');
    fireEvent.mouseEnter(overflow);
    expect(reason.textContent).toBe('▲ overflow: e^1000 is larger than the largest float64 number, so it becomes ∞ (overflow: 1000 > 709.78).');
    fireEvent.mouseLeave(overflow);
    expect(reason.textContent?.trim()).toBe('');
    const [nan] = naive.querySelectorAll('[data-issue="nan"] .issue-target');
    fireEvent.click(nan); // a tap
    expect(reason.textContent).toBe('⊘ not a number: ∞ / ∞ has no value: NaN.');
    (nan as HTMLElement).focus();
    fireEvent.mouseLeave(nan); // the focused cell keeps its reason
    expect(reason.textContent).toContain('∞ / ∞');
    const legend = screen.getByRole('region', { name: 'Marks in the tables' });
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '▲ overflow: too large for the precision, stored as ∞',
      '▼ underflow: too small, stored as 0',
      '≈ precision lost: a subnormal number with only a few significant bits',
      '⊘ not a number (NaN): ∞ / ∞ or 0 / 0 has no value',
    ]);
  }, 60000);

  it('shows the legend and the prompt in Chinese', async () => {
    await renderPanel('', { lang: 'zh-CN' });
    expect(screen.getByRole('region', { name: '表中的标记' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '你预计会怎样？' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '每个类别都是 NaN' })).toBeTruthy();
  }, 60000);
});
