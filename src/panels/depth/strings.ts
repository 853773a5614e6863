import { defineStringsFromPack, panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/** The Chinese half: in the panel's own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>('depth');

/** Every visible text of the depth panel besides its labels, in English and Simplified Chinese. */
export const depthStrings = defineStringsFromPack(
  {
    whatBars: 'Each bar is |∂a_L/∂z_l|: how much the output a_L moves when layer l’s pre-activation z_l (or its bias b_l) moves a little, on a log scale (bars start at 1, the black line). Compare each bar with the last one, layer L’s (the output): lower means the gradient shrank on its way back to that layer, higher that it grew. Layer 1 is next to the input.',
    'why.sigmoid': 'The sigmoid’s slope σ′(z) is at most 1/4, at z = 0, and much smaller away from 0. So unless |w| is larger than 4, every layer shrinks the gradient, by at least a factor of 4 when |w| ≤ 1: the layers near the input learn far more slowly than those near the output.',
    'why.tanh': 'tanh′(z) is at most 1, at z = 0, but falls fast away from 0: large weights push z far out, tanh saturates, its slope is almost 0 and the gradient vanishes. Near z = 0, weights above 1 make it grow.',
    'why.relu': 'ReLU’s slope is exactly 1 where the unit is active (z > 0) and 0 where it is off (z ≤ 0). An active layer multiplies the gradient by its weight alone: w = 1 passes it on unchanged, w > 1 makes it grow, w < 1 shrink. A layer that is off stops it completely: everything before it gets exactly 0. With b = 0 a unit that is off passes on 0, so every later unit gets z = 0 and is off too; a positive b switches them back on.',
    formulaCaption: 'Backpropagation, from the output back to layer l:',
    summaryShrank: 'From layer {last} (the output) to layer 1, the gradient shrank by a factor of {factor}.',
    summaryGrew: 'From layer {last} (the output) to layer 1, the gradient grew by a factor of {factor}.',
    summarySame: 'From layer {last} (the output) to layer 1, the gradient stays the same size.',
    summaryPinned: 'Every layer works at z = {z}, where φ′(z) = {slope}: each layer multiplies the gradient by w·φ′(z) = {w} × {slope} = {factor}.',
    summaryOne: 'With one layer there is nothing to pass the gradient through: add layers.',
    summaryOff: 'The gradient is exactly 0 from layer {layer} down to layer 1: a unit on the way is off (z ≤ 0), so those layers do not learn at all.',
    summaryAllOff: 'The gradient is exactly 0 in every layer: the output unit is off (z ≤ 0).',
    summaryUnderflow:
      'From layer {layer} down to layer 1 the gradient is smaller than the smallest number float64 can hold (about 4.9e−324), so a computer stores it as 0 (underflow). Its true size, computed from logarithms, is shown instead: layer 1’s is about {value}.',
    chartLabel: 'Bar chart of the gradient size per layer on a log scale: the arrow keys pick a layer; the table below gives every number.',
    axisLayer: 'layer l',
    axisGrad: '|∂a_L/∂z_l|',
    underflowBand: 'below float64: stored as 0',
    zeroMark: '0',
    barTitle: 'Layer {layer}: |∂a_L/∂z_l| = {value}',
    barTitleUnderflow: 'Layer {layer}: |∂a_L/∂z_l| ≈ {value}, below float64’s range: stored as 0',
    barTitleZero: 'Layer {layer}: exactly 0 (a unit on the way is off)',
    tableCaption: 'Each layer’s weight, bias, pre-activation z, output a, slope φ′(z) and gradient ∂a_L/∂z_l.',
    colLayer: 'layer l',
    colWeight: 'w_l',
    colBias: 'b_l',
    colZ: 'z_l',
    colA: 'a_l = φ(z_l)',
    colSlope: 'φ′(z_l)',
    colGrad: '∂a_L/∂z_l',
    cellUnderflow: '0 (underflow; true ≈ {value})',
    cellOff: '0 (unit off)',
    'preset.vanishing': 'Vanishing: sigmoid, w = 1',
    'preset.exploding': 'Exploding: sigmoid, w = 8, z* = 0',
    'preset.relu': 'ReLU, w = 1',
    'preset.saturated': 'Saturated: tanh, w = 20',
    csvLayer: 'layer',
  },
  () => zh().strings,
);
