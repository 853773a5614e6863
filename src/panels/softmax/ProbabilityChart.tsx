import { memo } from 'react';
import { useStore } from 'zustand';
import { GroupedBars, type BarSeries } from '../../charts/GroupedBars';
import { useT } from '../../i18n/strings';
import { lastOf } from '../../components/live';
import { softmaxStrings } from './strings';
import { formatProbability } from './format';
import { shapeOf, useStoreApi, viewOf, type SoftmaxValues } from './store';

/** The bars' values for the panel's values: naive, then shifted (the same arrays for the same values). */
const barValues = lastOf((values: SoftmaxValues) => [viewOf(values).naive.probabilities, viewOf(values).shifted.probabilities] as const);

/**
 * Per class, the naive probability (hatched) beside the shifted one (solid); NaN is written, not
 * drawn. The bars follow the store without a render (GroupedBars' liveValues); the chart re-renders
 * when the panel's shape changes (classes, a probability that becomes NaN).
 */
export const ProbabilityChart = memo(function ProbabilityChart() {
  const t = useT(softmaxStrings);
  const api = useStoreApi();
  useStore(api, (s) => shapeOf(s.values));
  const [naive, shifted] = barValues(api.getState().values);
  const series: BarSeries[] = [
    { key: 'naive', label: t('chartNaive'), values: naive, color: 'var(--series-3)', look: 'hatched' },
    { key: 'shifted', label: t('chartShifted'), values: shifted, color: 'var(--series-2)', look: 'solid' },
  ];
  // The CSV carries both step-by-step tables, not just the bars: every intermediate at full precision (as they are when asked).
  const data = () => {
    const { naive, shifted } = viewOf(api.getState().values);
    return {
      headers: [t('csvClass'), t('csvInput'), t('csvNaiveExp'), t('csvNaive'), t('csvShiftedExponent'), t('csvShiftedExp'), t('csvShifted')],
      rows: [
        ...naive.probabilities.map((p, i) => [i + 1, naive.input[i], naive.exps[i], p, shifted.exponents[i], shifted.exps[i], shifted.probabilities[i]]),
        [t('csvSum'), '', naive.sum, '', '', shifted.sum, ''],
      ],
    };
  };
  return (
    <GroupedBars
      title={t('chartTitle')}
      label={t('chartLabel')}
      filename="softmax-probabilities"
      data={data}
      series={series}
      liveValues={barValues}
      xLabel={t('chartClass')}
      yLabel={t('chartProbability')}
      invalidText={t('chartNaN')}
      barTitle={(s, i) => `${t('chartClass')} ${i + 1}, ${s.label}: ${formatProbability(s.values[i])}`}
      formatValue={formatProbability}
    />
  );
});
