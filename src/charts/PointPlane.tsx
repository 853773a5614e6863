import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { formatNumber } from '../math';
import { fingerDown, fingerMoves, fingerTapped, type Finger } from './finger';
import { clamp, roundHundredths } from './markerInput';
import { Clipped, PlotAxes, usePlot, type Plot } from './Plot';
import { useParentSize } from './useParentSize';
import './PointPlane.css';

/*
 * A plane of draggable points, for any kind of point: the regression panel's {x, y} and the
 * classifier lab's labelled {x1, x2, label}. The caller says where a point sits (`at`), how it moves
 * (`moveTo`), what a click on empty space adds (`create`) and how a point is drawn (`mark`); the
 * plane owns picking, dragging, the finger rules, the keyboard and the focus after a removal.
 */

export interface PlaneText<P> {
  /** Accessible name of the plane. */
  label: string;
  pointLabel: (index: number, point: P) => string;
  xLabel: string;
  yLabel: string;
}

export interface PlaneBox {
  x: readonly [number, number];
  y: readonly [number, number];
}

export interface PointPlaneProps<P> {
  points: readonly P[];
  onChange: (points: P[]) => void;
  /** Where a point sits on the plane. */
  at: (point: P) => { x: number; y: number };
  /** The point moved to (x, y), everything else about it kept. */
  moveTo: (point: P, x: number, y: number) => P;
  /** The point a click or tap on empty space at (x, y) adds. */
  create: (x: number, y: number) => P;
  /** The point's mark, centred at (0, 0). */
  mark: (point: P) => ReactNode;
  /** Keys of the caller's own on a focused point (e.g. F flips a class): the changed point, or null to let the plane handle the key. */
  pointKey?: (point: P, key: string) => P | null;
  /** Extra data-* attributes of a point's element. */
  pointData?: (point: P) => Record<`data-${string}`, string | number>;
  box: PlaneBox;
  /** Fewest points a removal may leave; most points an addition may make. */
  minPoints: number;
  maxPoints: number;
  /** Drawn under the points, clipped to the plot area (fitted lines, boundaries). */
  overlay?: (plot: Plot) => ReactNode;
  /** The point drawn with a ring (under the pointer or keyboard focus, or the caller's selection). */
  active: number | null;
  /** The point under the pointer or keyboard focus, or null when it leaves. */
  onActive: (index: number | null) => void;
  /** The point the keyboard last focused (remove buttons act on it). */
  onFocusPoint: (index: number | null) => void;
  text: PlaneText<P>;
  /** Plot area height ÷ width (1: square, so a boundary's normal looks perpendicular to it). */
  aspect: number;
  /** Widest the plane is drawn, in pixels. */
  maxWidth: number;
  /** Names the SVG for tests and styles: `data-testid` and a class. */
  name: string;
}

const PAD = { top: 10, right: 12, bottom: 40, left: 44 };
/** Keyboard steps: arrows move 0.1, Shift+arrows 1. */
const STEP = 0.1;
const BIG_STEP = 1;
const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
/** Smallest size the plane is drawn at (a 360 px phone's column). */
const MIN_WIDTH = 260;
const MIN_HEIGHT = 220;

/**
 * The points, editable: drag a point (mouse; a finger after a sideways move, so a vertical swipe
 * still scrolls the page), click or tap empty space to add one; with the keyboard, focus a point
 * (Tab), move it with the arrows (Shift: by 1), remove it with Delete or Backspace.
 */
export function PointPlane<P>(props: PointPlaneProps<P>) {
  const { points, onChange, at, moveTo, create, mark, pointKey, pointData, box, minPoints, maxPoints, overlay, active, onActive, onFocusPoint, text, aspect, maxWidth, name } = props;
  const { ref, width: measured } = useParentSize<HTMLDivElement>(maxWidth);
  const width = Math.round(Math.min(maxWidth, Math.max(MIN_WIDTH, measured)));
  const height = Math.round(Math.max(MIN_HEIGHT, (width - PAD.left - PAD.right) * aspect + PAD.top + PAD.bottom));
  const plot = usePlot(width, height, PAD, box.x, box.y);
  const [dragging, setDragging] = useState<number | null>(null);
  const touch = useRef<Finger<P> | null>(null);
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
  /** The pointer in the SVG's own pixels (it may be drawn scaled). */
  const pointerPixels = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    return {
      px: ((event.clientX - rect.left) * plot.frame.width) / Math.max(1, rect.width),
      py: ((event.clientY - rect.top) * plot.frame.height) / Math.max(1, rect.height),
    };
  };
  const toData = (event: PointerEvent<SVGElement>) => {
    const { px, py } = pointerPixels(event);
    return { x: onX(plot.x.invert(px)), y: onY(plot.y.invert(py)) };
  };
  /** The point whose centre is nearest the pointer (ties: `fallback`, the one whose hit area was pressed). */
  const nearestPoint = (event: PointerEvent<SVGElement>, fallback: number): number => {
    const { px, py } = pointerPixels(event);
    const distance = (i: number) => {
      const p = at(points[i]);
      return Math.hypot(plot.x(p.x) - px, plot.y(p.y) - py);
    };
    let best = fallback;
    for (let i = 0; i < points.length; i++) if (distance(i) < distance(best)) best = i;
    return best;
  };
  const replace = (index: number, point: P) => onChange(points.map((p, i) => (i === index ? point : p)));
  const remove = (index: number) => {
    if (points.length <= minPoints) return;
    pendingFocus.current = index;
    onChange(points.filter((_, i) => i !== index));
  };

  const onPointKey = (index: number, event: KeyboardEvent<SVGGElement>) => {
    const point = points[index];
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : STEP;
      const { x, y } = at(point);
      replace(index, moveTo(point, onX(x + move[0] * step), onY(y + move[1] * step)));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(index);
    } else {
      const changed = pointKey?.(point, event.key) ?? null;
      if (changed === null) return;
      event.preventDefault();
      replace(index, changed);
    }
  };

  return (
    <div ref={ref} className="point-plane-box">
      <svg className={`point-plane ${name}`} data-testid={name} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={text.label}>
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
            const { x, y } = toData(event);
            onChange([...points, create(x, y)]);
          }}
          onPointerCancel={() => {
            tap.current = null;
          }}
        />
        {overlay && (
          <g className="plane-overlay" pointerEvents="none">
            <Clipped frame={plot.frame} headroom={2}>
              {overlay(plot)}
            </Clipped>
          </g>
        )}
        {points.map((point, index) => {
          const p = at(point);
          return (
            <g
              key={index}
              ref={(element) => {
                pointRefs.current[index] = element;
              }}
              className={`plane-point${index === active ? ' active' : ''}${dragging === index ? ' dragging' : ''}`}
              transform={`translate(${plot.x(p.x)},${plot.y(p.y)})`}
              role="button"
              tabIndex={0}
              aria-label={text.pointLabel(index, point)}
              data-index={index}
              {...pointData?.(point)}
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
                if (next.x !== p.x || next.y !== p.y) replace(index, moveTo(point, next.x, next.y));
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
              <circle r={16} fill="transparent" />
              {/* Chromium draws no outline around an SVG <g>: this ring is the visible focus. */}
              <circle className="focus-ring" r={11} />
              {mark(point)}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
