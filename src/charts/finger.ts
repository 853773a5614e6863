/**
 * A finger on a chart that is dragged sideways (a margin axis) inside a page that scrolls up and
 * down. The chart's CSS allows vertical panning (`touch-action: pan-y`), so the browser scrolls on
 * an up-and-down swipe and then cancels the pointer; until it does, the moves also reach the chart.
 * This decides, from the first few pixels, which of the two the finger is doing.
 */
export interface Finger<T> {
  x: number;
  y: number;
  /** The value under the finger when it went down, to put back if the browser takes the gesture over. */
  start: T;
  /** Moved sideways first: the chart follows it. */
  dragging: boolean;
  /** Moved up or down first: the page scrolls, and the chart ignores this finger. */
  scrolling: boolean;
}

/** Movement (CSS px) after which a finger has shown which way it goes. */
export const TOUCH_SLOP = 6;

export function fingerDown<T>(event: { clientX: number; clientY: number }, start: T): Finger<T> {
  return { x: event.clientX, y: event.clientY, start, dragging: false, scrolling: false };
}

/** Updates the finger with a move; true while it drags (sideways before up-and-down). */
export function fingerMoves<T>(finger: Finger<T>, event: { clientX: number; clientY: number }): boolean {
  if (!finger.dragging && !finger.scrolling) {
    const dx = Math.abs(event.clientX - finger.x);
    const dy = Math.abs(event.clientY - finger.y);
    if (dx >= TOUCH_SLOP && dx > dy) finger.dragging = true;
    else if (dy >= TOUCH_SLOP && dy >= dx) finger.scrolling = true;
  }
  return finger.dragging;
}

/** A finger that lifted without showing a direction: a tap. */
export function fingerTapped<T>(finger: Finger<T>): boolean {
  return !finger.dragging && !finger.scrolling;
}
