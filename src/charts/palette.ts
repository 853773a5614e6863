import type { MarkerShape } from './swatch';

/**
 * Series styles that stay distinguishable for colour-blind readers and in greyscale: the
 * Okabe–Ito palette (minus its yellow, too light on white) paired with a distinct dash pattern
 * and marker shape per series.
 */
export interface SeriesStyle {
  /** CSS custom property holding the colour, so themes can adjust it. */
  color: string;
  /** SVG stroke-dasharray ('' = solid). */
  dash: string;
  marker: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: 'var(--series-1)', dash: '', marker: 'circle' },
  { color: 'var(--series-2)', dash: '8 4', marker: 'square' },
  { color: 'var(--series-3)', dash: '2 3', marker: 'triangle' },
  { color: 'var(--series-4)', dash: '10 3 2 3', marker: 'diamond' },
  { color: 'var(--series-5)', dash: '4 4', marker: 'cross' },
  { color: 'var(--series-6)', dash: '12 4 2 4 2 4', marker: 'plus' },
  { color: 'var(--series-7)', dash: '1 5', marker: 'star' },
  { color: 'var(--series-8)', dash: '6 2 1 2', marker: 'none' },
];
