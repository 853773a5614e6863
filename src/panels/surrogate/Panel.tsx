import { memo, Suspense, useCallback, useMemo } from 'react';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ParamSegmented, ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../definition';
import { CURVE_IDS, definition, mathLossId, schema, type CurveId } from './definition';
import { surrogateStrings } from './strings';
import { roundHundredths } from '../../charts/markerInput';
import { curveSpecs, type CurveSpec } from './curves';
import { gradientView, lossView } from './views';
import { MarginChart } from './MarginChart';
import { Legend } from './Legend';
import { Readout } from './Readout';
import { OutlierStrip } from './OutlierStrip';
import './panel.css';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
// The formula cards need KaTeX (the largest chunk): load it beside the charts, not before them.
const FormulaCards = lazyNearViewport(() => import('./FormulaCards').then((m) => ({ default: m.FormulaCards })));
const SurrogateDerivations = lazyNearViewport(() => import('./derivations/SurrogateDerivations').then((m) => ({ default: m.SurrogateDerivations })));

/** Surrogate losses against the margin: the articles' plot, made interactive. */
export default function SurrogatePanel({ hidden }: PanelProps) {
  const t = useT(surrogateStrings);
  const label = useT(definition.labels);
  const margin = useValue('m');
  const losses = useValue('losses');
  const showGrad = useValue('grad');
  const range = useValue('range');
  const ceiling = useValue('ceiling');
  const base = useValue('base');
  const points = useValue('points');
  const { set, toggle, resetKey } = useActions();

  const curves = useMemo(() => curveSpecs(losses, base, t), [losses, base, t]);
  const allNames = useMemo(
    () => Object.fromEntries(curveSpecs(CURVE_IDS, base, t).map((c) => [c.id, c.name])) as Record<CurveId, string>,
    [base, t],
  );
  const lossWindow = useMemo(() => lossView(range, ceiling), [range, ceiling]);
  const gradWindow = useMemo(() => gradientView(range, ceiling), [range, ceiling]);

  const setMargin = useCallback((m: number) => set('m', roundHundredths(m)), [set]);
  const toggleCurve = useCallback((id: CurveId) => toggle('losses', id), [toggle]);
  const setPoints = useCallback((next: number[]) => set('points', next), [set]);
  const resetPoints = useCallback(() => resetKey('points'), [resetKey]);
  const usedBy = useCallback((curve: CurveSpec) => t('usedBy', { model: t(`model.${mathLossId(curve.id, base)}`) }), [t, base]);
  const character = useCallback((curve: CurveSpec) => t(`character.${curve.id}`), [t]);
  const outlierText = useMemo(
    () => ({
      heading: label('outlierHeading'),
      help: t('outlierHelp'),
      axisLabel: t('outlierAxisLabel'),
      pointLabel: (name: string) => t('pointLabel', { name }),
      pointValueText: (name: string, m: string) => t('pointValueText', { name, m }),
      barLabel: (name: string, total: string, shares: string) => t('barLabel', { name, total, shares }),
      shareText: (name: string, value: string) => t('shareText', { name, value }),
      reset: t('resetPoints'),
      offView: t('offView'),
    }),
    [t, label],
  );
  const mText = formatNumber(margin);
  const hoverTitle = (m: string) => t('hoverTitle', { m });

  // What the loss and gradient charts share: the curves, the marker, the axis and the text.
  const shared = { curves, margin, onMarginChange: setMargin, xLabel: t('axisMargin'), hoverTitle, csvMarginHeader: t('csvMargin') };
  const charts = (
    <>
      <MarginChart
        {...shared}
        kind="loss"
        testId="loss-chart"
        title={t('lossChartTitle')}
        filename="surrogate-losses"
        view={lossWindow}
        yLabel={t('axisLoss')}
        label={t('chartLabel', { title: t('lossChartTitle'), m: mText })}
      />
      {showGrad && (
        <>
          <MarginChart
            {...shared}
            kind="grad"
            testId="grad-chart"
            title={t('gradChartTitle')}
            filename="surrogate-gradients"
            view={gradWindow}
            yLabel={t('axisGrad')}
            label={t('chartLabel', { title: t('gradChartTitle'), m: mText })}
            aspect={0.45}
          />
          <p className="muted grad-hint">{t('gradHint')}</p>
        </>
      )}
    </>
  );

  return (
    <div className="panel-surrogate">
      <div className="surrogate-layout">
        <div className="surrogate-main">
          {charts}
        </div>
        <div className="surrogate-side">
          <ParamSlider name="m" numberBox bench />
          <Legend label={label('legendLabel')} names={allNames} shown={losses} onToggle={hidden.has('losses') ? null : toggleCurve} />
          <Readout
            curves={curves}
            margin={margin}
            t={{
              caption: t('readoutCaption', { m: mText }),
              colLoss: t('colLoss'),
              colValue: t('colValue'),
              colGrad: t('colGrad'),
              noLosses: t('noLosses'),
              kinkNote: (name) => t('kinkNote', { m: mText, name }),
              jumpNote: t('jumpNote'),
            }}
          />
          <ParamSwitch name="grad" />
          <ViewControls hidden={hidden} legend={t('viewHeading')} />
        </div>
        {/* After the controls, so that on a phone (one column) and in tab order the margin slider and
            readout come right after the chart, before this second exercise; on a wide screen the
            grid places it under the chart, beside the controls, instead of below both. */}
        {!hidden.has('points') && (
          <OutlierStrip points={points} onChange={setPoints} onReset={resetPoints} min={-range} max={range} curves={curves} t={outlierText} />
        )}
      </div>
      {!hidden.has('formulas') && (
        <Suspense fallback={<p className="muted panel-loading">{label('formulasHeading')}…</p>}>
          <FormulaCards heading={label('formulasHeading')} curves={curves} base={base} usedBy={usedBy} character={character} />
        </Suspense>
      )}
      {!hidden.has('derivations') && (
        <Suspense fallback={<p className="muted panel-loading">{label('derivationsTitle')}…</p>}>
          <SurrogateDerivations margin={margin} base={base} />
        </Suspense>
      )}
    </div>
  );
}

/** m range, loss ceiling and log base (memoized: the margin moving does not re-render them). */
const ViewControls = memo(function ViewControls({ hidden, legend }: { hidden: ReadonlySet<string>; legend: string }) {
  const anyShown = !hidden.has('range') || !hidden.has('ceiling') || !hidden.has('base');
  if (!anyShown) return null;
  return (
    <fieldset className="view-controls">
      <legend>{legend}</legend>
      {/* Zooming in keeps the marker on the plot (the store's limit); the example points may sit outside, shown at the edge. */}
      <ParamSlider name="range" />
      <ParamSlider name="ceiling" numberBox />
      <ParamSegmented name="base" />
    </fieldset>
  );
});
