/**
 * The learning-rate sweep under the charts: for several rates, how many epochs each run needs to
 * bring its output within SWEEP_TOLERANCE of the target. Pure; numbers from src/math.
 */
import { learningRateSweep, type RateSweepEntry } from '../../math';
import { RUN_IDS, type RunId } from './definition';
import { runCost, runStart, type RunParams } from './runs';

/** The rates compared: about three per decade, from the book's 0.005 for cross-entropy up to 15. */
export const SWEEP_ETAS: readonly number[] = [0.005, 0.015, 0.05, 0.15, 0.5, 1.5, 5, 15];
/** "Near the target": |a − y| ≤ 0.1, a yardstick that means the same under both costs. */
export const SWEEP_TOLERANCE = 0.1;

export type RateSweep = Record<RunId, RateSweepEntry[]>;

/** Each run's sweep over SWEEP_ETAS, from its own start, for the panel's x, y and number of epochs. */
export function rateSweep(p: Omit<RunParams, 'eta' | 'etaCe' | 'separateRate'>): RateSweep {
  const entries = RUN_IDS.map((id): [RunId, RateSweepEntry[]] => {
    const start = runStart(id);
    const setup = { w: start === 1 ? p.w1 : p.w2, b: start === 1 ? p.b1 : p.b2, x: p.x, y: p.y, epochs: p.epochs, cost: runCost(id) };
    return [id, learningRateSweep(setup, SWEEP_ETAS, SWEEP_TOLERANCE)];
  });
  return Object.fromEntries(entries) as RateSweep;
}

/** The entry with the fewest epochs to the target (the smaller rate on a tie), or null if no rate gets there. */
export function bestRate(entries: readonly RateSweepEntry[]): RateSweepEntry | null {
  let best: RateSweepEntry | null = null;
  for (const entry of entries) {
    if (entry.epochsToTarget === null) continue;
    if (best === null || entry.epochsToTarget < best.epochsToTarget!) best = entry;
  }
  return best;
}
