import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import type { ClassifierLossId } from '../../math/classifier';
import { booleanParam, enumParam, numberParam, setParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';
import { pointListParam } from './pointsParam';
import { OUTLIER, POINT_PRESETS } from './presets';

/** The classifiers a visitor can train: the five losses fitLinearClassifier minimises, and the perceptron's own algorithm. */
export const CLASSIFIER_IDS = ['hinge', 'log', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'] as const;
export type ClassifierId = (typeof CLASSIFIER_IDS)[number];

/** The losses the "why not accuracy" plot can use (the perceptron has no objective to minimise there). */
export const ANGLE_LOSS_IDS = ['hinge', 'log', 'exponential', 'squared-hinge', 'modified-huber'] as const satisfies readonly ClassifierLossId[];

/** The plane shows −PLANE_LIMIT … PLANE_LIMIT on both axes; every point lies inside it. */
export const PLANE_LIMIT = 5;
export const MAX_POINTS = 40;
export const MIN_POINTS = 2;

/** URL state of the classifier panel. */
export const schema = {
  /** The labelled points (see pointsParam.ts for the link form). */
  points: pointListParam({ default: OUTLIER, minLength: MIN_POINTS, maxLength: MAX_POINTS, min: -PLANE_LIMIT, max: PLANE_LIMIT }),
  /** The classifiers trained and drawn. */
  losses: setParam(CLASSIFIER_IDS, ['hinge', 'log', 'exponential', 'perceptron']),
  /** The L2 strength λ of the penalty (λ/2)‖w‖². */
  lambda: numberParam({ default: 0.1, min: 1e-4, max: 10, scale: 'log' }),
  /** Off: λ = 0, no penalty (the log and exponential losses then have no minimum on separable points). */
  penalty: booleanParam(true),
  /** Every boundary also drawn on the large plane. */
  overlay: booleanParam(true),
  /** The loss of the "why not train on accuracy" plot. */
  angleLoss: enumParam(ANGLE_LOSS_IDS, 'log'),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'A straight line separates two classes of points, and each [[surrogate|surrogate loss]] puts it somewhere else. Drag a point far to the wrong side and see which losses let that one point tilt the line.',
    pointsLabel: 'Points: presets, adding, removing and flipping',
    lossesLabel: 'Classifiers trained (press to switch on or off)',
    lambdaLabel: 'L2 strength λ',
    lambdaHint: 'The objective adds (λ/2)‖w‖²: larger λ, smaller weights and wider margins.',
    penaltyLabel: 'Penalise ‖w‖ (off: λ = 0)',
    overlayLabel: 'Overlay every boundary on the large plane',
    angleLossLabel: 'Loss in the accuracy plot',
    'option.hinge': 'hinge',
    'option.log': 'log',
    'option.exponential': 'exponential',
    'option.squared-hinge': 'squared hinge',
    'option.modified-huber': 'modified Huber',
    trainingHeading: 'Training you can watch',
    accuracyHeading: 'Why not train on accuracy?',
    sharesHeading: 'Per-point losses and the worst point’s share',
  },
  () => zh().labels,
);

/** The classifier panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    points: { label: 'pointsLabel', hide: 'points' },
    losses: { label: 'lossesLabel', hide: 'losses' },
    lambda: { label: 'lambdaLabel', hint: 'lambdaHint', hide: 'lambda' },
    penalty: { label: 'penaltyLabel', hide: 'lambda' },
    overlay: { label: 'overlayLabel', hide: 'overlay' },
    angleLoss: {
      label: 'angleLossLabel',
      hide: 'accuracy',
      options: {
        hinge: 'option.hinge',
        log: 'option.log',
        exponential: 'option.exponential',
        'squared-hinge': 'option.squared-hinge',
        'modified-huber': 'option.modified-huber',
      },
    },
  },
  hide: [
    { name: 'points', label: 'pointsLabel' },
    { name: 'losses', label: 'lossesLabel' },
    { name: 'lambda', label: 'lambdaLabel' },
    { name: 'overlay', label: 'overlayLabel' },
    { name: 'training', label: 'trainingHeading' },
    { name: 'accuracy', label: 'accuracyHeading' },
    { name: 'shares', label: 'sharesHeading' },
  ],
  presets: Object.fromEntries(Object.entries(POINT_PRESETS).map(([name, points]) => [name, { points }])),
  Component: lazy(() => import('./Panel')),
});
