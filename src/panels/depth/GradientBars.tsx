import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleBand } from 'd3-scale';
import { ChartFrame, type ChartData } from '../../charts/ChartFrame';
import { PlotAxes, usePlot } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import type { DepthLayer } from '../../math';

/** log10 of float64's smallest positive number (about 4.9e−324): below it a gradient is stored as 0. */
export const FLOAT64_FLOOR_LOG10 = Math.log10(Number.MIN_VALUE);

interface Props {
  layers: readonly DepthLayer[];
  title: string;
  label: string;
  xLabel: string;
  yLabel: string;
  underflowText: string;
  zeroText: string;
  barTitle: (layer: DepthLayer) => string;
  data: () => ChartData;
}

const PAD = { top: 12, right: 10, bottom: 42, left: 68 };
const HEIGHT = 260;

/**
 * The y domain in powers of ten: every finite log10 gradient and 1 (10⁰, the bars' base), padded to
 * whole decades and at least four of them, so d3's ticks fall on integers (10^k, never 10^1.5).
 */
export function decadeDomain(layers: readonly DepthLayer[]): [number, number] {
  const finite = layers.map((l) => l.log10Grad).filter(Number.isFinite);
  let low = Math.floor(Math.min(0, ...finite));
  let high = Math.ceil(Math.max(0, ...finite));
  if (high - low < 4) {
    const missing = 4 - (high - low);
    high += Math.ceil(missing / 2);
    low -= Math.floor(missing / 2);
  }
  return [low, high];
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A decade as "10⁻⁵". */
export function powerOfTen(exponent: number): string {
  return `10${String(Math.round(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c])}`;
}

/**
 * |∂a_L/∂z_l| per layer on a log scale: bars from 1 up or down, float64's underflow band shaded,
 * exact zeros marked. One layer is picked (layer 1 at first): pointing at a bar, tapping it or the
 * arrow keys on the focused chart (a slider over the layers) pick another, and the line under the
 * chart reads its value out.
 */
export function GradientBars({ layers, title, label, xLabel, yLabel, underflowText, zeroText, barTitle, data }: Props) {
  const { ref, width } = useParentSize(640);
  const hatchId = `depth-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const domain = decadeDomain(layers);
  const { frame, y } = usePlot(width, HEIGHT, PAD, [0, 1], domain);
  const x = useMemo(
    () => scaleBand<number>().domain(layers.map((l) => l.layer)).range([frame.left, frame.right]).paddingInner(0.2).paddingOuter(0.1),
    [layers, frame],
  );
  const bandwidth = x.bandwidth();
  const labelEvery = bandwidth >= 16 ? 1 : bandwidth >= 8 ? 5 : 10;
  const [picked, setPicked] = useState(1);
  const current = Math.min(Math.max(1, picked), Math.max(1, layers.length));
  const pickedLayer = layers[current - 1];
  const pickAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0 || layers.length === 0) return;
    const px = ((event.clientX - box.left) * width) / box.width;
    const step = x.step();
    const index = Math.round((px - (x(1) ?? frame.left) - bandwidth / 2) / (step || 1));
    setPicked(Math.min(layers.length, Math.max(1, index + 1)));
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowDown: current - 1, ArrowRight: current + 1, ArrowUp: current + 1, Home: 1, End: layers.length };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setPicked(Math.min(layers.length, Math.max(1, moves[event.key])));
  };
  const readout = pickedLayer ? barTitle(pickedLayer) : '';
  const floorY = y(Math.max(domain[0], FLOAT64_FLOOR_LOG10));
  const showFloor = domain[0] < FLOAT64_FLOOR_LOG10;
  return (
    <ChartFrame title={title} filename="depth-gradients" data={data}>
      <div ref={ref} className="depth-bars-box" data-testid="depth-chart">
        <svg
          className="depth-bars"
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          data-min-height={HEIGHT}
          data-max-height={HEIGHT}
          role="slider"
          tabIndex={0}
          aria-label={label}
          aria-valuemin={1}
          aria-valuemax={layers.length}
          aria-valuenow={current}
          aria-valuetext={readout}
          onKeyDown={onKeyDown}
          onPointerDown={pickAt}
          onPointerMove={(event) => event.pointerType === 'mouse' && pickAt(event)}
        >
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--series-3)" fillOpacity="0.25" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--series-3)" strokeWidth="3" />
            </pattern>
          </defs>
          {showFloor && (
            <g className="depth-underflow" data-testid="underflow-band">
              <rect x={frame.left} y={floorY} width={frame.innerWidth} height={frame.bottom - floorY} />
              <text x={frame.right - 4} y={floorY + 14} textAnchor="end">
                {underflowText}
              </text>
            </g>
          )}
          <PlotAxes frame={frame} y={y} grid="y" yTicks={5} yLabel={yLabel} format={powerOfTen} />
          {layers.map((layer) => {
            const left = x(layer.layer) ?? 0;
            if (layer.log10Grad === -Infinity) {
              return (
                <text key={layer.layer} className="bar-invalid" data-layer={layer.layer} x={left + bandwidth / 2} y={frame.bottom - 4} textAnchor="middle" fontSize={Math.min(12, Math.max(8, bandwidth))}>
                  {zeroText}
                  <title>{barTitle(layer)}</title>
                </text>
              );
            }
            const top = Math.min(y(0), y(layer.log10Grad));
            const height = Math.max(1, Math.abs(y(0) - y(layer.log10Grad)));
            return (
              <rect
                key={layer.layer}
                data-layer={layer.layer}
                data-underflow={layer.underflow || undefined}
                x={left}
                width={Math.max(1, bandwidth)}
                y={top}
                height={height}
                fill={layer.underflow ? `url(#${hatchId})` : 'var(--series-2)'}
                stroke={layer.underflow ? 'var(--series-3)' : 'var(--series-2)'}
              >
                <title>{barTitle(layer)}</title>
              </rect>
            );
          })}
          <line className="depth-one-line" x1={frame.left} x2={frame.right} y1={y(0)} y2={y(0)} />
          {pickedLayer && (
            <rect className="depth-pick" data-testid="depth-pick" x={(x(current) ?? 0) - 2} width={bandwidth + 4} y={frame.top} height={frame.innerHeight} />
          )}
          {layers.map((layer) =>
            showTick(layer.layer, layers.length, labelEvery) ? (
              <text key={layer.layer} className="tick-label" x={(x(layer.layer) ?? 0) + bandwidth / 2} y={frame.bottom + 16} textAnchor="middle">
                {layer.layer}
              </text>
            ) : null,
          )}
          <text className="axis-label" x={(frame.left + frame.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            {xLabel}
          </text>
        </svg>
        <p className="depth-readout" data-testid="depth-readout" aria-hidden="true">
          {readout}
        </p>
      </div>
    </ChartFrame>
  );
}

/** Layer numbers under the bars: 1, L and every `every`-th, leaving out L when it would crowd the one before. */
function showTick(layer: number, count: number, every: number): boolean {
  if (layer === 1 || layer % every === 0) return true;
  return layer === count && count % every >= every / 2;
}
