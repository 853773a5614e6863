import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { contours } from 'd3-contour';
import { ChartFrame } from '../../charts/ChartFrame';
import { Clipped, PlotAxes, usePlot, type PlotFrame } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { HoverBox } from '../../charts/HoverBox';
import { nearestPoint } from '../../charts/readout';
import { chartStrings } from '../../charts/strings';
import { useReadout } from '../../charts/useReadout';
import { formatNumber, neuronCostSurface, type NeuronCost } from '../../math';
import { useT } from '../../i18n/strings';
import { useHydrated } from '../../components/ClientOnly';
import { contourLevels, contourPath, pathLeavesWindow, type Window2D } from './contour';
import { RunMarker } from './marks';
import { RUN_STYLES } from './runStyles';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { useRunLabel } from './useRuns';
import { definition, MAX_EPOCHS } from './definition';
import { EpochSentence, markTransform, useCursorWrite, useNearViewport, useRestingEpoch, writeAttribute } from './live';

const GRID = 64;
const PAD = { top: 10, right: 14, bottom: 40, left: 50 };

interface Props {
  cost: NeuronCost;
  /** The neuron's input and target: the surface is C(σ(w·x + b), y). */
  input: number;
  target: number;
  window: Window2D;
  /** Visible runs of this cost, whose descent paths are drawn. */
  runs: readonly Run[];
}

/**
 * The cost over (w, b) as filled contours, with each run's gradient-descent path and the current
 * epoch. The surface, bands and paths follow the settings only; the current points, the readout and
 * the caption's epoch follow the cursor (ContourPlot, ContourCaption).
 */
export const ContourMap = memo(function ContourMap({ cost, input, target, window, runs }: Props) {
  const t = useT(neuronStrings);
  const { ref, width } = useParentSize(420);
  // A square plot area: w and b share one unit length, so the descent path's angles are true.
  const side = Math.max(120, Math.min(width, 460) - PAD.left - PAD.right);
  const { frame, x, y } = usePlot(side + PAD.left + PAD.right, side + PAD.top + PAD.bottom, PAD, window.w, window.b);

  const surface = useMemo(() => neuronCostSurface(cost, input, target, window.w, window.b, GRID, GRID), [cost, input, target, window]);
  const levels = useMemo(() => contourLevels(surface.values, 10), [surface]);
  // The shaded bands are most of the neuron view's HTML (about 59 KB of path data for two maps), and
  // the first paint does not need them: drawn once the page runs its own code, and only once the map
  // is within a viewport of the screen (tracing them takes 25-30 ms per map on a laptop, four times
  // that on a slow phone: not during loading, and one map at a time). The runs' paths, markers, axes
  // and caption are in the prerendered HTML; the chart keeps its size either way.
  const hydrated = useHydrated();
  const near = useNearViewport(ref);
  const bands = useMemo(() => {
    if (!hydrated || !near) return [];
    // Contour −C so that each band is the region C ≤ level: stacked, the shading deepens toward lower cost.
    const negated = Array.from(surface.values, (v) => -v);
    const stepW = (window.w[1] - window.w[0]) / (GRID - 1);
    const stepB = (window.b[1] - window.b[0]) / (GRID - 1);
    const toX = (g: number) => x(window.w[0] + (g - 0.5) * stepW);
    const toY = (g: number) => y(window.b[0] + (g - 0.5) * stepB);
    const generator = contours().size([GRID, GRID]).thresholds(levels.map((level) => -level).reverse());
    return generator(negated).map((band) => ({ level: -band.value, d: contourPath(band, toX, toY) }));
  }, [hydrated, near, surface, levels, window, x, y]);

  const paths = useMemo(
    () =>
      runs.map((run) => ({
        run,
        d: line<number>().x((k) => x(run.trajectory.w[k])).y((k) => y(run.trajectory.b[k])).digits(1)(Array.from(run.trajectory.w, (_, k) => k)) ?? '',
      })),
    [runs, x, y],
  );
  const clipped = useMemo(() => pathLeavesWindow(runs.map((run) => run.trajectory), window), [runs, window]);

  const title = cost === 'quadratic' ? t('chartContourQuad') : t('chartContourCe');
  const label = t('contourLabel', {
    cost: cost === 'quadratic' ? t('costQuadName') : t('costCeName'),
    w0: formatNumber(window.w[0], 3),
    w1: formatNumber(window.w[1], 3),
    b0: formatNumber(window.b[0], 3),
    b1: formatNumber(window.b[1], 3),
  });
  const data = () => ({
    headers: ['w', 'b', cost === 'quadratic' ? t('costQuadName') : t('costCeName')],
    rows: Array.from(surface.values, (value, index) => [surface.ws[index % GRID], surface.bs[Math.floor(index / GRID)], value]),
  });
  const step = levels.length > 1 ? levels[1] - levels[0] : NaN;

  // The readout walks the descent paths epoch by epoch: the pointer picks the path point nearest to it.
  const tc = useT(chartStrings);
  const runLabel = useRunLabel();
  const count = runs.length > 0 ? runs[0].trajectory.w.length : 1;
  const heading = (k: number) => tc('readoutTitle', { axis: t('axisEpoch'), value: k });
  const startLabel = useT(definition.labels);
  const point = (run: Run, k: number) => `w = ${formatNumber(run.trajectory.w[k])}, b = ${formatNumber(run.trajectory.b[k])}, C = ${formatNumber(run.trajectory.cost[k])}`;
  // On screen the swatch and the start name the run (the map is one cost's); read aloud, its full name.
  const rows = (k: number) => runs.map((run) => ({ key: run.id, style: RUN_STYLES[run.id], text: `${startLabel(run.start === 1 ? 'start1' : 'start2')}: ${point(run, k)}` }));
  const indexAt = (px: number, py: number) => {
    let best: { k: number; d: number } | null = null;
    for (const run of runs) {
      const xs = Array.from(run.trajectory.w, (w) => x(w));
      const ys = Array.from(run.trajectory.b, (b) => y(b));
      const k = nearestPoint(xs, ys, px, py);
      if (k === null) continue;
      const d = Math.hypot(xs[k] - px, ys[k] - py);
      if (!best || d < best.d) best = { k, d };
    }
    return best ? best.k : null;
  };
  const readoutText = (k: number) => (runs.length > 0 ? [heading(k), ...runs.map((run) => `${runLabel(run)}: ${point(run, k)}`)].join('; ') : label);
  const layers = (
    <>
      {bands.map((band) => (
        <path key={band.level} d={band.d} className="contour-band" />
      ))}
      {paths.map(({ run, d }) => (
        <path key={run.id} d={d} fill="none" stroke={RUN_STYLES[run.id].color} strokeWidth={2.5} strokeDasharray={RUN_STYLES[run.id].dash || undefined} />
      ))}
      {runs.map((run) => (
        <RunMarker key={run.id} run={run.id} x={x(run.trajectory.w[0])} y={y(run.trajectory.b[0])} hollow size={6} />
      ))}
    </>
  );
  const axes = (
    <>
      <rect x={frame.left} y={frame.top} width={frame.innerWidth} height={frame.innerHeight} className="plot-outline" />
      <PlotAxes frame={frame} x={x} y={y} grid="none" xTicks={5} yTicks={5} xLabel="w" yLabel="b" />
    </>
  );
  return (
    <ChartFrame title={title} filename={`neuron-contour-${cost}`} data={data} className="contour-frame">
      <div ref={ref}>
        <ContourPlot
          frame={frame}
          x={x}
          y={y}
          runs={runs}
          count={count}
          indexAt={indexAt}
          text={readoutText}
          label={tc('readoutHint', { label })}
          heading={heading}
          rows={rows}
          layers={layers}
          axes={axes}
        />
      </div>
      <ContourCaption step={step} clipped={clipped} epochs={runs.length > 0 ? count - 1 : MAX_EPOCHS} />
    </ChartFrame>
  );
});

interface PlotProps {
  frame: PlotFrame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  runs: readonly Run[];
  count: number;
  indexAt: (px: number, py: number) => number | null;
  text: (k: number) => string;
  label: string;
  heading: (k: number) => string;
  rows: (k: number) => { key: string; style: (typeof RUN_STYLES)[keyof typeof RUN_STYLES]; text: string }[];
  /** The bands, paths and start points (clipped to the plot), then the outline and axes: made by the map, the same elements while the settings stay. */
  layers: ReactNode;
  axes: ReactNode;
}

/** The map's SVG: the readout starts at the cursor (where it rests), and each run's point at the cursor moves with it (ContourMarks). */
function ContourPlot({ frame, x, y, runs, count, indexAt, text, label, heading, rows, layers, axes }: PlotProps) {
  const epoch = useRestingEpoch();
  const readout = useReadout({ count, start: epoch, width: frame.width, height: frame.height, indexAt, text, label });
  const read = runs.length > 0 ? readout.index : null;
  return (
    <svg viewBox={`0 0 ${frame.width} ${frame.height}`} width={frame.width} height={frame.height} className="readout-chart" {...readout.svgProps}>
      <Clipped frame={frame}>
        {layers}
        <ContourMarks runs={runs} x={x} y={y} epoch={epoch} />
      </Clipped>
      {axes}
      {read !== null && (
        <>
          {runs.map((run) => (
            <circle key={run.id} className="readout-point" cx={x(run.trajectory.w[read])} cy={y(run.trajectory.b[read])} r={4} />
          ))}
          <HoverBox x={x(runs[0].trajectory.w[read])} top={frame.top} bottom={frame.bottom} width={frame.width} title={heading(read)} rows={rows(read)} guide={false} />
        </>
      )}
    </svg>
  );
}

/** Each run's point at the cursor: drawn where the cursor rests, moved at each frame by its transform (live.tsx). */
function ContourMarks({ runs, x, y, epoch }: { runs: readonly Run[]; x: ScaleLinear<number, number>; y: ScaleLinear<number, number>; epoch: number }) {
  const marks = useRef<(SVGGElement | null)[]>([]);
  const at = (run: Run, k: number) => markTransform(x(run.trajectory.w[k]), y(run.trajectory.b[k]));
  useCursorWrite(
    (k) => runs.forEach((run, i) => writeAttribute(marks.current[i], 'transform', at(run, k))),
    true,
    () => marks.current[0]?.ownerSVGElement ?? null,
  );
  return (
    <g className="live-layer">
      {runs.map((run, i) => (
        <g key={run.id} className="live-mark" ref={(g) => void (marks.current[i] = g)} transform={at(run, epoch)}>
          <RunMarker run={run.id} x={0} y={0} size={5} />
        </g>
      ))}
    </g>
  );
}

/** The contour step and the cursor's epoch under the map. */
function ContourCaption({ step, clipped, epochs }: { step: number; clipped: boolean; epochs: number }) {
  const t = useT(neuronStrings);
  const clippedNote = clipped ? ` ${t('contourClipped')}` : '';
  if (!Number.isFinite(step)) return <p className="chart-note">{t('contourFlat') + clippedNote}</p>;
  return <EpochSentence as="p" className="chart-note" sentence={(epoch) => t('contourCaption', { step: formatNumber(step), epoch }) + clippedNote} epochs={epochs} />;
}
