import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { Term } from '../../../src/glossary/Term';
import { glossaryStrings } from '../../../src/glossary/strings';
import { LangContext } from '../../../src/i18n/strings';

const en = glossaryStrings.en;

function renderTerm(lang: 'en' | 'zh-CN' = 'en') {
  render(
    <LangContext.Provider value={lang}>
      <p className="loss-lab">
        The <Term id="margin">margin</Term> and the <Term id="logit" />.
      </p>
    </LangContext.Provider>,
  );
  const button = screen.getByRole('button', { name: 'margin' });
  const tip = document.getElementById(button.getAttribute('aria-describedby')!)!;
  return { button, tip };
}

describe('Term', () => {
  it('is a button described by its definition, closed until used', () => {
    const { button, tip } = renderTerm();
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toContain(en['margin.def']);
    expect(tip.hidden).toBe(true);
    expect(button.hasAttribute('data-open')).toBe(false);
    // The accessible description is there even while the box is closed.
    expect(screen.getByRole('button', { name: 'margin', description: /model’s score times the true label/ })).toBe(button);
    // Without words of its own, the term shows its name.
    expect(screen.getByRole('button', { name: en['logit.name'] })).toBeTruthy();
  });

  it('opens on focus and closes on Escape and on blur', () => {
    const { button, tip } = renderTerm();
    act(() => button.focus());
    expect(tip.hidden).toBe(false);
    expect(button.hasAttribute('data-open')).toBe(true);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
    fireEvent.click(button, { detail: 0 }); // Enter on a focused button
    expect(tip.hidden).toBe(false);
    act(() => button.blur());
    expect(tip.hidden).toBe(true);
  });

  it('opens on a mouse hover and closes when the mouse leaves', () => {
    const { button, tip } = renderTerm();
    fireEvent.pointerEnter(button, { pointerType: 'mouse' });
    expect(tip.hidden).toBe(false);
    fireEvent.pointerLeave(button, { pointerType: 'mouse' });
    expect(tip.hidden).toBe(true);
    // A touch "enter" alone does not open it: the tap's click does.
    fireEvent.pointerEnter(button, { pointerType: 'touch' });
    expect(tip.hidden).toBe(true);
  });

  it('a tap pins it open, a second tap closes it; Escape anywhere closes it', () => {
    const { button, tip } = renderTerm();
    fireEvent.pointerDown(button, { pointerType: 'touch' });
    fireEvent.click(button, { detail: 1 });
    expect(tip.hidden).toBe(false);
    fireEvent.pointerLeave(button, { pointerType: 'mouse' });
    expect(tip.hidden).toBe(false);
    fireEvent.pointerDown(button, { pointerType: 'touch' });
    fireEvent.click(button, { detail: 1 });
    expect(tip.hidden).toBe(true);
    fireEvent.pointerDown(button, { pointerType: 'touch' });
    fireEvent.click(button, { detail: 1 });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
  });

  it('shows the definition in Chinese', () => {
    const { tip } = renderTerm('zh-CN');
    expect(tip.textContent).toContain(glossaryStrings['zh-CN']['margin.def']);
  });

  it('moves the box back inside a narrow viewport', () => {
    const { button, tip } = renderTerm();
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 360 });
    const rect = vi.spyOn(tip, 'getBoundingClientRect').mockReturnValue({ left: 250, right: 570, width: 320, top: 0, bottom: 80, height: 80, x: 250, y: 0, toJSON: () => ({}) });
    act(() => button.focus());
    // 570 sticks out past 360 - 8 by 218 px.
    expect(tip.style.transform).toBe('translateX(-218px)');
    rect.mockRestore();
    delete (document.documentElement as { clientWidth?: number }).clientWidth;
  });

  it('hydrates its server HTML without a mismatch', async () => {
    const tree = (
      <LangContext.Provider value="en">
        <p>
          A <Term id="epoch">epoch</Term> and a <Term id="gradient" />
        </p>
      </LangContext.Provider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('[role="tooltip"][hidden]').length).toBe(2);
    container.remove();
  });
});
