import { MARGIN_LOSSES, marginLoss, marginLossGrad } from '../../math';
import { SERIES_STYLES, type SeriesStyle } from '../../charts/palette';
import { discontinuities } from '../../charts/sampling';
import type { PlottedFunction } from '../../charts/FunctionChart';
import { CURVE_IDS, mathLossId, type CurveId, type LogBase } from './definition';
import type { surrogateStrings } from './strings';

type Key = keyof (typeof surrogateStrings)['en'];

/** One curve as the charts, legend, readout and cards need it: names from the panel's strings, functions from src/math. */
export interface CurveSpec {
  id: CurveId;
  /** Full name, e.g. "Hinge". */
  name: string;
  /** Short name for the hover box and the bars. */
  short: string;
  style: SeriesStyle;
  loss: (m: number) => number;
  grad: (m: number) => number;
  breakpoints: readonly number[];
  /** Corners from the math table: margins where the derivative shown is one-sided (the readout's note). */
  kinks: readonly number[];
  /** Margins where the loss has no derivative at all (the 0-1 jump): the gradient chart leaves a hole there. */
  gradUndefinedAt: readonly number[];
}

/** Each curve keeps its colour and dash whatever else is switched on (so toggling never repaints the others). */
export function curveStyle(id: CurveId): SeriesStyle {
  return SERIES_STYLES[CURVE_IDS.indexOf(id)];
}

function nameKey(id: CurveId, base: LogBase, kind: 'name' | 'short'): Key {
  if (id === 'logistic') return `${kind}.${base === '2' ? 'logistic2' : 'logisticE'}`;
  return `${kind}.${id}`;
}

/** Specs for `ids` (in legend order), with names in the current language and functions from src/math. */
export function curveSpecs(ids: readonly CurveId[], base: LogBase, t: (key: Key) => string): CurveSpec[] {
  return CURVE_IDS.filter((id) => ids.includes(id)).map((id) => {
    const lossId = mathLossId(id, base);
    const loss = (m: number) => marginLoss(lossId, m);
    return {
      id,
      name: t(nameKey(id, base, 'name')),
      short: t(nameKey(id, base, 'short')),
      style: curveStyle(id),
      loss,
      grad: (m: number) => marginLossGrad(lossId, m),
      breakpoints: MARGIN_LOSSES[lossId].breakpoints,
      kinks: MARGIN_LOSSES[lossId].kinks,
      // A jump in the loss itself (the 0-1 step) leaves its derivative undefined there.
      gradUndefinedAt: discontinuities(loss, MARGIN_LOSSES[lossId].breakpoints),
    };
  });
}

/** A curve's loss or its derivative as a function the chart plots. */
export function plottedCurve(curve: CurveSpec, kind: 'loss' | 'grad'): PlottedFunction {
  const { id, name, short, style, breakpoints } = curve;
  return kind === 'loss'
    ? { id, name, short, style, breakpoints, f: curve.loss }
    : { id, name, short, style, breakpoints, f: curve.grad, holes: curve.gradUndefinedAt };
}
