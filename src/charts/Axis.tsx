import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../math/format';

interface AxisProps {
  scale: ScaleLinear<number, number>;
  /** Pixel position of the axis line: y for a bottom axis, x for a left axis. */
  offset: number;
  /** Length of grid lines drawn across the plot (0 = none). */
  gridLength?: number;
  tickCount?: number;
  format?: (value: number) => string;
  label?: string;
}

const defaultFormat = (value: number) => formatNumber(value, 6);

/** A bottom axis: React renders the ticks d3-scale computes. */
export function AxisBottom({ scale, offset, gridLength = 0, tickCount = 8, format = defaultFormat, label }: AxisProps) {
  const [x0, x1] = scale.range();
  return (
    <g className="axis axis-bottom" transform={`translate(0,${offset})`} aria-hidden="true">
      <line className="axis-line" x1={x0} x2={x1} />
      {scale.ticks(tickCount).map((tick) => (
        <g key={tick} transform={`translate(${scale(tick)},0)`}>
          {gridLength > 0 && <line className="grid-line" y1={0} y2={-gridLength} />}
          <line className="tick-line" y2={5} />
          <text className="tick-label" y={17} textAnchor="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      {label && (
        <text className="axis-label" x={(x0 + x1) / 2} y={34} textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}

/** A left axis: React renders the ticks d3-scale computes. */
export function AxisLeft({ scale, offset, gridLength = 0, tickCount = 6, format = defaultFormat, label }: AxisProps) {
  const [y0, y1] = scale.range();
  return (
    <g className="axis axis-left" transform={`translate(${offset},0)`} aria-hidden="true">
      <line className="axis-line" y1={y0} y2={y1} />
      {scale.ticks(tickCount).map((tick) => (
        <g key={tick} transform={`translate(0,${scale(tick)})`}>
          {gridLength > 0 && <line className="grid-line" x1={0} x2={gridLength} />}
          <line className="tick-line" x2={-5} />
          <text className="tick-label" x={-8} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {label && (
        <text className="axis-label" transform={`translate(${-offset + 12},${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}
