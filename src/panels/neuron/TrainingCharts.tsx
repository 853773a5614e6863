import { memo, useMemo } from 'react';
import { useT } from '../../i18n/strings';
import { ContourMap } from './ContourMap';
import { pathWindow } from './contour';
import { EpochChart, type EpochSeries } from './EpochChart';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { useRunLabel, type Runs } from './useRuns';
import { ReadoutGroup } from './live';

/** The output a = σ(z) always lies in [0, 1]; a constant keeps the chart's scale (and its memoized lines) stable. */
const OUTPUT_RANGE = [0, 1] as const;

/** Output, both costs, w and b against epoch, then each cost's contour map with the descent paths. Each chart follows the cursor itself. */
export const TrainingCharts = memo(function TrainingCharts({ runs, epochs, input, target }: { runs: Runs; epochs: number; input: number; target: number }) {
  const t = useT(neuronStrings);
  const runLabel = useRunLabel();
  const { visible, byCost, byId } = runs;
  // The lines change only with the runs: memoized apart from the cursor, which moves every frame.
  const series = useMemo(() => {
    const of = (pick: (run: Run) => Float64Array, shown: readonly Run[] = visible): EpochSeries[] =>
      shown.map((run) => ({ run: run.id, label: runLabel(run), values: pick(run) }));
    return {
      output: of((r) => r.trajectory.a),
      costQuad: of((r) => r.trajectory.cost, byCost.quadratic),
      costCe: of((r) => r.trajectory.cost, byCost['cross-entropy']),
      w: of((r) => r.trajectory.w),
      b: of((r) => r.trajectory.b),
    };
  }, [visible, byCost, runLabel]);
  const mapWindow = useMemo(() => pathWindow((visible.length > 0 ? visible : Object.values(byId)).map((run) => run.trajectory)), [visible, byId]);
  const chartProps = { epochs, xLabel: t('axisEpoch') };
  return (
    <ReadoutGroup.Provider value="charts">
      <div className="neuron-charts">
        <EpochChart {...chartProps} title={t('chartOutput')} filename="neuron-output" yLabel={t('axisOutput')} series={series.output} yDomain={OUTPUT_RANGE} />
        <EpochChart {...chartProps} title={t('chartCostQuad')} filename="neuron-cost-quadratic" yLabel={t('axisCost')} series={series.costQuad} />
        <EpochChart {...chartProps} title={t('chartCostCe')} filename="neuron-cost-cross-entropy" yLabel={t('axisCost')} series={series.costCe} />
        <EpochChart {...chartProps} title={t('chartW')} filename="neuron-w" yLabel={t('axisW')} series={series.w} />
        <EpochChart {...chartProps} title={t('chartB')} filename="neuron-b" yLabel={t('axisB')} series={series.b} />
      </div>
      <p className="muted cost-scale-note">{t('costScaleNote')}</p>

      <div className="neuron-charts">
        {(['quadratic', 'cross-entropy'] as const).map((cost) => (
          <ContourMap key={cost} cost={cost} input={input} target={target} window={mapWindow} runs={byCost[cost]} />
        ))}
      </div>
    </ReadoutGroup.Provider>
  );
});
