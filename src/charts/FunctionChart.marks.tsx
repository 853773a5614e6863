import { useMemo } from 'react';
import { formatNumber } from '../math/format';
import { lastOf, Live } from '../components/live';
import type { PlotFrame } from './Plot';
import type { PlotWindow } from './sampling';

/** One function's value at the marker, for the arrows: what to call it and its colour. */
export interface MarkedValue {
  id: string;
  short: string;
  color: string;
  value: number;
}

/** Where a value lies against the value axis: on it, past its top, past its bottom, or nowhere (NaN). */
export function bandSide(band: PlotWindow, value: number): 'in' | 'above' | 'below' | 'none' {
  if (Number.isNaN(value)) return 'none';
  if (value > band.high) return 'above';
  if (value < band.low) return 'below';
  return 'in';
}

const ROW = 14;

/** Whether the marks' labels sit left of the marker (it is in the chart's right part). */
export const marksOnLeft = (cx: number, frame: PlotFrame) => cx > frame.left + frame.innerWidth * 0.6;

/** The marker's x in pixels and each function's value there, for the panel's values (a live marker). */
export type LiveMarked<V> = (values: V) => { cx: number; values: readonly number[] };

/**
 * The values at the marker that lie past the top or the bottom of the value axis (∞ included): an
 * arrow at that edge, in the function's colour, pointing out of the chart, and its name and value
 * beside it, so a marker never just vanishes. Several at one edge stack inwards.
 *
 * With `live` (a live marker, src/components/live.tsx), the arrows and labels follow the panel's
 * values without a render: which values are off the axis, on which edge, and on which side of the
 * marker the labels sit are the chart's shape (it re-renders when they change); the arrow's x, the
 * label's x and its text are written in place.
 */
export function OffBandMarks<V>({ cx, frame, band, values, live }: { cx: number; frame: PlotFrame; band: PlotWindow; values: readonly MarkedValue[]; live?: LiveMarked<V> }) {
  const rightHalf = marksOnLeft(cx, frame);
  const now = useMemo(() => (live ? lastOf(live as (values: object) => ReturnType<LiveMarked<V>>) : null), [live]);
  const rows = (['above', 'below'] as const).flatMap((side) =>
    values.filter((v) => bandSide(band, v.value) === side).map((v, i) => ({ ...v, side, y: side === 'above' ? frame.top + 2 + i * ROW : frame.bottom - 2 - i * ROW })),
  );
  return (
    <>
      {rows.map(({ id, short, color, value, side, y }) => {
        const tip = y;
        const base = side === 'above' ? y + 9 : y - 9;
        const points = (x: number) => `${x},${tip} ${x - 5},${base} ${x + 5},${base}`;
        const labelX = (x: number) => (rightHalf ? x - 9 : x + 9);
        const label = (v: number) => `${short}: ${formatNumber(v)}`;
        if (now) {
          const index = values.findIndex((v) => v.id === id);
          return (
            <g key={id} className="off-band" data-side={side} data-curve={id}>
              <Live<object, 'polygon'> as="polygon" attributes={(v) => ({ points: points(now(v).cx) })} fill={color} />
              <Live<object, 'text'> as="text" attributes={(v) => ({ x: labelX(now(v).cx) })} y={(tip + base) / 2 + 4} textAnchor={rightHalf ? 'end' : 'start'} text={(v) => label(now(v).values[index])} />
            </g>
          );
        }
        return (
          <g key={id} className="off-band" data-side={side} data-curve={id}>
            <polygon points={points(cx)} fill={color} />
            <text x={labelX(cx)} y={(tip + base) / 2 + 4} textAnchor={rightHalf ? 'end' : 'start'}>
              {label(value)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** The marker past the left or right end of the x axis: an arrow at that end with the marker's value. */
export function OffRangeMarker({ frame, side, text }: { frame: PlotFrame; side: 'left' | 'right'; text: string }) {
  const y = frame.top + frame.innerHeight / 2;
  const tip = side === 'left' ? frame.left : frame.right;
  const base = side === 'left' ? tip + 9 : tip - 9;
  return (
    <g className="off-range" data-side={side}>
      <polygon points={`${tip},${y} ${base},${y - 5} ${base},${y + 5}`} />
      <text x={side === 'left' ? base + 4 : base - 4} y={y + 4} textAnchor={side === 'left' ? 'start' : 'end'}>
        {text}
      </text>
    </g>
  );
}
