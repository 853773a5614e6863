import { useMemo } from 'react';
import { FunctionChart } from '../../charts/FunctionChart';
import { Swatch } from '../../charts/swatch';
import { ParamSlider, ParamSwitch } from '../../components/boundControls';
import { Tex } from '../../components/Tex';
import { useT } from '../../i18n/strings';
import { formatNumber, sigmoid } from '../../math';
import { liveOf } from '../../components/live';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { BINARY_CURVES, BINARY_STYLES, binaryFunctions, binaryViews, type Axis, type BinaryCurve } from './curves';
import { definition, schema } from './definition';
import { probabilityStrings } from './strings';

type ProbabilityValues = ValuesOf<typeof schema>;
const { useValue, useActions } = panelHooks<ProbabilityValues>();
/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
const Live = liveOf<ProbabilityValues>();
/** Where the marker stands: the logit z on the logit axis, else the probability p. */
const markerOf = (values: ProbabilityValues): number => (values.logit ? values.z : values.p);

const PAD = { top: 10, right: 14, bottom: 44, left: 52 };
const Z_RANGE = { min: schema.z.min ?? -8, max: schema.z.max ?? 8 };

const FORMULAS: Record<Axis, readonly string[]> = {
  probability: [
    String.raw`\mathrm{CE} = -\bigl[y\ln p + (1-y)\ln(1-p)\bigr]`,
    String.raw`\frac{\partial\,\mathrm{CE}}{\partial p} = -\frac{y}{p} + \frac{1-y}{1-p}`,
    String.raw`\mathrm{SE} = \tfrac12 (p-y)^2`,
    String.raw`\frac{\partial\,\mathrm{SE}}{\partial p} = p - y`,
  ],
  logit: [
    String.raw`\mathrm{CE} = w\,y\ln\bigl(1+e^{-z}\bigr) + (1-y)\ln\bigl(1+e^{z}\bigr)`,
    String.raw`\frac{\partial\,\mathrm{CE}}{\partial z} = -w\,y\,\sigma(-z) + (1-y)\,\sigma(z)`,
    String.raw`\mathrm{SE} = \tfrac12 \bigl(\sigma(z)-y\bigr)^2`,
    String.raw`\frac{\partial\,\mathrm{SE}}{\partial z} = \bigl(\sigma(z)-y\bigr)\,\sigma'(z)`,
  ],
};

/**
 * Cross-entropy and the squared error for targets 1 and 0, against p or against the logit, with their
 * gradients and readouts at the marker. p and z are not read here: the markers and the readout follow
 * them without a render of the section (Live nodes, FunctionChart's liveMarker).
 */
export function BinarySection() {
  const t = useT(probabilityStrings);
  const label = useT(definition.labels);
  const onLogit = useValue('logit');
  const posWeight = useValue('posw');
  const { set } = useActions();
  const axis: Axis = onLogit ? 'logit' : 'probability';
  const name = (curve: BinaryCurve) => t(`curve.${curve}`);
  const losses = useMemo(() => binaryFunctions(axis, 'loss', posWeight, (c) => t(`curve.${c}`)), [axis, posWeight, t]);
  const grads = useMemo(() => binaryFunctions(axis, 'grad', posWeight, (c) => t(`curve.${c}`)), [axis, posWeight, t]);
  const views = useMemo(() => binaryViews(axis, posWeight, Z_RANGE), [axis, posWeight]);
  const markerText = (x: string) => t(onLogit ? 'markerZ' : 'markerP', { x });
  const shared = {
    marker: 0,
    liveMarker: markerOf,
    onMarkerChange: (x: number) => set(onLogit ? 'z' : 'p', x),
    xLabel: t(onLogit ? 'axisZ' : 'axisP'),
    markerText,
    hoverTitle: markerText,
    csvXHeader: onLogit ? 'z' : 'p',
    niceY: true,
    aspect: 0.55,
    minHeight: 220,
    maxHeight: 340,
    pad: PAD,
  };

  return (
    <section className="prob-section" aria-labelledby="prob-binary-title">
      <h3 id="prob-binary-title">{label('binaryTitle')}</h3>
      <p className="muted">{t('binaryIntro')}</p>
      <div className="prob-layout">
        <div className="prob-main-chart">
          <FunctionChart {...shared} title={t('chartLoss')} label={t('chartLoss')} filename={`probability-losses-${axis}`} functions={losses} view={views.loss} yLabel={t('lossAxis')} testId="prob-loss-chart" />
        </div>
        <div className="prob-controls">
          {onLogit ? <ParamSlider name="z" numberBox bench /> : <ParamSlider name="p" numberBox bench />}
          <div className="table-scroll">
            <table className="data-table prob-readout">
              <Live
                as="caption"
                text={(values) => (values.logit ? t('readoutCaptionZ', { z: formatNumber(values.z), p: formatNumber(sigmoid(values.z), 4) }) : t('readoutCaptionP', { p: formatNumber(values.p) }))}
              />
              <thead>
                <tr>
                  <th scope="col">{t('colCurve')}</th>
                  <th scope="col">{t('colLoss')}</th>
                  <th scope="col">{t('colGrad')}</th>
                </tr>
              </thead>
              <tbody>
                {BINARY_CURVES.map((curve, i) => (
                  <tr key={curve} data-curve={curve}>
                    <th scope="row">
                      <Swatch style={BINARY_STYLES[curve]} /> {name(curve)}
                    </th>
                    <Live as="td" text={(values) => formatNumber(losses[i].f(markerOf(values)), 4)} />
                    <Live as="td" text={(values) => formatNumber(grads[i].f(markerOf(values)), 4)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ParamSwitch name="logit" />
          {onLogit && <ParamSlider name="posw" numberBox />}
        </div>
        <div className="prob-second">
          <FunctionChart {...shared} title={t('chartGrad')} label={t('chartGrad')} filename={`probability-gradients-${axis}`} functions={grads} view={views.grad} yLabel={t(onLogit ? 'gradAxisZ' : 'gradAxisP')} testId="prob-grad-chart" />
        </div>
      </div>
      <div className="prob-formulas" role="group" aria-label={t(onLogit ? 'formulasZ' : 'formulasP')}>
        {FORMULAS[axis].map((tex) => (
          <Tex key={tex} tex={tex} display />
        ))}
      </div>
      <p className="prob-note">{t(onLogit ? 'noteZ' : 'noteP')}</p>
      {onLogit && <p className="prob-note">{t('posWeightNote')}</p>}
    </section>
  );
}
