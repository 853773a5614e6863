/**
 * The four training runs the panel compares, derived from the URL values. Pure: the panel calls
 * computeRuns once per parameter change (useMemo); the animation only moves an epoch cursor.
 * How the runs are drawn is in runStyles.ts, what the panel notes about them in notes.ts.
 */
import { trainNeuron, type NeuronCost, type NeuronTrajectory } from '../../math';
import { RUN_IDS, type RunId } from './definition';

export interface RunParams {
  eta: number;
  separateRate: boolean;
  etaCe: number;
  epochs: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
  x: number;
  y: number;
}

export interface Run {
  id: RunId;
  cost: NeuronCost;
  /** Which start (1 or 2) the run begins from. */
  start: 1 | 2;
  /** The learning rate this run actually used. */
  eta: number;
  trajectory: NeuronTrajectory;
}

export function runCost(id: RunId): NeuronCost {
  return id.startsWith('quad') ? 'quadratic' : 'cross-entropy';
}

export function runStart(id: RunId): 1 | 2 {
  return id.endsWith('1') ? 1 : 2;
}

/** The learning rate a cost trains with: one shared rate unless separateRate is on (a shared rate is not by itself fair: see EtaSweep). */
export function learningRateFor(cost: NeuronCost, p: Pick<RunParams, 'eta' | 'separateRate' | 'etaCe'>): number {
  return cost === 'cross-entropy' && p.separateRate ? p.etaCe : p.eta;
}

/** Trains all four runs (4 × up to 1001 steps: well under a millisecond). */
export function computeRuns(p: RunParams): Record<RunId, Run> {
  const entries = RUN_IDS.map((id): [RunId, Run] => {
    const cost = runCost(id);
    const start = runStart(id);
    const eta = learningRateFor(cost, p);
    const trajectory = trainNeuron({
      w: start === 1 ? p.w1 : p.w2,
      b: start === 1 ? p.b1 : p.b2,
      x: p.x,
      y: p.y,
      eta,
      epochs: p.epochs,
      cost,
    });
    return [id, { id, cost, start, eta, trajectory }];
  });
  return Object.fromEntries(entries) as Record<RunId, Run>;
}
