import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Segmented, Slider, Switch } from '../../components/controls';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../types';
import { CEILING_RANGE, CURVE_IDS, DEFAULT_POINTS, schema, type CurveId, type LogBase } from './schema';
import { surrogateStrings } from './strings';
import { clamp, curveSpecs, roundMargin, type CurveSpec } from './curves';
import { gradientFloor } from './sampling';
import { MarginChart, type ChartView } from './MarginChart';
import { Legend } from './Legend';
import { Readout } from './Readout';
import { OutlierStrip } from './OutlierStrip';
import './panel.css';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
// The formula cards need KaTeX (the largest chunk): load it beside the charts, not before them.
const FormulaCards = lazy(() => import('./FormulaCards').then((m) => ({ default: m.FormulaCards })));

/** Surrogate losses against the margin: the articles' plot, made interactive. */
export default function SurrogatePanel({ hidden }: PanelProps) {
  const t = useT(surrogateStrings);
  const margin = useValue('m');
  const losses = useValue('losses');
  const showGrad = useValue('grad');
  const range = useValue('range');
  const ceiling = useValue('ceiling');
  const base = useValue('base');
  const points = useValue('points');
  const { set, patch } = useActions();

  const curves = useMemo(() => curveSpecs(losses, base, t), [losses, base, t]);
  const allNames = useMemo(
    () => Object.fromEntries(curveSpecs(CURVE_IDS, base, t).map((c) => [c.id, c.name])) as Record<CurveId, string>,
    [base, t],
  );
  const lossView = useMemo<ChartView>(() => ({ min: -range, max: range, low: 0, high: ceiling }), [range, ceiling]);
  const gradView = useMemo<ChartView>(() => ({ min: -range, max: range, low: gradientFloor(ceiling), high: 0.5 }), [range, ceiling]);

  const setMargin = useCallback((m: number) => set('m', roundMargin(m)), [set]);
  const toggle = (id: CurveId) => set('losses', losses.includes(id) ? losses.filter((l) => l !== id) : CURVE_IDS.filter((c) => c === id || losses.includes(c)));
  const setPoints = useCallback((next: number[]) => set('points', next), [set]);
  const resetPoints = useCallback(() => set('points', DEFAULT_POINTS), [set]);
  const usedBy = useCallback((model: string) => t('usedBy', { model }), [t]);
  const character = useCallback((curve: CurveSpec) => t(`character.${curve.id}`), [t]);
  const outlierText = useMemo(
    () => ({
      heading: t('outlierHeading'),
      help: t('outlierHelp'),
      axisLabel: t('outlierAxisLabel'),
      pointLabel: (name: string) => t('pointLabel', { name }),
      pointValueText: (name: string, m: string) => t('pointValueText', { name, m }),
      barLabel: (name: string, total: string, shares: string) => t('barLabel', { name, total, shares }),
      shareText: (name: string, value: string) => t('shareText', { name, value }),
      reset: t('resetPoints'),
      offView: t('offView'),
    }),
    [t],
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
        view={lossView}
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
            view={gradView}
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
          {!hidden.has('m') && (
            <Slider
              label={t('marginLabel')}
              value={margin}
              min={-range}
              max={range}
              step={0.01}
              onChange={setMargin}
              numberBox
              bench
              hint={t('marginHint')}
            />
          )}
          <Legend label={t('legendLabel')} names={allNames} shown={losses} onToggle={hidden.has('losses') ? null : toggle} />
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
          {!hidden.has('grad') && <Switch label={t('showGradients')} checked={showGrad} onChange={(on) => set('grad', on)} />}
          <ViewControls hidden={hidden} range={range} ceiling={ceiling} base={base} margin={margin} patch={patch} set={set} t={t} />
        </div>
        {/* After the controls, so that on a phone (one column) and in tab order the margin slider and
            readout come right after the chart, before this second exercise; on a wide screen the
            grid places it under the chart, beside the controls, instead of below both. */}
        {!hidden.has('points') && (
          <OutlierStrip points={points} onChange={setPoints} onReset={resetPoints} min={-range} max={range} curves={curves} t={outlierText} />
        )}
      </div>
      {!hidden.has('formulas') && (
        <Suspense fallback={<p className="muted panel-loading">{t('formulasHeading')}…</p>}>
          <FormulaCards heading={t('formulasHeading')} curves={curves} base={base} usedBy={usedBy} character={character} />
        </Suspense>
      )}
    </div>
  );
}

type Values = ValuesOf<typeof schema>;

interface ViewControlsProps {
  hidden: ReadonlySet<string>;
  range: number;
  ceiling: number;
  base: LogBase;
  margin: number;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
  patch: (partial: Partial<Values>) => void;
  t: ReturnType<typeof useT<keyof (typeof surrogateStrings)['en']>>;
}

/** m range, loss ceiling and log base. */
function ViewControls({ hidden, range, ceiling, base, margin, set, patch, t }: ViewControlsProps) {
  const anyShown = !hidden.has('range') || !hidden.has('ceiling') || !hidden.has('base');
  if (!anyShown) return null;
  return (
    <fieldset className="view-controls">
      <legend>{t('viewHeading')}</legend>
      {!hidden.has('range') && (
        <Slider
          label={t('rangeLabel')}
          value={range}
          min={1}
          max={10}
          step={1}
          // Zooming in keeps the marker on the plot (the example points may sit outside; they are shown at the edge).
          onChange={(next) => patch({ range: next, m: clamp(margin, -next, next) })}
        />
      )}
      {!hidden.has('ceiling') && <Slider label={t('ceilingLabel')} value={ceiling} min={CEILING_RANGE.min} max={CEILING_RANGE.max} step={0.5} onChange={(v) => set('ceiling', v)} numberBox />}
      {!hidden.has('base') && (
        <Segmented<LogBase>
          legend={t('baseLegend')}
          options={[
            { value: '2', label: t('base2') },
            { value: 'e', label: t('baseE') },
          ]}
          value={base}
          onChange={(v) => set('base', v)}
        />
      )}
    </fieldset>
  );
}
