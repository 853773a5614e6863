import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { PANELS } from '../../../../src/panels/registry';

/*
 * The controls, the formula and the table's text are memoized apart from the chart (issue 10): a
 * step of the layers slider re-renders the chart, the table and that slider only. What that must
 * keep: the memoized controls still show values set from elsewhere (a preset), and the chart and
 * table still follow every step.
 */
describe('depth panel, memoized controls', () => {
  it('a preset sets every memoized control, and each layers step redraws the bars and the table', async () => {
    render(<PanelHost panel={PANELS.depth} search="" hide={[]} />);
    await screen.findByTestId('depth-table', {}, { timeout: 10_000 });
    const layers = screen.getByRole('slider', { name: /Layers L/ }) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Saturated: tanh, w = 20' }));
    expect(layers.value).toBe('30');
    expect((screen.getByRole('textbox', { name: 'Weight scale w' }) as HTMLInputElement).value).toBe('20');
    expect((screen.getByRole('radio', { name: 'tanh' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('depth-table').querySelectorAll('tbody tr')).toHaveLength(30);
    fireEvent.change(layers, { target: { value: '4' } });
    expect(screen.getByTestId('depth-table').querySelectorAll('tbody tr')).toHaveLength(4);
    expect(screen.getByTestId('depth-chart').querySelectorAll('[data-layer]')).toHaveLength(4);
    expect(layers.value).toBe('4');
  });
});
