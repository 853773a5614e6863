import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/App';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import { PANELS, TAB_IDS } from '../../../src/panels/registry';

describe('App shell', () => {
  it('renders title, navigation and the active panel', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loss Lab');
    const nav = screen.getByRole('navigation', { name: 'Panels' });
    // The first panels' titles as written, then every registered panel in the registry's order.
    const tabs = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(tabs.slice(0, 6)).toEqual(['Surrogate losses', 'Single neuron', 'Softmax overflow', 'More losses', 'Classifier lab', 'Line fitting']);
    expect(tabs).toEqual(TAB_IDS.map((id) => PANELS[id].labels.en.title));
    expect(tabs).toContain('Which loss?');
    // The credits have no tab: the footer links to them.
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Sources and credits' }).getAttribute('href')).toBe('?panel=credits');
    // The panel's declaration and code are chunks of their own (the first test of the file transforms them: slow on a busy machine).
    expect(await screen.findByTestId('panel-body', {}, { timeout: 15_000 })).toBeTruthy();
  });

  it('switches language and remembers it', async () => {
    render(<App />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('损失函数');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem('loss-lab:lang')).toBe('zh-CN');
  });

  it('leaves <html lang> alone when it already says the page\'s language (writing it again restyles every element)', async () => {
    document.documentElement.lang = 'en';
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    render(<App />);
    await screen.findByTestId('panel-body', {}, { timeout: 15_000 });
    writes.push(...observer.takeRecords());
    expect(writes).toEqual([]);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes.map((record) => record.oldValue ?? record.attributeName)).toEqual(['lang']);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('navigates with pushState', async () => {
    render(<App />);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Single neuron' }));
    });
    expect(window.location.search).toBe('?panel=neuron');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Single neuron');
  });

  it('renders an embed without the site header', async () => {
    window.history.replaceState(null, '', '/?embed=softmax');
    render(<App />);
    expect(document.querySelector('.site-header')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Softmax overflow');
  });
});

describe('theme', () => {
  it('follows ?theme=, switches, and saves the choice', () => {
    window.history.replaceState(null, '', '/?theme=dark');
    render(<App />);
    expect(document.documentElement.dataset.theme).toBe('dark');
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'light' } });
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(window.localStorage.getItem('loss-lab:theme')).toBe('light');
    expect(window.location.search).toContain('theme=light');
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'system' } });
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('share bar', () => {
  it('shows an embed snippet for the current view', async () => {
    window.history.replaceState(null, '', '/courses/x/?panel=softmax&lang=zh-CN');
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: '嵌入' }));
    // The dialog loads on its first opening.
    const code = ((await screen.findByLabelText('嵌入代码', {}, { timeout: 15_000 })) as HTMLTextAreaElement).value;
    // Light by default, so a reader in dark mode does not get a black box in a white course page.
    expect(code).toContain('src="http://localhost:3000/courses/x/?embed=softmax&amp;lang=zh-CN&amp;theme=light&amp;v=1"');
    expect(code).toContain('title="Loss Lab：Softmax 溢出"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('<script src="http://localhost:3000/courses/x/embed.js" async></script>');
    fireEvent.change(screen.getByLabelText('嵌入的配色：'), { target: { value: 'system' } });
    expect((screen.getByLabelText('嵌入代码') as HTMLTextAreaElement).value).toContain('?embed=softmax&amp;lang=zh-CN&amp;v=1"');
  });

  it('warns when every section of a panel would be hidden from the embed', async () => {
    window.history.replaceState(null, '', '/courses/x/?panel=more');
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Regression losses against the residual' }, { timeout: 15_000 }));
    expect(screen.queryByText(/embed shows nothing/)).toBeNull();
    // The live region is there, empty, before the warning: screen readers announce only changes to a region they know.
    // The dialog's own region (the panel's readouts are <output> elements, also status regions).
    const region = within(screen.getByRole('region', { name: 'Embed this panel in a course page' })).getByRole('status');
    expect(region.textContent).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Entropy, cross-entropy and KL divergence' }));
    expect(region.textContent).toBe('With every section hidden the embed shows nothing: keep at least one.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Regression losses against the residual' }));
    expect(screen.queryByText(/embed shows nothing/)).toBeNull();
  });

  it('pins the language chosen in the header into the snippet', async () => {
    window.history.replaceState(null, '', '/courses/x/?panel=surrogate');
    render(<App />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    fireEvent.click(screen.getByRole('button', { name: '嵌入' }));
    // The dialog loads on its first opening.
    const code = ((await screen.findByLabelText('嵌入代码', {}, { timeout: 15_000 })) as HTMLTextAreaElement).value;
    expect(code).toContain('?embed=surrogate&amp;lang=zh-CN&amp;theme=light&amp;v=1"');
    expect(code).toContain('title="Loss Lab：替代损失"');
  });
});

describe('ErrorBoundary', () => {
  it('contains a crash and offers a retry', () => {
    let fail = true;
    function Boom() {
      if (fail) throw new Error('kaput');
      return <p>fine</p>;
    }
    const original = console.error;
    console.error = () => {};
    render(
      <ErrorBoundary fallback={(error, retry) => <button onClick={retry}>{error.message}</button>}>
        <Boom />
      </ErrorBoundary>,
    );
    console.error = original;
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'kaput' }));
    expect(screen.getByText('fine')).toBeTruthy();
  });
});

describe('history', () => {
  it('a hash-only history step (the skip link) keeps the panel and its state', async () => {
    window.history.replaceState(null, '', '/?panel=more');
    render(<App />);
    await screen.findByTestId('panel-body', {}, { timeout: 5000 });
    const body = screen.getByTestId('panel-body');
    await act(async () => {
      window.history.pushState(null, '', '/?panel=more#main');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('panel-body')).toBe(body);
  });

  it('back to another query string remounts the panel from the URL', async () => {
    render(<App />);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Softmax overflow' }));
    });
    await act(async () => {
      window.history.pushState(null, '', '/?panel=neuron');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Single neuron');
  });

  it('a panel’s tab returns to the view history last brought back, and to the values the page opened with', async () => {
    window.history.replaceState(null, '', '/?panel=softmax&logits=1,2');
    render(<App />);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'More losses' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Softmax overflow' }));
    });
    expect(new URLSearchParams(window.location.search).get('logits')).toBe('1,2');
    await act(async () => {
      window.history.pushState(null, '', '/?panel=softmax&logits=7,8');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'More losses' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Softmax overflow' }));
    });
    expect(new URLSearchParams(window.location.search).get('logits')).toBe('7,8');
  });
});
