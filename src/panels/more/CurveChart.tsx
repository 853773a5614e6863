import { FunctionChart, type PlottedFunction } from '../../charts/FunctionChart';
import type { ChartData } from '../../charts/ChartFrame';
import type { PlotWindow } from '../../charts/sampling';

interface Props {
  title: string;
  filename: string;
  functions: readonly PlottedFunction[];
  view: PlotWindow;
  /** The residual the marker shows (the slider moves it). */
  marker: number;
  xLabel: string;
  yLabel: string;
  data: () => ChartData;
}

const PAD = { top: 10, right: 14, bottom: 44, left: 52 };

/** Regression losses (or their gradients) against the residual, with the residual's marker; the readout table is its text alternative. */
export function CurveChart({ title, ...rest }: Props) {
  return <FunctionChart {...rest} title={title} label={title} csvXHeader="r" niceY aspect={0.55} minHeight={220} maxHeight={360} pad={PAD} />;
}
