import {
  classifierMargins,
  classifierTrajectory,
  fitLinearClassifier,
  perceptronTrain,
  weightNorm,
  zeroOneError,
  type ClassifierLossId,
  type LabeledPoint,
} from '../../math/classifier';
import { marginLoss } from '../../math';
import type { ClassifierId } from './definition';

/*
 * What the panel shows of each classifier, read from src/math: the exact fit (the perceptron's
 * final line), and the states of the watched training. No formula is evaluated here.
 */

/** Gradient-descent steps in the watched training (the trajectory has one more state). */
export const TRAINING_STEPS = 200;
/** Passes over the points before the perceptron gives up. */
export const PERCEPTRON_EPOCHS = 100;

/** One classifier's line and the numbers shown under it. */
export interface ClassifierState {
  id: ClassifierId;
  w: [number, number];
  b: number;
  /** J(w, b); null for the perceptron (it minimises no objective here). */
  objective: number | null;
  zeroOneError: number;
  /** ‖w‖; null where src/math does not report it (the perceptron, training states). */
  weightNorm: number | null;
  /** No minimum exists: the weights grow without bound (λ = 0, separable points, log or exponential). */
  unbounded: boolean;
}

export interface PerceptronSummary {
  separated: boolean;
  updates: number;
  epochs: number;
}

export interface ClassifierFits {
  optimum: ClassifierState[];
  perceptron: PerceptronSummary | null;
}

const isLoss = (id: ClassifierId): id is ClassifierLossId => id !== 'perceptron';

/** The fits of an earlier call (the last move's), which `fitAll` reuses or starts from. */
export interface EarlierFits {
  points: readonly LabeledPoint[];
  lambda: number;
  fits: ClassifierFits;
}

/**
 * The exact fit of every chosen classifier (the perceptron: the line its classic algorithm stops at).
 * Given the last move's fits: a classifier whose inputs did not change is reused (every one when only
 * the chosen set changed; the perceptron when only λ did), and the others start from their earlier
 * solution (src/math's warm start: the same minimum in a few steps) when the point count is unchanged.
 */
export function fitAll(points: readonly LabeledPoint[], ids: readonly ClassifierId[], lambda: number, earlier?: EarlierFits | null): ClassifierFits {
  let perceptron: PerceptronSummary | null = null;
  const samePoints = earlier?.points === points;
  const nearby = earlier !== null && earlier !== undefined && earlier.points.length === points.length;
  const optimum = ids.map((id): ClassifierState => {
    const before = nearby ? earlier.fits.optimum.find((state) => state.id === id) : undefined;
    if (isLoss(id)) {
      if (before && samePoints && earlier.lambda === lambda) return before;
      const warmStart = before && !before.unbounded ? { w: before.w, b: before.b } : undefined;
      const fit = fitLinearClassifier(points, id, { lambda, ...(warmStart ? { warmStart } : {}) });
      return { id, w: fit.w, b: fit.b, objective: fit.objective, zeroOneError: fit.zeroOneError, weightNorm: fit.weightNorm, unbounded: fit.unbounded };
    }
    if (before && samePoints && earlier.fits.perceptron) {
      perceptron = earlier.fits.perceptron;
      return before;
    }
    const run = perceptronTrain(points, { maxEpochs: PERCEPTRON_EPOCHS });
    perceptron = { separated: run.separated, updates: run.updates, epochs: run.epochs };
    const w: [number, number] = [run.w1[run.updates], run.w2[run.updates]];
    const b = run.b[run.updates];
    return { id, w, b, objective: null, zeroOneError: zeroOneError(points, w, b), weightNorm: weightNorm(w), unbounded: false };
  });
  return { optimum, perceptron };
}

/**
 * `fitAll` that remembers its last answer and passes it on to the next call (one per panel instance).
 * The answers do not depend on what it remembers (the warm start reaches the same minimum), only
 * their cost does, so it may be called during render.
 */
export function fitCache(): (points: readonly LabeledPoint[], ids: readonly ClassifierId[], lambda: number) => ClassifierFits {
  let earlier: EarlierFits | null = null;
  return (points, ids, lambda) => {
    const fits = fitAll(points, ids, lambda, earlier);
    earlier = { points, lambda, fits };
    return fits;
  };
}

/** The watched training: state k of every chosen classifier, k = 0 … TRAINING_STEPS. */
export interface Training {
  steps: number;
  at: (k: number) => ClassifierState[];
  /** The perceptron's update shown at step k (it makes one update a step, then rests). */
  perceptronUpdate: (k: number) => number;
  /** The point whose mistake caused that update, or null for the start (w = 0). */
  perceptronPoint: (k: number) => number | null;
}

/** Gradient descent from w = 0 for every loss; the perceptron's updates one a step. */
export function trainAll(points: readonly LabeledPoint[], ids: readonly ClassifierId[], lambda: number): Training {
  const runs = ids.map((id) => {
    if (isLoss(id)) return { id, kind: 'loss' as const, path: classifierTrajectory(points, id, { lambda, steps: TRAINING_STEPS }) };
    return { id, kind: 'perceptron' as const, run: perceptronTrain(points, { maxEpochs: PERCEPTRON_EPOCHS }) };
  });
  const perceptron = runs.find((r) => r.kind === 'perceptron');
  const perceptronUpdate = (k: number) => (perceptron && perceptron.kind === 'perceptron' ? Math.min(k, perceptron.run.updates) : 0);
  const perceptronPoint = (k: number) => {
    if (!perceptron || perceptron.kind !== 'perceptron') return null;
    const index = perceptron.run.pointIndex[perceptronUpdate(k)];
    return index >= 0 ? index : null;
  };
  return {
    steps: TRAINING_STEPS,
    perceptronUpdate,
    perceptronPoint,
    at: (k) =>
      runs.map((entry): ClassifierState => {
        if (entry.kind === 'loss') {
          const { path } = entry;
          const w: [number, number] = [path.w1[k], path.w2[k]];
          return { id: entry.id, w, b: path.b[k], objective: path.objective[k], zeroOneError: path.zeroOneError[k], weightNorm: weightNorm(w), unbounded: false };
        }
        const j = Math.min(k, entry.run.updates);
        const w: [number, number] = [entry.run.w1[j], entry.run.w2[j]];
        return { id: entry.id, w, b: entry.run.b[j], objective: null, zeroOneError: zeroOneError(points, w, entry.run.b[j]), weightNorm: weightNorm(w), unbounded: false };
      }),
  };
}

/** Each point's margin and loss under one classifier. */
export interface PointLosses {
  margins: number[];
  losses: number[];
}

/** The margins m_i = y_i(w·x_i + b) and losses L(m_i) of every point under a classifier (the perceptron's loss max(0, −m)). */
export function pointLosses(points: readonly LabeledPoint[], state: Pick<ClassifierState, 'id' | 'w' | 'b'>): PointLosses {
  const margins = classifierMargins(points, state.w, state.b);
  return { margins, losses: margins.map((m) => marginLoss(state.id, m)) };
}
