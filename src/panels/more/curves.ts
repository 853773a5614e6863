import { regressionBreakpoints, regressionElementGrad, regressionElementLoss, type RegressionLossOptions } from '../../math';
import type { ChartData } from '../../charts/ChartFrame';
import type { PlottedFunction } from '../../charts/FunctionChart';
import { SERIES_STYLES, type SeriesStyle } from '../../charts/palette';
import { sampleGrid, type PlotWindow } from '../../charts/sampling';
import type { RegressionCurve } from './definition';

/** Each curve keeps its colour and dash whatever else is switched on. */
export const CURVE_STYLES: Readonly<Record<RegressionCurve, SeriesStyle>> = {
  mse: SERIES_STYLES[1],
  mae: SERIES_STYLES[2],
  huber: SERIES_STYLES[3],
  'smooth-l1': SERIES_STYLES[4],
  'log-cosh': SERIES_STYLES[5],
};

/** The threshold a curve reads: β for smooth L1, δ for the others (only Huber uses it). */
export function lossOptions(curve: RegressionCurve, delta: number, beta: number): RegressionLossOptions {
  return curve === 'smooth-l1' ? { beta } : { delta };
}

/** One curve's loss L(r) or gradient dL/dr against the residual r = ŷ − y, as the chart plots it (values and breakpoints from src/math). */
export function residualFunction(curve: RegressionCurve, name: string, opts: RegressionLossOptions, kind: 'loss' | 'grad'): PlottedFunction {
  const f = kind === 'loss' ? (r: number) => regressionElementLoss(curve, 0, r, opts) : (r: number) => regressionElementGrad(curve, 0, r, opts);
  return { id: curve, name, short: name, style: CURVE_STYLES[curve], f, breakpoints: regressionBreakpoints(curve, opts) };
}

/** The loss chart spans the residual range and losses up to 0.6·range² (at least 1); the gradient chart ±max(2, range). */
export function residualViews(range: number): { loss: PlotWindow; grad: PlotWindow } {
  const slope = Math.max(2, range);
  return {
    loss: { min: -range, max: range, low: 0, high: Math.max(1, range * range * 0.6) },
    grad: { min: -range, max: range, low: -slope, high: slope },
  };
}

/** CSV of the plotted curves, one row per (curve, r): r on an even grid over the range plus each curve's breakpoints. */
export function residualCsv(functions: readonly PlottedFunction[], range: number, headers: readonly string[]): ChartData {
  const rows = functions.flatMap((fn) => sampleGrid(-range, range, 240, fn.breakpoints).map((r) => [fn.id, r, fn.f(r)] as const));
  return { headers, rows };
}
