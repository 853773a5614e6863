import { Tex } from '../../components/Tex';
import { useLang, useT } from '../../i18n/strings';
import { crossEntropy, entropy, formatNumber, klDivergence, missingSupport } from '../../math';
import { moreStrings } from './strings';

const TEAMS_BITS = entropy(Array.from({ length: 32 }, () => 1 / 32), 2);

/** The defining sums, typeset. */
const DEFINITIONS = [
  String.raw`H(p) = -\sum_i p_i \log p_i`,
  String.raw`H(p, q) = -\sum_i p_i \log q_i`,
  String.raw`D(p\,\|\,q) = \sum_i p_i \log \frac{p_i}{q_i} = H(p, q) - H(p)`,
];

interface Props {
  /** The two distributions (normalised), over the same outcomes. */
  p: readonly number[];
  q: readonly number[];
  base: '2' | 'e';
}

/** The four measures in bits or nats, their definitions, how they relate here, and where and why a divergence is infinite. */
export function InformationResults({ p, q, base }: Props) {
  const t = useT(moreStrings);
  const lang = useLang();
  const b = base === '2' ? 2 : Math.E;
  const h = entropy(p, b);
  const ce = crossEntropy(p, q, b);
  const pq = klDivergence(p, q, b);
  const qp = klDivergence(q, p, b);
  const results = [
    { key: 'entropyP', value: h },
    { key: 'crossEntropyPQ', value: ce },
    { key: 'klPQ', value: pq },
    { key: 'klQP', value: qp },
  ] as const;
  const fmt = (v: number) => formatNumber(v, 6);
  const unit = t(base === '2' ? 'unitBit' : 'unitNat');
  // Where a divergence is infinite: the outcomes one distribution allows and the other rules out.
  const outcomes = (indices: number[]) =>
    t(indices.length === 1 ? 'outcomeOne' : 'outcomeMany', { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(indices.map((i) => String(i + 1))) });
  const missedByQ = missingSupport(p, q);
  const missedByP = missingSupport(q, p);
  // Equal as shown (6 digits): the sentence then says they merely happen to be.
  const equalHere = fmt(pq) === fmt(qp);
  return (
    <div className="more-results">
      <div className="table-scroll">
        <table className="data-table info-results">
          <tbody>
            {results.map((row) => (
              <tr key={row.key} data-measure={row.key}>
                <th scope="row">{t(row.key)}</th>
                <td>
                  {fmt(row.value)} {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missedByQ.length > 0 && <p className="more-note">{t('infinitePQ', { outcomes: outcomes(missedByQ) })}</p>}
      {missedByP.length > 0 && <p className="more-note">{t('infiniteQP', { outcomes: outcomes(missedByP) })}</p>}
      <p className="more-note" data-testid="asymmetry">
        {equalHere ? t('symmetricHere', { pq: `${fmt(pq)} ${unit}` }) : t('asymmetric', { pq: `${fmt(pq)} ${unit}`, qp: `${fmt(qp)} ${unit}` })}
      </p>
      <div className="more-formulas" role="group" aria-label={t('formulasTitle')}>
        <p className="more-formulas-title">{t('formulasTitle')}</p>
        {DEFINITIONS.map((tex) => (
          <Tex key={tex} tex={tex} display />
        ))}
      </div>
      {Number.isFinite(ce) && (
        <p className="more-note" data-testid="decomposition">
          {t('decomposition', { ce: fmt(ce), h: fmt(h), kl: fmt(pq), unit })}
        </p>
      )}
      <p className="more-note">{t('minimizeNote')}</p>
      <p className="more-note">{t('identity')}</p>
      <p className="more-note">{t('teams', { bits: formatNumber(TEAMS_BITS, 6) })}</p>
    </div>
  );
}
