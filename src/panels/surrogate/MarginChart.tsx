import { useMemo } from 'react';
import { FunctionChart } from '../../charts/FunctionChart';
import type { PlotWindow } from '../../charts/sampling';
import { plottedCurve, type CurveSpec } from './curves';
import type { SurrogateValues } from './store';

interface Props {
  title: string;
  filename: string;
  /** 'loss' plots L(m), 'grad' plots dL/dm. */
  kind: 'loss' | 'grad';
  curves: readonly CurveSpec[];
  view: PlotWindow;
  /** The margin from the panel's values: the marker follows it without a render of the chart. */
  margin: (values: SurrogateValues) => number;
  onMarginChange: (m: number) => void;
  xLabel: string;
  yLabel: string;
  /** Accessible name of the chart for the margin as read out (it is also the margin marker's keyboard control). */
  label: (m: string) => string;
  hoverTitle: (m: string) => string;
  csvMarginHeader: string;
  /** Height as a fraction of width (clamped to a readable range). */
  aspect?: number;
  testId?: string;
}

const markerText = (m: string) => `m = ${m}`;

/** The visible losses (or their derivatives) against the margin, with the draggable margin marker. */
export function MarginChart({ kind, curves, margin, onMarginChange, csvMarginHeader, aspect = 0.62, ...rest }: Props) {
  const functions = useMemo(() => curves.map((curve) => plottedCurve(curve, kind)), [curves, kind]);
  return (
    <FunctionChart<SurrogateValues>
      {...rest}
      functions={functions}
      marker={0}
      liveMarker={margin}
      onMarkerChange={onMarginChange}
      markerText={markerText}
      csvXHeader={csvMarginHeader}
      aspect={aspect}
      minHeight={kind === 'loss' ? 260 : 200}
      className={`margin-chart-${kind}`}
    />
  );
}
