import { memo, Suspense, useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ParamSegmented, ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import type { PanelProps } from '../definition';
import { CURVE_IDS, definition, mathLossId, type CurveId, type LogBase } from './definition';
import { surrogateStrings } from './strings';
import { roundHundredths } from '../../charts/markerInput';
import { curveSpecs, type CurveSpec } from './curves';
import { gradientView, lossView } from './views';
import { MarginChart } from './MarginChart';
import { Legend } from './Legend';
import { Readout } from './Readout';
import { OutlierStrip } from './OutlierStrip';
import { marginOf, useActions, useStoreApi, useValue } from './store';
import './panel.css';

// The formula cards need KaTeX (the largest chunk): load it beside the charts, not before them.
const FormulaCards = lazyNearViewport(() => import('./FormulaCards').then((m) => ({ default: m.FormulaCards })));
const SurrogateDerivations = lazyNearViewport(() => import('./derivations/SurrogateDerivations').then((m) => ({ default: m.SurrogateDerivations })));

/** Surrogate losses against the margin: the articles' plot, made interactive. */
export default function SurrogatePanel({ hidden }: PanelProps) {
  const t = useT(surrogateStrings);
  const label = useT(definition.labels);
  // The margin is not read here: the marker, the readout and the derivations follow it without a
  // render of the panel (Live nodes, FunctionChart's liveMarker).
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
  const hoverTitle = (m: string) => t('hoverTitle', { m });

  // What the loss and gradient charts share: the curves, the marker, the axis and the text.
  const shared = { curves, margin: marginOf, onMarginChange: setMargin, xLabel: t('axisMargin'), hoverTitle, csvMarginHeader: t('csvMargin') };
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
        label={(m) => t('chartLabel', { title: t('lossChartTitle'), m })}
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
            label={(m) => t('chartLabel', { title: t('gradChartTitle'), m })}
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
            t={{
              caption: (m) => t('readoutCaption', { m }),
              colLoss: t('colLoss'),
              colValue: t('colValue'),
              colGrad: t('colGrad'),
              noLosses: t('noLosses'),
              kinkNote: (m, name) => t('kinkNote', { m, name }),
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
      {!hidden.has('derivations') && <LiveDerivations base={base} />}
    </div>
  );
}

/** The derivations' last lines are live: they follow the margin (re-rendering the derivations, not the panel). */
function LiveDerivations({ base }: { base: LogBase }) {
  const label = useT(definition.labels);
  const margin = useStore(useStoreApi(), (s) => marginOf(s.values));
  return (
    <Suspense fallback={<p className="muted panel-loading">{label('derivationsTitle')}…</p>}>
      <SurrogateDerivations margin={margin} base={base} />
    </Suspense>
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
