import {
  binaryCrossEntropy,
  binaryCrossEntropyGrad,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsGrad,
  logitSquaredError,
  logitSquaredErrorGrad,
  probabilitySquaredError,
  probabilitySquaredErrorGrad,
} from '../../math';
import type { PlottedFunction } from '../../charts/FunctionChart';
import { SERIES_STYLES, type SeriesStyle } from '../../charts/palette';
import type { PlotWindow } from '../../charts/sampling';

/** The four curves: cross-entropy and squared error, each for target 1 and target 0. */
export const BINARY_CURVES = ['bce-1', 'bce-0', 'se-1', 'se-0'] as const;
export type BinaryCurve = (typeof BINARY_CURVES)[number];
export type Axis = 'probability' | 'logit';

/** Each curve keeps its colour, dash and marker on both axes. */
export const BINARY_STYLES: Readonly<Record<BinaryCurve, SeriesStyle>> = {
  'bce-1': SERIES_STYLES[0],
  'bce-0': SERIES_STYLES[1],
  'se-1': SERIES_STYLES[2],
  'se-0': SERIES_STYLES[3],
};

const target = (curve: BinaryCurve) => (curve.endsWith('1') ? 1 : 0);
const isCrossEntropy = (curve: BinaryCurve) => curve.startsWith('bce');

/** One curve's loss or gradient as a function of the axis variable (p, or z with p = σ(z)), all from src/math. */
export function binaryFunction(curve: BinaryCurve, axis: Axis, kind: 'loss' | 'grad', posWeight: number): (x: number) => number {
  const y = target(curve);
  if (axis === 'probability') {
    if (isCrossEntropy(curve)) return kind === 'loss' ? (p) => binaryCrossEntropy(y, p) : (p) => binaryCrossEntropyGrad(y, p);
    return kind === 'loss' ? (p) => probabilitySquaredError(y, p) : (p) => probabilitySquaredErrorGrad(y, p);
  }
  if (isCrossEntropy(curve)) return kind === 'loss' ? (z) => binaryCrossEntropyWithLogits(y, z, posWeight) : (z) => binaryCrossEntropyWithLogitsGrad(y, z, posWeight);
  return kind === 'loss' ? (z) => logitSquaredError(y, z) : (z) => logitSquaredErrorGrad(y, z);
}

/** The four curves as the charts plot them, named in the visitor's language. */
export function binaryFunctions(axis: Axis, kind: 'loss' | 'grad', posWeight: number, name: (curve: BinaryCurve) => string): PlottedFunction[] {
  return BINARY_CURVES.map((curve) => ({ id: curve, name: name(curve), short: name(curve), style: BINARY_STYLES[curve], f: binaryFunction(curve, axis, kind, posWeight), breakpoints: [] }));
}

/**
 * What the charts show: p from 0 to 1 or z from −8 to 8; losses up to 5; gradients ±8 against p
 * (the cross-entropy's −1/p leaves at p = 1/8, with an arrow at the marker), against z from −pos_weight
 * to 1 with a margin, so the weighted gradient stays on the chart.
 */
export function binaryViews(axis: Axis, posWeight: number, zRange: { min: number; max: number }): { loss: PlotWindow; grad: PlotWindow } {
  if (axis === 'probability') return { loss: { min: 0, max: 1, low: 0, high: 5 }, grad: { min: 0, max: 1, low: -8, high: 8 } };
  return { loss: { ...zRange, low: 0, high: 5 }, grad: { ...zRange, low: -1.1 * Math.max(1, posWeight), high: 1.1 } };
}
