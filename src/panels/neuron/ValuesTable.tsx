import { memo } from 'react';
import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { RunSwatch } from './marks';
import type { Run } from './runs';
import { neuronStrings } from './strings';
import { EpochSentence, LiveText, ReadoutGroup } from './live';
import { useValue } from './store';

/** The widest number a cell shows, in ch: formatNumber's four digits with a sign and a decimal point or an exponent (−0.0001234, −1.234e−10). */
const NUMBER_CH = 10;

/**
 * Every visible run's numbers at the cursor: the text alternative to the charts. The rate column only when the costs' rates differ.
 * The caption and the cells follow the cursor as live text (live.tsx): an animation frame renders no component here.
 */
export const ValuesTable = memo(function ValuesTable({ runs, runLabel, showRate }: { runs: readonly Run[]; runLabel: (run: Run) => string; showRate: boolean }) {
  const t = useT(neuronStrings);
  const epochs = useValue('epochs');
  return (
    <ReadoutGroup.Provider value="table">
      <div className="table-scroll neuron-values-box">
        <table className="data-table neuron-values">
          <EpochSentence as="caption" sentence={(epoch) => t('tableCaption', { epoch })} epochs={epochs} />
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
                  <LiveText as="td" data-testid={`output-${run.id}`} text={(epoch) => formatNumber(tr.a[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.cost[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.dCdz[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.sigmaPrime[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.z[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.w[epoch])} ch={NUMBER_CH} />
                  <LiveText as="td" text={(epoch) => formatNumber(tr.b[epoch])} ch={NUMBER_CH} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </ReadoutGroup.Provider>
  );
});
