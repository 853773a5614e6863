import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { LINE_FIT_LOSS_IDS, type LineFitLossId } from '../../math/fitLine';
import { REGRESSION_PRESET_IDS, regressionPreset, type RegressionPresetId } from '../../math/regressionPresets';
import { numberParam, setParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';
import { pointListParam } from './pointsParam';

/** The plane: x from 0 to 10, y from −3 to 10 (every preset point lies inside, with room to drag an outlier). */
export const PLANE_BOX = { x: [0, 10], y: [-3, 10] } as const;
export const MIN_POINTS = 2;
export const MAX_POINTS = 40;

/** The losses a line is fitted under, in legend order. */
export const FIT_LOSSES: readonly LineFitLossId[] = LINE_FIT_LOSS_IDS;
export const DEFAULT_LOSSES: readonly LineFitLossId[] = ['mse', 'mae', 'huber'];

/** Each preset's points for the panel's one seed, computed once (the same arrays every time, so a preset equal to the default leaves the link clean). */
export const PRESET_POINTS: Readonly<Record<RegressionPresetId, ReturnType<typeof regressionPreset>>> = Object.fromEntries(
  REGRESSION_PRESET_IDS.map((id) => [id, regressionPreset(id)]),
) as Record<RegressionPresetId, ReturnType<typeof regressionPreset>>;

/** The MSLE chart's prediction axis runs from 0 to this. */
export const MSLE_MAX = 20;

/** URL state of the regression panel. */
export const schema = {
  /** The points the lines are fitted through (see pointsParam.ts for the link form). */
  points: pointListParam({ default: PRESET_POINTS['one-outlier'], minLength: MIN_POINTS, maxLength: MAX_POINTS, ...PLANE_BOX }),
  /** The losses whose lines are drawn. */
  losses: setParam(LINE_FIT_LOSS_IDS, DEFAULT_LOSSES),
  /** Huber's threshold δ: quadratic within it, linear beyond, so no point pushes harder than δ. */
  delta: numberParam({ default: 1, min: 0.1, max: 5, step: 0.1 }),
  /** Smooth L1's threshold β. */
  beta: numberParam({ default: 1, min: 0.1, max: 5, step: 0.1 }),
  /** The MSLE chart's target y. */
  target: numberParam({ default: 4, min: 0, max: 10, step: 0.1 }),
  /** The MSLE chart's prediction ŷ (its marker). */
  pred: numberParam({ default: 8, min: 0, max: MSLE_MAX, step: 0.1 }),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'Each loss fits its own straight line through the points. The squared error (MSE) lets one far point pull its line a long way; the absolute error (MAE) and Huber barely move, because they cap each point’s [[gradient|gradient]].',
    pointsLabel: 'Points: presets, adding and removing',
    lossesLabel: 'Lines fitted (press to switch on or off)',
    deltaLabel: 'Huber threshold δ',
    deltaHint: 'Residuals within δ count squared, beyond it linearly: no point pushes Huber’s line harder than δ.',
    betaLabel: 'Smooth L1 threshold β',
    sharesHeading: 'One point’s share of the loss and of the gradient',
    msleHeading: 'MSLE against the prediction',
    targetLabel: 'Target y',
    predLabel: 'Prediction ŷ',
    formulasHeading: 'Formulas and when to use each loss',
  },
  () => zh().labels,
);

/** The regression panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    points: { label: 'pointsLabel', hide: 'points' },
    losses: { label: 'lossesLabel', hide: 'losses' },
    delta: { label: 'deltaLabel', hint: 'deltaHint', hide: 'delta' },
    beta: { label: 'betaLabel', hide: 'beta' },
    target: { label: 'targetLabel', hide: 'msle' },
    pred: { label: 'predLabel', hide: 'msle' },
  },
  hide: [
    { name: 'points', label: 'pointsLabel' },
    { name: 'losses', label: 'lossesLabel' },
    { name: 'delta', label: 'deltaLabel' },
    { name: 'beta', label: 'betaLabel' },
    { name: 'shares', label: 'sharesHeading', section: true },
    { name: 'msle', label: 'msleHeading', section: true },
    { name: 'formulas', label: 'formulasHeading', section: true },
  ],
  presets: Object.fromEntries(REGRESSION_PRESET_IDS.map((id) => [id, { points: PRESET_POINTS[id] }])),
  Component: lazy(() => import('./Panel')),
});
