import { Suspense, useCallback, useMemo, useState } from 'react';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ChartFrame } from '../../charts/ChartFrame';
import type { Plot } from '../../charts/Plot';
import { SeriesPath } from '../../charts/Plot';
import { PointPlane } from '../../charts/PointPlane';
import { ParamSlider } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import { lineResiduals, type LineFitLossId, type PlanePoint } from '../../math/fitLine';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../definition';
import { definition, MAX_POINTS, MIN_POINTS, PLANE_BOX, schema } from './definition';
import { fitAll, LOSS_STYLES, planeCsv, sharesAt, worstPoint, type FittedLine } from './fits';
import type { FormulaId } from './formulas';
import { FitTable } from './FitTable';
import { LossToggles } from './LossToggles';
import { MsleSection } from './MsleSection';
import { PointTools } from './PointTools';
import { Shares } from './Shares';
import { regressionStrings } from './strings';
import './panel.css';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();
// The formula cards need KaTeX (the largest chunk): load it beside the charts, not before them.
const FormulaCards = lazyNearViewport(() => import('./FormulaCards').then((m) => ({ default: m.FormulaCards })));

/** Points are named 1, 2, 3… on screen, in the tables and for screen readers. */
const pointName = (index: number) => String(index + 1);

/**
 * Each fitted line across the plane, in its colour and dash (the plot area clips it), and the
 * explained point's residual to each line as a thin segment, side by side so they do not hide each other.
 */
function fittedLines(lines: readonly FittedLine[], plot: Plot, explained: PlanePoint | null) {
  const [x0, x1] = plot.x.domain();
  return lines.map(({ id, fit }, k) => {
    const d = `M${plot.x(x0)},${plot.y(fit.slope * x0 + fit.intercept)}L${plot.x(x1)},${plot.y(fit.slope * x1 + fit.intercept)}`;
    const residual = explained ? lineResiduals([explained], fit.slope, fit.intercept)[0] : null;
    const offset = (k - (lines.length - 1) / 2) * 3;
    return (
      <g key={id} className="fit-line" data-loss={id}>
        <SeriesPath d={d} style={LOSS_STYLES[id]} width={2.75} seriesId={id} />
        {explained && residual !== null && (
          <line
            className="residual-segment"
            x1={plot.x(explained.x) + offset}
            x2={plot.x(explained.x) + offset}
            y1={plot.y(explained.y)}
            y2={plot.y(explained.y + residual)}
            stroke={LOSS_STYLES[id].color}
            strokeWidth={1.5}
          />
        )}
      </g>
    );
  });
}

/** Lines fitted through points the visitor drags, one per loss: MSE swings toward an outlier, MAE and Huber do not. */
export default function RegressionPanel({ hidden }: PanelProps) {
  const t = useT(regressionStrings);
  const label = useT(definition.labels);
  const points = useValue('points');
  const losses = useValue('losses');
  const delta = useValue('delta');
  const beta = useValue('beta');
  const { set, toggle, applyPreset } = useActions();
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);

  const lines = useMemo(() => fitAll(points, losses, delta, beta), [points, losses, delta, beta]);
  const setPoints = useCallback((next: PlanePoint[]) => set('points', next), [set]);
  const name = useCallback((id: LineFitLossId | 'msle') => t(`name.${id}`), [t]);
  // Stable callbacks, so that the memoized toggles and formula cards skip a re-render when δ moves.
  const toggleLoss = useCallback((id: LineFitLossId) => toggle('losses', id), [toggle]);
  const whenToUse = useCallback((id: FormulaId) => t(`use.${id}`), [t]);
  const focusedPoint = focused !== null && focused < points.length ? focused : null;
  const activePoint = active !== null && active < points.length ? active : null;
  const explained = activePoint ?? focusedPoint ?? worstPoint(points, lines);
  const explainedPoint = explained === null ? null : points[explained];
  const overlay = useCallback((plot: Plot) => fittedLines(lines, plot, explainedPoint), [lines, explainedPoint]);
  const coordinates = (p: PlanePoint) => ({ x: formatNumber(p.x), y: formatNumber(p.y) });

  return (
    <div className="panel-regression">
      <div className="regression-layout">
        <div className="regression-stage">
          <ChartFrame
            title={t('planeTitle')}
            filename="regression-lines"
            data={() => planeCsv(points, lines)}
            legend={lines.map(({ id }) => ({ label: name(id), ...LOSS_STYLES[id] }))}
            className="plane-frame"
          >
            <PointPlane
              name="point-plane"
              at={identity}
              moveTo={moveTo}
              create={(x, y) => ({ x, y })}
              mark={dot}
              aspect={0.72}
              maxWidth={720}
              points={points}
              onChange={setPoints}
              box={PLANE_BOX}
              minPoints={MIN_POINTS}
              maxPoints={MAX_POINTS}
              overlay={overlay}
              active={activePoint}
              onActive={setActive}
              onFocusPoint={setFocused}
              text={{ label: t('planeLabel'), xLabel: 'x', yLabel: 'y', pointLabel: (index, p) => t('pointLabel', { name: pointName(index), ...coordinates(p) }) }}
            />
          </ChartFrame>
          <p className="muted plane-help">{t('planeHelp')}</p>
          {/* Right under the plane, so on a phone the lines stay in view while δ and β move. */}
          <div className="threshold-sliders">
            {losses.includes('huber') && <ParamSlider name="delta" bench />}
            {losses.includes('smooth-l1') && <ParamSlider name="beta" />}
          </div>
        </div>
        <div className="regression-side">
          <LossToggles label={label('lossesLabel')} name={name} shown={losses} onToggle={hidden.has('losses') ? null : toggleLoss} />
          <FitTable
            lines={lines}
            name={name}
            text={{
              caption: t('fitCaption'),
              colLoss: t('colLoss'),
              colSlope: t('colSlope'),
              colIntercept: t('colIntercept'),
              colObjective: t('colObjective'),
              noLosses: t('noLosses'),
              item: (n, slope, intercept) => t('fitItem', { name: n, slope, intercept }),
              notUnique: t('notUnique'),
              notConverged: (n) => t('notConverged', { name: n }),
            }}
          />
          {!hidden.has('points') && (
            <PointTools
              focusedName={focusedPoint === null ? null : pointName(focusedPoint)}
              canRemove={points.length > MIN_POINTS}
              onRemove={() => focusedPoint !== null && setPoints(points.filter((_, i) => i !== focusedPoint))}
              onPreset={(id) => applyPreset(id)}
              text={{
                legend: label('pointsLabel'),
                focused: (n) => t('focusedPoint', { name: n }),
                noFocus: t('noFocus'),
                remove: t('removePoint'),
                presets: t('presets'),
                preset: (id) => t(`preset.${id}`),
                count: points.length >= MAX_POINTS ? t('pointsFull', { max: MAX_POINTS }) : t('pointCount', { count: points.length, max: MAX_POINTS }),
              }}
            />
          )}
        </div>
      </div>

      {!hidden.has('shares') && explained !== null && lines.length > 0 && (
        <Shares
          heading={label('sharesHeading')}
          caption={t(explained === activePoint || explained === focusedPoint ? 'sharesCaption' : 'sharesWorst', { name: pointName(explained), ...coordinates(points[explained]) })}
          rows={sharesAt(points, lines, explained)}
          count={points.length}
          name={name}
          text={{
            help: t('sharesHelp'),
            colLoss: t('colLoss'),
            colResidual: t('colResidual'),
            colPush: t('colPush'),
            colLossShare: t('colLossShare'),
            colGradShare: t('colGradShare'),
            bar: (n, value) => t('shareBar', { name: n, value }),
            fairShare: (count, share) => t('fairShare', { count, share }),
          }}
        />
      )}

      {!hidden.has('msle') && <MsleSection />}

      {!hidden.has('formulas') && (
        <Suspense fallback={<p className="muted panel-loading">{label('formulasHeading')}…</p>}>
          <FormulaCards
            heading={label('formulasHeading')}
            name={name}
            whenToUse={whenToUse}
            style={formulaStyle}
          />
        </Suspense>
      )}
    </div>
  );
}

/* How the regression's points sit on the shared plane (src/charts/PointPlane.tsx): as they are, drawn as dots. */
const identity = (p: PlanePoint) => p;
const formulaStyle = (id: FormulaId) => (id === 'msle' ? null : LOSS_STYLES[id]);
const moveTo = (_: unknown, x: number, y: number): PlanePoint => ({ x, y });
const dot = () => <circle className="point-dot" r={5} />;
