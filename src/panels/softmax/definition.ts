import { lazy } from 'react';
import { defineStrings } from '../../i18n/strings';
import { enumParam, integerParam, numberListParam, numberParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { MAX_ABS_LOGIT, MAX_LOGITS } from './parseLogits';

export const PRECISIONS = ['float64', 'float32'] as const;
export const MIN_TEMPERATURE = 0.1;
export const MAX_TEMPERATURE = 10;

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
  temperature: numberParam({ default: 1, min: MIN_TEMPERATURE, max: MAX_TEMPERATURE, step: 0.1 }),
  /** The true class for the cross-entropy, 1-based as shown on screen (at most the number of logits: see `conflicts`). */
  trueClass: integerParam({ default: 1, min: 1, max: MAX_LOGITS }),
} satisfies Schema;

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = defineStrings(
  {
    title: 'Softmax overflow',
    blurb: 'The naive softmax turning into NaN, and the max shift that fixes it.',
    logitsLabel: 'Logits (commas or spaces; 1e3 allowed)',
    presetsLegend: 'Presets',
    precisionLegend: 'Precision',
    float64: 'float64 (JavaScript)',
    float32: 'float32 (GPU, emulated)',
    temperatureLabel: 'Temperature T (softmax(x / T))',
    temperatureHint: 'Below 1 sharpens the distribution, above 1 flattens it.',
    colTrue: 'true class',
    identityTitle: 'Why subtracting the max is allowed',
  },
  {
    title: 'Softmax 溢出',
    blurb: '朴素 softmax 如何变成 NaN，以及减去最大值如何修复它。',
    logitsLabel: 'Logits（用逗号或空格分隔；可写 1e3）',
    presetsLegend: '预设',
    precisionLegend: '精度',
    float64: 'float64（JavaScript）',
    float32: 'float32（GPU，模拟）',
    temperatureLabel: '温度 T（softmax(x / T)）',
    temperatureHint: '小于 1 使分布更尖锐，大于 1 使分布更平坦。',
    colTrue: '真实类别',
    identityTitle: '为什么可以减去最大值',
  },
);

/** The softmax panel, declared once. */
export const definition = definePanel({
  id: 'softmax',
  schema,
  labels,
  controls: {
    logits: { label: 'logitsLabel', hide: 'logits' },
    precision: { label: 'precisionLegend', hide: 'precision', options: { float64: 'float64', float32: 'float32' } },
    temperature: { label: 'temperatureLabel', hint: 'temperatureHint', hide: 'temperature' },
    trueClass: { label: 'colTrue', hide: 'true-class' },
  },
  hide: [
    { name: 'logits', label: 'logitsLabel' },
    { name: 'presets', label: 'presetsLegend' },
    { name: 'precision', label: 'precisionLegend' },
    { name: 'temperature', label: 'temperatureLabel' },
    { name: 'true-class', label: 'colTrue' },
    { name: 'identity', label: 'identityTitle' },
  ],
  // The true class is one of the logits (the last one when a link names a class past the end).
  limits: { trueClass: { by: 'logits', bounds: ({ logits }) => ({ min: 1, max: logits.length }) } },
  Component: lazy(() => import('./Panel')),
});
