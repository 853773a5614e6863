import { useLang, useT } from '../../i18n/strings';
import { crossEntropy, entropy, formatNumber, klDivergence, missingSupport } from '../../math';
import { DistributionChart } from './DistributionChart';
import { moreStrings } from './strings';

const TEAMS_BITS = entropy(Array.from({ length: 32 }, () => 1 / 32), 2);

interface Props {
  /** The two distributions (normalised), over the same outcomes. */
  p: readonly number[];
  q: readonly number[];
  base: '2' | 'e';
}

/** The chart of p and q, the four measures in bits or nats, and where and why a divergence is infinite. */
export function InformationResults({ p, q, base }: Props) {
  const t = useT(moreStrings);
  const lang = useLang();
  const b = base === '2' ? 2 : Math.E;
  const results = [
    { key: 'entropyP', value: entropy(p, b) },
    { key: 'crossEntropyPQ', value: crossEntropy(p, q, b) },
    { key: 'klPQ', value: klDivergence(p, q, b) },
    { key: 'klQP', value: klDivergence(q, p, b) },
  ] as const;
  // Where a divergence is infinite: the outcomes one distribution allows and the other rules out.
  const outcomes = (indices: number[]) =>
    t(indices.length === 1 ? 'outcomeOne' : 'outcomeMany', { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(indices.map((i) => String(i + 1))) });
  const missedByQ = missingSupport(p, q);
  const missedByP = missingSupport(q, p);
  return (
    <div className="more-charts">
      <DistributionChart p={p} q={q} title={t('chartDistributions')} labels={{ outcome: t('outcome'), probability: t('probability') }} />
      <div className="table-scroll">
        <table className="data-table info-results">
          <tbody>
            {results.map((row) => (
              <tr key={row.key} data-measure={row.key}>
                <th scope="row">{t(row.key)}</th>
                <td>
                  {formatNumber(row.value, 6)} {t(base === '2' ? 'unitBit' : 'unitNat')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missedByQ.length > 0 && <p className="more-note">{t('infinitePQ', { outcomes: outcomes(missedByQ) })}</p>}
      {missedByP.length > 0 && <p className="more-note">{t('infiniteQP', { outcomes: outcomes(missedByP) })}</p>}
      <p className="more-note">{t('identity')}</p>
      <p className="more-note">{t('teams', { bits: formatNumber(TEAMS_BITS, 6) })}</p>
    </div>
  );
}
