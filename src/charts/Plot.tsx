import { createContext, memo, Profiler, useContext, useId, useMemo, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { AxisBottom, AxisLeft } from './Axis';
import type { SwatchStyle } from './swatch';

/** Space around the plot area for the axes, in pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The pixel box of a chart: the whole SVG and, inside the padding, the plot area. */
export interface PlotFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  innerWidth: number;
  innerHeight: number;
}

/** The plot area of a width × height SVG inside the padding (never narrower or shorter than 1 px). */
export function plotFrame(width: number, height: number, pad: Padding): PlotFrame {
  const innerWidth = Math.max(1, width - pad.left - pad.right);
  const innerHeight = Math.max(1, height - pad.top - pad.bottom);
  return { width, height, left: pad.left, top: pad.top, right: pad.left + innerWidth, bottom: pad.top + innerHeight, innerWidth, innerHeight };
}

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export interface Plot extends PlotScales {
  frame: PlotFrame;
}

/**
 * The frame of a width × height chart and linear scales mapping the domains onto its plot area
 * (y upwards). Everything is memoized on the numbers, not on object identity, so a re-render with
 * the same size and domains (an animation frame, a marker move) hands memoized layers such as
 * PlotAxes the same objects and they do not repaint. `niceY` rounds the y domain outwards to ticks.
 */
export function usePlot(
  width: number,
  height: number,
  pad: Padding,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  { niceY = false }: { niceY?: boolean } = {},
): Plot {
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const { top, right, bottom, left } = pad;
  const frame = useMemo(() => plotFrame(width, height, { top, right, bottom, left }), [width, height, top, right, bottom, left]);
  const x = useMemo(() => scaleLinear().domain([x0, x1]).range([frame.left, frame.right]), [x0, x1, frame]);
  const y = useMemo(() => {
    const scale = scaleLinear().domain([y0, y1]).range([frame.bottom, frame.top]);
    return niceY ? scale.nice() : scale;
  }, [y0, y1, frame, niceY]);
  return { frame, x, y };
}

interface PlotAxesProps {
  frame: PlotFrame;
  /** The x scale; without one (a chart of categories) only the baseline is drawn and the chart labels its own categories. */
  x?: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xLabel?: string;
  yLabel?: string;
  xTicks?: number;
  yTicks?: number;
  format?: (value: number) => string;
  /** Grid lines across the plot: from both axes, from the y axis only, or none. */
  grid?: 'both' | 'y' | 'none';
  /** A horizontal line at y = 0 when the y domain spans it. */
  zeroLine?: boolean;
}

/** The left and bottom axes of a plot (the bottom one a bare baseline when there is no x scale), memoized: they repaint only when the scales or the labels change. */
export const PlotAxes = memo(function PlotAxes({ frame, x, y, xLabel, yLabel, xTicks, yTicks, format, grid = 'both', zeroLine = false }: PlotAxesProps) {
  const [low, high] = y.domain();
  return (
    <>
      <AxisLeft scale={y} offset={frame.left} gridLength={grid === 'none' ? 0 : frame.innerWidth} tickCount={yTicks} label={yLabel} format={format} />
      {x ? (
        <AxisBottom scale={x} offset={frame.bottom} gridLength={grid === 'both' ? frame.innerHeight : 0} tickCount={xTicks} label={xLabel} format={format} />
      ) : (
        <line className="axis-line" x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} />
      )}
      {zeroLine && low < 0 && high > 0 && <line className="zero-line" x1={frame.left} x2={frame.right} y1={y(0)} y2={y(0)} />}
    </>
  );
});

/**
 * Children clipped to the plot area. The clipPath id is unique per instance, since SVG ids are
 * global to the page and two panels embedded side by side must not clip to each other's box.
 * `headroom` widens the clip vertically so a stroke lying on the edge is not cut in half.
 */
export function Clipped({ frame, headroom = 0, children }: { frame: PlotFrame; headroom?: number; children: ReactNode }) {
  const id = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <defs>
        <clipPath id={id}>
          <rect x={frame.left} y={frame.top - headroom} width={frame.innerWidth} height={frame.innerHeight + 2 * headroom} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id})`}>{children}</g>
    </>
  );
}

/** A vertical line across the plot area at pixel x (a margin marker, an epoch cursor). */
export function Cursor({ frame, x, className }: { frame: PlotFrame; x: number; className: string }) {
  return <line className={className} x1={x} x2={x} y1={frame.top} y2={frame.bottom} />;
}

/**
 * Set by a test or a profiling session around a chart: every series line then reports each of its
 * renders to this React Profiler callback (id = the series id), so a test can check that moving a
 * marker or a cursor repaints the marker only, never the lines.
 */
export const SeriesProfiler = createContext<ProfilerOnRenderCallback | null>(null);

interface SeriesPathProps {
  d: string;
  style: Pick<SwatchStyle, 'color' | 'dash'>;
  width?: number;
  seriesId?: string;
  title?: string;
}

/** One series' line in its colour and dash pattern, so it reads without colour too: every line of every chart is drawn here. */
export function SeriesPath({ d, style, width = 2.25, seriesId, title }: SeriesPathProps) {
  const onRender = useContext(SeriesProfiler);
  const path = (
    <path d={d} fill="none" stroke={style.color} strokeWidth={width} strokeDasharray={style.dash || undefined} strokeLinejoin="round" data-series={seriesId}>
      {title && <title>{title}</title>}
    </path>
  );
  return onRender ? (
    <Profiler id={seriesId ?? 'series'} onRender={onRender}>
      {path}
    </Profiler>
  ) : (
    path
  );
}
