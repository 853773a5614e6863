import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { booleanParam, enumParam, integerParam, numberListParam, numberParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';
import { MAX_ABS_LOGIT, MAX_LOGITS } from './parseLogits';

const PRECISIONS = ['float64', 'float32'] as const;

/**
 * URL state of the softmax panel: every control, with its default and range. The logits' limits
 * match the text field's (parseLogits), so any vector a visitor can type can be shared as a link.
 */
export const schema = {
  /** The logits, e.g. logits=1000,2000,3000,4000,5000. */
  logits: numberListParam({ default: [1, 2, 3, 4, 5], minLength: 1, maxLength: MAX_LOGITS, min: -MAX_ABS_LOGIT, max: MAX_ABS_LOGIT }),
  /** Arithmetic of the step-by-step tables: JavaScript doubles or emulated GPU floats. */
  precision: enumParam(PRECISIONS, 'float64'),
  /** softmax(x / T). */
  temperature: numberParam({ default: 1, min: 0.1, max: 10, step: 0.05 }),
  /** The true class for the cross-entropy, 1-based as shown on screen (at most the number of logits: see `limits`). */
  trueClass: integerParam({ default: 1, min: 1, max: MAX_LOGITS }),
  /** Ask what the naive softmax gives for [1000, …, 5000] before the answer: on in the app, off in embeds unless the link asks (predict=1). */
  predict: booleanParam(true, { embed: false }),
} satisfies Schema;

/** The narrowest logit slider range: ±10. */
const SMALLEST_SLIDER_BOUND = 10;
/** Steps across a logit slider's range. */
const SLIDER_STEPS = 200;

/**
 * The logit sliders' range for the current vector: the smallest of ±10, ±100, … that holds every
 * entry, never wider than a logit may be (MAX_ABS_LOGIT, the schema's bound too). A slider cannot push an entry past its range, so the
 * range stays put while dragging.
 */
export function logitSliderRange(logits: readonly number[]): { min: number; max: number; step: number } {
  const largest = Math.max(...logits.map(Math.abs));
  let bound = SMALLEST_SLIDER_BOUND;
  while (bound < largest && bound < MAX_ABS_LOGIT) bound *= 10;
  bound = Math.min(bound, MAX_ABS_LOGIT);
  return { min: -bound, max: bound, step: bound / SLIDER_STEPS };
}

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'Softmax turns a list of [[logit|logits]] into probabilities that add up to 1. Computed as written, large logits overflow to [[nan-inf|∞ and then NaN]] (sooner in [[float|float32]]); subtracting the largest logit first gives the same answer without overflow.',
    logitsLabel: 'Logits (commas or spaces; 1e3 allowed)',
    presetsLegend: 'Presets',
    precisionLegend: 'Precision',
    float64: 'float64 (JavaScript)',
    float32: 'float32 (GPU, emulated)',
    temperatureLabel: 'Temperature T (softmax(x / T))',
    temperatureHint: 'Below 1 sharpens the distribution, above 1 flattens it.',
    colTrue: 'true class',
    identityTitle: 'Why subtracting the max is allowed',
    derivationsTitle: 'Derivations, step by step',
    predict: 'Ask “what do you expect?” first',
  },
  () => zh().labels,
);

/** The softmax panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    logits: { label: 'logitsLabel', hide: 'logits' },
    precision: { label: 'precisionLegend', hide: 'precision', options: { float64: 'float64', float32: 'float32' } },
    temperature: { label: 'temperatureLabel', hint: 'temperatureHint', hide: 'temperature' },
    trueClass: { label: 'colTrue', hide: 'true-class' },
    predict: { label: 'predict' },
  },
  hide: [
    { name: 'logits', label: 'logitsLabel' },
    { name: 'presets', label: 'presetsLegend' },
    { name: 'precision', label: 'precisionLegend' },
    { name: 'temperature', label: 'temperatureLabel' },
    { name: 'true-class', label: 'colTrue' },
    { name: 'identity', label: 'identityTitle' },
    { name: 'derivations', label: 'derivationsTitle' },
  ],
  // The true class is one of the logits (the last one when a link names a class past the end).
  limits: { trueClass: { by: 'logits', bounds: ({ logits }) => ({ min: 1, max: logits.length }) } },
  // The articles' examples and the edge cases worth seeing; [1, 5, 3] also selects class 2 as in the article.
  presets: {
    counting: { logits: [1, 2, 3, 4, 5] },
    thousands: { logits: [1000, 2000, 3000, 4000, 5000] },
    article: { logits: [3, 1, -3] },
    articleClass2: { logits: [1, 5, 3], trueClass: 2 },
    float64Overflow: { logits: [710, 0] }, // just past ln(float64 max) ≈ 709.78
    float32Overflow: { logits: [89, 0] }, // past ln(float32 max) ≈ 88.72
    underflow: { logits: [-1000, -1000] }, // both underflow naively: 0 / 0
    subnormal: { logits: [-740, -745] }, // subnormal naively: finite, no NaN, and wrong
  },
  Component: lazy(() => import('./Panel')),
});
