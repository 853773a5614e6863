import { memo, useMemo } from 'react';
import { plotFrame } from '../../charts/Plot';
import { scaleLinear } from 'd3-scale';
import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LabeledPoint } from '../../math/classifier';
import type { ClassifierState } from './fits';
import { pointLosses } from './fits';
import { Boundary, ClassMark, PLANE_BOX, type Scales } from './PlaneMarks';
import { CLASSIFIER_STYLES } from './styles';

export interface CardText {
  name: string;
  model: string;
  chartLabel: string;
  error: string;
  objective: string;
  norm: string;
  weights: (w1: string, w2: string, b: string) => string;
  notShown: string;
  /** Notes under the numbers: no minimum, the perceptron's outcome. */
  notes: readonly string[];
}

interface Props {
  points: readonly LabeledPoint[];
  state: ClassifierState;
  active: number | null;
  /** A point to ring (the one whose mistake caused the perceptron's update shown), or null. */
  marked?: number | null;
  text: CardText;
}

const SIZE = 240;
const PAD = 6;
/** Loss values up to this draw a halo growing with √loss; beyond, the halo stays at its largest. */
const HALO_CAP = 9;

/**
 * One classifier as a small multiple: its boundary f(x) = 0 and margin lines f(x) = ±1 over the
 * points, each point with a halo as large as its own loss under this classifier, and beneath it the
 * training 0-1 error, the objective and ‖w‖.
 */
export const ClassifierCard = memo(function ClassifierCard({ points, state, active, marked = null, text }: Props) {
  const style = CLASSIFIER_STYLES[state.id];
  const scales = useMemo(() => {
    const frame = plotFrame(SIZE, SIZE, { top: PAD, right: PAD, bottom: PAD, left: PAD });
    return {
      x: scaleLinear().domain(PLANE_BOX.x).range([frame.left, frame.right]),
      y: scaleLinear().domain(PLANE_BOX.y).range([frame.bottom, frame.top]),
    };
  }, []);
  const { losses } = useMemo(() => pointLosses(points, state), [points, state]);
  const halo = useMemo(() => scaleLinear().domain([0, Math.sqrt(HALO_CAP)]).range([0, 16]).clamp(true), []);
  return (
    <figure className="classifier-card" data-classifier={state.id} data-testid={`card-${state.id}`}>
      <figcaption>
        <Swatch style={style} />
        <span className="card-name">{text.name}</span>
        <span className="card-model muted">{text.model}</span>
      </figcaption>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-label={text.chartLabel}>
        <rect className="card-plane" x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} />
        <line className="card-axis" x1={scales.x(0)} x2={scales.x(0)} y1={PAD} y2={SIZE - PAD} />
        <line className="card-axis" x1={PAD} x2={SIZE - PAD} y1={scales.y(0)} y2={scales.y(0)} />
        <g className="halos">
          {points.map((p, i) => (
            <circle key={i} cx={scales.x(p.x1)} cy={scales.y(p.x2)} r={halo(Math.sqrt(losses[i]))} fill={style.color} className={i === active ? 'halo active' : 'halo'} />
          ))}
        </g>
        <Boundary state={state} scales={scales} margins />
        <CardPoints points={points} active={active} scales={scales} />
        {marked !== null && marked < points.length && (
          <circle className="update-ring" data-testid="update-ring" cx={scales.x(points[marked].x1)} cy={scales.y(points[marked].x2)} r={9} />
        )}
      </svg>
      <dl className="card-stats">
        <div>
          <dt>{text.error}</dt>
          <dd data-stat="error">{formatNumber(state.zeroOneError)}</dd>
        </div>
        <div>
          <dt>{text.objective}</dt>
          <dd data-stat="objective">{state.objective === null ? text.notShown : formatNumber(state.objective)}</dd>
        </div>
        <div>
          <dt>{text.norm}</dt>
          <dd data-stat="norm">{state.weightNorm === null ? text.notShown : formatNumber(state.weightNorm)}</dd>
        </div>
      </dl>
      <p className="card-weights" data-stat="weights">
        {text.weights(formatNumber(state.w[0]), formatNumber(state.w[1]), formatNumber(state.b))}
      </p>
      {text.notes.map((note) => (
        <p key={note} className="card-note">
          {note}
        </p>
      ))}
    </figure>
  );
}, sameCard);

/** The points of one card: the same on every card and unchanged by λ, so memoized apart from the lines and halos. */
const CardPoints = memo(function CardPoints({ points, active, scales }: { points: readonly LabeledPoint[]; active: number | null; scales: Scales }) {
  return (
    <g className="card-points">
      {points.map((p, i) => (
        <ClassMark key={i} label={p.label} cx={scales.x(p.x1)} cy={scales.y(p.x2)} size={i === active ? 6 : 4.5} />
      ))}
    </g>
  );
});

/** The same numbers: a refit that leaves a classifier where it was (the perceptron under a new λ) is no change. */
export function sameState(a: ClassifierState, b: ClassifierState): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.w[0] === b.w[0] &&
      a.w[1] === b.w[1] &&
      a.b === b.b &&
      a.objective === b.objective &&
      a.zeroOneError === b.zeroOneError &&
      a.weightNorm === b.weightNorm &&
      a.unbounded === b.unbounded)
  );
}

/**
 * A card re-renders only when what it shows changed: the parent rebuilds every card's state and text
 * on each step of λ, and the perceptron's card (which λ does not move) keeps its DOM.
 */
function sameCard(a: Props, b: Props): boolean {
  const ta = a.text;
  const tb = b.text;
  return (
    a.points === b.points &&
    a.active === b.active &&
    (a.marked ?? null) === (b.marked ?? null) &&
    sameState(a.state, b.state) &&
    (ta === tb ||
      (ta.name === tb.name &&
        ta.model === tb.model &&
        ta.chartLabel === tb.chartLabel &&
        ta.error === tb.error &&
        ta.objective === tb.objective &&
        ta.norm === tb.norm &&
        ta.weights === tb.weights &&
        ta.notShown === tb.notShown &&
        ta.notes.length === tb.notes.length &&
        ta.notes.every((note, i) => note === tb.notes[i])))
  );
}
