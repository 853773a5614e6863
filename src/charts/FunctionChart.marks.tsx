import { formatNumber } from '../math/format';
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

/**
 * The values at the marker that lie past the top or the bottom of the value axis (∞ included): an
 * arrow at that edge, in the function's colour, pointing out of the chart, and its name and value
 * beside it, so a marker never just vanishes. Several at one edge stack inwards.
 */
export function OffBandMarks({ cx, frame, band, values }: { cx: number; frame: PlotFrame; band: PlotWindow; values: readonly MarkedValue[] }) {
  const rightHalf = cx > frame.left + frame.innerWidth * 0.6;
  const rows = (['above', 'below'] as const).flatMap((side) =>
    values.filter((v) => bandSide(band, v.value) === side).map((v, i) => ({ ...v, side, y: side === 'above' ? frame.top + 2 + i * ROW : frame.bottom - 2 - i * ROW })),
  );
  return (
    <>
      {rows.map(({ id, short, color, value, side, y }) => {
        const tip = y;
        const base = side === 'above' ? y + 9 : y - 9;
        return (
          <g key={id} className="off-band" data-side={side} data-curve={id}>
            <polygon points={`${cx},${tip} ${cx - 5},${base} ${cx + 5},${base}`} fill={color} />
            <text x={rightHalf ? cx - 9 : cx + 9} y={(tip + base) / 2 + 4} textAnchor={rightHalf ? 'end' : 'start'}>
              {`${short}: ${formatNumber(value)}`}
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
