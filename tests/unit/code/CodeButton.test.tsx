import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { PanelHost } from '../../../src/components/PanelHost';
import { LangContext } from '../../../src/i18n/strings';
import type { Lang } from '../../../src/i18n/lang';
import { PANELS } from '../../../src/panels/registry';
import { CODE_GENERATORS } from '../../../src/code/generators';
import { CODE_PANEL_IDS } from '../../../src/code/registry';

function renderSoftmax(search: string, lang: Lang = 'en') {
  return render(
    <LangContext.Provider value={lang}>
      <PanelHost panel={PANELS.softmax} search={search} hide={[]} />
    </LangContext.Provider>,
  );
}

const codeField = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /code for this panel/ });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Code button', { timeout: 30_000 }, () => {
  it('opens snippets of the current values, follows the controls, switches frameworks by keyboard and closes on Escape', async () => {
    renderSoftmax('?logits=3,1,-3');
    const toggle = screen.getByRole('button', { name: /Code/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const numpyTab = await screen.findByRole('tab', { name: 'NumPy' }, { timeout: 10_000 });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'Reproduce these numbers in Python' }).id).toBe(toggle.getAttribute('aria-controls'));
    expect(numpyTab.getAttribute('aria-selected')).toBe('true');
    expect(codeField().value).toMatch(/^# Loss Lab: Softmax overflow\n/);
    expect(codeField().value).toContain('x = [3.0, 1.0, -3.0]');
    expect(codeField().value).toContain('k = 0');

    // The snippet is generated from the store: picking class 2 in the panel rewrites it.
    await screen.findByRole('radio', { name: 'Class 2 is the true class' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Class 2 is the true class' }));
    expect(codeField().value).toContain('k = 1');

    fireEvent.keyDown(numpyTab, { key: 'ArrowRight' });
    const torchTab = screen.getByRole('tab', { name: 'PyTorch' });
    expect(torchTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(torchTab);
    expect(numpyTab.tabIndex).toBe(-1);
    expect(codeField().value).toContain('F.cross_entropy(z.unsqueeze(0), torch.tensor([k]))');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(torchTab.id);

    fireEvent.keyDown(codeField(), { key: 'Escape' });
    expect(screen.queryByRole('tab')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('without a clipboard, selects the code and says to press Ctrl+C', async () => {
    renderSoftmax('');
    fireEvent.click(screen.getByRole('button', { name: /Code/ }));
    await screen.findByRole('tab', { name: 'NumPy' }, { timeout: 10_000 });
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(document.activeElement).toBe(codeField());
    expect(codeField().selectionEnd - codeField().selectionStart).toBe(codeField().value.length);
    expect(screen.getByText(/Could not copy automatically/)).toBeTruthy();
  });

  it('speaks Chinese, comments included', async () => {
    renderSoftmax('', 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: /代码/ }));
    const region = await screen.findByRole('region', { name: '用 Python 复现这些数字' }, { timeout: 10_000 });
    expect(within(region).getByRole<HTMLTextAreaElement>('textbox').value).toContain('# 先减去最大值');
  });

  it('is not there for a panel without a generator', () => {
    render(<PanelHost panel={{ ...PANELS.softmax, id: 'no-generator' }} search="" hide={[]} />);
    expect(screen.queryByRole('button', { name: /Code/ })).toBeNull();
  });
});

describe('Code button when the code cannot be made', { timeout: 30_000 }, () => {
  it('says so in place, keeps the panel, and tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A panel whose generator fails to load once (a chunk fetched offline), then loads.
    const generators = CODE_GENERATORS as Record<string, (() => Promise<unknown>) | undefined>;
    let fail = true;
    generators.broken = () => (fail ? Promise.reject(new Error('offline')) : CODE_GENERATORS.softmax!());
    (CODE_PANEL_IDS as unknown as string[]).push('broken');
    try {
      render(<PanelHost panel={{ ...PANELS.softmax, id: 'broken' }} search="" hide={[]} />);
      fireEvent.click(screen.getByRole('button', { name: /Code/ }));
      expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toContain('The code could not be made: offline');
      expect(await screen.findByTestId('panel-body', {}, { timeout: 10_000 })).toBeTruthy();
      fail = false;
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('tab', { name: 'NumPy' }, { timeout: 10_000 })).toBeTruthy();
    } finally {
      delete generators.broken;
      (CODE_PANEL_IDS as unknown as string[]).pop();
    }
  });
});
