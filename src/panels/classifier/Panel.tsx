import { createContext, memo, useCallback, useContext, useDeferredValue, useMemo, useRef, useState } from 'react';
import { ChartFrame, type ChartData } from '../../charts/ChartFrame';
import type { Plot } from '../../charts/Plot';
import { PointPlane, type PointPlaneProps } from '../../charts/PointPlane';
import type { LegendEntry } from '../../charts/swatch';
import { ParamSegmented, ParamSlider, ParamSwitch } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatNumber } from '../../math';
import type { LabeledPoint } from '../../math/classifier';
import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { PanelProps } from '../definition';
import { AccuracyChart } from './AccuracyChart';
import { ClassifierCard } from './ClassifierCard';
import { definition, MAX_POINTS, MIN_POINTS, schema, type ClassifierId } from './definition';
import { fitCache, trainAll, TRAINING_STEPS, type ClassifierState } from './fits';
import { LossToggles } from './LossToggles';
import { Boundary, ClassMark, PLANE_BOX } from './PlaneMarks';
import { PointTools } from './PointTools';
import type { PointPresetName } from './presets';
import { Shares } from './Shares';
import { classifierStrings } from './strings';
import { CLASSIFIER_STYLES } from './styles';
import { Training } from './Training';
import { useTrainingCursor } from './useTraining';
import { ANGLES_DEGREES, useAngleProfile, useOnScreen } from './useAngleProfile';
import './panel.css';

const { useValue, useActions, useStoreApi } = panelHooks<ValuesOf<typeof schema>>();


/** Points are named 1, 2, 3… on screen, in the tables and for screen readers. */
const pointName = (index: number) => String(index + 1);
const labelText = (label: 1 | -1) => (label === 1 ? '+1' : '−1');

/** Each surrogate loss training a linear classifier on points the visitor drags. */
export default function ClassifierPanel({ hidden }: PanelProps) {
  const t = useT(classifierStrings);
  const label = useT(definition.labels);
  const points = useValue('points');
  const losses = useValue('losses');
  const lambdaSetting = useValue('lambda');
  const penalty = useValue('penalty');
  const overlay = useValue('overlay');
  const { set, toggle, applyPreset } = useActions();
  const store = useStoreApi();
  const lambda = penalty ? lambdaSetting : 0;

  const [addLabel, setAddLabel] = useState<1 | -1>(1);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const cursor = useTrainingCursor(TRAINING_STEPS);

  // The exact fits follow every move; the heavier views (training, the angle sweep) may lag a frame.
  // Each move starts from the last move's fits (reused where nothing changed, warm-started otherwise).
  const [fitFrom] = useState(fitCache);
  const fits = useMemo(() => fitFrom(points, losses, lambda), [fitFrom, points, losses, lambda]);
  const watching = cursor.step !== null;
  // The training lags a drag by a render, only while it is watched: at the optimum nothing reads the
  // lagging points, and a deferred value that changed would cost every drag step a second render.
  const lagging = useDeferredValue(watching ? points : null);
  const slowPoints = watching ? (lagging ?? points) : points;
  // Trained only once the visitor watches training (the exact fits need no trajectory).
  const training = useMemo(() => (watching ? trainAll(slowPoints, losses, lambda) : null), [watching, slowPoints, losses, lambda]);
  const states: readonly ClassifierState[] = cursor.step === null || training === null ? fits.optimum : training.at(cursor.step);
  const statesPoints = cursor.step === null || training === null ? points : slowPoints;
  // The cards and the per-point losses, below the plane, follow a move of λ or of a point one render
  // later, in React's interruptible deferred render: the frame after a move shows the moved point and
  // its new boundaries on the plane, the cards the next one (on a slow phone in mid-drag, as soon as the
  // pointer leaves the time). A step of the watched training shows everywhere at once.
  const lateFits = useDeferredValue(fits);
  const latePoints = useDeferredValue(points);
  const atOptimum = cursor.step === null || training === null;
  const cardFits = atOptimum ? lateFits : fits;
  const cardStates = atOptimum ? lateFits.optimum : states;
  const cardPoints = atOptimum ? latePoints : statesPoints;

  const setPoints = useCallback((next: LabeledPoint[]) => set('points', next), [set]);
  const name = useCallback((id: ClassifierId) => t(`name.${id}`), [t]);
  const focusedPoint = focused !== null && focused < points.length ? focused : null;
  // The readouts follow the pointer, and otherwise the selected (last focused) point.
  const active = hovered ?? focused;
  const activePoint = active !== null && active < points.length ? active : null;

  const notes = (state: ClassifierState): string[] => {
    const out: string[] = [];
    if (state.unbounded) out.push(t('unbounded'));
    if (state.id === 'perceptron' && cardFits.perceptron) {
      const { separated, updates, epochs } = cardFits.perceptron;
      out.push(separated ? t('perceptronSeparated', { updates, epochs }) : t('perceptronFailed', { epochs, updates }));
      if (training && cursor.step !== null) {
        const point = training.perceptronPoint(cursor.step);
        const update = training.perceptronUpdate(cursor.step);
        out.push(point === null ? t('perceptronStart', { updates }) : t('perceptronAt', { update, updates, point: pointName(point) }));
      }
    }
    return out;
  };

  // Text and callbacks built once per change, not per render, so that the memoized sections (point
  // tools, toggles, training, shares, the accuracy chart, the cards) skip a step of λ they do not show.
  const cardWeights = useCallback((w1: string, w2: string, b: string) => t('weights', { w1, w2, b }), [t]);
  const createPoint = useCallback((x1: number, x2: number): LabeledPoint => ({ x1, x2, label: addLabel }), [addLabel]);
  const planeText = useMemo(
    () => ({
      label: t('planeLabel'),
      xLabel: 'x₁',
      yLabel: 'x₂',
      pointLabel: (index: number, p: LabeledPoint) => t('pointLabel', { name: pointName(index), label: labelText(p.label), x1: formatNumber(p.x1), x2: formatNumber(p.x2) }),
    }),
    [t],
  );
  // The buttons read the points when pressed, so that a dragged point does not re-render the point tools.
  const onRemove = useCallback(() => focusedPoint !== null && setPoints(store.getState().values.points.filter((_, i) => i !== focusedPoint)), [focusedPoint, store, setPoints]);
  const onFlip = useCallback(
    () => focusedPoint !== null && setPoints(store.getState().values.points.map((p, i) => (i === focusedPoint ? { ...p, label: p.label === 1 ? -1 : 1 } : p))),
    [focusedPoint, store, setPoints],
  );
  const { toOptimum } = cursor;
  const onPreset = useCallback(
    (presetName: PointPresetName) => {
      toOptimum();
      applyPreset(presetName);
    },
    [toOptimum, applyPreset],
  );
  const pointCount = points.length;
  const toolsText = useMemo(
    () => ({
      legend: label('pointsLabel'),
      addClass: t('addClass'),
      classPlus: t('classPlus'),
      classMinus: t('classMinus'),
      focused: (n: string) => t('focusedPoint', { name: n }),
      noFocus: t('noFocus'),
      remove: t('removePoint'),
      flip: t('flipPoint'),
      presets: t('presets'),
      preset: (presetName: PointPresetName) => t(`preset.${presetName}`),
      count: t('pointCount', { count: pointCount, max: MAX_POINTS }),
      full: t('pointsFull', { max: MAX_POINTS }),
    }),
    [t, label, pointCount],
  );
  const onToggle = useCallback((id: ClassifierId) => toggle('losses', id), [toggle]);
  const sharesText = useMemo(
    () => ({
      heading: label('sharesHeading'),
      help: t('sharesHelp'),
      name,
      pointName,
      pointCaption: (n: string, l: string) => t('pointCaption', { name: n, label: l }),
      noPoint: t('noPoint'),
      colClassifier: t('colClassifier'),
      colMargin: t('colMargin'),
      colLoss: t('colLoss'),
      worst: (point: string, loss: string) => t('worstPoint', { point, loss }),
      noLoss: t('noLoss'),
      barLabel: (n: string, worst: string) => t('barLabel', { name: n, worst }),
    }),
    [t, label, name],
  );

  const planeData = useCallback((): ChartData => ({ headers: ['x1', 'x2', t('csvLabel')], rows: points.map((p) => [p.x1, p.x2, p.label]) }), [t, points]);
  const planeLegend = useMemo(
    (): LegendEntry[] => [
      { label: t('classPlus'), color: 'var(--series-8)', marker: 'circle', dash: '' },
      { label: t('classMinus'), color: 'var(--series-7)', marker: 'triangle', dash: '' },
      ...(overlay ? losses.map((id) => ({ label: name(id), ...CLASSIFIER_STYLES[id] })) : []),
    ],
    [t, overlay, losses, name],
  );
  const status =
    cursor.step === null
      ? t('statusOptimum')
      : t('statusStep', { step: cursor.step, steps: TRAINING_STEPS });
  const trainingText = useMemo(
    () => ({
      heading: label('trainingHeading'),
      help: t('trainingHelp'),
      play: t('play'),
      pause: t('pause'),
      stepBack: t('stepBack'),
      stepForward: t('stepForward'),
      optimum: t('jumpOptimum'),
      scrubber: t('scrubber'),
      status,
      stepValue: (v: number) => t('stepValue', { step: v, steps: TRAINING_STEPS }),
    }),
    [t, label, status],
  );

  return (
    <StatesContext.Provider value={states}>
      <div className="panel-classifier">
        <div className="classifier-layout">
          <div className="classifier-main">
            <PlaneFigure
              title={t('planeTitle')}
              help={t('planeHelp')}
              data={planeData}
              legend={planeLegend}
              points={points}
              onChange={setPoints}
              create={createPoint}
              overlay={overlay ? planeOverlay : undefined}
              active={activePoint}
              onActive={setHovered}
              onFocusPoint={setFocused}
              text={planeText}
            />
          </div>
          <div className="classifier-side">
            {!hidden.has('points') && (
              <PointTools
                addLabel={addLabel}
                onAddLabel={setAddLabel}
                focusedName={focusedPoint === null ? null : pointName(focusedPoint)}
                canRemove={points.length > MIN_POINTS}
                onRemove={onRemove}
                onFlip={onFlip}
                onPreset={onPreset}
                full={points.length >= MAX_POINTS}
                text={toolsText}
              />
            )}
            <LossToggles label={label('lossesLabel')} name={name} shown={losses} onToggle={hidden.has('losses') ? null : onToggle} />
            <PenaltyControls />
          </div>
          {/* After the controls, so that on a phone (one column) the point tools come right after the
              plane; on a wide screen the grid puts it under the plane, beside the controls. */}
          {!hidden.has('training') && (
            <Training
              cursor={cursor}
              steps={TRAINING_STEPS}
              text={trainingText}
            />
          )}
        </div>

        <section className="classifier-multiples" aria-label={t('multiplesLabel')}>
          {losses.length === 0 && <p className="muted">{t('noClassifiers')}</p>}
          <div className="multiples-grid">
            {cardStates.map((state) => (
              <ClassifierCard
                key={state.id}
                points={cardPoints}
                state={state}
                active={activePoint}
                marked={state.id === 'perceptron' && training && cursor.step !== null ? training.perceptronPoint(cursor.step) : null}
                text={{
                  name: name(state.id),
                  model: t(`model.${state.id}`),
                  chartLabel: t('cardLabel', { name: name(state.id), w1: formatNumber(state.w[0]), w2: formatNumber(state.w[1]), b: formatNumber(state.b) }),
                  error: t('statError'),
                  objective: t('statObjective'),
                  norm: t('statNorm'),
                  weights: cardWeights,
                  notShown: '–',
                  notes: notes(state),
                }}
              />
            ))}
          </div>
        </section>

        {!hidden.has('shares') && (
          <Shares
            points={cardPoints}
            states={cardStates}
            active={activePoint}
            text={sharesText}
          />
        )}

        {!hidden.has('accuracy') && <AccuracySection points={points} lambda={lambda} name={name} />}
      </div>
    </StatesContext.Provider>
  );
}

/**
 * The states the charts show (the optimum, or the watched training step). The plane's boundaries read
 * them from here, so a step of λ redraws the boundaries and not the plane with its points and axes.
 */
const StatesContext = createContext<readonly ClassifierState[]>([]);

function PlaneBoundaries({ plot }: { plot: Plot }) {
  const states = useContext(StatesContext);
  return states.map((state) => <Boundary key={state.id} state={state} scales={plot} margins={false} />);
}
const planeOverlay = (plot: Plot) => <PlaneBoundaries plot={plot} />;

type PlaneProps = Pick<PointPlaneProps<LabeledPoint>, 'points' | 'onChange' | 'create' | 'overlay' | 'active' | 'onActive' | 'onFocusPoint' | 'text'>;

/** The large plane in its frame: re-rendered when the points, the pointer or the overlay change, not for λ. */
const PlaneFigure = memo(function PlaneFigure({ title, help, data, legend, ...plane }: PlaneProps & { title: string; help: string; data: () => ChartData; legend: readonly LegendEntry[] }) {
  return (
    <ChartFrame title={title} filename="classifier-points" data={data} legend={legend} className="plane-frame">
      <p className="muted plane-help">{help}</p>
      <PointPlane
        name="point-plane"
        at={planeAt}
        moveTo={planeMoveTo}
        mark={planeMark}
        pointKey={flipKey}
        pointData={labelData}
        box={PLANE_BOX}
        minPoints={MIN_POINTS}
        maxPoints={MAX_POINTS}
        aspect={1}
        maxWidth={640}
        {...plane}
      />
    </ChartFrame>
  );
});

/* How the classifier's labelled points sit on the shared plane (src/charts/PointPlane.tsx). */
const planeAt = (p: LabeledPoint) => ({ x: p.x1, y: p.x2 });
const planeMoveTo = (p: LabeledPoint, x1: number, x2: number): LabeledPoint => ({ ...p, x1, x2 });
const planeMark = (p: LabeledPoint) => <ClassMark label={p.label} cx={0} cy={0} size={7} />;
const labelData = (p: LabeledPoint) => ({ 'data-label': p.label });
/** F or Space on a focused point flips its class. */
const flipKey = (p: LabeledPoint, key: string): LabeledPoint | null => (key === 'f' || key === 'F' || key === ' ' ? { ...p, label: p.label === 1 ? -1 : 1 } : null);

/** The penalty switch, λ and the overlay switch: each control reads its own value, so the panel's re-render does not reach them. */
const PenaltyControls = memo(function PenaltyControls() {
  const penalty = useValue('penalty');
  return (
    <>
      <ParamSwitch name="penalty" />
      {penalty && <ParamSlider name="lambda" numberBox bench />}
      <ParamSwitch name="overlay" />
    </>
  );
});

/**
 * "Why not accuracy": the angle sweep runs in this section's own state, so its slices finishing (and
 * `pending` flipping) re-render this section only, not the plane, the cards and the shares.
 */
const AccuracySection = memo(function AccuracySection({ points, lambda, name }: { points: readonly LabeledPoint[]; lambda: number; name: (id: ClassifierId) => string }) {
  const t = useT(classifierStrings);
  const label = useT(definition.labels);
  const angleLoss = useValue('angleLoss');
  const section = useRef<HTMLElement>(null);
  // Swept only while the section is on screen (or near it): a move elsewhere costs no sweep.
  const sweep = useAngleProfile(points, angleLoss, lambda, useOnScreen(section));
  const accuracyText = useMemo(
    () => ({
      title: t('accuracyTitle', { name: name(angleLoss) }),
      help: t('accuracyHelp'),
      objectiveTitle: t('objectiveTitle'),
      errorTitle: t('errorTitle'),
      xLabel: t('axisAngle'),
      objectiveLabel: t('axisObjective'),
      errorLabel: t('axisError'),
      objectiveSeries: t('seriesObjective'),
      errorSeries: t('seriesError'),
      chartLabel: t('accuracyLabel', { name: name(angleLoss) }),
      unboundedNote: t('angleUnbounded'),
      csvAngle: t('csvAngle'),
      pending: t('sweepPending'),
    }),
    [t, name, angleLoss],
  );
  return (
    <section ref={section} className="classifier-accuracy" aria-labelledby="classifier-accuracy-heading">
      <h3 id="classifier-accuracy-heading">{label('accuracyHeading')}</h3>
      <ParamSegmented name="angleLoss" />
      {sweep.profile === null ? (
        <p className="muted accuracy-pending">{t('sweepPending')}</p>
      ) : (
        <AccuracyChart
          profile={sweep.profile}
          pending={sweep.pending}
          degrees={ANGLES_DEGREES}
          color={CLASSIFIER_STYLES[angleLoss].color}
          dash={CLASSIFIER_STYLES[angleLoss].dash}
          text={accuracyText}
        />
      )}
    </section>
  );
});
