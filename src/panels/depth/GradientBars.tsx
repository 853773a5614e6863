import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useStore } from 'zustand';
import { lastOf, useStoreWrite, writeAttribute, type LiveAttributes } from '../../components/live';
import { ChartFrame, type ChartData } from '../../charts/ChartFrame';
import { plotFrame, PlotAxes, type PlotFrame } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import type { DepthLayer } from '../../math';
import { chainOf, Live, useStoreApi, type DepthValues } from './store';

/** log10 of float64's smallest positive number (about 4.9e−324): below it a gradient is stored as 0. */
export const FLOAT64_FLOOR_LOG10 = Math.log10(Number.MIN_VALUE);

interface Props {
  /** How many layers to keep nodes for (useLayerSlots: the count, or one more, hidden). */
  slots: number;
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
 *
 * The bars, their titles, the layer numbers, the picked layer and the readout follow the panel's
 * values without a render (Live nodes): the chart re-renders when its shape changes (the decades on
 * the value axis, which layers are exact zeros, the number of layers it keeps nodes for).
 */
export function GradientBars({ slots, title, label, xLabel, yLabel, underflowText, zeroText, barTitle, data }: Props) {
  const { ref, width } = useParentSize(640);
  const hatchId = `depth-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const store = useStoreApi();
  const layers = chainOf(store.getState().values).layers;
  const frame = useMemo(() => plotFrame(width, HEIGHT, PAD), [width]);
  const [picked, setPicked] = useState(1);
  /** Everything a step changes, for the panel's values: shared by every live node of the chart. */
  const at = useMemo(
    () =>
      lastOf((values: DepthValues) => {
        const now = chainOf(values).layers;
        const x = scaleBand<number>().domain(now.map((l) => l.layer)).range([frame.left, frame.right]).paddingInner(0.2).paddingOuter(0.1);
        const y = scaleLinear().domain(decadeDomain(now)).range([frame.bottom, frame.top]);
        const bandwidth = x.bandwidth();
        const current = Math.min(Math.max(1, picked), Math.max(1, now.length));
        return { layers: now, x, y, bandwidth, labelEvery: bandwidth >= 16 ? 1 : bandwidth >= 8 ? 5 : 10, current, readout: now[current - 1] ? barTitle(now[current - 1]) : '' };
      }),
    [frame, picked, barTitle],
  );
  // What changes the bars' markup: which layers are exact zeros (a mark instead of a bar) and, where
  // there are any, the marks' font size. (The value axis follows its decades on its own: DepthAxes.)
  const shapeOf = (values: DepthValues) => {
    const { layers: shown, bandwidth } = at(values);
    const zeros = shown.flatMap((l) => (l.log10Grad === -Infinity ? [l.layer] : []));
    return `${zeros.join()} ${zeros.length ? zeroFontSize(bandwidth) : ''}`;
  };
  useStore(store, (state) => shapeOf(state.values));
  const now = () => at(store.getState().values);
  const pickAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const { layers: shown, x, bandwidth } = now();
    if (box.width <= 0 || shown.length === 0) return;
    const px = ((event.clientX - box.left) * width) / box.width;
    const step = x.step();
    const index = Math.round((px - (x(1) ?? frame.left) - bandwidth / 2) / (step || 1));
    setPicked(Math.min(shown.length, Math.max(1, index + 1)));
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const { layers: shown, current } = now();
    const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowDown: current - 1, ArrowRight: current + 1, ArrowUp: current + 1, Home: 1, End: shown.length };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setPicked(Math.min(shown.length, Math.max(1, moves[event.key])));
  };
  const svg = useRef<SVGSVGElement>(null);
  const sliderState = (values: DepthValues) => {
    const { layers: shown, current, readout } = at(values);
    return { 'aria-valuemax': shown.length, 'aria-valuenow': current, 'aria-valuetext': readout };
  };
  useStoreWrite(store, (state) => {
    for (const [name, value] of Object.entries(sliderState(state.values))) writeAttribute(svg.current, name, String(value));
  });
  /** A slot past the layer count (kept after a step down by one) is not drawn and not read. */
  const absent = (values: DepthValues, index: number) => (index < at(values).layers.length ? false : 'none');
  const left = (values: DepthValues, index: number) => at(values).x(index + 1) ?? 0;
  const slotIndices = Array.from({ length: slots }, (_, index) => index);
  return (
    <ChartFrame title={title} filename="depth-gradients" data={data}>
      <div ref={ref} className="depth-bars-box" data-testid="depth-chart">
        <svg
          ref={svg}
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
          {...sliderState(store.getState().values)}
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
          <DepthAxes frame={frame} underflowText={underflowText} yLabel={yLabel} />
          {slotIndices.map((index) => {
            const title = <Live as="title" text={(values) => (at(values).layers[index] ? barTitle(at(values).layers[index]) : '')} />;
            if (layers[index]?.log10Grad === -Infinity) {
              return (
                <Live
                  key={index}
                  as="text"
                  className="bar-invalid"
                  data-layer={index + 1}
                  attributes={(values) => ({ x: left(values, index) + at(values).bandwidth / 2, display: absent(values, index) })}
                  y={frame.bottom - 4}
                  fontSize={zeroFontSize(at(store.getState().values).bandwidth)}
                  textAnchor="middle"
                >
                  {zeroText}
                  {title}
                </Live>
              );
            }
            return (
              <Live
                key={index}
                as="rect"
                data-layer={index + 1}
                attributes={(values): LiveAttributes => {
                  const { layers: shown, y } = at(values);
                  const layer = shown[index];
                  if (!layer) return { display: 'none' };
                  const underflow = layer.underflow;
                  return {
                    'data-underflow': underflow ? 'true' : false,
                    x: left(values, index),
                    width: Math.max(1, at(values).bandwidth),
                    y: Math.min(y(0), y(layer.log10Grad)),
                    height: Math.max(1, Math.abs(y(0) - y(layer.log10Grad))),
                    fill: underflow ? `url(#${hatchId})` : 'var(--series-2)',
                    stroke: underflow ? 'var(--series-3)' : 'var(--series-2)',
                    display: false,
                  };
                }}
              >
                {title}
              </Live>
            );
          })}
          <Live as="line" className="depth-one-line" x1={frame.left} x2={frame.right} attributes={(values) => ({ y1: at(values).y(0), y2: at(values).y(0) })} />
          <Live
            as="rect"
            className="depth-pick"
            data-testid="depth-pick"
            attributes={(values): LiveAttributes => {
              const { x, current, bandwidth, layers: shown } = at(values);
              return shown.length ? { x: (x(current) ?? 0) - 2, width: bandwidth + 4, display: false } : { display: 'none' };
            }}
            y={frame.top}
            height={frame.innerHeight}
          />
          {slotIndices.map((index) => (
            <Live
              key={index}
              as="text"
              className="tick-label"
              attributes={(values) => {
                const { x, bandwidth, labelEvery, layers: shown } = at(values);
                return { x: (x(index + 1) ?? 0) + bandwidth / 2, display: index < shown.length && showTick(index + 1, shown.length, labelEvery) ? false : 'none' };
              }}
              y={frame.bottom + 16}
              textAnchor="middle"
            >
              {index + 1}
            </Live>
          ))}
          <text className="axis-label" x={(frame.left + frame.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            {xLabel}
          </text>
        </svg>
        <Live as="p" className="depth-readout" data-testid="depth-readout" aria-hidden="true" text={(values) => at(values).readout} />
      </div>
    </ChartFrame>
  );
}

/**
 * The value axis in decades, and float64's underflow band where the axis reaches below it: they
 * re-render when the decades change, not on every step of the values (the bars are live).
 */
const DepthAxes = memo(function DepthAxes({ frame, underflowText, yLabel }: { frame: PlotFrame; underflowText: string; yLabel: string }) {
  const key = useStore(useStoreApi(), (state) => decadeDomain(chainOf(state.values).layers).join());
  const domain = key.split(',').map(Number) as [number, number];
  const y = useMemo(() => scaleLinear().domain(domain).range([frame.bottom, frame.top]), [domain[0], domain[1], frame]); // eslint-disable-line react-hooks/exhaustive-deps
  const floorY = y(Math.max(domain[0], FLOAT64_FLOOR_LOG10));
  return (
    <>
      {domain[0] < FLOAT64_FLOOR_LOG10 && (
        <g className="depth-underflow" data-testid="underflow-band">
          <rect x={frame.left} y={floorY} width={frame.innerWidth} height={frame.bottom - floorY} />
          <text x={frame.right - 4} y={floorY + 14} textAnchor="end">
            {underflowText}
          </text>
        </g>
      )}
      <PlotAxes frame={frame} y={y} grid="y" yTicks={5} yLabel={yLabel} format={powerOfTen} />
    </>
  );
});

/** The exact-zero marks' font size for the bars' width. */
const zeroFontSize = (bandwidth: number) => Math.min(12, Math.max(8, bandwidth));

/** Layer numbers under the bars: 1, L and every `every`-th, leaving out L when it would crowd the one before. */
function showTick(layer: number, count: number, every: number): boolean {
  if (layer === 1 || layer % every === 0) return true;
  return layer === count && count % every >= every / 2;
}
