import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { booleanParam, enumParam, numberListParam, numberParam, setParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';
import { distributionConflicts } from './distributions';

export const REGRESSION_CURVES = ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'] as const;
export type RegressionCurve = (typeof REGRESSION_CURVES)[number];

/** How many outcomes p and q may have. */
export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 8;
/** Each weight of p and q: its range and a weight slider's step. */
export const WEIGHT_RANGE = { min: 0, max: 1, step: 0.005 };

/** URL state of the "more losses" panel. */
export const schema = {
  /** The residual r = ŷ − y under the marker. */
  r: numberParam({ default: 1.5, min: -10, max: 10, step: 0.05 }),
  /** Half-width of the residual axis. */
  rrange: numberParam({ default: 3, min: 1, max: 10, step: 0.5 }),
  curves: setParam(REGRESSION_CURVES, ['mse', 'mae', 'huber', 'log-cosh']),
  delta: numberParam({ default: 1, min: 0.1, max: 5, step: 0.1 }),
  beta: numberParam({ default: 1, min: 0.1, max: 5, step: 0.1 }),
  rgrad: booleanParam(false),
  /** Unnormalised weights of p and q (normalised for display); q weighs p's outcomes (see `rules`). */
  p: numberListParam({ default: [0.5, 0.25, 0.125, 0.125], minLength: MIN_OUTCOMES, maxLength: MAX_OUTCOMES, ...WEIGHT_RANGE }),
  // Not the uniform distribution: against this p, D(p‖q) and D(q‖p) would both be 0.25 bit, and
  // the table would seem to say KL is symmetric. Here they are 1.22 and 0.76 bits.
  q: numberListParam({ default: [0.05, 0.35, 0.3, 0.3], minLength: MIN_OUTCOMES, maxLength: MAX_OUTCOMES, ...WEIGHT_RANGE }),
  base: enumParam(['2', 'e'] as const, '2'),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'How much each regression loss charges for an error of each size, and how entropy, cross-entropy and KL divergence, in [[nats-bits|bits or nats]], measure how far a predicted distribution is from the true one.',
    thresholds: 'Thresholds δ and β',
    residual: 'Residual r',
    range: 'Residual range ±',
    curvesLegend: 'Losses shown',
    delta: 'Huber threshold δ',
    beta: 'Smooth L1 threshold β',
    showGradients: 'Show gradients dL/dr',
    regressionTitle: 'Regression losses against the residual',
    informationTitle: 'Entropy, cross-entropy and KL divergence',
    unit: 'Unit',
    bits: 'bits (log₂)',
    nats: 'nats (ln)',
    distributionP: 'p (true distribution)',
    distributionQ: 'q (model distribution)',
    lengthPadded: 'The link gives q {given} weights for {count} outcomes: the missing ones are 0.',
    lengthCut: 'The link gives q {given} weights for {count} outcomes: the extra ones are dropped.',
    zeroWeightsLink: 'The link gives {dist} only zero weights, which is not a distribution: showing the uniform distribution instead.',
  },
  () => zh().labels,
);

/** The "more losses" panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    r: { label: 'residual' },
    rrange: { label: 'range' },
    curves: { label: 'curvesLegend', hide: 'curves' },
    delta: { label: 'delta', hide: 'delta' },
    beta: { label: 'beta', hide: 'delta' },
    rgrad: { label: 'showGradients' },
    p: { label: 'distributionP', hide: 'distributions' },
    q: { label: 'distributionQ', hide: 'distributions' },
    base: { label: 'unit', options: { '2': 'bits', e: 'nats' } },
  },
  hide: [
    { name: 'regression', label: 'regressionTitle', section: true },
    { name: 'information', label: 'informationTitle', section: true },
    { name: 'curves', label: 'curvesLegend' },
    { name: 'delta', label: 'thresholds' },
    { name: 'distributions', label: 'distributionP' },
  ],
  // The residual lies inside the plotted range.
  limits: { r: { by: 'rrange', bounds: ({ rrange }) => ({ min: -rrange, max: rrange }) } },
  // q weighs the same outcomes as p, and both are distributions (not all zeros).
  rules: ({ p, q }) => distributionConflicts(p, q),
  // p and q together, chosen so that D(p‖q) and D(q‖p) differ at a glance.
  presets: {
    broadQ: { p: [0.48, 0.02, 0.02, 0.48], q: [0.25, 0.25, 0.25, 0.25] },
    narrowQ: { p: [0.25, 0.25, 0.25, 0.25], q: [0.48, 0.02, 0.02, 0.48] },
  },
  Component: lazy(() => import('./Panel')),
});
