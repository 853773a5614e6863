import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { SERIES_STYLES } from '../../charts/palette';
import { useParentSize } from '../../charts/useParentSize';
import { Slider, Switch } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { formatNumber, regressionElementGrad, regressionElementLoss } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { CurveChart, type Series } from './CurveChart';
import { sampleCurve } from './curves';
import { REGRESSION_CURVES, schema, type RegressionCurve } from './definition';
import { moreStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
const STYLE: Record<RegressionCurve, (typeof SERIES_STYLES)[number]> = {
  mse: SERIES_STYLES[1],
  mae: SERIES_STYLES[2],
  huber: SERIES_STYLES[3],
  'smooth-l1': SERIES_STYLES[4],
  'log-cosh': SERIES_STYLES[5],
};

/** MSE, MAE, Huber, smooth L1 and log-cosh against the residual, with their gradients. */
export function RegressionSection({ hidden }: { hidden: ReadonlySet<string> }) {
  const t = useT(moreStrings);
  const r = useValue('r');
  const range = useValue('rrange');
  const curves = useValue('curves');
  const delta = useValue('delta');
  const beta = useValue('beta');
  const showGrad = useValue('rgrad');
  const { set, patch } = useActions();
  const { ref, width } = useParentSize();
  const optsFor = useCallback((curve: RegressionCurve) => (curve === 'smooth-l1' ? { beta } : { delta }), [beta, delta]);
  const seriesOf = useCallback(
    (kind: 'loss' | 'grad'): Series[] => curves.map((c) => ({ id: c, label: t(`curve.${c}`), style: STYLE[c], points: sampleCurve(c, range, optsFor(c), kind) })),
    [curves, range, optsFor, t],
  );
  const lossSeries = useMemo(() => seriesOf('loss'), [seriesOf]);
  const gradSeries = useMemo(() => (showGrad ? seriesOf('grad') : []), [seriesOf, showGrad]);
  const legend = lossSeries.map((s) => ({ label: s.label, color: s.style.color, dash: s.style.dash }));
  const csv = (kind: 'loss' | 'grad') => () => {
    const series = kind === 'loss' ? lossSeries : gradSeries;
    const rows = series.flatMap((s) => s.points.map(([x, v]) => [s.id, x, v] as const));
    return { headers: [t('name'), 'r', kind === 'loss' ? 'L(r)' : 'dL/dr'], rows };
  };

  return (
    <section className="more-section" aria-labelledby="more-regression-title">
      <h3 id="more-regression-title">{t('regressionTitle')}</h3>
      <p className="muted">{t('regressionIntro')}</p>
      <div className="more-layout">
        <div ref={ref} className="more-charts">
          <ChartFrame title={t('chartLoss')} filename="regression-losses" data={csv('loss')} legend={legend}>
            <CurveChart width={width} series={lossSeries} xDomain={[-range, range]} yDomain={[0, Math.max(1, range * range * 0.6)]} marker={r} xLabel={t('residualAxis')} yLabel={t('lossAxis')} label={t('chartLoss')} />
          </ChartFrame>
          {showGrad && (
            <ChartFrame title={t('chartGrad')} filename="regression-gradients" data={csv('grad')} legend={legend}>
              <CurveChart width={width} series={gradSeries} xDomain={[-range, range]} yDomain={[-Math.max(2, range), Math.max(2, range)]} marker={r} xLabel={t('residualAxis')} yLabel={t('gradAxis')} label={t('chartGrad')} />
            </ChartFrame>
          )}
        </div>
        <div className="more-controls">
          <Slider label={t('residual')} value={r} min={-range} max={range} step={0.05} onChange={(v) => set('r', v)} bench />
          {!hidden.has('curves') && (
            <fieldset className="control legend-toggles">
              <legend>{t('curvesLegend')}</legend>
              {REGRESSION_CURVES.map((c) => (
                <label key={c} className="legend-toggle">
                  <input type="checkbox" checked={curves.includes(c)} onChange={(event) => set('curves', event.target.checked ? REGRESSION_CURVES.filter((x) => x === c || curves.includes(x)) : curves.filter((x) => x !== c))} />
                  <svg width="28" height="10" aria-hidden="true">
                    <line x1="0" x2="28" y1="5" y2="5" stroke={STYLE[c].color} strokeWidth="2.5" strokeDasharray={STYLE[c].dash} />
                  </svg>
                  {t(`curve.${c}`)}
                </label>
              ))}
            </fieldset>
          )}
          {!hidden.has('delta') && (
            <>
              <Slider label={t('delta')} value={delta} min={0.1} max={5} step={0.1} onChange={(v) => set('delta', v)} />
              <Slider label={t('beta')} value={beta} min={0.1} max={5} step={0.1} onChange={(v) => set('beta', v)} />
            </>
          )}
          <Slider label={t('range')} value={range} min={1} max={10} step={0.5} onChange={(v) => patch(Math.abs(r) > v ? { rrange: v, r: Math.sign(r) * v } : { rrange: v })} />
          <Switch label={t('showGradients')} checked={showGrad} onChange={(v) => set('rgrad', v)} />
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('readoutCaption', { r: formatNumber(r) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('loss')}</th>
              <th scope="col">{t('gradient')}</th>
            </tr>
          </thead>
          <tbody>
            {curves.map((c) => (
              <tr key={c} data-curve={c}>
                <th scope="row">{t(`curve.${c}`)}</th>
                <td>{formatNumber(regressionElementLoss(c, 0, r, optsFor(c)), 6)}</td>
                <td>{formatNumber(regressionElementGrad(c, 0, r, optsFor(c)), 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="more-note">{t('regressionNote')}</p>
    </section>
  );
}
