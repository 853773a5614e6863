import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/App';

/*
 * A panel that throws while rendering must stay inside its own error boundary (PanelHost): the
 * shell, its navigation and the other panels keep working, and the panel offers a reset, in both
 * languages. The softmax panel's module is replaced here (nothing in the app is test-only) by one
 * that renders normally but throws for logits containing 666, as a bug triggered by a value from
 * a link would.
 */
vi.mock('../../../src/panels/softmax/Panel', async () => {
  const { useStore } = await import('zustand');
  const { usePanelContext } = await import('../../../src/state/panelStore');
  return {
    default: function FragileSoftmax() {
      const { store } = usePanelContext();
      const logits = useStore(store, (state) => (state.values as { logits: readonly number[] }).logits);
      if (logits.includes(666)) throw new Error('logit 666 is cursed');
      return <p data-testid="softmax-alive">logits {logits.join(', ')}</p>;
    },
  };
});

const STRINGS = {
  en: { crashed: 'This panel hit an error and stopped. The rest of Loss Lab still works.', retry: 'Reset this panel and try again', more: 'More losses', softmax: 'Softmax overflow' },
  'zh-CN': { crashed: '该面板出错并已停止，Loss Lab 的其他部分仍可正常使用。', retry: '重置该面板并重试', more: '更多损失函数', softmax: 'Softmax 溢出' },
} as const;

beforeEach(() => {
  // React reports the caught error on the console; the boundary's fallback is what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

const panelLink = (name: string) => within(screen.getByRole('navigation')).getByRole('link', { name });

describe.each(['en', 'zh-CN'] as const)('a panel that throws while rendering (%s)', (lang) => {
  const s = STRINGS[lang];

  it('is replaced by its fallback; the shell and the other panels work; reset brings it back with defaults', async () => {
    window.history.replaceState(null, '', `/?panel=softmax&lang=${lang}&logits=1,666`);
    render(<App />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(s.crashed);
    expect(alert.textContent).toContain('logit 666 is cursed');
    // The shell is intact: title, navigation, preferences.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Loss Lab|损失函数/);
    expect(screen.getAllByRole('link').length).toBeGreaterThanOrEqual(4);

    // Another panel opens and renders.
    await act(async () => {
      fireEvent.click(panelLink(s.more));
    });
    expect(await screen.findByTestId('panel-body', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    // Back to the broken one (it keeps its values, so it fails again), then reset.
    await act(async () => {
      fireEvent.click(panelLink(s.softmax));
    });
    const retry = await screen.findByRole('button', { name: s.retry });
    await act(async () => {
      fireEvent.click(retry);
    });
    expect((await screen.findByTestId('softmax-alive')).textContent).toBe('logits 1, 2, 3, 4, 5');
    expect(screen.queryByRole('alert')).toBeNull();
    // The reset reached the address bar too: a reload would not crash again.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('logits')).toBeNull());
  });

  it('in an embed: the fallback and the reset, without the shell', async () => {
    window.history.replaceState(null, '', `/?embed=softmax&lang=${lang}&logits=666`);
    render(<App />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(s.crashed);
    expect(document.querySelector('.embed-credit a')).not.toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: s.retry }));
    });
    expect(await screen.findByTestId('softmax-alive')).toBeTruthy();
  });
});

describe('the fallback follows a language switch', () => {
  it('switches from English to Chinese while the panel is down', async () => {
    window.history.replaceState(null, '', '/?panel=softmax&logits=666');
    render(<App />);
    await screen.findByRole('alert', {}, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(screen.getByRole('alert').textContent).toContain(STRINGS['zh-CN'].crashed);
    expect(screen.getByRole('button', { name: STRINGS['zh-CN'].retry })).toBeTruthy();
  });
});
