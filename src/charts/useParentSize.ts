import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useFromServerHtml } from '../components/ClientOnly';

/**
 * Width (and height) of an element, kept current by one ResizeObserver and cleaned up on unmount.
 * `initialWidth` is used until the first measurement (and in environments without ResizeObserver).
 *
 * A chart mounted in the browser measures before its first paint (a layout effect), so it never
 * shows at `initialWidth`. A chart hydrating the prerendered HTML is on screen already, drawn at
 * `initialWidth` and scaled by its viewBox: its first measured width is applied in a transition,
 * which React renders in slices that leave the browser free (a synchronous re-render of the charts
 * right after hydration was one task of 16–21 ms on a fast machine, ×4 on a slow phone). Its later
 * sizes (a window resized, a phone turned) follow in transitions too.
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
    // Hydrated: the observer's first report (the same width, a frame later) must not overtake the
    // transition with a synchronous update, so its reports are transitions too.
    const measure = hydrating ? (width: number, height: number) => startTransition(() => apply(width, height)) : apply;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0) measure(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) measure(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hydrating]);
  return { ref, width: size.width, height: size.height };
}
