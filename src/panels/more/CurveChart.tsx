import { FunctionChart, type PlottedFunction } from '../../charts/FunctionChart';
import type { ChartData } from '../../charts/ChartFrame';
import type { PlotWindow } from '../../charts/sampling';

interface Props<V> {
  title: string;
  filename: string;
  functions: readonly PlottedFunction[];
  view: PlotWindow;
  /** The residual the marker shows for the panel's values (the slider moves it; the marker follows without a render of the chart). */
  marker: (values: V) => number;
  xLabel: string;
  yLabel: string;
  data: () => ChartData;
}

const PAD = { top: 10, right: 14, bottom: 44, left: 52 };

/** Regression losses (or their gradients) against the residual, with the residual's marker; the readout table is its text alternative. */
export function CurveChart<V>({ title, marker, ...rest }: Props<V>) {
  return <FunctionChart<V> {...rest} title={title} label={title} marker={0} liveMarker={marker} csvXHeader="r" niceY aspect={0.55} minHeight={220} maxHeight={360} pad={PAD} />;
}
