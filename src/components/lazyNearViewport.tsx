import { lazy, Suspense, use, useEffect, useMemo, useRef, useState, type ComponentType, type ReactElement } from 'react';
import { useFromServerHtml } from './ClientOnly';
import { whenNearViewport } from './nearViewport';
import { LangContext, useLang } from '../i18n/strings';

type Module<P> = { default: ComponentType<P> };

/** A promise React's `use` reads without suspending once it has settled (React reads these fields). */
interface Gate<P> extends Promise<ComponentType<P>> {
  status?: 'fulfilled';
  value?: ComponentType<P>;
  open: (component: ComponentType<P>) => void;
}

function gate<P>(loaded: ComponentType<P> | null): Gate<P> {
  let open!: (component: ComponentType<P>) => void;
  const promise = new Promise<ComponentType<P>>((resolve) => {
    open = resolve;
  }) as Gate<P>;
  promise.open = open;
  if (loaded) Object.assign(promise, { status: 'fulfilled', value: loaded });
  return promise;
}

/**
 * Like React's `lazy`, for a part below the first screen (formula cards, derivations): in a page
 * that hydrates the prerendered HTML, its code is requested, and the part hydrated, only when it
 * comes near the viewport (nearViewport.ts). Until then React keeps the server's HTML of its
 * Suspense boundary as it is, so the part stays visible, selectable and readable; its props are
 * held at the server's (an update would make React drop that HTML for the fallback) and follow the
 * page's state from the moment it has hydrated. Rendered afresh (no server HTML: a panel switch, a
 * link with values of its own) it loads at once and suspends like `lazy`, showing the call site's
 * Suspense fallback.
 *
 * In the HTML, a hidden empty marker precedes the part: the element after it is what is watched.
 */
export function lazyNearViewport<P extends object>(load: () => Promise<Module<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = () =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function Part({ gate: ready, props, onHydrated }: { gate: Promise<ComponentType<P>>; props: P; onHydrated: () => void }) {
    const Component = use(ready);
    useEffect(onHydrated, [onHydrated]);
    return <Component {...props} />;
  }

  function Deferred({ props }: { props: P }) {
    const marker = useRef<HTMLSpanElement>(null);
    const lang = useLang();
    const [first] = useState(() => ({ props, lang }));
    const [ready] = useState(() => gate(loaded));
    const [live, setLive] = useState(false);
    const onHydrated = useMemo(() => () => setLive(true), []);
    useEffect(() => {
      if (live) return;
      const open = () => {
        fetch().then(ready.open, () => undefined); // a failed chunk: the server's HTML stays
      };
      // A new language: the part keeps the server's until it has hydrated (below), and loads now.
      const element = marker.current?.nextElementSibling;
      if (!element || lang !== first.lang) return open();
      return whenNearViewport(element, open);
    }, [live, lang, first, ready]);
    const shown = live ? props : first.props;
    // The language, too, is held at the server's until the part has hydrated: a new one reaching the
    // dehydrated boundary as a context change would make React hydrate it with the new language's
    // text, fail to match the server's (error #418) and drop that HTML.
    const shownLang = live ? lang : first.lang;
    // The same element until the part has hydrated: React leaves the boundary's server HTML alone.
    const boundary = useMemo(
      () => (
        <Suspense fallback={null}>
          <Part gate={ready} props={shown} onHydrated={onHydrated} />
        </Suspense>
      ),
      [ready, shown, onHydrated],
    );
    return (
      <>
        <span ref={marker} hidden data-near-viewport="" />
        <LangContext.Provider value={shownLang}>{boundary}</LangContext.Provider>
      </>
    );
  }

  // Rendered afresh, and in the prerender: React's own lazy component, loading at once.
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  function Fresh({ props }: { props: P }) {
    return <Lazy {...props} />;
  }

  function LazyNearViewport(props: P): ReactElement {
    // True on the server and while hydrating its HTML: both render the marker and the boundary.
    const fromServer = useFromServerHtml();
    const [deferred] = useState(fromServer);
    if (!deferred) return <Fresh props={props} />;
    if (typeof document === 'undefined') {
      // The prerender: waits for the code (its first pass loads it), then renders the part in full.
      return (
        <>
          <span hidden data-near-viewport="" />
          <Suspense fallback={null}>
            <Fresh props={props} />
          </Suspense>
        </>
      );
    }
    return <Deferred props={props} />;
  }
  return LazyNearViewport;
}
