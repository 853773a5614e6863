import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether elements are in or near the viewport: one IntersectionObserver per margin watches every
 * element any part of the app asks about (formula sections and KaTeX waiting to load, the neuron
 * panel's autoplay, live numbers and contour bands, the classifier's accuracy sweep). Without
 * IntersectionObserver (tests' DOM, old browsers) nothing is watched and callers treat every
 * element as on screen.
 */

/** How near counts: on screen (0px: the neuron's autoplay), a frame's writes (10 %), formula code to fetch (25 %), drawing to have done before a chart scrolls in (a viewport), a sweep to keep running (200 px). */
export type ViewMargin = '0px' | '10% 0px' | '25% 0px' | '100% 0px' | '200px';

interface Watcher {
  shown: boolean;
  onChange: (shown: boolean) => void;
}

/** One observer per margin, made again when the page's IntersectionObserver changes (tests replace it). */
const views = new Map<ViewMargin, { kind: typeof IntersectionObserver; observer: IntersectionObserver; watched: Map<Element, Set<Watcher>> }>();

export interface ViewportWatch {
  /** The element's last report: in or near the viewport. */
  shown: () => boolean;
  stop: () => void;
}

/**
 * Calls `onChange(shown)` whenever `element` comes into or leaves the viewport widened by `margin`
 * (first with its state when it starts being watched). Null without IntersectionObserver.
 */
export function watchViewport(element: Element, onChange: (shown: boolean) => void, margin: ViewMargin): ViewportWatch | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  let view = views.get(margin);
  if (!view || view.kind !== IntersectionObserver) {
    const watched = new Map<Element, Set<Watcher>>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          for (const watcher of watched.get(entry.target) ?? []) {
            watcher.shown = entry.isIntersecting;
            watcher.onChange(watcher.shown);
          }
        }
      },
      { rootMargin: margin },
    );
    view = { kind: IntersectionObserver, observer, watched };
    views.set(margin, view);
  }
  const { observer, watched } = view;
  let list = watched.get(element);
  const watcher: Watcher = { shown: true, onChange };
  if (list) {
    // Observing an element again reports nothing new: take the other watchers' last report, and
    // give it to this one as the observer would have.
    watcher.shown = [...list].every((other) => other.shown);
    const shown = watcher.shown;
    queueMicrotask(() => {
      if (list?.has(watcher) && watcher.shown === shown) onChange(shown);
    });
  } else {
    watched.set(element, (list = new Set()));
    observer.observe(element);
  }
  list.add(watcher);
  return {
    shown: () => watcher.shown,
    stop: () => {
      list.delete(watcher);
      if (list.size > 0) return;
      watched.delete(element);
      observer.unobserve(element);
    },
  };
}

/** Calls `callback` once, when `element` first comes within `margin` of the viewport (at once, in a microtask, without IntersectionObserver); returns a function that cancels. */
export function whenInViewport(element: Element, callback: () => void, margin: ViewMargin): () => void {
  let done = false;
  const watch = watchViewport(
    element,
    (shown) => {
      if (!shown || done) return;
      done = true;
      watch?.stop();
      callback();
    },
    margin,
  );
  if (!watch)
    queueMicrotask(() => {
      if (!done) {
        done = true;
        callback();
      }
    });
  return () => {
    done = true;
    watch?.stop();
  };
}

/** Whether the element is in or within `margin` of the viewport, as React state; true without IntersectionObserver. */
export function useInViewport(ref: RefObject<Element | null>, margin: ViewMargin): boolean {
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const watch = watchViewport(element, setShown, margin);
    return () => watch?.stop();
  }, [ref, margin]);
  return shown;
}
