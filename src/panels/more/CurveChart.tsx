import { useMemo } from 'react';
import { line } from 'd3-shape';
import { Clipped, Cursor, PlotAxes, SeriesPath, usePlot } from '../../charts/Plot';
import type { SeriesStyle } from '../../charts/palette';
import type { Point } from './curves';

export interface Series {
  id: string;
  label: string;
  style: SeriesStyle;
  points: readonly Point[];
}

interface Props {
  width: number;
  series: readonly Series[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  marker?: number;
  xLabel: string;
  yLabel: string;
  /** Accessible name; the readout table next to the chart is its text alternative. */
  label: string;
}

const PAD = { top: 10, right: 14, bottom: 44, left: 52 };

/** Lines against a shared x axis; React renders the SVG, d3 computes scales and paths. Clipped to the plot. */
export function CurveChart({ width, series, xDomain, yDomain, marker, xLabel, yLabel, label }: Props) {
  const height = Math.round(Math.min(360, Math.max(220, width * 0.55)));
  const { frame, x, y } = usePlot(width, height, PAD, xDomain, yDomain, { niceY: true });
  const paths = useMemo(() => {
    const path = line<Point>().x((p) => x(p[0])).y((p) => y(p[1]));
    return series.map((s) => ({ s, d: path(s.points as Point[]) ?? '' }));
  }, [series, x, y]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <PlotAxes frame={frame} x={x} y={y} xLabel={xLabel} yLabel={yLabel} yTicks={5} xTicks={Math.max(4, Math.floor(frame.innerWidth / 60))} />
      <Clipped frame={frame}>
        {paths.map(({ s, d }) => (
          <SeriesPath key={s.id} seriesId={s.id} d={d} style={s.style} title={s.label} />
        ))}
      </Clipped>
      {marker !== undefined && marker >= xDomain[0] && marker <= xDomain[1] && <Cursor frame={frame} x={x(marker)} className="chart-marker" />}
    </svg>
  );
}
