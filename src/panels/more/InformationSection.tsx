import { useMemo } from 'react';
import { useT } from '../../i18n/strings';
import { formatNumber, klDivergence } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { definition, type schema } from './definition';
import { probabilities } from './distributions';
import { DistributionChart } from './DistributionChart';
import { DistributionControls } from './DistributionControls';
import { InformationResults } from './InformationResults';
import { moreStrings } from './strings';

const { useValue } = panelHooks<ValuesOf<typeof schema>>();

/**
 * Entropy, cross-entropy and both KL divergences of two editable distributions. The store keeps p
 * and q over the same outcomes and never all zeros (the definition's rules), so this only reads.
 * The chart, the weights, then the measures: on a phone the chart stays in view while the weights move.
 */
export function InformationSection() {
  const t = useT(moreStrings);
  const label = useT(definition.labels);
  const pWeights = useValue('p');
  const qWeights = useValue('q');
  const base = useValue('base');
  const p = useMemo(() => probabilities(pWeights), [pWeights]);
  const q = useMemo(() => probabilities(qWeights), [qWeights]);
  const b = base === '2' ? 2 : Math.E;
  return (
    <section className="more-section" aria-labelledby="more-information-title">
      <h3 id="more-information-title">{label('informationTitle')}</h3>
      <p className="muted">{t('informationIntro')}</p>
      <div className="more-layout">
        <div className="more-main-chart">
          <DistributionChart p={p} q={q} title={t('chartDistributions')} labels={{ outcome: t('outcome'), probability: t('probability') }} />
          {/* On a phone, under the chart that stays in view: both divergences while the weights move (the table below says the same to a screen reader). */}
          <p className="more-sticky-readout" aria-hidden="true" data-testid="sticky-readout">
            {t('stickyReadout', { pq: formatNumber(klDivergence(p, q, b), 4), qp: formatNumber(klDivergence(q, p, b), 4), unit: t(base === '2' ? 'unitBit' : 'unitNat') })}
          </p>
        </div>
        <DistributionControls p={p} q={q} />
        <div className="more-second">
          <InformationResults p={p} q={q} base={base} />
        </div>
      </div>
    </section>
  );
}
