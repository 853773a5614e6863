import { useContext, useId, useMemo, useRef } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { scaleBand } from 'd3-scale';
import { ChartFrame, type ChartData } from './ChartFrame';
import { PlotAxes, usePlot } from './Plot';
import { barPaint, reactProps, SwatchMark, swatchSize, type BarLook } from './swatch';
import { useParentSize } from './useParentSize';
import { HoverBox } from './HoverBox';
import { bandIndex } from './readout';
import { chartStrings } from './strings';
import { useReadout } from './useReadout';
import { formatNumber } from '../math/format';
import { useT } from '../i18n/strings';
import { Live, useStoreWrite, writeAttribute } from '../components/live';
import { PanelContext } from '../state/panelStore';

export interface BarSeries {
  key: string;
  /** Legend text. */
  label: string;
  values: readonly number[];
  color: string;
  /** How its bars are painted; each look reads without colour, so two series stay apart in greyscale. */
  look: BarLook;
}

interface Props<V> {
  title: string;
  filename: string;
  /** Accessible name of the chart (defaults to the title). */
  label?: string;
  data: () => ChartData;
  /** One group of bars per category, labelled 1, 2, … */
  series: readonly BarSeries[];
  xLabel?: string;
  yLabel: string;
  /** Written in place of a bar whose value is not a finite number (NaN is a result, not a height). */
  invalidText?: string;
  /** Tooltip of one bar. */
  barTitle?: (series: BarSeries, index: number) => string;
  /** A value as the readout shows it (hover, tap, arrow keys); formatNumber by default. */
  formatValue?: (value: number) => string;
  height?: number;
  /**
   * Each series' values for the panel's values (in the order of `series`, the same array for the
   * same values: compute it once per change with `lastOf`). Given, the bars' heights and titles
   * follow the panel's store without a render of the chart (src/components/live.tsx), and `series`
   * gives the shape only (how many bars, which are not a finite number: re-render for those). The
   * readout, while open, re-renders with the values.
   */
  liveValues?: (values: V) => readonly (readonly number[])[];
}

/** Stands in for a panel store outside a panel, or without live values: never changes. */
const NO_STORE = createStore<{ values: undefined }>()(() => ({ values: undefined }));

const PAD = { top: 28, right: 8, bottom: 42, left: 48 };
const PROBABILITY: readonly [number, number] = [0, 1];

/** Probabilities per category as grouped bars on a 0–1 axis, with the legend inside the SVG so exports carry it. */
export function GroupedBars<V = never>({ title, filename, label, data, series: shape, xLabel, yLabel, invalidText = 'NaN', barTitle, formatValue = formatNumber, height = 220, liveValues }: Props<V>) {
  const { ref, width } = useParentSize(640);
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const pad = xLabel ? PAD : { ...PAD, bottom: 28 };
  // Categories, not numbers, run along x: the band scale below places them; usePlot's x goes unused.
  const { frame, y } = usePlot(width, height, pad, PROBABILITY, PROBABILITY);
  const count = shape.length ? shape[0].values.length : 0;
  // With live values the chart renders the store's values as they are now, follows them without a
  // render (bars, titles, the readout's value text) and re-renders with them while its readout is open.
  const context = useContext(PanelContext);
  const live = liveValues && context ? liveValues : null;
  const store = (live && context ? context.store : NO_STORE) as unknown as StoreApi<{ values: V }>;
  const seriesOf = (values: V): readonly BarSeries[] => (live ? shape.map((s, k) => ({ ...s, values: live(values)[k] })) : shape);
  const series = seriesOf(store.getState().values);
  const x = useMemo(
    () => scaleBand<number>().domain(Array.from({ length: count }, (_, i) => i)).range([frame.left, Math.max(frame.left + 40, frame.right)]).paddingInner(0.25).paddingOuter(0.1),
    [count, frame],
  );
  const barWidth = x.bandwidth() / Math.max(1, series.length);
  const labelEvery = x.bandwidth() >= 14 ? 1 : Math.ceil(count / 10);
  const legendAt = legendOffsets(series);
  // Each look reads without colour (solid, hatched, dashed outline): bars and legend swatches share it.
  const hatch = (s: BarSeries) => `url(#${hatchId}-${s.key})`;
  const paint = (s: BarSeries) => reactProps(barPaint(s.look, s.color, hatch(s)));
  // The readout walks the categories: each series' value there, as the tables print it.
  const tc = useT(chartStrings);
  const heading = (i: number) => tc('readoutTitle', { axis: xLabel ?? '#', value: i + 1 });
  const rowsOf = (shown: readonly BarSeries[], i: number) => shown.map((s) => ({ key: s.key, style: { color: s.color, bar: s.look }, hatch: hatch(s), text: `${s.label}: ${formatValue(s.values[i])}` }));
  const rows = (i: number) => rowsOf(series, i);
  const textOf = (shown: readonly BarSeries[], i: number) => (count > 0 ? [heading(i), ...rowsOf(shown, i).map((row) => row.text)].join('; ') : (label ?? title));
  const readout = useReadout({
    count,
    start: 0,
    width,
    height,
    indexAt: (px) => (count > 0 ? bandIndex((x(0) ?? 0) - (x.step() - x.bandwidth()) / 2, x.step(), px, count - 1) : null),
    text: (i) => textOf(series, i),
    label: tc('readoutHint', { label: label ?? title }),
  });
  const read = count > 0 ? readout.index : null;
  useStore(store, (state) => (live && read !== null ? live(state.values) : null));
  const svg = useRef<SVGSVGElement>(null);
  const valueIndex = readout.svgProps['aria-valuenow'];
  useStoreWrite(store, (state) => {
    if (live) writeAttribute(svg.current, 'aria-valuetext', textOf(seriesOf(state.values), valueIndex));
  });
  const geometry = (value: number) => ({ y: y(value), height: y(0) - y(value) });
  return (
    <ChartFrame title={title} filename={filename} data={data}>
      <div ref={ref} className="grouped-bars-box">
        <svg ref={svg} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="readout-chart" {...readout.svgProps}>
          <defs>
            {series
              .filter((s) => s.look === 'hatched')
              .map((s) => (
                <pattern key={s.key} id={`${hatchId}-${s.key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill={s.color} fillOpacity="0.25" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="3" />
                </pattern>
              ))}
          </defs>
          <PlotAxes frame={frame} y={y} grid="y" yTicks={5} yLabel={yLabel} />
          {read !== null && (
            <g className="readout-band">
              <rect x={(x(read) ?? 0) - (x.step() - x.bandwidth()) / 2} y={frame.top} width={x.step()} height={frame.innerHeight} />
            </g>
          )}
          {series.map((s, k) =>
            s.values.map((value, i) => {
              const left = (x(i) ?? 0) + k * barWidth;
              if (!Number.isFinite(value)) {
                return (
                  <text key={`${s.key}-${i}`} className="bar-invalid" x={left + barWidth / 2} y={y(0) - 4} textAnchor="middle" fontSize={Math.min(11, barWidth)} writingMode={barWidth < 16 ? 'vertical-rl' : undefined}>
                    {invalidText}
                  </text>
                );
              }
              if (live) {
                return (
                  <Live<V, 'rect'> as="rect" key={`${s.key}-${i}`} x={left} width={Math.max(1, barWidth - 1)} attributes={(values) => geometry(live(values)[k][i])} {...paint(s)}>
                    {barTitle && <Live<V, 'title'> as="title" text={(values) => barTitle(seriesOf(values)[k], i)} />}
                  </Live>
                );
              }
              return (
                <rect key={`${s.key}-${i}`} x={left} width={Math.max(1, barWidth - 1)} {...geometry(value)} {...paint(s)}>
                  {barTitle && <title>{barTitle(s, i)}</title>}
                </rect>
              );
            }),
          )}
          {Array.from({ length: count }, (_, i) =>
            i % labelEvery === 0 ? (
              <text key={i} className="tick-label" x={(x(i) ?? 0) + x.bandwidth() / 2} y={frame.bottom + 16} textAnchor="middle">
                {i + 1}
              </text>
            ) : null,
          )}
          {xLabel && (
            <text className="axis-label" x={(frame.left + frame.right) / 2} y={height - 6} textAnchor="middle">
              {xLabel}
            </text>
          )}
          {read !== null && <HoverBox x={(x(read) ?? 0) + x.bandwidth()} top={frame.top} bottom={frame.bottom} width={width} title={heading(read)} rows={rows(read)} guide={false} />}
          <g className="chart-legend" transform={`translate(${frame.left + 4},10)`}>
            {series.map((s, k) => (
              <g key={s.key} transform={`translate(${legendAt[k]},0)`}>
                <SwatchMark style={{ color: s.color, bar: s.look }} hatch={hatch(s)} />
                <text x={swatchSize({ color: s.color, bar: s.look }).width + 4} y="9">
                  {s.label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
    </ChartFrame>
  );
}

/** Rough rendered width of a legend label at 11 px (CJK characters are about twice as wide). */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 11 : 6.5;
  return width;
}

/** x offset of each legend entry: swatch, gap, label, gap. */
function legendOffsets(series: readonly BarSeries[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const s of series) {
    offsets.push(at);
    at += 18 + labelWidth(s.label) + 16;
  }
  return offsets;
}
