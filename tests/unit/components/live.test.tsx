import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { useState, type ReactNode } from 'react';
import { createStore, type StoreApi } from 'zustand';
import { lastOf, Live } from '../../../src/components/live';
import { PanelContext, type PanelContextValue, type PanelState } from '../../../src/state/panelStore';
import type { AnyPanelDefinition } from '../../../src/panels/definition';

/*
 * Live nodes follow the panel's store without a React render (transient updates). What they must
 * keep: after any sequence of steps, after a render for another reason and after hydration, each
 * node shows what a fresh render of the store's values would show, and the component rendering it
 * ran only when React had its own reason.
 */

interface Values {
  t: number;
  n: number;
}

function storeOf(values: Values): StoreApi<{ values: Values }> {
  return createStore<{ values: Values }>()(() => ({ values }));
}

const step = (store: StoreApi<{ values: Values }>, t: number) => act(() => store.setState({ values: { ...store.getState().values, t } }));

function Provide({ store, children }: { store: StoreApi<{ values: Values }>; children: ReactNode }) {
  const value = { definition: {} as AnyPanelDefinition, store: store as unknown as StoreApi<PanelState<object>>, hidden: new Set<string>() } satisfies PanelContextValue;
  return <PanelContext.Provider value={value}>{children}</PanelContext.Provider>;
}

const squared = lastOf((values: Values) => ({ square: values.t * values.t }));
let renders = 0;

/** A readout, a bar's height and its title, as a panel writes them; `label` changes only on a render. */
function Readings({ label }: { label: string }) {
  renders++;
  return (
    <div>
      <Live<Values, 'span'> as="span" data-testid="text" text={(v) => `${label} ${v.t.toFixed(2)}`} />
      <svg>
        <Live<Values, 'rect'> as="rect" data-testid="bar" x={1} attributes={(v) => ({ y: 100 - squared(v).square, height: squared(v).square })}>
          <Live<Values, 'title'> as="title" text={(v) => `square ${squared(v).square}`} />
        </Live>
      </svg>
    </div>
  );
}

/** Re-renders its readings when its own state changes (a language switch, say), never for the store. */
function Page({ store, relabel }: { store: StoreApi<{ values: Values }>; relabel?: (set: (label: string) => void) => void }) {
  const [label, setLabel] = useState('T =');
  relabel?.(setLabel);
  return (
    <Provide store={store}>
      <Readings label={label} />
    </Provide>
  );
}

const shown = (root: ParentNode) => ({
  text: root.querySelector('[data-testid=text]')?.textContent,
  y: root.querySelector('[data-testid=bar]')?.getAttribute('y'),
  height: root.querySelector('[data-testid=bar]')?.getAttribute('height'),
  title: root.querySelector('[data-testid=bar] title')?.textContent,
});

describe('Live (values written without a React render)', () => {
  it('follows a sequence of steps without rendering, and a render for another reason shows the store’s value', () => {
    const store = storeOf({ t: 1, n: 0 });
    let relabel: (label: string) => void = () => {};
    renders = 0;
    const { container } = render(<Page store={store} relabel={(set) => (relabel = set)} />);
    expect(shown(container)).toEqual({ text: 'T = 1.00', y: '99', height: '1', title: 'square 1' });
    const first = renders;
    for (const t of [2, 3, 1.5, 4]) step(store, t);
    expect(shown(container)).toEqual({ text: 'T = 4.00', y: '84', height: '16', title: 'square 16' });
    // No component ran for the steps.
    expect(renders).toBe(first);
    // Back to a value React itself rendered: the node shows it (React's own record still says 1.00).
    step(store, 1);
    expect(shown(container).text).toBe('T = 1.00');
    step(store, 3);
    // A render for another reason: React's new text and the store's current value, not a stale one.
    act(() => relabel('temperature'));
    expect(renders).toBe(first + 1);
    expect(shown(container)).toEqual({ text: 'temperature 3.00', y: '91', height: '9', title: 'square 9' });
    step(store, 2);
    expect(shown(container)).toEqual({ text: 'temperature 2.00', y: '96', height: '4', title: 'square 4' });
  });

  it('a render that read the values before a change still leaves the changed value on screen', () => {
    const store = storeOf({ t: 1, n: 0 });
    // A component that read the store during its render and commits later (as a transition can):
    // its writer runs after the commit with the store as it is then.
    function Stale() {
      const [values] = useState(() => store.getState().values);
      return (
        <Provide store={store}>
          <Live<Values, 'span'> as="span" data-testid="text" text={(v) => String(v.t)} data-read={values.t} />
        </Provide>
      );
    }
    store.setState({ values: { t: 5, n: 0 } });
    const { container } = render(<Stale />);
    expect(shown(container).text).toBe('5');
  });

  it('hydrates the server’s HTML without a mismatch, then follows the store', async () => {
    const server = storeOf({ t: 2, n: 0 });
    const html = renderToString(<Page store={server} />);
    expect(html).toContain('T = 2.00');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverSpan = container.querySelector('[data-testid=text]');
    const store = storeOf({ t: 2, n: 0 });
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Page store={store} />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    // The server's nodes are kept and now follow the store.
    expect(container.querySelector('[data-testid=text]')).toBe(serverSpan);
    step(store, 3);
    expect(shown(container)).toEqual({ text: 'T = 3.00', y: '91', height: '9', title: 'square 9' });
    container.remove();
  });

  it('a change that removes a node’s row reaches its writer before the render: nothing breaks, the render removes it', () => {
    const store = storeOf({ t: 1, n: 3 });
    function Rows() {
      const [n, setN] = useState(store.getState().values.n);
      // The shape's subscriber (a panel's) re-renders after the writers ran.
      useState(() => store.subscribe((s) => setN(s.values.n)));
      const list = (v: Values) => Array.from({ length: v.n }, (_, i) => (i + 1) * v.t);
      return (
        <Provide store={store}>
          {Array.from({ length: n }, (_, i) => (
            <Live<Values, 'span'> key={i} as="span" className="row" text={(v) => list(v)[i].toFixed(1)} />
          ))}
        </Provide>
      );
    }
    const { container } = render(<Rows />);
    const rows = () => [...container.querySelectorAll('.row')].map((row) => row.textContent);
    expect(rows()).toEqual(['1.0', '2.0', '3.0']);
    act(() => store.setState({ values: { t: 2, n: 1 } }));
    expect(rows()).toEqual(['2.0']);
    act(() => store.setState({ values: { t: 3, n: 2 } }));
    expect(rows()).toEqual(['3.0', '6.0']);
  });

  it('never writes a number that is not one (the render the change schedules replaces the node)', () => {
    const store = storeOf({ t: 1, n: 0 });
    const { container } = render(
      <Provide store={store}>
        <svg>
          <Live<Values, 'rect'> as="rect" data-testid="bar" attributes={(v) => ({ height: Math.sqrt(v.t) })} />
        </svg>
      </Provide>,
    );
    step(store, 4);
    expect(shown(container).height).toBe('2');
    step(store, -1);
    expect(shown(container).height).toBe('2');
    step(store, 9);
    expect(shown(container).height).toBe('3');
  });
});
