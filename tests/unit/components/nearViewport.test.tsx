import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, Suspense, useState, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Tex as LoadedTex } from '../../../src/components/Tex';
import { FakeIntersectionObserver as FakeObserver } from '../fakeObservers';

/**
 * KaTeX and formula sections wait until they come near the viewport, in a page that hydrates the
 * prerendered HTML; rendered afresh they load at once. Each test imports the modules anew (their
 * load state is module-level; the unit setup has loaded KaTeX in the shared copy).
 */

let errors: unknown[][];
beforeEach(() => {
  vi.resetModules();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A section with state of its own, so the test can tell a hydrated copy from the server's HTML. */
function Section({ n }: { n: number }) {
  const [clicked, setClicked] = useState(false);
  return (
    <section onClick={() => setClicked(true)}>
      n = {n}
      {clicked ? ' clicked' : ''}
    </section>
  );
}

/** The HTML the prerender writes for a lazyNearViewport part: a hidden marker, then its own boundary. */
const serverHtml = (n: number) =>
  renderToString(
    <div>
      <Suspense fallback={<p>loading</p>}>
        <span hidden data-near-viewport="" />
        <Suspense fallback={null}>
          <Section n={n} />
        </Suspense>
      </Suspense>
    </div>,
  );

async function setUp() {
  const { lazyNearViewport } = await import('../../../src/components/lazyNearViewport');
  const client = await import('react-dom/client');
  let requested = 0;
  const Lazy = lazyNearViewport(async () => {
    requested += 1;
    return { default: Section as ComponentType<{ n: number }> };
  });
  const Host = ({ n }: { n: number }) => (
    <div>
      <Suspense fallback={<p>loading</p>}>
        <Lazy n={n} />
      </Suspense>
    </div>
  );
  return { client, Host, requested: () => requested };
}

describe('lazyNearViewport', () => {
  it('keeps a prerendered part as the server rendered it, unrequested and unhydrated, until it comes near the viewport', async () => {
    const { client, Host, requested } = await setUp();
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = serverHtml(1);
    const section = container.querySelector('section')!;

    const root = await act(async () => client.hydrateRoot(container, <Host n={1} />));
    expect(requested()).toBe(0);
    expect(FakeObserver.watched(section)).toBe(true);
    // Not hydrated: a click does nothing, and the page's state changing does not touch the server's HTML.
    await act(async () => section.click());
    await act(async () => root.render(<Host n={2} />));
    expect(container.querySelector('section')).toBe(section);
    expect(section.textContent).toBe('n = 1');
    expect(container.textContent).not.toContain('loading');

    await act(async () => FakeObserver.report(section, true));
    expect(requested()).toBe(1);
    // Hydrated in place (the same element), then it follows the page's state and answers clicks.
    expect(container.querySelector('section')).toBe(section);
    expect(section.textContent).toBe('n = 2');
    await act(async () => section.click());
    expect(section.textContent).toBe('n = 2 clicked');
    expect(errors).toEqual([]);
    root.unmount();
    container.remove();
  });

  it('loads at once where there is no server HTML (a panel switch), with the call site fallback meanwhile', async () => {
    const { client, Host, requested } = await setUp();
    const container = document.createElement('div');
    const root = client.createRoot(container);
    await act(async () => root.render(<Host n={3} />));
    expect(requested()).toBe(1);
    expect(container.querySelector('section')?.textContent).toBe('n = 3');
    expect(container.querySelector('[data-near-viewport]')).toBeNull();
    expect(FakeObserver.all.length).toBe(0);
    root.unmount();
  });

  it('hydrates at once without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { client, Host, requested } = await setUp();
    const container = document.createElement('div');
    container.innerHTML = serverHtml(1);
    const section = container.querySelector('section')!;
    const root = await act(async () => client.hydrateRoot(container, <Host n={1} />));
    expect(requested()).toBe(1);
    await act(async () => section.click());
    expect(section.textContent).toBe('n = 1 clicked');
    expect(errors).toEqual([]);
    root.unmount();
  });
});

describe('Tex without KaTeX in the first view', () => {
  async function setUpTex() {
    const { Tex, isTexLoaded } = await import('../../../src/components/Tex');
    const startup = await import('../../../src/startup');
    const client = await import('react-dom/client');
    return { Tex, startup, client, loaded: isTexLoaded };
  }

  it('hydrates a prerendered formula keeping its MathML; KaTeX loads when it comes near the viewport', async () => {
    const { Tex, startup, client, loaded } = await setUpTex();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<LoadedTex display tex="x^2" />);
    const math = container.querySelector('math');
    expect(math).not.toBeNull();
    startup.markHydratingPage();
    const root = await act(async () => client.hydrateRoot(container, <Tex display tex="x^2" />));
    await act(async () => new Promise((done) => setTimeout(done, 50)));
    expect(loaded()).toBe(false);
    expect(container.querySelector('math')).toBe(math);

    await act(async () => FakeObserver.report(container.firstElementChild!, true));
    await vi.waitFor(() => expect(loaded()).toBe(true));
    // Unchanged, the server's MathML stays (no re-typesetting); a change typesets the new formula.
    expect(container.querySelector('math')).toBe(math);
    await act(async () => root.render(<Tex display tex="y^3" />));
    expect(container.querySelector('annotation')?.textContent).toBe('y^3');
    expect(errors).toEqual([]);
    root.unmount();
  });

  it('a prerendered formula that changes before it is near asks for KaTeX at once, keeping the old one until then', async () => {
    const { Tex, startup, client, loaded } = await setUpTex();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<LoadedTex tex="m = 1" />);
    startup.markHydratingPage();
    const root = await act(async () => client.hydrateRoot(container, <Tex tex="m = 1" />));
    expect(loaded()).toBe(false);
    await act(async () => root.render(<Tex tex="m = 2" />));
    if (!loaded()) expect(container.querySelector('annotation')?.textContent).toBe('m = 1');
    await vi.waitFor(() => expect(container.querySelector('annotation')?.textContent).toBe('m = 2'));
    expect(loaded()).toBe(true);
    expect(container.querySelector('.tex-pending')).toBeNull();
    expect(errors).toEqual([]);
    await act(async () => root.unmount());
  });

  it('rendered afresh, a formula waits for KaTeX (suspends) and then typesets', async () => {
    const { Tex, client, loaded } = await setUpTex();
    const container = document.createElement('div');
    const root = client.createRoot(container);
    await act(async () =>
      root.render(
        <Suspense fallback={<i>loading</i>}>
          <Tex tex="e^{-m}" />
        </Suspense>,
      ),
    );
    await vi.waitFor(() => expect(container.querySelector('span.tex math')).not.toBeNull());
    expect(loaded()).toBe(true);
    root.unmount();
  });
});

describe('lazyNearViewport and the language', () => {
  it('a language switch before the part hydrates keeps its server HTML matching (no error #418), then shows the new language', async () => {
    const { lazyNearViewport } = await import('../../../src/components/lazyNearViewport');
    const { LangContext, useLang } = await import('../../../src/i18n/strings');
    const client = await import('react-dom/client');
    function Words() {
      return <section>{useLang() === 'en' ? 'loss' : '损失'}</section>;
    }
    const Lazy = lazyNearViewport(async () => ({ default: Words as ComponentType<object> }));
    const Host = ({ lang }: { lang: 'en' | 'zh-CN' }) => (
      <LangContext.Provider value={lang}>
        <div>
          <Suspense fallback={<p>loading</p>}>
            <Lazy />
          </Suspense>
        </div>
      </LangContext.Provider>
    );
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(
      <div>
        <Suspense fallback={<p>loading</p>}>
          <span hidden data-near-viewport="" />
          <Suspense fallback={null}>
            <Words />
          </Suspense>
        </Suspense>
      </div>,
    );
    const section = container.querySelector('section')!;
    const recoverable: unknown[] = [];
    const root = await act(async () => client.hydrateRoot(container, <Host lang="en" />, { onRecoverableError: (error) => void recoverable.push(error) }));
    expect(section.textContent).toBe('loss');

    // Far from the viewport, the language changes: the part loads at once, hydrates with the server's
    // language (its HTML kept, the same element), then follows the page's.
    await act(async () => root.render(<Host lang="zh-CN" />));
    await act(async () => undefined);
    expect(container.querySelector('section')).toBe(section);
    expect(section.textContent).toBe('损失');
    expect(recoverable).toEqual([]);
    expect(errors).toEqual([]);
    root.unmount();
    container.remove();
  });
});
