import { useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { indexForKey, svgPoint } from './readout';

interface Options {
  /** Indices 0…count − 1 (epochs, classes, samples). */
  count: number;
  /** Where reading starts when the chart gets the keyboard focus (the epoch cursor, the first class). */
  start: number;
  /** The SVG's viewBox size. */
  width: number;
  height: number;
  /** The index under a point of the SVG (viewBox units), or null where nothing is read. */
  indexAt: (x: number, y: number) => number | null;
  /** The readout's text at an index: the SVG's aria-valuetext, so screen readers hear each step. */
  text: (index: number) => string;
  /** Accessible name of the chart. */
  label: string;
}

export interface Readout {
  /** The index read now, or null (nothing hovered, tapped or focused). */
  index: number | null;
  /** Props for the chart's <svg>: a focusable slider over the indices, moved by pointer, finger and keys. */
  svgProps: {
    role: 'slider';
    tabIndex: 0;
    'aria-label': string;
    'aria-valuemin': number;
    'aria-valuemax': number;
    'aria-valuenow': number;
    'aria-valuetext': string;
    'data-readout': string;
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
    onFocus: (event: FocusEvent<SVGSVGElement>) => void;
    onBlur: () => void;
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
    onPointerLeave: (event: PointerEvent<SVGSVGElement>) => void;
  };
}

/**
 * A chart's readout, like the surrogate chart's hover box: the mouse shows the values under it, a
 * finger the values where it taps or slides (until it taps elsewhere), and the keyboard focuses the
 * chart and walks it with the arrow keys (Shift, Page Up/Down: tenths; Home/End; Escape hides). The
 * chart is a slider over its indices whose value text is the readout, so screen readers read it.
 * Rendering is the same on server and client (nothing is read until an event).
 */
export function useReadout({ count, start, width, height, indexAt, text, label }: Options): Readout {
  const [picked, setPicked] = useState<number | null>(null);
  /** A pointer went down: the focus that follows comes from it, not from the Tab key. */
  const pointing = useRef(false);
  const last = Math.max(0, count - 1);
  const index = picked === null ? null : Math.min(last, picked);
  const first = Math.min(last, Math.max(0, start));

  const fromPointer = (event: PointerEvent<SVGSVGElement>) => {
    const point = svgPoint(event.currentTarget.getBoundingClientRect(), event.clientX, event.clientY, width, height);
    return indexAt(point.x, point.y);
  };

  return {
    index,
    svgProps: {
      role: 'slider',
      tabIndex: 0,
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': last,
      'aria-valuenow': index ?? first,
      'aria-valuetext': text(index ?? first),
      'data-readout': index === null ? '' : String(index),
      onKeyDown(event) {
        if (event.key === 'Escape' && index !== null) {
          event.preventDefault();
          setPicked(null);
          return;
        }
        const next = indexForKey(event.key, event.shiftKey, index ?? first, last);
        if (next === null) return;
        event.preventDefault();
        setPicked(next);
      },
      onFocus() {
        if (!pointing.current) setPicked(first);
        pointing.current = false;
      },
      onBlur() {
        pointing.current = false;
        setPicked(null);
      },
      onPointerDown(event) {
        pointing.current = true;
        setPicked(fromPointer(event));
      },
      onPointerMove(event) {
        // A mouse whenever it moves over the chart; a finger while it slides sideways (up and down scrolls the page).
        setPicked(fromPointer(event));
      },
      onPointerLeave(event) {
        // A finger lifted leaves the chart too: its readout stays until the next tap elsewhere.
        if (event.pointerType !== 'touch') setPicked(null);
      },
    },
  };
}
