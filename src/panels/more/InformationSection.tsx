import { useMemo, useState } from 'react';
import { GroupedBars, type BarSeries } from '../../charts/GroupedBars';
import { SERIES_STYLES } from '../../charts/palette';
import { Segmented, Slider } from '../../components/controls';
import { useLang, useT } from '../../i18n/strings';
import { crossEntropy, entropy, formatNumber, klDivergence, missingSupport, normalize } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { schema } from './definition';
import { moreStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
const P_STYLE = SERIES_STYLES[1];
const Q_STYLE = SERIES_STYLES[2];
const uniform = (n: number) => Array.from({ length: n }, () => 1 / n);
/** Equal weights as a person would write them (0.3333, not 0.333…3): equal, so they normalise to exactly the uniform distribution. */
const equalWeights = (n: number) => Array.from({ length: n }, () => Number((1 / n).toFixed(4)));
const TEAMS_BITS = entropy(uniform(32), 2);

/** Entropy, cross-entropy and both KL divergences of two editable distributions. */
export function InformationSection({ hidden }: { hidden: ReadonlySet<string> }) {
  const t = useT(moreStrings);
  const pWeights = useValue('p');
  const qWeightsRaw = useValue('q');
  const base = useValue('base');
  const { set, patch } = useActions();
  // Which distribution a slider move would have zeroed (translated when shown, so it follows the language).
  const [rejected, setRejected] = useState<'p' | 'q' | null>(null);
  const n = pWeights.length;
  // q follows p's outcome count (a URL may disagree: pad with zeros or cut).
  const qWeights = useMemo(() => Array.from({ length: n }, (_, i) => qWeightsRaw[i] ?? 0), [qWeightsRaw, n]);
  const pNormalized = useMemo(() => normalize(pWeights), [pWeights]);
  const qNormalized = useMemo(() => normalize(qWeights), [qWeights]);
  // Only a link can bring all-zero weights (the sliders refuse them): say so and use the uniform distribution.
  const p = pNormalized ?? uniform(n);
  const q = qNormalized ?? uniform(n);
  const fromLink = [pNormalized ? null : 'p', qNormalized ? null : 'q'].filter((d): d is string => d !== null);
  const b = base === '2' ? 2 : Math.E;
  // Where a divergence is infinite: the outcomes one distribution allows and the other rules out.
  const lang = useLang();
  const outcomes = (indices: number[]) =>
    t(indices.length === 1 ? 'outcomeOne' : 'outcomeMany', { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(indices.map((i) => String(i + 1))) });
  const missedByQ = missingSupport(p, q);
  const missedByP = missingSupport(q, p);
  const results = [
    { key: 'entropyP', value: entropy(p, b) },
    { key: 'crossEntropyPQ', value: crossEntropy(p, q, b) },
    { key: 'klPQ', value: klDivergence(p, q, b) },
    { key: 'klQP', value: klDivergence(q, p, b) },
  ] as const;

  const setWeight = (which: 'p' | 'q', i: number, value: number) => {
    const current = which === 'p' ? pWeights : qWeights;
    const next = current.map((w, j) => (j === i ? value : w));
    if (normalize(next) === null) {
      setRejected(which);
      return;
    }
    setRejected(null);
    set(which, next);
  };

  const resize = (count: number) => {
    const fit = (w: readonly number[]) => (count > w.length ? [...w, 0.1] : w.slice(0, count));
    const nextP = fit(pWeights);
    const nextQ = fit(qWeights);
    patch({ p: normalize(nextP) ? nextP : equalWeights(count), q: normalize(nextQ) ? nextQ : equalWeights(count) });
  };

  return (
    <section className="more-section" aria-labelledby="more-information-title">
      <h3 id="more-information-title">{t('informationTitle')}</h3>
      <p className="muted">{t('informationIntro')}</p>
      <div className="more-layout">
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
        <div className="more-controls">
          <Segmented legend={t('unit')} options={[{ value: '2', label: t('bits') }, { value: 'e', label: t('nats') }]} value={base} onChange={(v) => set('base', v)} />
          {!hidden.has('distributions') && (
            <>
              <div className="control preset-row" role="group" aria-label={t('presets')}>
                <button type="button" onClick={() => set('q', equalWeights(n))}>{t('presetUniform')}</button>
                <button type="button" onClick={() => set('q', [...pWeights])}>{t('presetEqual')}</button>
                <button type="button" onClick={() => set('q', pWeights.map((_, i) => (i === 0 ? 0 : 1)))}>{t('presetZero')}</button>
              </div>
              {fromLink.map((dist) => (
                <p key={dist} className="field-error" role="status">
                  {t('zeroWeightsLink', { dist })}
                </p>
              ))}
              {qWeightsRaw.length !== n && (
                <p className="field-error" role="status">
                  {t('lengthMismatch', { given: qWeightsRaw.length, count: n, fix: t(qWeightsRaw.length < n ? 'lengthPadded' : 'lengthCut') })}
                </p>
              )}
              {rejected && (
                <p className="field-error" role="alert">
                  {t('zeroWeights', { dist: rejected })}
                </p>
              )}
              {(['p', 'q'] as const).map((which) => (
                <fieldset key={which} className="control weights">
                  <legend>{which === 'p' ? t('distributionP') : t('distributionQ')}</legend>
                  {(which === 'p' ? pWeights : qWeights).map((w, i) => (
                    <Slider
                      key={i}
                      label={`${which}${i + 1} = ${formatNumber((which === 'p' ? p : q)[i], 3)}`}
                      valueText={t('weight', { i: i + 1, dist: which, w: formatNumber(w, 3) })}
                      format={(v) => t('weightShort', { w: formatNumber(v, 3) })}
                      value={w}
                      min={0}
                      max={1}
                      step={0.005}
                      onChange={(v) => setWeight(which, i, v)}
                    />
                  ))}
                </fieldset>
              ))}
              <div className="control preset-row">
                <button type="button" disabled={n >= 8} onClick={() => resize(n + 1)}>{t('addOutcome')}</button>
                <button type="button" disabled={n <= 2} onClick={() => resize(n - 1)}>{t('removeOutcome')}</button>
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

interface ChartProps {
  p: readonly number[];
  q: readonly number[];
  title: string;
  labels: { outcome: string; probability: string };
}

/** Grouped bars of p (solid) and q (dashed outline) per outcome, so the pair reads without colour. */
function DistributionChart({ p, q, title, labels }: ChartProps) {
  const series: BarSeries[] = [
    { key: 'p', label: 'p', values: p, color: P_STYLE.color, look: 'solid' },
    { key: 'q', label: 'q', values: q, color: Q_STYLE.color, look: 'outline' },
  ];
  return (
    <GroupedBars
      title={title}
      filename="distributions"
      data={() => ({ headers: [labels.outcome, 'p', 'q'], rows: p.map((v, i) => [i + 1, v, q[i]]) })}
      series={series}
      yLabel={labels.probability}
    />
  );
}
