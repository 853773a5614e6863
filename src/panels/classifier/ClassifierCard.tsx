import { memo, useMemo } from 'react';
import { plotFrame } from '../../charts/Plot';
import { scaleLinear } from 'd3-scale';
import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LabeledPoint } from '../../math/classifier';
import type { ClassifierState } from './fits';
import { pointLosses } from './fits';
import { Boundary, ClassMark, PLANE_BOX } from './PlaneMarks';
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
        {points.map((p, i) => (
          <ClassMark key={i} label={p.label} cx={scales.x(p.x1)} cy={scales.y(p.x2)} size={i === active ? 6 : 4.5} />
        ))}
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
});
