import { memo } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { lineInBox } from '../../charts/planeLine';
import { Marker } from '../../charts/swatch';
import type { LabeledPoint } from '../../math/classifier';
import { PLANE_LIMIT } from './definition';
import type { ClassifierState } from './fits';
import { CLASS_STYLES, CLASSIFIER_STYLES } from './styles';

/** The whole plane, both axes: every point lies in it. */
export const PLANE_BOX = { x: [-PLANE_LIMIT, PLANE_LIMIT], y: [-PLANE_LIMIT, PLANE_LIMIT] } as const;

export interface Scales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/**
 * A point of class +1 (filled circle) or −1 (triangle), centred at pixel (cx, cy). Memoized: a
 * dragged point re-renders its own marks, not the other points' on the plane and every card.
 */
export const ClassMark = memo(function ClassMark({ label, cx, cy, size = 6 }: { label: 1 | -1; cx: number; cy: number; size?: number }) {
  const style = CLASS_STYLES[label];
  return <Marker shape={style.shape} x={cx} y={cy} size={size} color={style.color} />;
});

/** The line f(x) = level of a classifier in pixels, or nothing when it misses the plane or w = 0. */
function LevelLine({ state, level, scales, className, width, dash }: { state: Pick<ClassifierState, 'w' | 'b' | 'id'>; level: number; scales: Scales; className: string; width: number; dash: string }) {
  const segment = lineInBox(state.w, state.b, level, PLANE_BOX);
  if (!segment) return null;
  const [[xa, ya], [xb, yb]] = segment;
  return (
    <line
      className={className}
      x1={scales.x(xa)}
      y1={scales.y(ya)}
      x2={scales.x(xb)}
      y2={scales.y(yb)}
      stroke={CLASSIFIER_STYLES[state.id].color}
      strokeWidth={width}
      strokeDasharray={dash || undefined}
    />
  );
}

/** A classifier's boundary f(x) = 0 in its colour and dash, and optionally its margin lines f(x) = ±1 (thin, dashed). */
export const Boundary = memo(function Boundary({ state, scales, margins }: { state: Pick<ClassifierState, 'w' | 'b' | 'id'>; scales: Scales; margins: boolean }) {
  const style = CLASSIFIER_STYLES[state.id];
  return (
    <g className="boundary" data-classifier={state.id}>
      {margins && (
        <>
          <LevelLine state={state} level={1} scales={scales} className="margin-line" width={1.25} dash="3 4" />
          <LevelLine state={state} level={-1} scales={scales} className="margin-line" width={1.25} dash="3 4" />
        </>
      )}
      <LevelLine state={state} level={0} scales={scales} className="boundary-line" width={2.5} dash={style.dash} />
    </g>
  );
});

/** Every point, drawn by class (for charts that only show them). */
export function StaticPoints({ points, scales, size }: { points: readonly LabeledPoint[]; scales: Scales; size?: number }) {
  return (
    <g className="static-points" aria-hidden="true">
      {points.map((p, i) => (
        <ClassMark key={i} label={p.label} cx={scales.x(p.x1)} cy={scales.y(p.x2)} size={size} />
      ))}
    </g>
  );
}
