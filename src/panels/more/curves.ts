import { regressionBreakpoints, regressionElementGrad, regressionElementLoss, type RegressionLossOptions } from '../../math';
import type { RegressionCurve } from './definition';

export type Point = readonly [number, number];

/** An even grid over [-range, range] with the curve's breakpoints added, sorted and unique. */
export function residualGrid(curve: RegressionCurve, range: number, opts: RegressionLossOptions, steps = 240): number[] {
  const grid = Array.from({ length: steps + 1 }, (_, i) => (i === steps ? range : -range + (2 * range * i) / steps));
  for (const b of regressionBreakpoints(curve, opts)) if (b > -range && b < range) grid.push(b);
  return [...new Set(grid)].sort((a, b) => a - b);
}

/** (r, L(r)) or (r, dL/dr) samples of one curve, each value from src/math. */
export function sampleCurve(curve: RegressionCurve, range: number, opts: RegressionLossOptions, kind: 'loss' | 'grad'): Point[] {
  const f = kind === 'loss' ? regressionElementLoss : regressionElementGrad;
  // The MAE gradient jumps at 0: emit both one-sided limits there so the step is drawn vertical.
  const points: Point[] = [];
  for (const r of residualGrid(curve, range, opts)) {
    if (kind === 'grad' && curve === 'mae' && r === 0) {
      points.push([0, f(curve, 0, -Number.MIN_VALUE, opts)], [0, f(curve, 0, Number.MIN_VALUE, opts)]);
      continue;
    }
    points.push([r, f(curve, 0, r, opts)]);
  }
  return points;
}
