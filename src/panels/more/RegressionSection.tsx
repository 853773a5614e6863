import { memo, useMemo } from 'react';
import { Swatch } from '../../charts/swatch';
import { ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatNumber, regressionElementGrad, regressionElementLoss } from '../../math';
import { liveOf } from '../../components/live';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { CurveChart } from './CurveChart';
import { CURVE_STYLES, lossOptions, residualCsv, residualFunction, residualViews } from './curves';
import { definition, REGRESSION_CURVES, schema, type RegressionCurve } from './definition';
import { moreStrings } from './strings';

type MoreValues = ValuesOf<typeof schema>;
const { useValue, useActions } = panelHooks<MoreValues>();
/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
const Live = liveOf<MoreValues>();
/** The residual the markers and the readout show. */
const residualOf = (values: MoreValues): number => values.r;

/**
 * MSE, MAE, Huber, smooth L1 and log-cosh against the residual, with their gradients. The residual r
 * is not read here: the charts' markers and the readout follow it without a render of the section
 * (Live nodes, FunctionChart's liveMarker).
 */
export function RegressionSection({ hidden }: { hidden: ReadonlySet<string> }) {
  const t = useT(moreStrings);
  const label = useT(definition.labels);
  const range = useValue('rrange');
  const curves = useValue('curves');
  const delta = useValue('delta');
  const beta = useValue('beta');
  const showGrad = useValue('rgrad');
  const name = (curve: RegressionCurve) => t(`curve.${curve}`);
  const lossFunctions = useMemo(() => curves.map((c) => residualFunction(c, t(`curve.${c}`), lossOptions(c, delta, beta), 'loss')), [curves, delta, beta, t]);
  const gradFunctions = useMemo(() => curves.map((c) => residualFunction(c, t(`curve.${c}`), lossOptions(c, delta, beta), 'grad')), [curves, delta, beta, t]);
  const views = useMemo(() => residualViews(range), [range]);
  const shared = { marker: residualOf, xLabel: t('residualAxis') };

  return (
    <section className="more-section" aria-labelledby="more-regression-title">
      <h3 id="more-regression-title">{label('regressionTitle')}</h3>
      <p className="muted">{t('regressionIntro')}</p>
      <p className="more-note" data-testid="conventions-note">{t('regressionConventions')}</p>
      <div className="more-layout">
        <div className="more-main-chart">
          <CurveChart
            {...shared}
            title={t('chartLoss')}
            filename="regression-losses"
            functions={lossFunctions}
            view={views.loss}
            yLabel={t('lossAxis')}
            data={() => residualCsv(lossFunctions, range, [t('name'), 'r', 'L(r)'])}
          />
        </div>
        <div className="more-controls">
          {/* The store keeps r inside ±rrange (the definition's limit), whichever control moves. */}
          <ParamSlider name="r" bench />
          {!hidden.has('curves') && <CurveToggles legend={label('curvesLegend')} shown={curves} />}
          <ParamSlider name="delta" />
          <ParamSlider name="beta" />
          <ParamSlider name="rrange" />
        </div>
        {/* The switch sits right above the chart it adds, so switching it on never moves the switch off screen. */}
        <div className="more-second">
          <ParamSwitch name="rgrad" />
          {showGrad && (
            <CurveChart
              {...shared}
              title={t('chartGrad')}
              filename="regression-gradients"
              functions={gradFunctions}
              view={views.grad}
              yLabel={t('gradAxis')}
              data={() => residualCsv(gradFunctions, range, [t('name'), 'r', 'dL/dr'])}
            />
          )}
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <Live as="caption" text={(values) => t('readoutCaption', { r: formatNumber(residualOf(values)) })} />
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
                <th scope="row">{name(c)}</th>
                <Live as="td" text={(values) => formatNumber(regressionElementLoss(c, 0, residualOf(values), lossOptions(c, values.delta, values.beta)), 6)} />
                <Live as="td" text={(values) => formatNumber(regressionElementGrad(c, 0, residualOf(values), lossOptions(c, values.delta, values.beta)), 6)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="more-note">{t('regressionNote')}</p>
      <p className="more-note" data-testid="huber-note">{t('huberNote', { delta: formatNumber(delta) })}</p>
    </section>
  );
}

/** One checkbox per curve, in its colour and dash (memoized: moving r does not re-render them). */
const CurveToggles = memo(function CurveToggles({ legend, shown }: { legend: string; shown: readonly RegressionCurve[] }) {
  const t = useT(moreStrings);
  const { toggle } = useActions();
  return (
    <fieldset className="control legend-toggles">
      <legend>{legend}</legend>
      {REGRESSION_CURVES.map((c) => (
        <label key={c} className="legend-toggle">
          <input type="checkbox" checked={shown.includes(c)} onChange={() => toggle('curves', c)} />
          <Swatch style={CURVE_STYLES[c]} />
          {t(`curve.${c}`)}
        </label>
      ))}
    </fieldset>
  );
});
