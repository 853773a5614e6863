import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { AxisBottom, AxisLeft } from '../../charts/Axis';
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

const MARGIN = { top: 10, right: 14, bottom: 44, left: 52 };

/** Lines against a shared x axis; React renders the SVG, d3 computes scales and paths. Clipped to the plot. */
export function CurveChart({ width, series, xDomain, yDomain, marker, xLabel, yLabel, label }: Props) {
  const height = Math.round(Math.min(360, Math.max(220, width * 0.55)));
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = useMemo(() => scaleLinear().domain(xDomain).range([MARGIN.left, MARGIN.left + innerWidth]), [xDomain, innerWidth]);
  const y = useMemo(() => scaleLinear().domain(yDomain).range([MARGIN.top + innerHeight, MARGIN.top]).nice(), [yDomain, innerHeight]);
  const path = useMemo(() => line<Point>().x((p) => x(p[0])).y((p) => y(p[1])), [x, y]);
  const clipId = `clip-${label.replace(/[^a-z0-9]/gi, '')}`;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <defs>
        <clipPath id={clipId}>
          <rect x={MARGIN.left} y={MARGIN.top} width={innerWidth} height={innerHeight} />
        </clipPath>
      </defs>
      <AxisLeft scale={y} offset={MARGIN.left} gridLength={innerWidth} label={yLabel} tickCount={5} />
      <AxisBottom scale={x} offset={MARGIN.top + innerHeight} gridLength={innerHeight} label={xLabel} tickCount={Math.max(4, Math.floor(innerWidth / 60))} />
      <g clipPath={`url(#${clipId})`}>
        {series.map((s) => (
          <path key={s.id} d={path(s.points as Point[]) ?? ''} fill="none" stroke={s.style.color} strokeWidth={2.25} strokeDasharray={s.style.dash} data-series={s.id}>
            <title>{s.label}</title>
          </path>
        ))}
      </g>
      {marker !== undefined && marker >= xDomain[0] && marker <= xDomain[1] && (
        <line className="chart-marker" x1={x(marker)} x2={x(marker)} y1={MARGIN.top} y2={MARGIN.top + innerHeight} />
      )}
    </svg>
  );
}
