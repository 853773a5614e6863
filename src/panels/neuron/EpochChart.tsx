import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ChartFrame } from '../../charts/ChartFrame';
import { PlotAxes, SeriesPath, usePlot, type Plot, type PlotFrame } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { HoverBox } from '../../charts/HoverBox';
import { nearestIndex } from '../../charts/readout';
import { chartStrings } from '../../charts/strings';
import { useReadout } from '../../charts/useReadout';
import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { RunMarker } from './marks';
import { RUN_STYLES } from './runStyles';
import type { RunId } from './definition';
import { markTransform, useCursorWrite, useRestingEpochOrNull, writeAttribute } from './live';

export interface EpochSeries {
  run: RunId;
  label: string;
  values: Float64Array;
}

interface Props {
  title: string;
  filename: string;
  xLabel: string;
  yLabel: string;
  series: readonly EpochSeries[];
  epochs: number;
  /** The cursor; without it (in the panel) the chart follows the panel's cursor itself (useCursor.ts). */
  epoch?: number;
  /** Fixed y range (e.g. [0, 1] for an output); otherwise the data's extent, rounded outwards. */
  yDomain?: readonly [number, number];
}

const HEIGHT = 210;
const PAD = { top: 10, right: 14, bottom: 40, left: 54 };

/**
 * One quantity of every visible run against epoch, with the shared epoch cursor. The frame, axes and
 * lines are memoized on the data and the size; only the plot's cursor, markers and readout (EpochPlot)
 * follow the cursor, so an animation frame moves a line and a few markers and lays out nothing else.
 */
export const EpochChart = memo(function EpochChart({ title, filename, xLabel, yLabel, series, epochs, epoch, yDomain }: Props) {
  const { ref, width } = useParentSize(420);
  const extent = useMemo(() => yDomain ?? dataExtent(series), [yDomain, series]);
  const plot = usePlot(width, HEIGHT, PAD, [0, epochs], extent, { niceY: true });
  const { frame, x, y } = plot;
  const data = () => ({
    headers: [xLabel, ...series.map((s) => s.label)],
    rows: Array.from({ length: epochs + 1 }, (_, k) => [k, ...series.map((s) => s.values[k])]),
  });
  const legend = series.map((s) => ({ label: s.label, color: RUN_STYLES[s.run].color, dash: RUN_STYLES[s.run].dash }));
  const layers = (
    <>
      <PlotAxes frame={frame} x={x} y={y} grid="y" yTicks={5} xTicks={Math.min(epochs, width < 400 ? 4 : 6)} xLabel={xLabel} yLabel={yLabel} />
      <Lines series={series} x={x} y={y} />
    </>
  );
  return (
    <ChartFrame title={title} filename={filename} data={data} legend={legend}>
      <div ref={ref}>
        <EpochPlot title={title} xLabel={xLabel} series={series} epochs={epochs} epoch={epoch} width={width} plot={plot} layers={layers} />
      </div>
    </ChartFrame>
  );
});

interface PlotProps {
  title: string;
  xLabel: string;
  series: readonly EpochSeries[];
  epochs: number;
  epoch?: number;
  width: number;
  plot: Plot;
  /** The axes and lines, made by the chart: the same element while the data and size stay, so React skips them. */
  layers: ReactNode;
}

/**
 * The SVG: its readout starts at the cursor (where it rests), and the cursor and the runs' markers
 * move with it (EpochMarks). Only a scrub, a step or a pause re-renders it, not an animation frame.
 */
function EpochPlot({ title, xLabel, series, epochs, epoch: given, width, plot, layers }: PlotProps) {
  const resting = useRestingEpochOrNull();
  const epoch = given ?? resting ?? 0;
  const { frame, x, y } = plot;
  const tc = useT(chartStrings);
  const heading = (k: number) => tc('readoutTitle', { axis: xLabel, value: k });
  const rows = (k: number) => series.map((s) => ({ key: s.run, style: RUN_STYLES[s.run], text: `${s.label}: ${formatNumber(s.values[k])}` }));
  const readout = useReadout({
    count: epochs + 1,
    start: epoch,
    width,
    height: HEIGHT,
    indexAt: (px) => nearestIndex((p) => x.invert(p), px, epochs),
    text: (k) => [heading(k), ...rows(k).map((row) => row.text)].join('; '),
    label: tc('readoutHint', { label: title }),
  });
  const read = readout.index;
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} className="readout-chart" {...readout.svgProps}>
      {layers}
      <EpochMarks series={series} frame={frame} x={x} y={y} epoch={epoch} live={given === undefined} />
      {read !== null && (
        <>
          {series.map((s) => (
            <RunMarker key={s.run} run={s.run} x={x(read)} y={clampY(y, s.values[read])} size={4} hollow />
          ))}
          <HoverBox x={x(read)} top={frame.top} bottom={frame.bottom} width={width} title={heading(read)} rows={rows(read)} />
        </>
      )}
    </svg>
  );
}

/**
 * The epoch cursor and each run's marker on its line: drawn at `epoch`, and, when `live`, moved to
 * the panel's cursor at each frame by writing their transforms (live.tsx). They are drawn in a
 * composited layer of their own (`live-layer`, panel.css), so a frame neither repaints nor
 * re-rasterizes the chart's lines under them.
 */
function EpochMarks({ series, frame, x, y, epoch, live }: { series: readonly EpochSeries[]; frame: PlotFrame; x: ScaleLinear<number, number>; y: ScaleLinear<number, number>; epoch: number; live: boolean }) {
  const cursor = useRef<SVGLineElement>(null);
  const marks = useRef<(SVGGElement | null)[]>([]);
  const at = (k: number) => ({ x: x(k), ys: series.map((s) => clampY(y, s.values[k])) });
  useCursorWrite((k) => {
    const now = at(k);
    writeAttribute(cursor.current, 'transform', markTransform(now.x, 0));
    now.ys.forEach((py, i) => writeAttribute(marks.current[i], 'transform', markTransform(now.x, py)));
  }, live, () => cursor.current?.ownerSVGElement ?? null);
  const shown = at(epoch);
  return (
    <g className="live-layer">
      <line ref={cursor} className="epoch-cursor" x1={0} x2={0} y1={frame.top} y2={frame.bottom} transform={markTransform(shown.x, 0)} />
      {series.map((s, i) => (
        <g key={s.run} className="live-mark" ref={(g) => void (marks.current[i] = g)} transform={markTransform(shown.x, shown.ys[i])}>
          <RunMarker run={s.run} x={0} y={0} />
        </g>
      ))}
    </g>
  );
}

/** The lines change only with the data or the size, never with the cursor: memoized apart from it. */
const Lines = memo(function Lines({ series, x, y }: { series: readonly EpochSeries[]; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }) {
  return (
    <g>
      {series.map((s) => {
        const path = line<number>()
          .defined(Number.isFinite)
          .x((_, k) => x(k))
          .y((v) => y(v))
          .digits(1)(s.values);
        return <SeriesPath key={s.run} seriesId={s.run} d={path ?? ''} style={RUN_STYLES[s.run]} />;
      })}
    </g>
  );
});

function clampY(y: { (v: number): number; range(): number[] }, value: number): number {
  const [bottom, top] = y.range();
  const pixel = y(Number.isFinite(value) ? value : 0);
  return Math.min(bottom, Math.max(top, pixel));
}

/** The finite extent of the series, widened when flat so the scale is never degenerate. */
export function dataExtent(series: readonly { values: ArrayLike<number> }[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (let k = 0; k < s.values.length; k++) {
      const v = s.values[k];
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!(min <= max)) return [0, 1];
  if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
    const pad = Math.max(0.5, Math.abs(max) * 0.1);
    return [min - pad, max + pad];
  }
  return [min, max];
}
