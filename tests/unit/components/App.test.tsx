import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/App';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';

describe('App shell', () => {
  it('renders title, navigation and the active panel', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loss Lab');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Surrogate losses', 'Single neuron', 'Softmax overflow', 'More losses', ]);
    expect(await screen.findByTestId('panel-body')).toBeTruthy();
  });

  it('switches language and remembers it', async () => {
    render(<App />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('损失函数');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem('loss-lab:lang')).toBe('zh-CN');
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
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Softmax overflow');
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
