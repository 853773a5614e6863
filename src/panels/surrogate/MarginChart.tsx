import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ChartFrame } from '../../charts/ChartFrame';
import { fingerDown, fingerMoves, fingerTapped, type Finger } from '../../charts/finger';
import { Clipped, Cursor, PlotAxes, usePlot, type PlotFrame } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { formatNumber } from '../../math';
import { clamp, marginForKey, roundMargin, type CurveSpec } from './curves';
import { curveForPlot, sampleGrid, type CurvePoint, type Jump } from './sampling';

export interface ChartView {
  /** m axis. */
  min: number;
  max: number;
  /** value axis. */
  low: number;
  high: number;
}

interface Props {
  title: string;
  filename: string;
  /** 'loss' plots L(m), 'grad' plots dL/dm. */
  kind: 'loss' | 'grad';
  curves: readonly CurveSpec[];
  view: ChartView;
  margin: number;
  onMarginChange: (m: number) => void;
  xLabel: string;
  yLabel: string;
  /** Accessible name of the chart (it is also the margin marker's keyboard control). */
  label: string;
  hoverTitle: (m: string) => string;
  csvMarginHeader: string;
  /** Height as a fraction of width (clamped to a readable range). */
  aspect?: number;
  testId?: string;
}

const PAD = { top: 12, right: 14, bottom: 44, left: 46 };

/**
 * A chart of curves against the margin with a draggable vertical marker. React renders the SVG;
 * d3 computes the scales and path strings; the sampled, clipped data come from sampling.ts.
 */
export function MarginChart(props: Props) {
  const { kind, curves, view, margin, onMarginChange, aspect = 0.62 } = props;
  const { ref, width: measured } = useParentSize<HTMLDivElement>(640);
  const width = Math.max(260, Math.round(measured));
  const height = Math.round(clamp(width * aspect, kind === 'loss' ? 260 : 200, 430));
  const [hoverMargin, setHoverMargin] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  /** A finger on the chart, until it shows whether it drags the margin or scrolls the page. */
  const touch = useRef<Finger<number> | null>(null);
  const valueOf = (curve: CurveSpec) => (kind === 'loss' ? curve.loss : curve.grad);

  const { frame, x, y } = usePlot(width, height, PAD, [view.min, view.max], [view.low, view.high]);

  const drawn = useMemo(() => {
    const path = line<CurvePoint>().x((p) => x(p.m)).y((p) => y(p.value));
    // About one sample per 2 px (smooth to the eye, light to repaint); the breakpoints are added on
    // top, so kinks stay exact at any zoom, and clipping cuts at the exact crossing.
    const count = Math.round(clamp(width / 2, 150, 400));
    return curves.map((curve) => {
      const f = kind === 'loss' ? curve.loss : curve.grad;
      const data = curveForPlot(f, view, curve.breakpoints, count);
      return { curve, d: data.pieces.map((piece) => path(piece) ?? '').join(''), jumps: data.jumps };
    });
  }, [curves, kind, view, x, y, width]);

  const toMargin = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) * width) / Math.max(1, rect.width);
    return clamp(roundMargin(x.invert(px)), view.min, view.max);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = marginForKey(event.key, event.shiftKey, margin, view.min, view.max);
    if (next === null) return;
    event.preventDefault();
    onMarginChange(next);
  };

  const inBand = (value: number) => inView(view, value);
  const markerVisible = margin >= view.min && margin <= view.max;

  const csv = () => {
    const grid = sampleGrid(view.min, view.max, 160, curves.flatMap((c) => c.breakpoints));
    return {
      headers: [props.csvMarginHeader, ...curves.map((c) => c.name)],
      rows: grid.map((m) => [m, ...curves.map((c) => valueOf(c)(m))]),
    };
  };

  const layer = useMemo(
    () => ({ x, y, frame, drawn, view, kind, xLabel: props.xLabel, yLabel: props.yLabel }),
    [x, y, frame, drawn, view, kind, props.xLabel, props.yLabel],
  );

  const legend = useMemo(() => curves.map((c) => ({ label: c.name, color: c.style.color, dash: c.style.dash })), [curves]);
  return (
    <ChartFrame title={props.title} filename={props.filename} data={csv} legend={legend} className={`margin-chart-frame margin-chart-${kind}`}>
      <div ref={ref} className="margin-chart-box">
        <svg
          className="margin-chart"
          data-testid={props.testId}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="slider"
          tabIndex={0}
          aria-label={props.label}
          aria-valuemin={view.min}
          aria-valuemax={view.max}
          aria-valuenow={margin}
          aria-valuetext={`m = ${formatNumber(margin)}`}
          onKeyDown={onKeyDown}
        >
          <CurveLayer {...layer} />
          {markerVisible && (
            <g className="margin-marker" pointerEvents="none">
              <Cursor frame={frame} x={x(margin)} className="margin-marker-line" />
              {curves.map((curve) => {
                const value = valueOf(curve)(margin);
                return inBand(value) ? <circle key={curve.id} cx={x(margin)} cy={y(value)} r={4} style={{ fill: curve.style.color }} /> : null;
              })}
            </g>
          )}
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
                touch.current = fingerDown(event, margin);
                return;
              }
              setDragging(true);
              onMarginChange(toMargin(event));
            }}
            onPointerMove={(event) => {
              const m = toMargin(event);
              setHoverMargin(m);
              if (touch.current ? fingerMoves(touch.current, event) : dragging) onMarginChange(m);
            }}
            onPointerUp={(event) => {
              if (touch.current && fingerTapped(touch.current)) onMarginChange(toMargin(event));
              touch.current = null;
              setDragging(false);
            }}
            onPointerCancel={() => {
              // The browser took the gesture over (the page scrolls): nothing was meant for the chart.
              if (touch.current?.dragging) onMarginChange(touch.current.start);
              touch.current = null;
              setDragging(false);
              setHoverMargin(null);
            }}
            onPointerLeave={() => setHoverMargin(null)}
          />
          {hoverMargin !== null && <HoverBox m={hoverMargin} x={x(hoverMargin)} top={frame.top} width={width} curves={curves} valueOf={valueOf} bottom={frame.bottom} title={props.hoverTitle(formatNumber(hoverMargin))} />}
        </svg>
      </div>
    </ChartFrame>
  );
}

interface HoverBoxProps {
  m: number;
  x: number;
  top: number;
  bottom: number;
  width: number;
  curves: readonly CurveSpec[];
  valueOf: (curve: CurveSpec) => (m: number) => number;
  title: string;
}

/** The values at the pointer, in a box beside it (flipped to the left near the right edge). */
function HoverBox({ m, x, top, bottom, width, curves, valueOf, title }: HoverBoxProps) {
  const rows = curves.map((curve) => ({ curve, text: `${curve.short}: ${formatNumber(valueOf(curve)(m))}` }));
  const longest = Math.max(title.length, ...rows.map((r) => r.text.length));
  const boxWidth = Math.min(width - 8, 36 + longest * 7);
  const boxHeight = 22 + rows.length * 16;
  const left = x + 12 + boxWidth > width ? Math.max(4, x - 12 - boxWidth) : x + 12;
  return (
    <g className="hover-box" pointerEvents="none" transform={`translate(${left},${top + 4})`} data-testid="hover-box">
      <line className="hover-line" x1={x - left} x2={x - left} y1={-4} y2={bottom - top - 4} />
      <rect width={boxWidth} height={boxHeight} rx={4} />
      <text x={8} y={15} className="hover-title">
        {title}
      </text>
      {rows.map(({ curve, text }, i) => (
        <g key={curve.id} transform={`translate(8,${31 + i * 16})`}>
          {/* Long enough to show a whole period of the longest dash pattern. */}
          <line x1={0} x2={24} y1={-4} y2={-4} stroke={curve.style.color} strokeWidth={2.5} strokeDasharray={curve.style.dash || undefined} />
          <text x={28}>{text}</text>
        </g>
      ))}
    </g>
  );
}

/** True when a value lies on the value axis of the view. */
function inView(view: ChartView, value: number): boolean {
  return Number.isFinite(value) && value >= view.low && value <= view.high;
}

interface CurveLayerProps {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  frame: PlotFrame;
  drawn: readonly { curve: CurveSpec; d: string; jumps: readonly Jump[] }[];
  view: ChartView;
  kind: 'loss' | 'grad';
  xLabel: string;
  yLabel: string;
}

/**
 * Axes and curves: they change with the view, the curves and the size, never with the marker, so
 * this layer is memoized and moving the margin re-renders only the marker (input-to-paint budget).
 */
const CurveLayer = memo(function CurveLayer({ x, y, frame, drawn, view, kind, xLabel, yLabel }: CurveLayerProps) {
  const inBand = (value: number) => inView(view, value);
  return (
    <>
      <PlotAxes frame={frame} x={x} y={y} xLabel={xLabel} yLabel={yLabel} yTicks={frame.height < 300 ? 4 : 6} xTicks={frame.width < 420 ? 5 : 9} format={formatNumber} zeroLine />
      <Clipped frame={frame} headroom={2}>
        {drawn.map(({ curve, d, jumps }) => (
          <g key={curve.id} className="curve" data-curve={curve.id} style={{ color: curve.style.color }}>
            <path d={d} fill="none" stroke="currentColor" strokeWidth={2.5} strokeDasharray={curve.style.dash || undefined} strokeLinejoin="round" />
            {jumps.map((jump) => (
              <g key={jump.m} className="jump">
                <line x1={x(jump.m)} x2={x(jump.m)} y1={y(clamp(jump.left, view.low, view.high))} y2={y(clamp(jump.right, view.low, view.high))} stroke="currentColor" strokeWidth={1.2} strokeDasharray="2 3" />
                {[jump.left, jump.right].filter((v) => v !== jump.at && inBand(v)).map((v) => (
                  <circle key={`open-${v}`} className="open-end" cx={x(jump.m)} cy={y(v)} r={4.5} fill="var(--bg)" stroke="currentColor" strokeWidth={2} />
                ))}
                {inBand(jump.at) && <circle className="closed-end" cx={x(jump.m)} cy={y(jump.at)} r={4.5} fill="currentColor" />}
              </g>
            ))}
            {kind === 'grad' &&
              curve.gradUndefinedAt
                .filter((m) => m > view.min && m < view.max && inBand(curve.grad(m)))
                .map((m) => <circle key={`hole-${m}`} className="open-end undefined-point" cx={x(m)} cy={y(curve.grad(m))} r={4.5} fill="var(--bg)" stroke="currentColor" strokeWidth={2} />)}
          </g>
        ))}
      </Clipped>
    </>
  );
});
