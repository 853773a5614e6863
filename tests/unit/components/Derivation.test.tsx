import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { Derivation, DerivationSteps, once } from '../../../src/components/derivation/Derivation';
import { LangContext } from '../../../src/i18n/strings';

const STEPS = [
  { note: 'Start from the definition.', tex: 'a = \\sigma(z)' },
  { note: 'Differentiate.', tex: "\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))" },
  { note: 'Substitute z = 0.5.', tex: "\\sigma'(0.5) = 0.2350" },
];

const steps = () => screen.getAllByRole('listitem');
const button = (name: string) => screen.getByRole('button', { name });
const announced = () => screen.getByTestId('derivation-announcement').textContent;

describe('Derivation', () => {
  it('is collapsed, renders nothing but its summary, and prerenders the same in both languages', () => {
    const html = renderToString(<Derivation title="Why σ′" steps={STEPS} />);
    expect(html).toContain('<summary>Why σ′</summary>');
    expect(html).not.toContain('<math');
    expect(html).not.toMatch(/<details[^>]* open/);
    const { container } = render(<Derivation title="Why σ′" steps={STEPS} />);
    expect(container.querySelector('details')?.open).toBe(false);
    expect(container.querySelector('ol')).toBeNull();
  });

  it('shows the first step when opened, then the steps one by one, and announces each', () => {
    const { container } = render(<Derivation title="Why σ′" steps={STEPS} />);
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(steps()).toHaveLength(1);
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(button('Previous step').getAttribute('aria-disabled')).toBe('true');
    expect(announced()).toBe('');

    button('Next step').focus();
    fireEvent.click(button('Next step'));
    expect(steps()).toHaveLength(2);
    expect(announced()).toBe('Step 2 of 3: Differentiate.');
    fireEvent.click(button('Next step'));
    expect(steps()).toHaveLength(3);
    expect(announced()).toBe('Step 3 of 3: Substitute z = 0.5.');
    expect(steps()[2].querySelector('annotation')?.textContent).toBe("\\sigma'(0.5) = 0.2350");

    // At the end, Next stays focusable but does nothing; focus has not fallen to the page.
    const next = button('Next step');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(steps()).toHaveLength(3);
    expect(announced()).toBe('Step 3 of 3: Substitute z = 0.5.');

    fireEvent.click(button('Previous step'));
    expect(steps()).toHaveLength(2);
    expect(announced()).toBe('Step 2 of 3: Differentiate.');
  });

  it('shows every step at once, says so, then starts over', () => {
    render(<DerivationSteps title="Why σ′" steps={STEPS} />);
    fireEvent.click(button('Show all steps'));
    expect(steps()).toHaveLength(3);
    expect(announced()).toBe('All 3 steps shown.');
    expect(screen.queryByRole('button', { name: 'Show all steps' })).toBeNull();
    fireEvent.click(button('Start over'));
    expect(steps()).toHaveLength(1);
    expect(announced()).toBe('Step 1 of 3: Start from the definition.');
  });

  it('keeps the revealed steps when the live numbers change, and labels the list and the buttons', () => {
    const { rerender } = render(<DerivationSteps title="Why σ′" steps={STEPS} />);
    fireEvent.click(button('Show all steps'));
    const live = [...STEPS.slice(0, 2), { note: 'Substitute z = 1.', tex: "\\sigma'(1) = 0.1966" }];
    rerender(<DerivationSteps title="Why σ′" steps={live} />);
    expect(steps()).toHaveLength(3);
    expect(steps()[2].textContent).toContain('Substitute z = 1.');
    expect(screen.getByRole('list', { name: 'Steps of “Why σ′”' })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Step through “Why σ′”' });
    expect(within(group).getAllByRole('button')).toHaveLength(3);
  });

  it('builds steps given as a function only while open, and follows them once opened', () => {
    let built = 0;
    const make = (z: string) => () => {
      built++;
      return [...STEPS.slice(0, 2), { note: `Substitute z = ${z}.`, tex: `\\sigma'(${z})` }];
    };
    const { container, rerender } = render(<Derivation title="Why σ′" steps={make('0.5')} />);
    rerender(<Derivation title="Why σ′" steps={make('1')} />);
    expect(built).toBe(0);
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(built).toBeGreaterThan(0);
    fireEvent.click(button('Show all steps'));
    expect(steps()[2].textContent).toContain('Substitute z = 1.');
    rerender(<Derivation title="Why σ′" steps={make('2')} />);
    expect(steps()[2].textContent).toContain('Substitute z = 2.');
  });

  it('once computes on the first call only', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect(calls).toBe(0);
    expect([value(), value()]).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('speaks Chinese in a Chinese page', () => {
    render(
      <LangContext.Provider value="zh-CN">
        <DerivationSteps title="σ′" steps={STEPS} />
      </LangContext.Provider>,
    );
    fireEvent.click(button('下一步'));
    expect(announced()).toBe('第 2 步，共 3 步：Differentiate.');
    expect(screen.getByText('第 2 步，共 3 步')).toBeTruthy();
  });
});
