import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { AxisBottom } from '../../charts/Axis';
import { fingerDown, fingerMoves, type Finger } from '../../charts/finger';
import { useParentSize } from '../../charts/useParentSize';
import { formatNumber } from '../../math';
import { clamp, roundHundredths, valueForKey } from '../../charts/markerInput';
import type { CurveSpec } from './curves';
import { lossShares } from './outliers';

interface Props {
  points: readonly number[];
  onChange: (points: number[]) => void;
  onReset: () => void;
  /** The m axis of the main chart, so a point sits under the same margin there. */
  min: number;
  max: number;
  curves: readonly CurveSpec[];
  t: {
    heading: string;
    help: string;
    axisLabel: string;
    pointLabel: (name: string) => string;
    pointValueText: (name: string, m: string) => string;
    barLabel: (name: string, total: string, shares: string) => string;
    shareText: (name: string, value: string) => string;
    reset: string;
    offView: string;
  };
}

const PAD = { left: 46, right: 14 };
const HEIGHT = 78;
/**
 * Sizes and colours one share of a bar through the DOM (CSSOM), not a style attribute: a strict
 * Content-Security-Policy (style-src 'self') blocks style attributes in the prerendered page.
 */
const paintShare = (percent: number, color: string) => (element: HTMLElement | null) => {
  if (!element) return;
  element.style.width = `${percent}%`;
  element.style.backgroundColor = color;
};

/** Points are named A, B, C… in the strip, the bars and the screen-reader text. */
export const pointName = (index: number) => String.fromCharCode(65 + index);

/**
 * Example points on the margin axis that the visitor drags, and for each visible loss a bar of the
 * total loss over the points, split into each point's share.
 */
export const OutlierStrip = memo(function OutlierStrip({ points, onChange, onReset, min, max, curves, t }: Props) {
  const { ref, width: measured } = useParentSize<HTMLDivElement>(640);
  const width = Math.max(260, Math.round(measured));
  const [dragging, setDragging] = useState<number | null>(null);
  /** A finger on a point, until it shows whether it drags the point (sideways) or scrolls the page. */
  const touch = useRef<Finger<number> | null>(null);
  const x = useMemo(() => scaleLinear().domain([min, max]).range([PAD.left, width - PAD.right]), [min, max, width]);
  const axisY = 46;

  const move = (index: number, m: number) => onChange(points.map((p, i) => (i === index ? m : p)));
  const toMargin = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement!;
    const rect = svg.getBoundingClientRect();
    return clamp(roundHundredths(x.invert(((event.clientX - rect.left) * width) / Math.max(1, rect.width))), min, max);
  };

  const bars = curves.map((curve) => ({ curve, ...lossShares(curve.loss, points) }));
  const largest = Math.max(0, ...bars.map((b) => b.total));

  return (
    <section className="outlier-strip" aria-labelledby="surrogate-outlier-heading">
      <div className="outlier-head">
        <h3 id="surrogate-outlier-heading">{t.heading}</h3>
        <button type="button" onClick={onReset}>
          {t.reset}
        </button>
      </div>
      <p className="muted outlier-help">{t.help}</p>
      <div ref={ref} className="outlier-axis-box">
        <svg className="outlier-axis" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} data-min-height={HEIGHT} data-max-height={HEIGHT} role="group" aria-label={t.axisLabel}>
          <rect className="misclassified-zone" x={x(min)} y={axisY - 30} width={Math.max(0, x(Math.min(0, max)) - x(min))} height={30} />
          <AxisBottom scale={x} offset={axisY} tickCount={width < 420 ? 5 : 9} format={formatNumber} />
          {points.map((m, index) => {
            const name = pointName(index);
            const shown = clamp(m, min, max);
            const outside = shown !== m;
            return (
              <g
                key={index}
                className={`outlier-point ${m <= 0 ? 'wrong' : 'right'} ${outside ? 'outside' : ''}`}
                transform={`translate(${x(shown)},${axisY - 15})`}
                role="slider"
                tabIndex={0}
                aria-label={t.pointLabel(name)}
                aria-valuemin={min}
                aria-valuemax={max}
                aria-valuenow={m}
                aria-valuetext={t.pointValueText(name, formatNumber(m)) + (outside ? ` (${t.offView})` : '')}
                data-point={name}
                onKeyDown={(event) => {
                  const next = valueForKey(event.key, event.shiftKey, m, min, max);
                  if (next === null) return;
                  event.preventDefault();
                  move(index, next);
                }}
                onPointerDown={(event) => {
                  event.currentTarget.setPointerCapture(event.pointerId);
                  setDragging(index);
                  touch.current = event.pointerType === 'touch' ? fingerDown(event, m) : null;
                }}
                onPointerMove={(event) => {
                  if (dragging !== index) return;
                  if (touch.current ? fingerMoves(touch.current, event) : true) move(index, toMargin(event));
                }}
                onPointerUp={() => {
                  touch.current = null;
                  setDragging(null);
                }}
                onPointerCancel={() => {
                  // The page scrolled: a point the finger had begun to drag goes back.
                  if (touch.current?.dragging) move(index, touch.current.start);
                  touch.current = null;
                  setDragging(null);
                }}
              >
                {/* A generous invisible hit area for fingers. */}
                <circle r={18} fill="transparent" />
                {/* Chromium draws no outline around an SVG <g>: this ring is the visible focus. */}
                <circle className="focus-ring" r={15} />
                <circle className="point-dot" r={11} />
                <text className="point-letter" dy="0.35em" textAnchor="middle">
                  {name}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div className="loss-bars">
        {bars.map(({ curve, shares, total }) => {
          const sharesText = shares.map((s, i) => t.shareText(pointName(i), formatNumber(s))).join(', ');
          return (
            <div key={curve.id} className="loss-bar-row" data-curve={curve.id}>
              <span className="loss-bar-name">{curve.short}</span>
              <div className="loss-bar-track" role="img" aria-label={t.barLabel(curve.name, formatNumber(total), sharesText)}>
                {shares.map((share, i) =>
                  share > 0 && largest > 0 ? (
                    <span
                      key={i}
                      className={`loss-bar-share ${i % 2 ? 'odd' : 'even'}`}
                      ref={paintShare((share / largest) * 100, curve.style.color)}
                      title={t.shareText(pointName(i), formatNumber(share))}
                    >
                      {share / largest > 0.07 ? pointName(i) : ''}
                    </span>
                  ) : null,
                )}
              </div>
              <span className="loss-bar-total" data-testid={`total-${curve.id}`}>
                {formatNumber(total)}
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
});
