import { memo, useCallback, useMemo } from 'react';
import { FunctionChart, type PlottedFunction } from '../../charts/FunctionChart';
import { roundHundredths } from '../../charts/markerInput';
import { SERIES_STYLES } from '../../charts/palette';
import { ParamSlider } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatNumber, regressionBreakpoints, regressionElementGrad, regressionElementLoss } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { definition, MSLE_MAX, schema } from './definition';
import { regressionStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();

/** The loss axis: MSLE of a prediction 0 for the largest target is ln(11)² ≈ 5.7; the interesting part lies below 2.5. */
const VIEW = { min: 0, max: MSLE_MAX, low: 0, high: 2.5 };
const STYLE = { color: SERIES_STYLES[0].color, dash: SERIES_STYLES[0].dash };

/** MSLE against the prediction for one target: a function of ŷ and y, not of ŷ − y (memoized: it has no props, and reads its own values). */
export const MsleSection = memo(function MsleSection() {
  const t = useT(regressionStrings);
  const label = useT(definition.labels);
  const target = useValue('target');
  const pred = useValue('pred');
  const { set } = useActions();
  const functions = useMemo<PlottedFunction[]>(
    () => [{ id: 'msle', name: t('name.msle'), short: t('name.msle'), style: STYLE, f: (p) => regressionElementLoss('msle', target, p), breakpoints: regressionBreakpoints('msle') }],
    [target, t],
  );
  const onPred = useCallback((p: number) => set('pred', roundHundredths(p)), [set]);
  const at = (p: number) => (p > -1 ? [formatNumber(regressionElementLoss('msle', target, p)), formatNumber(regressionElementGrad('msle', target, p))] : ['–', '–']);
  const rows: [string, string, number][] = [
    [t('msleCaption', { pred: formatNumber(pred), target: formatNumber(target) }), 'pred', pred],
    [t('msleLower'), 'lower', target - 2],
    [t('msleHigher'), 'higher', target + 2],
  ];
  return (
    <section className="regression-msle" aria-labelledby="regression-msle-heading">
      <h3 id="regression-msle-heading">{label('msleHeading')}</h3>
      <p className="muted">{t('msleIntro')}</p>
      <div className="msle-layout">
        <FunctionChart
          title={t('msleChartTitle')}
          filename="msle"
          functions={functions}
          view={VIEW}
          marker={pred}
          onMarkerChange={onPred}
          xLabel={t('msleAxisPred')}
          yLabel={t('msleAxisLoss')}
          label={t('msleChartLabel', { target: formatNumber(target), pred: formatNumber(pred) })}
          markerText={(x) => t('msleMarker', { x })}
          hoverTitle={(x) => t('msleMarker', { x })}
          csvXHeader={t('csvPrediction')}
          aspect={0.5}
          minHeight={200}
          maxHeight={320}
          testId="msle-chart"
        />
        <div className="msle-controls">
          <ParamSlider name="target" />
          <ParamSlider name="pred" />
          <div className="table-scroll">
            <table className="data-table" data-testid="msle-table">
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('msleLoss')}</th>
                  <th scope="col">{t('msleGrad')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([rowLabel, key, p]) => {
                  const [loss, grad] = at(p);
                  return (
                    <tr key={key} data-row={key}>
                      <th scope="row">{rowLabel}</th>
                      <td data-col="loss">{loss}</td>
                      <td data-col="grad">{grad}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </section>
  );
});
