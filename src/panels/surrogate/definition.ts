import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { booleanParam, enumParam, integerParam, numberListParam, numberParam, setParam, type Schema } from '../../state/params';
import type { MarginLossId } from '../../math';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/**
 * The curves a visitor can switch on. `logistic` is the log loss; its base (2 as in the articles,
 * or e as logistic regression minimises it) is the separate `base` control, so one legend entry
 * stands for either `log2` or `log` in src/math.
 */
export const CURVE_IDS = ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'] as const;
export type CurveId = (typeof CURVE_IDS)[number];

/** The articles' five curves. */
export const DEFAULT_CURVES: readonly CurveId[] = ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron'];

export const LOG_BASES = ['2', 'e'] as const;
export type LogBase = (typeof LOG_BASES)[number];

/** The src/math loss a curve id stands for, given the log base. */
export function mathLossId(curve: CurveId, base: LogBase): MarginLossId {
  if (curve === 'logistic') return base === '2' ? 'log2' : 'log';
  return curve;
}

/** Widest margin anywhere in the panel (view half-width, marker, example points). */
export const MARGIN_LIMIT = 10;
export const CEILING_RANGE = { min: 1, max: 100 } as const;
/** Example points on the margin axis: one misclassified far left, one on the wrong side, three correct. */
export const DEFAULT_POINTS: readonly number[] = [-3, -0.5, 0.5, 1.5, 2.5];
export const MAX_POINTS = 8;

/** URL state of the surrogate panel: every control, with its default and range. */
export const schema = {
  /** The margin m = y·f(x) the marker and readout show. */
  m: numberParam({ default: 0, min: -MARGIN_LIMIT, max: MARGIN_LIMIT, step: 0.01 }),
  /** Curves switched on in the legend. */
  losses: setParam(CURVE_IDS, DEFAULT_CURVES),
  /** Show the second chart of dL/dm. */
  grad: booleanParam(false),
  /** Half-width of the m axis: the plot spans -range … range. */
  range: integerParam({ default: 4, min: 1, max: MARGIN_LIMIT }),
  /** Top of the loss axis (curves above it are clipped). */
  ceiling: numberParam({ default: 8, ...CEILING_RANGE, step: 0.5 }),
  /** Base of the log loss. */
  base: enumParam(LOG_BASES, '2'),
  /** Margins of the draggable example points in the outlier strip. */
  points: numberListParam({ default: DEFAULT_POINTS, minLength: 1, maxLength: MAX_POINTS, min: -MARGIN_LIMIT, max: MARGIN_LIMIT }),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'A classifier is right about an example when its [[margin|margin]] m = [[y-fx|y·f(x)]] is positive. A count of mistakes has no slope to follow, so training minimises a [[surrogate|surrogate loss]] instead, one that slopes toward fewer mistakes.',
    marginLabel: 'Margin m',
    marginHint: 'm > 0: correctly classified; m < 0: misclassified; larger |m|: more confident.',
    legendLabel: 'Losses on the chart (press to switch on or off)',
    showGradients: 'Show gradients dL/dm',
    rangeLabel: 'Margin range ±',
    ceilingLabel: 'Loss ceiling',
    baseLegend: 'Log-loss base',
    base2: '2 (as in the articles)',
    baseE: 'e (logistic regression)',
    outlierHeading: 'Outliers: how much each example point costs',
    formulasHeading: 'Formulas and where each loss is used',
    derivationsTitle: 'Derivations, step by step',
  },
  () => zh().labels,
);

/** The surrogate panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    m: { label: 'marginLabel', hint: 'marginHint', hide: 'm' },
    losses: { label: 'legendLabel', hide: 'losses' },
    grad: { label: 'showGradients', hide: 'grad' },
    range: { label: 'rangeLabel', hide: 'range' },
    ceiling: { label: 'ceilingLabel', hide: 'ceiling' },
    base: { label: 'baseLegend', hide: 'base', options: { '2': 'base2', e: 'baseE' } },
    points: { label: 'outlierHeading', hide: 'points' },
  },
  hide: [
    { name: 'm', label: 'marginLabel' },
    { name: 'losses', label: 'legendLabel' },
    { name: 'grad', label: 'showGradients' },
    { name: 'range', label: 'rangeLabel' },
    { name: 'ceiling', label: 'ceilingLabel' },
    { name: 'base', label: 'baseLegend' },
    { name: 'points', label: 'outlierHeading' },
    { name: 'formulas', label: 'formulasHeading' },
    { name: 'derivations', label: 'derivationsTitle' },
  ],
  // The marker lies inside the plotted range (example points may lie outside: the strip marks them).
  limits: { m: { by: 'range', bounds: ({ range }) => ({ min: -range, max: range }) } },
  presets: { defaultPoints: { points: DEFAULT_POINTS } },
  Component: lazy(() => import('./Panel')),
});
