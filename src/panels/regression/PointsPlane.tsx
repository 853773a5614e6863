import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { fingerDown, fingerMoves, fingerTapped, type Finger } from '../../charts/finger';
import { clamp, roundHundredths } from '../../charts/markerInput';
import { Clipped, PlotAxes, usePlot, type Plot } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { formatNumber } from '../../math';
import type { PlanePoint } from '../../math/fitLine';

/*
 * A plane of draggable points {x, y}. Written for the regression panel; nothing in it is about
 * regression (the lines come in as `overlay`), so it can move to src/charts and be shared with the
 * classifier lab's plane, which does the same for labelled points.
 */

export interface PlaneText {
  /** Accessible name of the plane. */
  label: string;
  pointLabel: (index: number, point: PlanePoint) => string;
  xLabel: string;
  yLabel: string;
}

export interface PlaneBox {
  x: readonly [number, number];
  y: readonly [number, number];
}

interface Props {
  points: readonly PlanePoint[];
  onChange: (points: PlanePoint[]) => void;
  box: PlaneBox;
  /** Fewest points a removal may leave; most points an addition may make. */
  minPoints: number;
  maxPoints: number;
  /** Drawn under the points, clipped to the plot area (the fitted lines). */
  overlay: (plot: Plot) => ReactNode;
  /** The point under the pointer or keyboard focus, reported up for the per-point readout. */
  active: number | null;
  onActive: (index: number | null) => void;
  /** The point the keyboard last focused (the Remove button acts on it). */
  onFocusPoint: (index: number | null) => void;
  text: PlaneText;
  /** Height of the plot as a fraction of its width. */
  aspect?: number;
}

const PAD = { top: 10, right: 12, bottom: 40, left: 40 };
/** Keyboard steps: arrows move 0.1, Shift+arrows 1. */
const STEP = 0.1;
const BIG_STEP = 1;
const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * The points, editable: drag a point (mouse; a finger after a sideways move, so a vertical swipe
 * still scrolls the page), click or tap empty space to add one; with the keyboard, focus a point
 * (Tab), move it with the arrows (Shift: by 1), remove it with Delete or Backspace.
 */
export function PointsPlane({ points, onChange, box, minPoints, maxPoints, overlay, active, onActive, onFocusPoint, text, aspect = 0.72 }: Props) {
  const { ref, width: measured } = useParentSize<HTMLDivElement>(560);
  const width = Math.round(Math.min(720, Math.max(260, measured)));
  const height = Math.round(Math.max(220, (width - PAD.left - PAD.right) * aspect + PAD.top + PAD.bottom));
  const plot = usePlot(width, height, PAD, box.x, box.y);
  const [dragging, setDragging] = useState<number | null>(null);
  const touch = useRef<Finger<PlanePoint> | null>(null);
  const tap = useRef<Finger<null> | null>(null);
  const pointRefs = useRef<(SVGGElement | null)[]>([]);
  /** After a removal, the point that takes the keyboard focus. */
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = Math.min(pendingFocus.current, points.length - 1);
    pendingFocus.current = null;
    pointRefs.current[index]?.focus();
  }, [points]);

  const onX = (value: number) => clamp(roundHundredths(value), box.x[0], box.x[1]);
  const onY = (value: number) => clamp(roundHundredths(value), box.y[0], box.y[1]);
  const toData = (event: PointerEvent<SVGElement>): PlanePoint => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) * plot.frame.width) / Math.max(1, rect.width);
    const py = ((event.clientY - rect.top) * plot.frame.height) / Math.max(1, rect.height);
    return { x: onX(plot.x.invert(px)), y: onY(plot.y.invert(py)) };
  };
  /** The point whose centre is nearest the pointer (ties: `fallback`, the one whose hit area was pressed). */
  const nearestPoint = (event: PointerEvent<SVGElement>, fallback: number): number => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) * plot.frame.width) / Math.max(1, rect.width);
    const py = ((event.clientY - rect.top) * plot.frame.height) / Math.max(1, rect.height);
    const distance = (i: number) => Math.hypot(plot.x(points[i].x) - px, plot.y(points[i].y) - py);
    let best = fallback;
    for (let i = 0; i < points.length; i++) if (distance(i) < distance(best)) best = i;
    return best;
  };
  const replace = (index: number, point: PlanePoint) => onChange(points.map((p, i) => (i === index ? point : p)));
  const remove = (index: number) => {
    if (points.length <= minPoints) return;
    pendingFocus.current = index;
    onChange(points.filter((_, i) => i !== index));
  };

  const onPointKey = (index: number, event: KeyboardEvent<SVGGElement>) => {
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : STEP;
      const point = points[index];
      replace(index, { x: onX(point.x + move[0] * step), y: onY(point.y + move[1] * step) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <div ref={ref} className="plane-box">
      <svg className="points-plane" data-testid="points-plane" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={text.label}>
        <PlotAxes frame={plot.frame} x={plot.x} y={plot.y} xLabel={text.xLabel} yLabel={text.yLabel} xTicks={width < 420 ? 5 : 10} yTicks={6} format={formatNumber} zeroLine />
        {/* Empty space: a click or a tap adds a point there. */}
        <rect
          className="plane-hit-area"
          data-testid="plane-hit-area"
          x={plot.frame.left}
          y={plot.frame.top}
          width={plot.frame.innerWidth}
          height={plot.frame.innerHeight}
          onPointerDown={(event) => {
            tap.current = fingerDown(event, null);
          }}
          onPointerMove={(event) => {
            if (tap.current && event.pointerType === 'touch') fingerMoves(tap.current, event);
          }}
          onPointerUp={(event) => {
            const finger = tap.current;
            tap.current = null;
            if (!finger || (event.pointerType === 'touch' && !fingerTapped(finger))) return;
            if (points.length >= maxPoints) return;
            onChange([...points, toData(event)]);
          }}
          onPointerCancel={() => {
            tap.current = null;
          }}
        />
        <g className="plane-overlay" pointerEvents="none">
          <Clipped frame={plot.frame} headroom={2}>
            {overlay(plot)}
          </Clipped>
        </g>
        {points.map((point, index) => (
          <g
            key={index}
            ref={(element) => {
              pointRefs.current[index] = element;
            }}
            className={`plane-point${index === active ? ' active' : ''}${dragging === index ? ' dragging' : ''}`}
            transform={`translate(${plot.x(point.x)},${plot.y(point.y)})`}
            role="button"
            tabIndex={0}
            aria-label={text.pointLabel(index, point)}
            data-index={index}
            onKeyDown={(event) => onPointKey(index, event)}
            onFocus={() => {
              onFocusPoint(index);
              onActive(index);
            }}
            onBlur={() => onActive(null)}
            onPointerEnter={() => onActive(index)}
            onPointerLeave={() => {
              if (dragging === null) onActive(null);
            }}
            onPointerDown={(event) => {
              // Hit areas of close points overlap: the one nearest the pointer is picked up, not the one drawn last.
              const picked = nearestPoint(event, index);
              const element = pointRefs.current[picked] ?? event.currentTarget;
              element.setPointerCapture(event.pointerId);
              element.focus();
              setDragging(picked);
              touch.current = event.pointerType === 'touch' ? fingerDown(event, points[picked]) : null;
            }}
            onPointerMove={(event) => {
              if (dragging !== index) return;
              if (touch.current && !fingerMoves(touch.current, event)) return;
              const next = toData(event);
              if (next.x !== point.x || next.y !== point.y) replace(index, next);
            }}
            onPointerUp={() => {
              touch.current = null;
              setDragging(null);
            }}
            onPointerCancel={() => {
              // The page scrolled: a point the finger had begun to drag goes back.
              if (touch.current?.dragging) replace(index, touch.current.start);
              touch.current = null;
              setDragging(null);
            }}
          >
            {/* A generous invisible hit area for fingers. */}
            <circle r={15} fill="transparent" />
            {/* Chromium draws no outline around an SVG <g>: this ring is the visible focus. */}
            <circle className="focus-ring" r={10} />
            <circle className="point-dot" r={5} />
          </g>
        ))}
      </svg>
    </div>
  );
}
