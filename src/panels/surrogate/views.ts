import type { PlotWindow } from '../../charts/sampling';

/** The loss chart's window: the margin range either side of 0, losses from 0 to the ceiling. */
export function lossView(range: number, ceiling: number): PlotWindow {
  return { min: -range, max: range, low: 0, high: ceiling };
}

/** The gradient chart's window: the same margins, from the gradient floor to a little above 0. */
export function gradientView(range: number, ceiling: number): PlotWindow {
  return { min: -range, max: range, low: gradientFloor(ceiling), high: 0.5 };
}

/** Bottom of the gradient chart's axis for a given loss ceiling (the steepest curves reach it where the loss reaches the ceiling). */
export function gradientFloor(ceiling: number): number {
  return -Math.max(1.5, ceiling / 2 + 1);
}
