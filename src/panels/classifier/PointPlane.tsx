import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fingerDown, fingerMoves, fingerTapped, type Finger } from '../../charts/finger';
import { clamp, roundHundredths } from '../../charts/markerInput';
import { PlotAxes, usePlot } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { formatNumber } from '../../math';
import type { LabeledPoint } from '../../math/classifier';
import { MAX_POINTS, PLANE_LIMIT } from './definition';
import type { ClassifierState } from './fits';
import { Boundary, ClassMark, PLANE_BOX } from './PlaneMarks';

export interface PlaneText {
  label: string;
  pointLabel: (index: number, point: LabeledPoint) => string;
  xLabel: string;
  yLabel: string;
}

interface Props {
  points: readonly LabeledPoint[];
  onChange: (points: LabeledPoint[]) => void;
  /** The class a click on empty space adds. */
  addLabel: 1 | -1;
  /** Boundaries drawn over the points (the overlay), or none. */
  boundaries: readonly ClassifierState[];
  /** The point the readouts show (under the pointer, else the selected one): drawn with a ring. */
  active: number | null;
  /** The point under the pointer, or null when it leaves. */
  onHover: (index: number | null) => void;
  /** The point the keyboard works on (the remove and flip buttons act on it). */
  onFocusPoint: (index: number | null) => void;
  text: PlaneText;
}

const PAD = { top: 10, right: 12, bottom: 40, left: 44 };
/** Keyboard steps: arrows move 0.1, Shift+arrows 1. */
const STEP = 0.1;
const BIG_STEP = 1;

const onPlane = (value: number) => clamp(roundHundredths(value), -PLANE_LIMIT, PLANE_LIMIT);

/** The next position of a point for an arrow key, or null for other keys. */
function movedByKey(point: LabeledPoint, key: string, shift: boolean): LabeledPoint | null {
  const step = shift ? BIG_STEP : STEP;
  const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  const delta = d[key];
  if (!delta) return null;
  return { ...point, x1: onPlane(point.x1 + delta[0]), x2: onPlane(point.x2 + delta[1]) };
}

/**
 * The points on the plane, editable: drag a point (mouse, or a finger after a sideways move, so a
 * vertical swipe still scrolls the page), click or tap on empty space to add one, and with the
 * keyboard focus a point, move it with the arrows, flip its class with F or Space, remove it with
 * Delete. Optionally every classifier's boundary drawn over them.
 */
export function PointPlane({ points, onChange, addLabel, boundaries, active, onHover, onFocusPoint, text }: Props) {
  const { ref, width: measured } = useParentSize<HTMLDivElement>(480);
  const size = Math.round(Math.min(640, Math.max(260, measured)));
  // A square plot area, so a boundary's normal looks perpendicular to it.
  const inner = size - PAD.left - PAD.right;
  const plot = usePlot(size, inner + PAD.top + PAD.bottom, PAD, PLANE_BOX.x, PLANE_BOX.y);
  const [dragging, setDragging] = useState<number | null>(null);
  const touch = useRef<Finger<LabeledPoint> | null>(null);
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

  const toData = (event: PointerEvent<SVGElement>): [number, number] => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) * plot.frame.width) / Math.max(1, rect.width);
    const py = ((event.clientY - rect.top) * plot.frame.height) / Math.max(1, rect.height);
    return [onPlane(plot.x.invert(px)), onPlane(plot.y.invert(py))];
  };
  const replace = (index: number, point: LabeledPoint) => onChange(points.map((p, i) => (i === index ? point : p)));
  const remove = (index: number) => {
    if (points.length <= 2) return;
    pendingFocus.current = index;
    onChange(points.filter((_, i) => i !== index));
  };

  const onPointKey = (index: number, event: KeyboardEvent<SVGGElement>) => {
    const point = points[index];
    const moved = movedByKey(point, event.key, event.shiftKey);
    if (moved) {
      event.preventDefault();
      replace(index, moved);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(index);
    } else if (event.key === 'f' || event.key === 'F' || event.key === ' ') {
      event.preventDefault();
      replace(index, { ...point, label: point.label === 1 ? -1 : 1 });
    }
  };

  const marks = useMemo(() => boundaries.map((state) => <Boundary key={state.id} state={state} scales={plot} margins={false} />), [boundaries, plot]);

  return (
    <div ref={ref} className="plane-box">
      <svg
        className="point-plane"
        data-testid="point-plane"
        viewBox={`0 0 ${plot.frame.width} ${plot.frame.height}`}
        width={plot.frame.width}
        height={plot.frame.height}
        role="group"
        aria-label={text.label}
      >
        <PlotAxes frame={plot.frame} x={plot.x} y={plot.y} xLabel={text.xLabel} yLabel={text.yLabel} xTicks={6} yTicks={6} format={formatNumber} />
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
            if (points.length >= MAX_POINTS) return;
            const [x1, x2] = toData(event);
            onChange([...points, { x1, x2, label: addLabel }]);
          }}
          onPointerCancel={() => {
            tap.current = null;
          }}
        />
        <g className="overlay-boundaries" pointerEvents="none">
          {marks}
        </g>
        {points.map((point, index) => (
          <g
            key={index}
            ref={(element) => {
              pointRefs.current[index] = element;
            }}
            className={`plane-point ${index === active ? 'active' : ''} ${dragging === index ? 'dragging' : ''}`}
            transform={`translate(${plot.x(point.x1)},${plot.y(point.x2)})`}
            role="button"
            tabIndex={0}
            aria-label={text.pointLabel(index, point)}
            data-index={index}
            data-label={point.label}
            onKeyDown={(event) => onPointKey(index, event)}
            onFocus={() => onFocusPoint(index)}
            onPointerEnter={() => onHover(index)}
            onPointerLeave={() => {
              if (dragging === null) onHover(null);
            }}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              event.currentTarget.focus();
              setDragging(index);
              touch.current = event.pointerType === 'touch' ? fingerDown(event, point) : null;
            }}
            onPointerMove={(event) => {
              if (dragging !== index) return;
              if (touch.current && !fingerMoves(touch.current, event)) return;
              const [x1, x2] = toData(event);
              if (x1 !== point.x1 || x2 !== point.x2) replace(index, { ...point, x1, x2 });
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
            <circle className="focus-ring" r={12} />
            <ClassMark label={point.label} cx={0} cy={0} size={7} />
          </g>
        ))}
      </svg>
    </div>
  );
}
