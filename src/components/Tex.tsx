import { createElement, memo, startTransition, use, useEffect, useReducer, useRef, useState } from 'react';
import { useFromServerHtml } from './ClientOnly';
import { whenNearViewport } from './nearViewport';
import { isHydratingPage } from '../startup';
import './tex.css';

export { TEX_OPTIONS } from './texOptions';

interface Props {
  /** KaTeX source. */
  tex: string;
  display?: boolean;
  className?: string;
}

type Renderer = typeof import('./texRender');

let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

/**
 * KaTeX, loaded on demand (texRender.ts, a chunk of its own): once, whoever asks first. A failed
 * load is forgotten, so the next formula that needs it asks again.
 */
export function loadTex(): Promise<Renderer> {
  loading ??= import('./texRender').then(
    (module) => {
      renderer = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether KaTeX has loaded (for tests and diagnostics). */
export function isTexLoaded(): boolean {
  return renderer !== null;
}

/** What React writes into an element whose content is still the server's HTML: nothing (hydration keeps the DOM). */
const SERVER_HTML = { __html: '' };

/**
 * A formula typeset by KaTeX as MathML (TEX_OPTIONS: no stylesheet, no fonts, no style attributes,
 * so the strict CSP holds); a parse error shows in place instead of crashing the panel.
 *
 * KaTeX is not part of the first view. A formula in the prerendered HTML hydrates without it: its
 * element keeps the server's MathML (React leaves the content of a `dangerouslySetInnerHTML`
 * element as it is while hydrating), and KaTeX loads when the formula comes near the viewport, so
 * that a live formula (a number that follows a slider) changes at once when the reader gets there.
 * A formula that changes before then asks for KaTeX at once and keeps showing the server's until it
 * arrives. A formula rendered afresh (panel switch, a link with values of its own) suspends until
 * KaTeX has loaded, as a lazy component would; on a page that hydrated, where a Suspense fallback
 * would cover content already on screen, it shows its source meanwhile instead.
 */
export const Tex = memo(function Tex({ tex, display = false, className }: Props) {
  const fromServer = useFromServerHtml();
  const key = `${display ? 'D' : 'I'}${tex}`;
  const ref = useRef<HTMLElement>(null);
  // The formula whose server HTML this element still holds (React rendered nothing into it).
  const [held, setHeld] = useState(() => (fromServer && renderer === null && typeof document !== 'undefined' ? key : null));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const holding = held !== null && (held === key || renderer === null);
  // Rendered once with KaTeX, the element is React's for good.
  if (held !== null && !holding) setHeld(null);

  useEffect(() => {
    if (renderer) return;
    const load = () => {
      loadTex().then(
        () => startTransition(rerender),
        () => undefined, // offline or a failed chunk: the server's formula stays; the next change asks again
      );
    };
    if (holding && held === key) {
      // Unchanged: KaTeX only when the reader comes near, so that a later change is instant.
      return ref.current ? whenNearViewport(ref.current, load) : undefined;
    }
    load();
  }, [holding, held, key]);

  const Tag = display ? 'div' : 'span';
  const tagClass = className ?? (display ? 'tex tex-display' : 'tex');
  if (holding) return createElement(Tag, { ref, className: tagClass, dangerouslySetInnerHTML: SERVER_HTML, suppressHydrationWarning: true });
  // On the server (the prerender), and in a fresh render outside a hydrated page: wait for KaTeX.
  const ready = renderer ?? (typeof document === 'undefined' || !isHydratingPage() ? use(loadTex()) : null);
  if (!ready) {
    return createElement(Tag, { ref, className: `${tagClass} tex-pending`, 'aria-busy': true }, tex);
  }
  const entry = ready.renderTex(tex, display);
  if ('error' in entry) {
    return (
      <code className="tex-error" title={entry.error}>
        {tex}
      </code>
    );
  }
  return createElement(Tag, { ref, className: tagClass, dangerouslySetInnerHTML: { __html: entry.html } });
});
