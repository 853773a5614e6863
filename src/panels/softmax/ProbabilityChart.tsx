import { memo } from 'react';
import { GroupedBars, type BarSeries } from '../../charts/GroupedBars';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { formatProbability } from './format';
import type { SoftmaxSteps } from '../../math';

interface Props {
  naive: SoftmaxSteps;
  shifted: SoftmaxSteps;
}

/** Per class, the naive probability (hatched) beside the shifted one (solid); NaN is written, not drawn. */
export const ProbabilityChart = memo(function ProbabilityChart({ naive, shifted }: Props) {
  const t = useT(softmaxStrings);
  const series: BarSeries[] = [
    { key: 'naive', label: t('chartNaive'), values: naive.probabilities, color: 'var(--series-3)', look: 'hatched' },
    { key: 'shifted', label: t('chartShifted'), values: shifted.probabilities, color: 'var(--series-2)', look: 'solid' },
  ];
  // The CSV carries both step-by-step tables, not just the bars: every intermediate at full precision.
  const data = () => ({
    headers: [t('csvClass'), t('csvInput'), t('csvNaiveExp'), t('csvNaive'), t('csvShiftedExponent'), t('csvShiftedExp'), t('csvShifted')],
    rows: [
      ...naive.probabilities.map((p, i) => [i + 1, naive.input[i], naive.exps[i], p, shifted.exponents[i], shifted.exps[i], shifted.probabilities[i]]),
      [t('csvSum'), '', naive.sum, '', '', shifted.sum, ''],
    ],
  });
  return (
    <GroupedBars
      title={t('chartTitle')}
      label={t('chartLabel')}
      filename="softmax-probabilities"
      data={data}
      series={series}
      xLabel={t('chartClass')}
      yLabel={t('chartProbability')}
      invalidText={t('chartNaN')}
      barTitle={(s, i) => `${t('chartClass')} ${i + 1}, ${s.label}: ${formatProbability(s.values[i])}`}
      formatValue={formatProbability}
    />
  );
});
