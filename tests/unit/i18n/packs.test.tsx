import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The unit tests' setup loads the Chinese pack at once; these tests take fresh copies of the app's
// modules, in which it has not been loaded, as in an English visitor's page.
beforeEach(() => {
  vi.resetModules();
});

describe('the Chinese strings pack (src/i18n/packs.ts)', () => {
  it('is not loaded with the app-wide tables; a Chinese string read before it is named as a bug', async () => {
    const packs = await import('../../../src/i18n/packs');
    const { shellStrings } = await import('../../../src/i18n/shell');
    const { glossaryStrings } = await import('../../../src/glossary/strings');
    expect(packs.langReady('en')).toBe(true);
    expect(packs.langReady('zh-CN')).toBe(false);
    expect(shellStrings.en.title).toBe('Loss Lab');
    expect(() => shellStrings['zh-CN'].title).toThrow(/Chinese strings \(shell\) read before loadLang/);
    // Each panel's title and blurb too (the tabs); a panel's labels extend them, and their English is at hand.
    const { PANEL_META } = await import('../../../src/panels/catalog');
    const { definition } = await import('../../../src/panels/surrogate/definition');
    expect(() => PANEL_META.surrogate.labels['zh-CN'].title).toThrow(/Chinese strings \(surrogateMeta\) read before loadLang/);
    expect(definition.labels.en.title).toBe('Surrogate losses');
    expect(() => definition.labels['zh-CN'].title).toThrow(/surrogateMeta/);
    await packs.loadLang('zh-CN');
    expect(PANEL_META.surrogate.labels['zh-CN'].title).toBe('替代损失');
    expect(definition.labels['zh-CN'].title).toBe('替代损失');
    expect(definition.labels['zh-CN'].marginLabel).toBe('间隔 m');
    expect(packs.langReady('zh-CN')).toBe(true);
    expect(shellStrings['zh-CN'].title).toContain('损失函数');
    expect(glossaryStrings['zh-CN'].heading).toBe('术语表');
    // Once: a second load is the same promise's result, at once.
    await expect(packs.loadLang('zh-CN')).resolves.toBeUndefined();
  });

  it("a panel's own Chinese strings are a pack of their own, loaded with the panel once Chinese is in use", async () => {
    const packs = await import('../../../src/i18n/packs');
    const { loadPanel } = await import('../../../src/panels/catalog');
    await packs.loadLang('zh-CN');
    // Chinese in use, then the panel loads: its declaration arrives with its pack.
    const definition = await loadPanel('surrogate');
    expect(definition.labels['zh-CN'].marginLabel).toBe('间隔 m');
    const { surrogateStrings } = await import('../../../src/panels/surrogate/strings');
    expect(surrogateStrings['zh-CN'].axisLoss).toBe('损失 L(m)');
    expect(surrogateStrings.en.axisLoss).toBe('loss L(m)');
  });

  it("a panel's Chinese strings read before its pack has loaded are named as a bug", async () => {
    const { surrogateStrings } = await import('../../../src/panels/surrogate/strings');
    expect(surrogateStrings.en.axisLoss).toBe('loss L(m)');
    expect(() => surrogateStrings['zh-CN'].axisLoss).toThrow(/Chinese strings \(surrogate\) read before loadLang/);
    const packs = await import('../../../src/i18n/packs');
    expect(packs.langReady('zh-CN')).toBe(false);
    await packs.loadLang('zh-CN');
    expect(packs.langReady('zh-CN')).toBe(true);
    expect(surrogateStrings['zh-CN'].axisLoss).toBe('损失 L(m)');
  });

  it('a switch to Chinese shows Chinese once the pack is here, the whole page at once', async () => {
    const { App } = await import('../../../src/App');
    const packs = await import('../../../src/i18n/packs');
    render(<App />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    // Not yet: the page stays English (nothing half-translated) until the pack has loaded.
    expect(packs.langReady('zh-CN')).toBe(false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loss Lab');
    expect((await screen.findByRole('heading', { level: 1, name: /损失函数/ })).textContent).toContain('损失函数');
    // <html lang> follows in an effect after that commit (under load, after findByRole has seen the heading).
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(window.localStorage.getItem('loss-lab:lang')).toBe('zh-CN');
  });

  it('a switch back to English before the pack arrives stays English', async () => {
    const { App } = await import('../../../src/App');
    const packs = await import('../../../src/i18n/packs');
    render(<App />);
    const select = screen.getByLabelText('Language');
    fireEvent.change(select, { target: { value: 'zh-CN' } });
    fireEvent.change(select, { target: { value: 'en' } });
    await act(() => packs.loadLang('zh-CN'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loss Lab');
    expect(document.documentElement.lang).toBe('en');
  });
});
