import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Width (and height) of an element, kept current by one ResizeObserver and cleaned up on unmount.
 * `initialWidth` is used until the first measurement (and in environments without ResizeObserver).
 */
export function useParentSize<T extends HTMLElement = HTMLDivElement>(initialWidth = 640) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: initialWidth, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (width: number, height: number) =>
      setSize((s) => (Math.abs(s.width - width) < 0.5 && Math.abs(s.height - height) < 0.5 ? s : { width, height }));
    const rect = element.getBoundingClientRect();
    if (rect.width > 0) measure(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) measure(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width: size.width, height: size.height };
}
