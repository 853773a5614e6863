import { Suspense, useCallback, useState } from 'react';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ChartFrame } from '../../charts/ChartFrame';
import type { Plot } from '../../charts/Plot';
import { PointPlane } from '../../charts/PointPlane';
import { ParamSlider } from '../../components/boundControls';
import { useStore } from 'zustand';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import { lineResiduals, type LineFitLossId, type PlanePoint } from '../../math/fitLine';
import type { PanelProps } from '../definition';
import { definition, MAX_POINTS, MIN_POINTS, PLANE_BOX } from './definition';
import { LOSS_STYLES, planeCsv, worstPoint } from './fits';
import type { FormulaId } from './formulas';
import { FitTable } from './FitTable';
import { LossToggles } from './LossToggles';
import { MsleSection } from './MsleSection';
import { PointTools } from './PointTools';
import { Shares } from './Shares';
import { lineOf, linesOf, Live, useActions, useStoreApi, useValue, type RegressionValues } from './store';
import { regressionStrings } from './strings';
import './panel.css';

// The formula cards need KaTeX (the largest chunk): load it beside the charts, not before them.
const FormulaCards = lazyNearViewport(() => import('./FormulaCards').then((m) => ({ default: m.FormulaCards })));

/** Points are named 1, 2, 3… on screen, in the tables and for screen readers. */
const pointName = (index: number) => String(index + 1);

/**
 * Each fitted line across the plane, in its colour and dash (the plot area clips it), and the
 * explained point's residual to each line as a thin segment, side by side so they do not hide each
 * other. The lines and residuals follow the panel's values without a render (Live nodes).
 */
function fittedLines(ids: readonly LineFitLossId[], plot: Plot, explained: PlanePoint | null) {
  const [x0, x1] = plot.x.domain();
  return ids.map((id, k) => {
    const style = LOSS_STYLES[id];
    const d = (values: RegressionValues) => {
      const { fit } = lineOf(values, id);
      return `M${plot.x(x0)},${plot.y(fit.slope * x0 + fit.intercept)}L${plot.x(x1)},${plot.y(fit.slope * x1 + fit.intercept)}`;
    };
    const offset = (k - (ids.length - 1) / 2) * 3;
    return (
      <g key={id} className="fit-line" data-loss={id}>
        {/* As SeriesPath draws a series. */}
        <Live as="path" attributes={(values) => ({ d: d(values) })} fill="none" stroke={style.color} strokeWidth={2.75} strokeDasharray={style.dash || undefined} strokeLinejoin="round" data-series={id} />
        {explained && (
          <Live
            as="line"
            className="residual-segment"
            x1={plot.x(explained.x) + offset}
            x2={plot.x(explained.x) + offset}
            y1={plot.y(explained.y)}
            attributes={(values) => {
              const { fit } = lineOf(values, id);
              return { y2: plot.y(explained.y + lineResiduals([explained], fit.slope, fit.intercept)[0]) };
            }}
            stroke={style.color}
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
  const { set, toggle, applyPreset } = useActions();
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // δ and β are not read here: the lines, the fit table and the shares follow them without a render
  // of the panel (Live nodes). What changes the markup re-renders it: the point explained when none
  // is picked (the worst under MSE), and the fit table's notes.
  const store = useStoreApi();
  useStore(store, (state) => {
    const fitted = linesOf(state.values);
    return `${worstPoint(state.values.points, fitted)} ${fitted.map(({ fit }) => `${fit.degenerate}/${fit.converged}`).join()}`;
  });
  const lines = linesOf(store.getState().values);
  const setPoints = useCallback((next: PlanePoint[]) => set('points', next), [set]);
  const name = useCallback((id: LineFitLossId | 'msle') => t(`name.${id}`), [t]);
  // Stable callbacks, so that the memoized toggles and formula cards skip a re-render when δ moves.
  const toggleLoss = useCallback((id: LineFitLossId) => toggle('losses', id), [toggle]);
  const whenToUse = useCallback((id: FormulaId) => t(`use.${id}`), [t]);
  const focusedPoint = focused !== null && focused < points.length ? focused : null;
  const activePoint = active !== null && active < points.length ? active : null;
  const explained = activePoint ?? focusedPoint ?? worstPoint(points, lines);
  const explainedPoint = explained === null ? null : points[explained];
  const overlay = useCallback((plot: Plot) => fittedLines(losses, plot, explainedPoint), [losses, explainedPoint]);
  const coordinates = (p: PlanePoint) => ({ x: formatNumber(p.x), y: formatNumber(p.y) });

  return (
    <div className="panel-regression">
      <div className="regression-layout">
        <div className="regression-stage">
          <ChartFrame
            title={t('planeTitle')}
            filename="regression-lines"
            data={() => planeCsv(points, linesOf(store.getState().values))}
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
          ids={lines.map(({ id }) => id)}
          index={explained}
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
