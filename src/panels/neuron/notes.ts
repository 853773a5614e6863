/**
 * What the panel says about a run that does not descend smoothly: an overshooting learning rate
 * (the cost rises), a single giant step in z, or numbers that left floating point (never drawn).
 */
import type { NeuronTrajectory } from '../../math';
import type { Run } from './runs';
import { RUN_IDS, type RunId } from './definition';

/** Note kinds, in the order the panel lists them (each is also the key of its strings). */
export const NOTE_KINDS = ['noteRise', 'noteGiant', 'noteNonFinite'] as const;

export interface RunNote {
  kind: (typeof NOTE_KINDS)[number];
  run: RunId;
  epoch: number;
  /** |Δz| of the giant step (0 for other notes). */
  size: number;
}

/** The switched-on runs that can be drawn, in a fixed order, and the notes about them. */
export function runNotes(runsById: Record<RunId, Run>, shown: readonly RunId[]): { visible: Run[]; notes: RunNote[] } {
  const visible: Run[] = [];
  const notes: RunNote[] = [];
  for (const id of RUN_IDS) {
    if (!shown.includes(id)) continue;
    const run = runsById[id];
    if (!isFiniteTrajectory(run.trajectory)) {
      notes.push({ kind: 'noteNonFinite', run: id, epoch: 0, size: 0 });
      continue;
    }
    visible.push(run);
    const rise = firstCostRise(run.trajectory.cost);
    if (rise !== null) notes.push({ kind: 'noteRise', run: id, epoch: rise, size: 0 });
    const step = largestStep(run.trajectory.z);
    if (step.size > GIANT_STEP) notes.push({ kind: 'noteGiant', run: id, epoch: step.epoch, size: step.size });
  }
  return { visible, notes };
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
