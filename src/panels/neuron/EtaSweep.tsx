import { memo, useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/strings';
import { formatNumber, type RateSweepEntry } from '../../math';
import { RUN_IDS } from './definition';
import { RunSwatch } from './marks';
import { learningRateFor } from './runs';
import { useStoreApi } from './store';
import { neuronStrings } from './strings';
import { bestRate, rateSweep, SWEEP_ETAS, SWEEP_TOLERANCE } from './sweep';
import { useRunLabel } from './useRuns';

/**
 * Each cost at several learning rates: epochs until the output is near the target, for the four
 * runs, with the rates the runs now use marked and each run's best rate. What a fair comparison is.
 */
export const EtaSweep = memo(function EtaSweep() {
  const t = useT(neuronStrings);
  const runLabel = useRunLabel();
  const titleId = useId();
  const p = useStore(
    useStoreApi(),
    useShallow(({ values: v }) => ({ eta: v.eta, separateRate: v.separateRate, etaCe: v.etaCe, epochs: v.epochs, w1: v.w1, b1: v.b1, w2: v.w2, b2: v.b2, x: v.x, y: v.y })),
  );
  const { eta, separateRate, etaCe, epochs, w1, b1, w2, b2, x, y } = p;
  const sweep = useMemo(() => rateSweep({ epochs, w1, b1, w2, b2, x, y }), [epochs, w1, b1, w2, b2, x, y]);
  const quadRate = learningRateFor('quadratic', { eta, separateRate, etaCe });
  const ceRate = learningRateFor('cross-entropy', { eta, separateRate, etaCe });
  const cell = (entry: RateSweepEntry) => {
    const reached = entry.epochsToTarget === null ? t('sweepNever', { epochs }) : String(entry.epochsToTarget);
    return entry.overshoots ? `${reached} ⚠` : reached;
  };
  const anyOvershoot = RUN_IDS.some((id) => sweep[id].some((entry) => entry.overshoots));
  return (
    <section className="neuron-sweep" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('sweepTitle')}</h3>
      <p className="sweep-fair">{t('sweepFair')}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="eta-sweep">
          <caption>{t('sweepCaption', { tolerance: formatNumber(SWEEP_TOLERANCE), y: formatNumber(y), epochs })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sweepColEta')}</th>
              {RUN_IDS.map((id) => (
                <th scope="col" key={id}>
                  <RunSwatch run={id} /> {runLabel(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SWEEP_ETAS.map((rate, i) => {
              const now = rate === quadRate && rate === ceRate ? t('sweepNowBoth') : rate === quadRate ? t('sweepNowQuad') : rate === ceRate ? t('sweepNowCe') : '';
              return (
                <tr key={rate} data-eta={rate} className={now ? 'sweep-now' : undefined}>
                  <th scope="row">
                    {formatNumber(rate)}
                    {now && <span className="sweep-now-mark"> ({now})</span>}
                  </th>
                  {RUN_IDS.map((id) => (
                    <td key={id} data-run={id}>
                      {cell(sweep[id][i])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-testid="sweep-best">
              <th scope="row">{t('sweepBest')}</th>
              {RUN_IDS.map((id) => {
                const best = bestRate(sweep[id]);
                return (
                  <td key={id} data-run={id}>
                    {best ? t('sweepBestCell', { epochs: best.epochsToTarget!, eta: formatNumber(best.eta) }) : t('sweepNever', { epochs })}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      {anyOvershoot && <p className="muted">{t('sweepOvershoot')}</p>}
      <p className="muted">{t('sweepShape')}</p>
    </section>
  );
});
