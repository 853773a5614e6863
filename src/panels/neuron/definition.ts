import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { booleanParam, enumParam, integerParam, numberParam, setParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/** The four runs: {quadratic, cross-entropy} × {start 1, start 2}. */
export const RUN_IDS = ['quad1', 'quad2', 'ce1', 'ce2'] as const;
export type RunId = (typeof RUN_IDS)[number];

/** The articles' input x = 1, from which their two starts give outputs 0.82 and 0.98. */
export const ARTICLE_INPUT = 1;

/** The articles' two starts: output 0.82 from (w, b) = (0.6, 0.9) and 0.98 from (2, 2), with x = 1. */
export const STARTS = {
  output82: { w: 0.6, b: 0.9 },
  output98: { w: 2, b: 2 },
} as const;
export type StartPreset = keyof typeof STARTS;

/** The name of the preset that puts one of the articles' starts into start 1 or 2 (e.g. "start1.output82"). */
export function presetName(start: 1 | 2, preset: StartPreset): string {
  return `start${start}.${preset}`;
}

/** Learning rates the slider and the URL accept; beyond about 10 training visibly overshoots. */
const LEARNING_RATE_RANGE = { min: 0.0001, max: 100 } as const;
const WEIGHT_RANGE = { min: -10, max: 10 } as const;
export const MAX_EPOCHS = 1000;

/** URL state of the neuron panel: every control, with its default and range (not the play state). */
export const schema = {
  /** Learning rate η, shared by all four runs unless separateRate is on. */
  eta: numberParam({ default: 0.15, ...LEARNING_RATE_RANGE, scale: 'log' }),
  /** Use etaCe for the cross-entropy runs instead of eta. */
  separateRate: booleanParam(false),
  /** Cross-entropy learning rate when separateRate is on (the book animated at 0.005). */
  etaCe: numberParam({ default: 0.005, ...LEARNING_RATE_RANGE, scale: 'log' }),
  epochs: integerParam({ default: 300, min: 1, max: MAX_EPOCHS }),
  w1: numberParam({ default: STARTS.output82.w, ...WEIGHT_RANGE, step: 0.1 }),
  b1: numberParam({ default: STARTS.output82.b, ...WEIGHT_RANGE, step: 0.1 }),
  w2: numberParam({ default: STARTS.output98.w, ...WEIGHT_RANGE, step: 0.1 }),
  b2: numberParam({ default: STARTS.output98.b, ...WEIGHT_RANGE, step: 0.1 }),
  /** Input x and target y of the single training example. */
  x: numberParam({ default: ARTICLE_INPUT, min: -5, max: 5, step: 0.1 }),
  y: numberParam({ default: 0, min: 0, max: 1, step: 0.01 }),
  /** Which runs are drawn. */
  runs: setParam(RUN_IDS, RUN_IDS),
  /** Which run the neuron diagram shows. */
  focus: enumParam(RUN_IDS, 'quad2'),
  /** Animation speed in epochs per second. */
  speed: integerParam({ default: 60, min: 1, max: 300 }),
  /** The epoch the cursor rests on (the definition's limit keeps it within the run); see playback.ts. */
  at: integerParam({ default: 0, min: 0, max: MAX_EPOCHS }),
  /** Ask "which start learns faster?" before the answer: on in the app, off in embeds unless the link asks (predict=1). */
  predict: booleanParam(true, { embed: false }),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'A single neuron learns to output 0 from a wrong start. Each [[epoch|epoch]] it steps by the [[learning-rate|learning rate]] times the [[gradient|gradient]]; under the quadratic cost that gradient nearly vanishes when the neuron is badly wrong, under cross-entropy it does not.',
    learningRate: 'Learning rate η',
    learningRateCe: 'Cross-entropy learning rate η',
    logSliderHint: 'The slider is logarithmic; type an exact value in the box.',
    separateRate: 'Separate learning rate for cross-entropy',
    epochs: 'Epochs to train',
    start1: 'Start 1',
    start2: 'Start 2',
    weight: 'Initial weight w',
    bias: 'Initial bias b',
    input: 'Input x',
    target: 'Target y',
    runsLegend: 'Runs (colour: start, line: cost)',
    diagramShows: 'Diagram shows',
    speed: 'Speed (epochs per second)',
    scrubber: 'Epoch',
    derivationsTitle: 'Derivations, step by step',
    predict: 'Ask “what do you expect?” first',
  },
  () => zh().labels,
);

/** The neuron panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    eta: { label: 'learningRate', hint: 'logSliderHint', hide: 'learning-rate' },
    separateRate: { label: 'separateRate', hide: 'separate-rate' },
    etaCe: { label: 'learningRateCe', hint: 'logSliderHint', hide: 'learning-rate' },
    epochs: { label: 'epochs', hide: 'epochs' },
    w1: { label: 'weight', hide: 'start1' },
    b1: { label: 'bias', hide: 'start1' },
    w2: { label: 'weight', hide: 'start2' },
    b2: { label: 'bias', hide: 'start2' },
    x: { label: 'input', hide: 'input-x' },
    y: { label: 'target', hide: 'target-y' },
    runs: { label: 'runsLegend', hide: 'runs' },
    focus: { label: 'diagramShows', hide: 'diagram-run' },
    speed: { label: 'speed', hide: 'speed' },
    at: { label: 'scrubber' },
    predict: { label: 'predict' },
  },
  hide: [
    { name: 'learning-rate', label: 'learningRate' },
    { name: 'separate-rate', label: 'separateRate' },
    { name: 'epochs', label: 'epochs' },
    { name: 'start1', label: 'start1' },
    { name: 'start2', label: 'start2' },
    { name: 'input-x', label: 'input' },
    { name: 'target-y', label: 'target' },
    { name: 'runs', label: 'runsLegend' },
    { name: 'diagram-run', label: 'diagramShows' },
    { name: 'speed', label: 'speed' },
    { name: 'derivations', label: 'derivationsTitle' },
  ],
  // The epoch cursor lies within the run (the last epoch when a link points past it).
  limits: { at: { by: 'epochs', bounds: ({ epochs }) => ({ min: 0, max: epochs }) } },
  // Either of the articles' starts, into either start.
  presets: {
    [presetName(1, 'output82')]: { w1: STARTS.output82.w, b1: STARTS.output82.b },
    [presetName(1, 'output98')]: { w1: STARTS.output98.w, b1: STARTS.output98.b },
    [presetName(2, 'output82')]: { w2: STARTS.output82.w, b2: STARTS.output82.b },
    [presetName(2, 'output98')]: { w2: STARTS.output98.w, b2: STARTS.output98.b },
  },
  Component: lazy(() => import('./Panel')),
});
