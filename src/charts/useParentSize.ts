import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useFromServerHtml } from '../components/ClientOnly';
import { whenInViewport } from '../components/viewport';

/**
 * Width (and height) of an element, kept current by one ResizeObserver and cleaned up on unmount.
 * `initialWidth` is used until the first measurement (and in environments without ResizeObserver).
 *
 * A chart mounted in the browser measures before its first paint (a layout effect), so it never
 * shows at `initialWidth`. A chart hydrating the prerendered HTML is on screen already, drawn at
 * `initialWidth` and scaled by its viewBox, and it keeps that drawing until it is needed:
 * - it does not measure in the hydration commit (reading its box there forced the style and layout
 *   of the whole page into the commit's task); its ResizeObserver reports the width once the
 *   browser has laid the page out anyway, in the next frame;
 * - it takes that width when it comes within a viewport of the screen (at once for the charts on
 *   screen), so the charts further down the page do not all re-render and commit together right
 *   after hydration (on a phone, one task of the whole panel's charts, about 4× longer on a slow
 *   phone): each is redrawn before it scrolls into view;
 * - the width is applied in a transition, which React renders in slices that leave the browser free.
 * Its later sizes (a window resized, a phone turned) follow in transitions too.
 */
export function useParentSize<T extends HTMLElement = HTMLDivElement>(initialWidth = 640) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: initialWidth, height: 0 });
  const fromServer = useFromServerHtml();
  const [hydrating] = useState(fromServer);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const apply = (width: number, height: number) =>
      setSize((s) => (Math.abs(s.width - width) < 0.5 && Math.abs(s.height - height) < 0.5 ? s : { width, height }));
    if (!hydrating) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0) apply(rect.width, rect.height);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (box && box.width > 0) apply(box.width, box.height);
      });
      observer.observe(element);
      return () => observer.disconnect();
    }
    // Hydrated: the latest measured size waits until the chart is near the viewport. The observer's
    // reports are transitions too, so none overtakes another with a synchronous update.
    let near = false;
    let pending: { width: number; height: number } | null = null;
    const flush = () => {
      if (!near || !pending) return;
      const { width, height } = pending;
      pending = null;
      startTransition(() => apply(width, height));
    };
    const measure = (width: number, height: number) => {
      pending = { width, height };
      flush();
    };
    const stopWatching = whenInViewport(
      element,
      () => {
        near = true;
        flush();
      },
      '100% 0px',
    );
    if (typeof ResizeObserver === 'undefined') {
      // No observer to wait for (tests' DOM, old browsers): one measurement.
      const rect = element.getBoundingClientRect();
      if (rect.width > 0) measure(rect.width, rect.height);
      return stopWatching;
    }
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) measure(box.width, box.height);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      stopWatching();
    };
  }, [hydrating]);
  return { ref, width: size.width, height: size.height };
}
