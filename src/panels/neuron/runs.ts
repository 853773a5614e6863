/**
 * The four training runs the panel compares, derived from the URL values. Pure: the panel calls
 * computeRuns once per parameter change (useMemo); the animation only moves an epoch cursor.
 */
import { trainNeuron, type NeuronCost, type NeuronTrajectory } from '../../math';
import { SERIES_STYLES } from '../../charts/palette';
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

/** The learning rate a cost trains with: one shared rate (a fair comparison) unless separateRate is on. */
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

/**
 * Colour says which start, line style says which cost (solid quadratic, dashed cross-entropy),
 * marker shape says which start again, so the runs read apart in greyscale too.
 */
export const RUN_STYLES: Record<RunId, { color: string; dash: string; marker: 'circle' | 'triangle' }> = {
  quad1: { color: SERIES_STYLES[1].color, dash: '', marker: 'circle' },
  quad2: { color: SERIES_STYLES[2].color, dash: '', marker: 'triangle' },
  ce1: { color: SERIES_STYLES[1].color, dash: '7 4', marker: 'circle' },
  ce2: { color: SERIES_STYLES[2].color, dash: '7 4', marker: 'triangle' },
};

/** The cursor's epoch within 0..epochs (the URL may carry an epoch beyond a shortened run). */
export function clampEpoch(epoch: number, epochs: number): number {
  if (!Number.isFinite(epoch)) return 0;
  return Math.min(epochs, Math.max(0, Math.round(epoch)));
}

/** First epoch k whose cost is higher than at k − 1 (gradient descent overshooting), or null. */
export function firstCostRise(cost: Float64Array): number | null {
  for (let k = 1; k < cost.length; k++) {
    // A relative tolerance: rounding alone can nudge a flat cost up by an ulp.
    if (cost[k] > cost[k - 1] * (1 + 1e-12) + 1e-300) return k;
  }
  return null;
}

/** The largest single-step change of z, |z_{k+1} − z_k|, and the epoch it happens at. */
export function largestStep(z: Float64Array): { epoch: number; size: number } {
  let best = { epoch: 0, size: 0 };
  for (let k = 1; k < z.length; k++) {
    const size = Math.abs(z[k] - z[k - 1]);
    if (size > best.size) best = { epoch: k - 1, size };
  }
  return best;
}

/** A step this large in z jumps across the whole bend of the sigmoid (which spans about −5…5). */
export const GIANT_STEP = 5;

/** True when every number of the trajectory is finite (it always should be; the panel checks anyway). */
export function isFiniteTrajectory(t: NeuronTrajectory): boolean {
  const arrays = [t.w, t.b, t.z, t.a, t.cost, t.dCdz, t.sigmaPrime];
  return arrays.every((array) => array.every(Number.isFinite));
}
