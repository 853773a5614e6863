import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { RunSwatch } from './marks';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { useEpoch } from './useCursor';

/** Every visible run's numbers at the cursor: the text alternative to the charts. The rate column only when the costs' rates differ. */
export function ValuesTable({ runs, runLabel, showRate }: { runs: readonly Run[]; runLabel: (run: Run) => string; showRate: boolean }) {
  const t = useT(neuronStrings);
  const epoch = useEpoch();
  return (
    <div className="table-scroll neuron-values-box">
      <table className="data-table neuron-values">
        <caption>{t('tableCaption', { epoch })}</caption>
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
                <td data-testid={`output-${run.id}`}>{formatNumber(tr.a[epoch])}</td>
                <td>{formatNumber(tr.cost[epoch])}</td>
                <td>{formatNumber(tr.dCdz[epoch])}</td>
                <td>{formatNumber(tr.sigmaPrime[epoch])}</td>
                <td>{formatNumber(tr.z[epoch])}</td>
                <td>{formatNumber(tr.w[epoch])}</td>
                <td>{formatNumber(tr.b[epoch])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
