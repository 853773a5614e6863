import { useMemo } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { AxisLeft } from '../../charts/Axis';
import { ChartFrame } from '../../charts/ChartFrame';
import { useParentSize } from '../../charts/useParentSize';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { formatProbability } from './format';
import type { SoftmaxSteps } from '../../math';

interface Props {
  naive: SoftmaxSteps;
  shifted: SoftmaxSteps;
}

const HEIGHT = 220;
const MARGIN = { top: 28, right: 8, bottom: 42, left: 48 };
const SERIES = [
  { key: 'naive', color: 'var(--series-3)', pattern: true },
  { key: 'shifted', color: 'var(--series-2)', pattern: false },
] as const;

/** Grouped bars: per class, the naive probability (hatched) beside the shifted one (solid); NaN is written, not drawn. */
export function ProbabilityChart({ naive: naiveSteps, shifted: shiftedSteps }: Props) {
  const naive = naiveSteps.probabilities;
  const shifted = shiftedSteps.probabilities;
  const t = useT(softmaxStrings);
  const { ref, width } = useParentSize(640);
  const classes = naive.map((_, i) => i);
  const x = useMemo(() => scaleBand<number>().domain(classes).range([MARGIN.left, Math.max(MARGIN.left + 40, width - MARGIN.right)]).paddingInner(0.25).paddingOuter(0.1), [classes.length, width]); // eslint-disable-line react-hooks/exhaustive-deps
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]), []);
  const barWidth = x.bandwidth() / 2;
  const showEveryLabel = x.bandwidth() >= 14;
  // The CSV carries both step-by-step tables, not just the bars: every intermediate at full precision.
  const data = () => ({
    headers: [t('csvClass'), t('csvInput'), t('csvNaiveExp'), t('csvNaive'), t('csvShiftedExponent'), t('csvShiftedExp'), t('csvShifted')],
    rows: [
      ...classes.map((i) => [i + 1, naiveSteps.input[i], naiveSteps.exps[i], naive[i], shiftedSteps.exponents[i], shiftedSteps.exps[i], shifted[i]]),
      [t('csvSum'), '', naiveSteps.sum, '', '', shiftedSteps.sum, ''],
    ],
  });
  return (
    <ChartFrame title={t('chartTitle')} filename="softmax-probabilities" data={data}>
      <div ref={ref} className="chart-box">
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={t('chartLabel')}>
          <defs>
            <pattern id="softmax-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--series-3)" fillOpacity="0.25" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--series-3)" strokeWidth="3" />
            </pattern>
          </defs>
          <AxisLeft scale={y} offset={MARGIN.left} gridLength={width - MARGIN.left - MARGIN.right} tickCount={5} label={t('chartProbability')} />
          {classes.map((i) =>
            SERIES.map((series, s) => {
              const p = (s === 0 ? naive : shifted)[i];
              const left = (x(i) ?? 0) + s * barWidth;
              if (!Number.isFinite(p)) {
                return (
                  <text key={`${series.key}-${i}`} className="bar-nan" x={left + barWidth / 2} y={y(0) - 4} textAnchor="middle" fontSize={Math.min(11, barWidth)} writingMode={barWidth < 16 ? 'vertical-rl' : undefined}>
                    {t('chartNaN')}
                  </text>
                );
              }
              return (
                <rect key={`${series.key}-${i}`} x={left} width={Math.max(1, barWidth - 1)} y={y(p)} height={y(0) - y(p)} fill={series.pattern ? 'url(#softmax-hatch)' : series.color} stroke={series.color}>
                  <title>{`${t('chartClass')} ${i + 1}, ${t(series.key === 'naive' ? 'chartNaive' : 'chartShifted')}: ${formatProbability(p)}`}</title>
                </rect>
              );
            }),
          )}
          {classes.map((i) =>
            showEveryLabel || i % Math.ceil(classes.length / 10) === 0 ? (
              <text key={i} className="tick-label" x={(x(i) ?? 0) + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {i + 1}
              </text>
            ) : null,
          )}
          <text className="axis-label" x={(MARGIN.left + width - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            {t('chartClass')}
          </text>
          <g className="chart-legend" transform={`translate(${MARGIN.left + 4},10)`}>
            <rect width="14" height="10" fill="url(#softmax-hatch)" stroke="var(--series-3)" />
            <text x="18" y="9">{t('chartNaive')}</text>
            <rect x="80" width="14" height="10" fill="var(--series-2)" />
            <text x="98" y="9">{t('chartShifted')}</text>
          </g>
        </svg>
      </div>
    </ChartFrame>
  );
}
