import { memo, useMemo, useRef } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { compactPath } from '../../charts/pathData';
import { ChartFrame } from '../../charts/ChartFrame';
import { PlotAxes, usePlot } from '../../charts/Plot';
import { useParentSize } from '../../charts/useParentSize';
import { HoverBox } from '../../charts/HoverBox';
import { nearestIndex } from '../../charts/readout';
import { chartStrings } from '../../charts/strings';
import { useReadout } from '../../charts/useReadout';
import { formatNumber, sigmoid, sigmoidPrime } from '../../math';
import { useT } from '../../i18n/strings';
import { RunMarker } from './marks';
import { RUN_STYLES } from './runStyles';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { LiveText, markTransform, useCursorSelect, useCursorWrite, useRestingNow, writeAttribute } from './live';

const HEIGHT = 230;
const PAD = { top: 12, right: 14, bottom: 40, left: 46 };
const UNIT: readonly [number, number] = [0, 1];
const SAMPLES = 241;

/** Half-width of the z axis: wide enough for every z the visible runs reach, between 6 and 30. */
export function zHalfWidth(runs: readonly Run[]): number {
  let reach = 0;
  for (const run of runs) for (const z of run.trajectory.z) if (Number.isFinite(z)) reach = Math.max(reach, Math.abs(z));
  return Math.min(30, Math.max(6, Math.ceil(reach + 0.5)));
}

/**
 * σ(z) and σ′(z) with each visible run's current z marked: the saturated start sits on the flat tail.
 * The curves follow the runs only; the marks and the off-chart notes follow the cursor (SigmoidMarks).
 */
export const SigmoidChart = memo(function SigmoidChart({ runs, runLabel }: { runs: readonly Run[]; runLabel: (run: Run) => string }) {
  const t = useT(neuronStrings);
  const { ref, width } = useParentSize(420);
  const half = useMemo(() => zHalfWidth(runs), [runs]);
  const { frame, x, y } = usePlot(width, HEIGHT, PAD, [-half, half], UNIT);
  const curves = useMemo(() => {
    const zs = Array.from({ length: SAMPLES }, (_, i) => -half + (2 * half * i) / (SAMPLES - 1));
    const path = (f: (z: number) => number) => compactPath(zs, (z) => x(z), (z) => y(f(z)));
    return { zs, sigma: path(sigmoid), prime: path(sigmoidPrime) };
  }, [half, x, y]);
  const data = () => ({
    headers: ['z', 'σ(z)', 'σ′(z)'],
    rows: curves.zs.map((z) => [z, sigmoid(z), sigmoidPrime(z)]),
  });
  const tc = useT(chartStrings);
  // The readout walks the plotted samples of z: σ(z) and σ′(z) there.
  const heading = (i: number) => tc('readoutTitle', { axis: 'z', value: formatNumber(curves.zs[i]) });
  const rows = (i: number) => [
    { key: 'sigma', text: `σ(z) = ${formatNumber(sigmoid(curves.zs[i]))}` },
    { key: 'prime', text: `σ′(z) = ${formatNumber(sigmoidPrime(curves.zs[i]))}` },
  ];
  const readout = useReadout({
    count: SAMPLES,
    start: (SAMPLES - 1) / 2,
    width,
    height: HEIGHT,
    indexAt: (px) => nearestIndex((p) => ((x.invert(p) + half) / (2 * half)) * (SAMPLES - 1), px, SAMPLES - 1),
    text: (i) => [heading(i), ...rows(i).map((row) => row.text)].join('; '),
    label: tc('readoutHint', { label: t('chartSigmoid') }),
  });
  const read = readout.index;
  return (
    <ChartFrame title={t('chartSigmoid')} filename="neuron-sigmoid" data={data}>
      <div ref={ref}>
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} className="readout-chart" {...readout.svgProps}>
          <PlotAxes frame={frame} x={x} y={y} grid="y" yTicks={4} xTicks={width < 400 ? 5 : 8} xLabel={t('axisZ')} />
          <path d={curves.sigma} className="sigma-curve" />
          <path d={curves.prime} className="sigma-prime-curve" />
          <text className="curve-label" x={x(half * 0.8)} y={y(1) + 16} textAnchor="middle">σ(z)</text>
          <text className="curve-label" x={x(0)} y={y(0.25) - 6} textAnchor="middle">σ′(z)</text>
          <SigmoidMarks runs={runs} half={half} x={x} y={y} />
          {read !== null && (
            <>
              <circle className="readout-point" cx={x(curves.zs[read])} cy={y(sigmoid(curves.zs[read]))} r={3.5} />
              <circle className="readout-point" cx={x(curves.zs[read])} cy={y(sigmoidPrime(curves.zs[read]))} r={3.5} />
              <HoverBox x={x(curves.zs[read])} top={frame.top} bottom={frame.bottom} width={width} title={heading(read)} rows={rows(read)} />
            </>
          )}
        </svg>
      </div>
      <OffChartNotes runs={runs} half={half} runLabel={runLabel} />
    </ChartFrame>
  );
});

type MarkNodes = Partial<Record<'group' | 'line' | 'sigma' | 'prime', Element | null>>;

/**
 * Each visible run's z at the cursor on σ(z) and on σ′(z), clamped to the chart's z range: drawn
 * where the cursor rests, moved at each frame by writing transforms and the drop line's end (live.tsx).
 */
function SigmoidMarks({ runs, half, x, y }: { runs: readonly Run[]; half: number; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }) {
  const nodes = useRef<MarkNodes[]>([]);
  const keep = (i: number, part: keyof MarkNodes) => (node: Element | null) => {
    const entry = (nodes.current[i] ??= {});
    entry[part] = node;
  };
  const at = (run: Run, epoch: number) => {
    const zShown = Math.min(half, Math.max(-half, run.trajectory.z[epoch]));
    return { group: markTransform(x(zShown), 0), top: String(y(sigmoid(zShown))), sigma: markTransform(0, y(sigmoid(zShown))), prime: markTransform(0, y(sigmoidPrime(zShown))) };
  };
  useCursorWrite((epoch) =>
    runs.forEach((run, i) => {
      const node = nodes.current[i] ?? {};
      const now = at(run, epoch);
      writeAttribute(node.group ?? null, 'transform', now.group);
      writeAttribute(node.line ?? null, 'y2', now.top);
      writeAttribute(node.sigma ?? null, 'transform', now.sigma);
      writeAttribute(node.prime ?? null, 'transform', now.prime);
    }),
    true,
    () => (nodes.current[0]?.group as SVGGElement | null | undefined)?.ownerSVGElement ?? null,
  );
  const epoch = useRestingNow();
  const marks = runs.map((run, i) => {
    const shown = at(run, epoch);
    return (
      <g key={run.id} ref={keep(i, 'group')} transform={shown.group}>
        <line ref={keep(i, 'line')} x1={0} x2={0} y1={y(0)} y2={shown.top} stroke={RUN_STYLES[run.id].color} strokeDasharray="2 3" strokeWidth={1.25} />
        <g className="live-mark" ref={keep(i, 'sigma')} transform={shown.sigma}>
          <RunMarker run={run.id} x={0} y={0} />
        </g>
        <g className="live-mark" ref={keep(i, 'prime')} transform={shown.prime}>
          <RunMarker run={run.id} x={0} y={0} hollow />
        </g>
      </g>
    );
  });
  return <g className="live-layer">{marks}</g>;
}

/**
 * A note for each run whose z at the cursor lies beyond the chart's z range. Which runs those are
 * changes rarely: the notes re-render then; their z follows each frame as live text.
 */
function OffChartNotes({ runs, half, runLabel }: { runs: readonly Run[]; half: number; runLabel: (run: Run) => string }) {
  const t = useT(neuronStrings);
  const off = (epoch: number, run: Run) => Math.abs(run.trajectory.z[epoch]) > half;
  const offIds = useCursorSelect((epoch) => runs.filter((run) => off(epoch, run)).map((run) => run.id).join(' '));
  return runs
    .filter((run) => offIds.split(' ').includes(run.id))
    .map((run) => (
      <LiveText key={run.id} as="p" className="chart-note" text={(epoch) => t('offChart', { run: runLabel(run), z: formatNumber(run.trajectory.z[epoch]) })} />
    ));
}
