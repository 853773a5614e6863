/**
 * "Near the viewport": on screen or within a quarter of a screen height of it. What waits for it
 * (KaTeX, a formula section's code) only makes a formula live: the formula is on screen as the
 * server rendered it all along, so a reader who scrolls faster than the code arrives sees nothing
 * change, and a part just below the first screen (the surrogate's formula cards, 460 px below a
 * 1280×900 window) is not fetched with the first view.
 * One IntersectionObserver for every element that waits; without IntersectionObserver, at once.
 */
export const NEAR_VIEWPORT_MARGIN = '25% 0px';

const waiting = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | null = null;

function near(element: Element) {
  const callbacks = waiting.get(element);
  waiting.delete(element);
  observer?.unobserve(element);
  callbacks?.forEach((callback) => callback());
}

/** Calls `callback` once, when `element` first comes near the viewport; returns a function that cancels. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) near(entry.target);
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  let callbacks = waiting.get(element);
  if (!callbacks) {
    callbacks = new Set();
    waiting.set(element, callbacks);
    observer.observe(element);
  }
  const once = () => callback();
  callbacks.add(once);
  return () => {
    const current = waiting.get(element);
    if (!current) return;
    current.delete(once);
    if (current.size === 0) {
      waiting.delete(element);
      observer?.unobserve(element);
    }
  };
}
