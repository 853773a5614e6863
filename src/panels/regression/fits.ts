import type { ChartData } from '../../charts/ChartFrame';
import { SERIES_STYLES, type SeriesStyle } from '../../charts/palette';
import { fitLine, lineResiduals, pointShares, type LineFit, type LineFitLossId, type PlanePoint, type PointShare } from '../../math/fitLine';
import type { RegressionLossOptions } from '../../math/regression';

/** Each loss keeps its colour and dash (as on the More losses panel's residual chart) whatever else is on. */
export const LOSS_STYLES: Readonly<Record<LineFitLossId, SeriesStyle>> = {
  mse: SERIES_STYLES[1],
  mae: SERIES_STYLES[2],
  huber: SERIES_STYLES[3],
  'smooth-l1': SERIES_STYLES[4],
  'log-cosh': SERIES_STYLES[5],
};

/** One fitted line: the loss, its options and what fitLine returned. */
export interface FittedLine {
  id: LineFitLossId;
  fit: LineFit;
  opts: RegressionLossOptions;
}

/** The thresholds a loss reads (δ for Huber, β for smooth L1; the others read neither). */
export function lossOptions(id: LineFitLossId, delta: number, beta: number): RegressionLossOptions {
  if (id === 'huber') return { delta };
  if (id === 'smooth-l1') return { beta };
  return {};
}

/** Each loss's last fit, per set of points: the thresholds it was fitted with and the line. */
const lastFits = new WeakMap<readonly PlanePoint[], Map<LineFitLossId, FittedLine>>();

const sameOptions = (a: RegressionLossOptions, b: RegressionLossOptions) => a.delta === b.delta && a.beta === b.beta;

/**
 * The line of every chosen loss through the points (src/math's exact fitLine). A loss whose points
 * and thresholds did not change keeps its previous FittedLine object: a δ step refits Huber only,
 * and the memoised parts that show the other lines (their shares, their paths) are left alone.
 */
export function fitAll(points: readonly PlanePoint[], losses: readonly LineFitLossId[], delta: number, beta: number): FittedLine[] {
  let last = lastFits.get(points);
  if (!last) lastFits.set(points, (last = new Map()));
  const cache = last;
  return losses.map((id) => {
    const opts = lossOptions(id, delta, beta);
    const previous = cache.get(id);
    if (previous && sameOptions(previous.opts, opts)) return previous;
    const line = { id, opts, fit: fitLine(points, id, opts) };
    cache.set(id, line);
    return line;
  });
}

/** One point's residual, loss and push under each fitted line. */
export function sharesAt(points: readonly PlanePoint[], lines: readonly FittedLine[], index: number): { id: LineFitLossId; share: PointShare }[] {
  return lines.map(({ id, fit, opts }) => ({ id, share: pointShares(points, id, fit.slope, fit.intercept, opts).points[index] }));
}

/**
 * The point to explain when none is focused or hovered: the one with the largest MSE loss share
 * (under the MSE line, or the first line drawn), usually the outlier.
 */
export function worstPoint(points: readonly PlanePoint[], lines: readonly FittedLine[]): number | null {
  if (points.length === 0 || lines.length === 0) return null;
  const line = lines.find((l) => l.id === 'mse') ?? lines[0];
  const shares = pointShares(points, line.id, line.fit.slope, line.fit.intercept, line.opts).points;
  let best = 0;
  for (let i = 1; i < shares.length; i++) if (shares[i].lossShare > shares[best].lossShare) best = i;
  return best;
}

/** CSV of the plane: each point, and each line's prediction and residual there. */
export function planeCsv(points: readonly PlanePoint[], lines: readonly FittedLine[]): ChartData {
  const residuals = lines.map(({ fit }) => lineResiduals(points, fit.slope, fit.intercept));
  return {
    headers: ['x', 'y', ...lines.flatMap(({ id }) => [`${id} ŷ`, `${id} r`])],
    rows: points.map(({ x, y }, i) => [x, y, ...residuals.flatMap((r) => [y + r[i], r[i]])]),
  };
}
