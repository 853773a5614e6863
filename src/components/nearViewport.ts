/**
 * "Near the viewport": on screen or within a quarter of a screen height of it. What waits for it
 * (KaTeX, a formula section's code) only makes a formula live: the formula is on screen as the
 * server rendered it all along, so a reader who scrolls faster than the code arrives sees nothing
 * change, and a part just below the first screen (the surrogate's formula cards, 460 px below a
 * 1280×900 window) is not fetched with the first view.
 * Watched by the app's shared observers (viewport.ts); without IntersectionObserver, at once.
 */
import { whenInViewport, type ViewMargin } from './viewport';

export const NEAR_VIEWPORT_MARGIN: ViewMargin = '25% 0px';

/** Calls `callback` once, when `element` first comes near the viewport; returns a function that cancels. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  return whenInViewport(element, callback, NEAR_VIEWPORT_MARGIN);
}
