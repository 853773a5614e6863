import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { booleanParam, integerParam, numberListParam, numberParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/** The articles' 10-class example: the network's outputs, with 0.6 on the true class 2. */
export const ARTICLE_OUTPUTS = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0] as const;
/** The same outputs with the 0.6 moved to class 6: the largest output on a wrong class. */
export const ARTICLE_WRONG_OUTPUTS = [0.1, 0.05, 0, 0, 0.05, 0.1, 0.6, 0.1, 0, 0] as const;
/** How many classes the outputs may have. */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 10;
/** The articles' delta inside the log, and the clip bound frameworks use instead (Keras' epsilon). */
export const LOG_DELTA = 1e-7;

/** URL state of the probability panel. */
export const schema = {
  /** The predicted probability under the marker (probability axis). */
  p: numberParam({ default: 0.1, min: 0, max: 1, step: 0.01 }),
  /** Show the losses against the logit z (p = σ(z)) instead of the probability. */
  logit: booleanParam(false),
  /** The logit under the marker (logit axis). */
  z: numberParam({ default: -2, min: -8, max: 8, step: 0.1 }),
  /** TensorFlow's pos_weight: the weight of the target-1 term of the cross-entropy on logits. */
  posw: numberParam({ default: 1, min: 0.1, max: 10, step: 0.01, scale: 'log' }),
  /** A network's outputs over the classes (the articles' example by default). */
  y: numberListParam({ default: ARTICLE_OUTPUTS, minLength: MIN_CLASSES, maxLength: MAX_CLASSES, min: 0, max: 1, step: 0.01 }),
  /** The true class, as an index from 0 (as the articles and NumPy count); at most the last class (see `limits`). */
  k: integerParam({ default: 2, min: 0, max: MAX_CLASSES - 1 }),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'A model that outputs probabilities can be scored by cross-entropy or by the squared error. As the prediction goes wrong, cross-entropy’s [[gradient|gradient]] grows without bound while the squared error’s stays small; below, the articles’ ten-class example with a [[one-hot|one-hot]] target.',
    binaryTitle: 'Binary cross-entropy against the squared error',
    exampleTitle: 'Ten classes: the articles’ example',
    probability: 'Predicted probability p',
    logitAxis: 'Show against the logit z (p = σ(z))',
    logit: 'Logit z',
    posWeight: 'Positive-class weight (pos_weight)',
    posWeightHint: 'Multiplies the target-1 term: above 1 a missed positive costs more.',
    outputs: 'Outputs y (one per class, 0 to 1)',
    trueClass: 'True class k (from 0)',
    presets: 'Presets',
  },
  () => zh().labels,
);

/** The probability panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    p: { label: 'probability' },
    logit: { label: 'logitAxis' },
    z: { label: 'logit' },
    posw: { label: 'posWeight', hint: 'posWeightHint', hide: 'pos-weight' },
    y: { label: 'outputs', hide: 'outputs' },
    k: { label: 'trueClass' },
  },
  hide: [
    { name: 'binary', label: 'binaryTitle', section: true },
    { name: 'example', label: 'exampleTitle', section: true },
    { name: 'pos-weight', label: 'posWeight' },
    { name: 'outputs', label: 'outputs' },
  ],
  // The true class is one of the outputs.
  limits: { k: { by: 'y', bounds: ({ y }) => ({ min: 0, max: y.length - 1 }) } },
  presets: {
    right: { y: ARTICLE_OUTPUTS, k: 2 },
    wrong: { y: ARTICLE_WRONG_OUTPUTS, k: 2 },
  },
  Component: lazy(() => import('./Panel')),
});
