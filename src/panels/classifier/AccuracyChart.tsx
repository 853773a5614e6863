import { memo, useMemo } from 'react';
import { curveStepAfter, line } from 'd3-shape';
import { ChartFrame, type ChartData } from '../../charts/ChartFrame';
import { Clipped, PlotAxes, SeriesPath, usePlot } from '../../charts/Plot';
import { SERIES_STYLES } from '../../charts/palette';
import { SwatchMark } from '../../charts/swatch';
import { useParentSize } from '../../charts/useParentSize';
import { formatNumber } from '../../math';
import type { AngleProfile } from '../../math/classifier';

export interface AccuracyText {
  title: string;
  help: string;
  objectiveTitle: string;
  errorTitle: string;
  xLabel: string;
  objectiveLabel: string;
  errorLabel: string;
  objectiveSeries: string;
  errorSeries: string;
  chartLabel: string;
  unboundedNote: string;
  csvAngle: string;
  pending: string;
}

interface Props {
  /** The profile from objectiveAlongAngle, sampled at ANGLES_DEGREES. */
  profile: AngleProfile;
  /** The points changed and a new profile is being computed: this one is of the earlier points. */
  pending: boolean;
  degrees: readonly number[];
  color: string;
  dash: string;
  text: AccuracyText;
}

const PAD = { right: 14, left: 52 };
/** Room above each plot for its title, and below it for the angle axis. */
const TITLE = 22;
const AXIS = 40;
const ERROR_STYLE = SERIES_STYLES[0];

/** One of the two stacked plots against the boundary angle, drawn in the shared SVG from pixel `top` down. */
const AnglePlot = memo(function AnglePlot({ width, top, height, degrees, values, yDomain, style, step, title, yLabel, xLabel, seriesId }: {
  width: number;
  top: number;
  height: number;
  degrees: readonly number[];
  values: readonly number[];
  yDomain: [number, number];
  style: { color: string; dash: string };
  step: boolean;
  title: string;
  yLabel: string;
  xLabel: string;
  seriesId: string;
}) {
  const pad = { ...PAD, top: top + TITLE, bottom: 0 };
  const plot = usePlot(width, top + TITLE + height, pad, [degrees[0], degrees[degrees.length - 1]], yDomain, { niceY: true });
  const d = useMemo(() => {
    const path = line<number>()
      .x((_, i) => plot.x(degrees[i]))
      .y((v) => plot.y(v))
      .defined((v) => Number.isFinite(v))
      .digits(1);
    if (step) path.curve(curveStepAfter);
    return path(values as number[]) ?? '';
  }, [plot, degrees, values, step]);
  return (
    <g data-testid={seriesId}>
      <SwatchMark style={style} x={PAD.left} y={top + 4} />
      <text className="plot-title" x={PAD.left + 34} y={top + 13}>
        {title}
      </text>
      <PlotAxes frame={plot.frame} x={plot.x} y={plot.y} xLabel={xLabel} yLabel={yLabel} xTicks={width < 420 ? 4 : 8} yTicks={4} format={formatNumber} />
      <Clipped frame={plot.frame} headroom={3}>
        <SeriesPath d={d} style={style} seriesId={seriesId} />
      </Clipped>
    </g>
  );
});

/**
 * "Why not train on accuracy": the chosen loss's objective, minimised over everything but the
 * boundary's angle, and the best training 0-1 error at that angle. The 0-1 error is a staircase,
 * flat almost everywhere (no gradient to follow); the surrogate is a smooth curve.
 */
export const AccuracyChart = memo(function AccuracyChart({ profile, pending, degrees, color, dash, text }: Props) {
  const { ref, width: measured } = useParentSize<HTMLDivElement>(640);
  const width = Math.max(260, Math.round(measured));
  const plotHeight = Math.round(Math.min(200, Math.max(130, width * 0.32)));
  const objectiveDomain = useMemo((): [number, number] => {
    const finite = profile.objective.filter(Number.isFinite);
    return finite.length > 0 ? [Math.min(...finite), Math.max(...finite)] : [0, 1];
  }, [profile]);
  const errorDomain = useMemo((): [number, number] => [0, Math.max(0.5, ...profile.zeroOne)], [profile]);
  const data = (): ChartData => ({
    headers: [text.csvAngle, text.objectiveSeries, text.errorSeries],
    rows: degrees.map((deg, i) => [deg, profile.objective[i], profile.zeroOne[i]]),
  });
  // Stable while the colour and dash are: the memoized plots skip a render that only flips `pending`.
  const style = useMemo(() => ({ color, dash }), [color, dash]);
  return (
    <ChartFrame
      title={text.title}
      filename="classifier-accuracy"
      data={data}
      legend={[
        { label: text.objectiveSeries, ...style },
        { label: text.errorSeries, color: ERROR_STYLE.color, dash: ERROR_STYLE.dash },
      ]}
      className="accuracy-chart"
    >
      <p className="muted">{text.help}</p>
      <p className="muted sweep-status" aria-live="polite">
        {pending ? text.pending : ''}
      </p>
      <div ref={ref} className={`accuracy-plots ${pending ? 'stale' : ''}`} data-pending={pending ? '' : undefined}>
        {/* One SVG for both plots, so an exported file holds both. */}
        <svg viewBox={`0 0 ${width} ${2 * (TITLE + plotHeight + AXIS)}`} width={width} height={2 * (TITLE + plotHeight + AXIS)} role="img" aria-label={text.chartLabel}>
          <AnglePlot width={width} top={0} height={plotHeight} degrees={degrees} values={profile.objective} yDomain={objectiveDomain} style={style} step={false} title={text.objectiveTitle} yLabel={text.objectiveLabel} xLabel={text.xLabel} seriesId="angle-objective" />
          <AnglePlot width={width} top={TITLE + plotHeight + AXIS} height={plotHeight} degrees={degrees} values={profile.zeroOne} yDomain={errorDomain} style={ERROR_STYLE} step title={text.errorTitle} yLabel={text.errorLabel} xLabel={text.xLabel} seriesId="angle-error" />
        </svg>
      </div>
      {profile.unbounded.some(Boolean) && <p className="card-note">{text.unboundedNote}</p>}
    </ChartFrame>
  );
});
