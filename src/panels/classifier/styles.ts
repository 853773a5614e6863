import { SERIES_STYLES, type SeriesStyle } from '../../charts/palette';
import type { MarkerShape } from '../../charts/swatch';
import type { ClassifierId } from './definition';

/** Each classifier's line: a colour and a dash pattern (readable without colour). */
export const CLASSIFIER_STYLES: Record<ClassifierId, SeriesStyle> = {
  perceptron: SERIES_STYLES[0],
  hinge: SERIES_STYLES[1],
  log: SERIES_STYLES[2],
  exponential: SERIES_STYLES[3],
  'squared-hinge': SERIES_STYLES[4],
  'modified-huber': SERIES_STYLES[5],
};

/** The two classes: a colour the loss lines do not use, and a shape (filled circle, triangle). */
export const CLASS_STYLES: Record<1 | -1, { color: string; shape: MarkerShape }> = {
  1: { color: 'var(--series-8)', shape: 'circle' },
  [-1]: { color: 'var(--series-7)', shape: 'triangle' },
};
