import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../../src/components/PanelHost';
import { forEmbed } from '../../../../src/panels/definition';
import { PANELS } from '../../../../src/panels/registry';

// A fake clock for animation frames: the panel's autoplay moves nothing unless a test advances it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the neuron panel’s prediction', () => {
  it('asks which start learns faster under each cost, then shows |∂C/∂w| at each start beside the guess', async () => {
    render(<PanelHost panel={PANELS.neuron} search="?at=300" hide={[]} />);
    const prompt = await screen.findByTestId('prediction-neuron', {}, { timeout: 30000 });
    expect(prompt.textContent).toContain('Start 1 begins at output a = 0.82, start 2 at a = 0.98; the target is y = 0.');
    const quadratic = prompt.querySelector('[data-question="quadratic"]') as HTMLElement;
    const crossEntropy = prompt.querySelector('[data-question="cross-entropy"]') as HTMLElement;
    fireEvent.click(within(quadratic).getByRole('radio', { name: 'Start 1 (a = 0.82)' }));
    fireEvent.click(within(crossEntropy).getByRole('radio', { name: 'Start 1 (a = 0.82)' }));
    expect(within(quadratic).queryByText(/Result/)).toBeNull();
    fireEvent.click(within(prompt).getByRole('button', { name: 'Show the answer' }));
    expect(within(quadratic).getByText('Result: Start 1 (a = 0.82)')).toBeTruthy();
    expect(within(quadratic).getByText('✓ as you expected')).toBeTruthy();
    expect(quadratic.textContent).toContain('start 1 0.1219, start 2 0.01735. The faster start moves 7 times as fast.');
    expect(within(crossEntropy).getByText('Result: Start 2 (a = 0.98)')).toBeTruthy();
    expect(within(crossEntropy).getByText('✗ not what you expected')).toBeTruthy();
    expect(crossEntropy.textContent).toContain('start 1 0.8176, start 2 0.982. The faster start moves 1.2 times as fast.');
    // The answer follows the settings: start 1 moved to the 0.98 start, the two starts are the same.
    fireEvent.click(within(screen.getByRole('group', { name: 'Start 1' })).getByRole('button', { name: /0\.98/ }));
    expect(within(quadratic).getByText('Result: About the same')).toBeTruthy();
  }, 60000);

  it('is off in an embed unless the link asks for it', async () => {
    render(<PanelHost panel={forEmbed(PANELS.neuron)} search="?at=300" hide={[]} />);
    await screen.findByTestId('epoch-counter', {}, { timeout: 30000 });
    expect(screen.queryByTestId('prediction-neuron')).toBeNull();
  }, 60000);
});
