/**
 * What the panel says about a run that does not descend smoothly: an overshooting learning rate
 * (the cost rises), a single giant step in z, or numbers that left floating point (never drawn).
 */
import { firstCostRise, GIANT_STEP, isFiniteTrajectory, largestStep, type Run } from './runs';
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
