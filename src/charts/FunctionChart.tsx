import { memo, useContext, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ScaleLinear } from 'd3-scale';
import { compactPath } from './pathData';
import { formatNumber } from '../math/format';
import { ChartFrame, type ChartData } from './ChartFrame';
import { fingerDown, fingerMoves, fingerTapped, type Finger } from './finger';
import { clamp, roundHundredths, valueForKey } from './markerInput';
import { Clipped, Cursor, PlotAxes, SeriesPath, usePlot, type Padding, type PlotFrame } from './Plot';
import { sampleForPlot, sampleGrid, type CurvePoint, type Jump, type PlotWindow } from './sampling';
import { HoverBox } from './HoverBox';
import type { LegendEntry, SwatchStyle } from './swatch';
import { useParentSize } from './useParentSize';
import { bandSide, marksOnLeft, OffBandMarks, OffRangeMarker } from './FunctionChart.marks';
import { Live, useStoreWrite, writeAttribute } from '../components/live';
import { PanelContext } from '../state/panelStore';
import './FunctionChart.css';

/** One function on the chart, with what its line, legend, hover box and CSV need. */
export interface PlottedFunction {
  id: string;
  /** Legend, export and CSV name. */
  name: string;
  /** Short name for the hover box. */
  short: string;
  style: Required<Pick<SwatchStyle, 'color' | 'dash'>>;
  f: (x: number) => number;
  /** Where f or its derivative has a corner or jump (from the math tables): sampled exactly, jumps found there. */
  breakpoints: readonly number[];
  /** Where f has no value at all (the derivative of a step): an open circle at f(x). */
  holes?: readonly number[];
}

interface Props<V> {
  title: string;
  filename: string;
  functions: readonly PlottedFunction[];
  /** x from min to max, values from low to high. */
  view: PlotWindow;
  /** Round the value axis outwards to ticks (the curves are then clipped to the rounded axis). */
  niceY?: boolean;
  /** Where the vertical marker stands. */
  marker: number;
  /** Makes the chart the marker's control (a slider moved by pointer, finger and keys); without it the chart is an image. */
  onMarkerChange?: (x: number) => void;
  xLabel: string;
  yLabel: string;
  /** Accessible name (for an interactive chart, also the marker's control); a function of the marker's value as read out when it names it. */
  label: string | ((x: string) => string);
  /** The marker's value as read out, e.g. "m = 1.5". */
  markerText?: (x: string) => string;
  /** Title of the hover box at the pointer (interactive charts). */
  hoverTitle?: (x: string) => string;
  /** Header of the x column of the CSV download. */
  csvXHeader: string;
  /** Rows for the CSV download, when not the default (x, then one column per function). */
  data?: () => ChartData;
  /** Height as a fraction of width, clamped to [minHeight, maxHeight]. */
  aspect?: number;
  minHeight?: number;
  maxHeight?: number;
  pad?: Padding;
  className?: string;
  testId?: string;
  /**
   * The marker's position for the panel's values. Given (inside a panel), the marker follows the
   * panel's store without a render of the chart (src/components/live.tsx): its line, its dots, the
   * slider's value and the label are written in place, and the chart re-renders only when what it
   * draws changes shape (a dot leaving the value axis, the marker leaving the x range). `marker` is
   * then unused.
   */
  liveMarker?: (values: V) => number;
}

/** Stands in for a panel store outside a panel, or without a live marker: never changes. */
const NO_STORE = createStore<{ values: undefined }>()(() => ({ values: undefined }));

const PAD: Padding = { top: 12, right: 14, bottom: 44, left: 46 };

/**
 * Functions of x with a vertical marker: the surrogate losses against the margin and the regression
 * losses against the residual. React renders the SVG; d3 computes the scales and path strings; the
 * sampled, split and clipped data come from sampling.ts, so kinks are sharp and jumps are steps.
 */
export function FunctionChart<V = never>(props: Props<V>) {
  const { functions, view, onMarkerChange, aspect = 0.62, minHeight = 260, maxHeight = 430, pad = PAD, niceY = false } = props;
  const context = useContext(PanelContext);
  const live = props.liveMarker && context ? props.liveMarker : null;
  const store = (live && context ? context.store : NO_STORE) as unknown as StoreApi<{ values: V }>;
  /** The marker now (read again in handlers: a live marker moves without a render). */
  const markerNow = () => (live ? live(store.getState().values) : props.marker);
  const marker = markerNow();
  const { ref, width: measured } = useParentSize<HTMLDivElement>(640);
  const width = Math.max(260, Math.round(measured));
  const height = Math.round(clamp(width * aspect, minHeight, maxHeight));
  const [hoverX, setHoverX] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  /** A finger on the chart, until it shows whether it drags the marker or scrolls the page. */
  const touch = useRef<Finger<number> | null>(null);

  const { frame, x, y } = usePlot(width, height, pad, [view.min, view.max], [view.low, view.high], { niceY });
  const [low, high] = y.domain();
  const band = useMemo(() => ({ min: view.min, max: view.max, low, high }), [view.min, view.max, low, high]);

  const drawn = useMemo(() => {
    // Coordinates to 0.1 px, relative steps (compactPath): the first chart is most of the default page's bytes.
    const path = (piece: CurvePoint[]) => compactPath(piece, (p) => x(p.x), (p) => y(p.y));
    // About one sample per 2 px (smooth to the eye, light to repaint); the breakpoints are added on
    // top, so kinks stay exact at any zoom, and clipping cuts at the exact crossing.
    const count = Math.round(clamp(width / 2, 150, 400));
    return functions.map((fn) => {
      const data = sampleForPlot(fn.f, band, fn.breakpoints, count);
      return { fn, d: data.pieces.map((piece) => path(piece)).join(''), jumps: data.jumps };
    });
  }, [functions, band, x, y, width]);

  const toX = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) * width) / Math.max(1, rect.width);
    return clamp(roundHundredths(x.invert(px)), view.min, view.max);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = valueForKey(event.key, event.shiftKey, markerNow(), view.min, view.max);
    if (next === null || !onMarkerChange) return;
    event.preventDefault();
    onMarkerChange(next);
  };

  const markerVisible = marker >= view.min && marker <= view.max;
  const csv =
    props.data ??
    (() => {
      const grid = sampleGrid(view.min, view.max, 160, functions.flatMap((fn) => fn.breakpoints));
      return { headers: [props.csvXHeader, ...functions.map((fn) => fn.name)], rows: grid.map((v) => [v, ...functions.map((fn) => fn.f(v))]) };
    });
  const layer = useMemo(() => ({ x, y, frame, drawn, band, xLabel: props.xLabel, yLabel: props.yLabel }), [x, y, frame, drawn, band, props.xLabel, props.yLabel]);
  const legend = useMemo<LegendEntry[]>(() => functions.map((fn) => ({ label: fn.name, ...fn.style })), [functions]);
  const textOf = (at: number) => props.markerText?.(formatNumber(at)) ?? formatNumber(at);
  const labelOf = (at: number) => (typeof props.label === 'string' ? props.label : props.label(formatNumber(at)));
  const markerText = textOf(marker);
  const role = onMarkerChange
    ? ({ role: 'slider', tabIndex: 0, 'aria-valuemin': view.min, 'aria-valuemax': view.max, 'aria-valuenow': marker, 'aria-valuetext': markerText, onKeyDown } as const)
    : ({ role: 'img' } as const);
  // A live marker: the chart re-renders when what it draws at the marker changes shape (on or off
  // the x range, each dot on or off the value axis, and while a value is off the axis, on which side
  // of the marker its label sits), and writes the rest in place (the off-axis arrows and labels too).
  const shapeAt = (at: number) => {
    if (!(at >= view.min && at <= view.max)) return `off ${at}`;
    const sides = functions.map((fn) => bandSide(band, fn.f(at)));
    return `${sides.join()} ${sides.some((side) => side !== 'in') ? marksOnLeft(x(at), frame) : ''}`;
  };
  useStore(store, (state) => (live ? shapeAt(live(state.values)) : null));
  const svg = useRef<SVGSVGElement>(null);
  useStoreWrite(store, (state) => {
    if (!live) return;
    const at = live(state.values);
    writeAttribute(svg.current, 'aria-label', labelOf(at));
    if (!onMarkerChange) return;
    writeAttribute(svg.current, 'aria-valuenow', String(at));
    writeAttribute(svg.current, 'aria-valuetext', textOf(at));
  });
  const markerX = (values: V) => ({ x1: x(live!(values)), x2: x(live!(values)) });

  return (
    <ChartFrame title={props.title} filename={props.filename} data={csv} legend={legend} className={`function-chart-frame ${props.className ?? ''}`}>
      <div ref={ref} className="function-chart-box">
        <svg ref={svg} className={`function-chart ${onMarkerChange ? 'interactive' : ''}`} data-testid={props.testId} viewBox={`0 0 ${width} ${height}`} width={width} height={height} data-min-height={minHeight} data-max-height={maxHeight} aria-label={labelOf(marker)} {...role}>
          <FunctionLayer {...layer} />
          {markerVisible ? (
            <g className="chart-marker" pointerEvents="none">
              {live ? (
                <Live<V, 'line'> as="line" className="chart-marker-line" attributes={markerX} y1={frame.top} y2={frame.bottom} />
              ) : (
                <Cursor frame={frame} x={x(marker)} className="chart-marker-line" />
              )}
              {functions.map((fn) => {
                const value = fn.f(marker);
                if (!inBand(band, value)) return null;
                if (live) return <Live<V, 'circle'> as="circle" key={fn.id} attributes={(values) => ({ cx: x(live(values)), cy: y(fn.f(live(values))) })} r={4} fill={fn.style.color} />;
                return <circle key={fn.id} cx={x(marker)} cy={y(value)} r={4} fill={fn.style.color} />;
              })}
              <OffBandMarks<V>
                cx={x(marker)}
                frame={frame}
                band={band}
                values={functions.map((fn) => ({ id: fn.id, short: fn.short, color: fn.style.color, value: fn.f(marker) }))}
                live={live ? (values) => ({ cx: x(live(values)), values: functions.map((fn) => fn.f(live(values))) }) : undefined}
              />
            </g>
          ) : (
            <g className="chart-marker" pointerEvents="none">
              <OffRangeMarker frame={frame} side={marker < view.min ? 'left' : 'right'} text={markerText} />
            </g>
          )}
          {onMarkerChange && (
            <rect
              className="chart-hit-area"
              x={frame.left}
              y={frame.top}
              width={frame.innerWidth}
              height={frame.innerHeight}
              fill="transparent"
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                if (event.pointerType === 'touch') {
                  // A finger may be starting to scroll the page: wait until it moves sideways (a drag)
                  // or lifts without moving (a tap).
                  touch.current = fingerDown(event, markerNow());
                  return;
                }
                setDragging(true);
                onMarkerChange(toX(event));
              }}
              onPointerMove={(event) => {
                const value = toX(event);
                setHoverX(value);
                if (touch.current ? fingerMoves(touch.current, event) : dragging) onMarkerChange(value);
              }}
              onPointerUp={(event) => {
                if (touch.current && fingerTapped(touch.current)) onMarkerChange(toX(event));
                touch.current = null;
                setDragging(false);
              }}
              onPointerCancel={() => {
                // The browser took the gesture over (the page scrolls): nothing was meant for the chart.
                if (touch.current?.dragging) onMarkerChange(touch.current.start);
                touch.current = null;
                setDragging(false);
                setHoverX(null);
              }}
              onPointerLeave={() => setHoverX(null)}
            />
          )}
          {hoverX !== null && (
            <HoverBox x={x(hoverX)} top={frame.top} bottom={frame.bottom} width={width} rows={functions.map((fn) => ({ key: fn.id, style: fn.style, text: `${fn.short}: ${formatNumber(fn.f(hoverX))}` }))} title={props.hoverTitle?.(formatNumber(hoverX)) ?? formatNumber(hoverX)} />
          )}
        </svg>
      </div>
    </ChartFrame>
  );
}

/** True when a value lies on the value axis. */
function inBand(band: PlotWindow, value: number): boolean {
  return Number.isFinite(value) && value >= band.low && value <= band.high;
}

interface FunctionLayerProps {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  frame: PlotFrame;
  drawn: readonly { fn: PlottedFunction; d: string; jumps: readonly Jump[] }[];
  band: PlotWindow;
  xLabel: string;
  yLabel: string;
}

/**
 * Axes and curves: they change with the view, the functions and the size, never with the marker, so
 * this layer is memoized and moving the marker re-renders only the marker (input-to-paint budget).
 */
const FunctionLayer = memo(function FunctionLayer({ x, y, frame, drawn, band, xLabel, yLabel }: FunctionLayerProps) {
  return (
    <>
      <PlotAxes frame={frame} x={x} y={y} xLabel={xLabel} yLabel={yLabel} yTicks={frame.height < 300 ? 4 : 6} xTicks={frame.width < 420 ? 5 : 9} format={formatNumber} zeroLine />
      <Clipped frame={frame} headroom={2}>
        {drawn.map(({ fn, d, jumps }) => (
          // The colour as an attribute, not a style: a strict Content-Security-Policy blocks style attributes in the prerendered page.
          <g key={fn.id} className="curve" data-curve={fn.id} color={fn.style.color}>
            <SeriesPath d={d} style={fn.style} width={2.5} seriesId={fn.id} />
            {jumps.map((jump) => (
              <g key={jump.x} className="jump">
                <line x1={x(jump.x)} x2={x(jump.x)} y1={y(clamp(jump.left, band.low, band.high))} y2={y(clamp(jump.right, band.low, band.high))} stroke="currentColor" strokeWidth={1.2} strokeDasharray="2 3" />
                {[jump.left, jump.right]
                  .filter((v) => v !== jump.at && inBand(band, v))
                  .map((v) => (
                    <circle key={`open-${v}`} className="open-end" cx={x(jump.x)} cy={y(v)} r={4.5} fill="var(--bg)" stroke="currentColor" strokeWidth={2} />
                  ))}
                {inBand(band, jump.at) && <circle className="closed-end" cx={x(jump.x)} cy={y(jump.at)} r={4.5} fill="currentColor" />}
              </g>
            ))}
            {(fn.holes ?? [])
              .filter((h) => h > band.min && h < band.max && inBand(band, fn.f(h)))
              .map((h) => (
                <circle key={`hole-${h}`} className="open-end undefined-point" cx={x(h)} cy={y(fn.f(h))} r={4.5} fill="var(--bg)" stroke="currentColor" strokeWidth={2} />
              ))}
          </g>
        ))}
      </Clipped>
    </>
  );
});
