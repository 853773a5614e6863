import { memo } from 'react';
import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { RunSwatch } from './marks';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { LiveText } from './live';

/**
 * Every visible run's numbers at the cursor: the text alternative to the charts. The rate column only when the costs' rates differ.
 * The caption and the cells follow the cursor as live text (live.tsx): an animation frame renders no component here.
 */
export const ValuesTable = memo(function ValuesTable({ runs, runLabel, showRate }: { runs: readonly Run[]; runLabel: (run: Run) => string; showRate: boolean }) {
  const t = useT(neuronStrings);
  return (
    <div className="table-scroll neuron-values-box">
      <table className="data-table neuron-values">
        <LiveText as="caption" text={(epoch) => t('tableCaption', { epoch })} />
        <thead>
          <tr>
            <th scope="col">{t('colRun')}</th>
            {showRate && <th scope="col">{t('colEta')}</th>}
            <th scope="col">{t('colA')}</th>
            <th scope="col">{t('colCost')}</th>
            <th scope="col">{t('colGrad')}</th>
            <th scope="col">{t('colSigmaPrime')}</th>
            <th scope="col">{t('colZ')}</th>
            <th scope="col">{t('colW')}</th>
            <th scope="col">{t('colB')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const tr = run.trajectory;
            return (
              <tr key={run.id} data-run={run.id}>
                <th scope="row">
                  <RunSwatch run={run.id} /> {runLabel(run)}
                </th>
                {showRate && <td>{formatNumber(run.eta)}</td>}
                <LiveText as="td" data-testid={`output-${run.id}`} text={(epoch) => formatNumber(tr.a[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.cost[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.dCdz[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.sigmaPrime[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.z[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.w[epoch])} />
                <LiveText as="td" text={(epoch) => formatNumber(tr.b[epoch])} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
