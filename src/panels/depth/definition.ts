import { lazy } from 'react';
import { extendStrings } from '../../i18n/strings';
import { DEPTH_ACTIVATIONS } from '../../math';
import { enumParam, integerParam, numberParam, type Schema } from '../../state/params';
import { definePanel } from '../definition';
import { meta } from './meta';
import { panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/** How the biases are set: one value b for every layer, or each chosen so that every z_l is z*. */
export const BIAS_MODES = ['fixed', 'pin'] as const;
export const WEIGHT_MODES = ['same', 'random'] as const;

/** URL state of the depth panel: a chain of one-neuron layers and how its weights and biases are set. */
export const schema = {
  /** The activation φ of every layer. */
  act: enumParam(DEPTH_ACTIVATIONS, 'sigmoid'),
  /** Number of layers L. */
  layers: integerParam({ default: 10, min: 1, max: 30 }),
  /** Weight scale: every w_l (same) or the spread of the random draws (random). */
  w: numberParam({ default: 1, min: 0.1, max: 20, scale: 'log' }),
  weights: enumParam(WEIGHT_MODES, 'same'),
  /** Seed of the random weights (mulberry32). */
  seed: integerParam({ default: 1, min: 1, max: 999 }),
  /** The input a_0 = x. */
  x: numberParam({ default: 1, min: -3, max: 3, step: 0.1 }),
  bias: enumParam(BIAS_MODES, 'fixed'),
  /** The bias of every layer when `bias` is fixed. */
  b: numberParam({ default: 0, min: -5, max: 5, step: 0.1 }),
  /** The pre-activation every layer is pinned at when `bias` is pin. */
  z: numberParam({ default: 0, min: -5, max: 5, step: 0.1 }),
} satisfies Schema;

/** The Chinese halves of the panel's tables: in its own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>(meta.id);

/** Title, control labels and hide-group names: shared by the controls, the shell and the embed dialog. */
const labels = extendStrings(
  meta.labels,
  {
    intro: 'A deep network is a chain of layers: each computes z = w·a + b from the layer before and passes on φ(z). To learn, every layer needs the [[gradient|gradient]], which backpropagation carries back from the output, multiplying it by each layer’s w·φ′(z) on the way: many factors below 1 make it vanish, many above 1 make it explode.',
    activation: 'Activation φ',
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'ReLU',
    layers: 'Layers L',
    weightScale: 'Weight scale w',
    logSliderHint: 'The slider is logarithmic; type an exact value in the box.',
    weightMode: 'Weights',
    weightSame: 'all equal to w',
    weightRandom: 'random: w × normal draw',
    seed: 'Random seed',
    input: 'Input x',
    biasMode: 'Biases',
    biasFixed: 'the same b in every layer',
    biasPin: 'chosen so every z is z*',
    biasValue: 'Bias b',
    pinnedZ: 'Pre-activation z*',
    pinnedZHint: 'Each layer’s bias is set to z* − w·a from the layer before, so every layer works at the same point of φ.',
    presetsLegend: 'Presets',
    chartTitle: 'Gradient size per layer',
    tableTitle: 'Layer by layer',
  },
  () => zh().labels,
);

/** The depth panel, declared once. */
export const definition = definePanel({
  id: meta.id,
  schema,
  labels,
  controls: {
    act: { label: 'activation', hide: 'activation', options: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu' } },
    layers: { label: 'layers', hide: 'layers' },
    w: { label: 'weightScale', hint: 'logSliderHint', hide: 'weights' },
    weights: { label: 'weightMode', hide: 'weights', options: { same: 'weightSame', random: 'weightRandom' } },
    seed: { label: 'seed', hide: 'weights' },
    x: { label: 'input', hide: 'input' },
    bias: { label: 'biasMode', hide: 'bias', options: { fixed: 'biasFixed', pin: 'biasPin' } },
    b: { label: 'biasValue', hide: 'bias' },
    z: { label: 'pinnedZ', hint: 'pinnedZHint', hide: 'bias' },
  },
  hide: [
    { name: 'activation', label: 'activation' },
    { name: 'layers', label: 'layers' },
    { name: 'weights', label: 'weightScale' },
    { name: 'input', label: 'input' },
    { name: 'bias', label: 'biasMode' },
    { name: 'presets', label: 'presetsLegend' },
    { name: 'chart', label: 'chartTitle', section: true },
    { name: 'table', label: 'tableTitle', section: true },
  ],
  presets: {
    // σ′ ≤ 1/4 and w = 1: each layer shrinks the gradient at least fourfold.
    vanishing: { act: 'sigmoid', layers: 10, w: 1, weights: 'same', x: 1, bias: 'fixed', b: 0 },
    // z pinned at 0, where σ′ = 1/4, and w = 8: each layer doubles it (Nielsen's construction).
    exploding: { act: 'sigmoid', layers: 10, w: 8, weights: 'same', x: 1, bias: 'pin', z: 0 },
    // Every unit active, w = 1: each layer passes it on unchanged.
    relu: { act: 'relu', layers: 10, w: 1, weights: 'same', x: 1, bias: 'fixed', b: 0 },
    // Large weights saturate tanh: φ′ ≈ 0, and the gradient falls below what float64 can hold.
    saturated: { act: 'tanh', layers: 30, w: 20, weights: 'same', x: 3, bias: 'fixed', b: 0 },
  },
  Component: lazy(() => import('./Panel')),
});
