import { booleanParam, conflictRule, enumParam, integerParam, numberParam, setParam, type Schema } from '../../state/params';

/** The four runs: {quadratic, cross-entropy} × {start 1, start 2}. */
export const RUN_IDS = ['quad1', 'quad2', 'ce1', 'ce2'] as const;
export type RunId = (typeof RUN_IDS)[number];

/** The articles' two starts: output 0.82 from (w, b) = (0.6, 0.9) and 0.98 from (2, 2), with x = 1. */
export const PRESETS = {
  start1: { w: 0.6, b: 0.9 },
  start2: { w: 2, b: 2 },
} as const;

/** Learning rates the slider and the URL accept; beyond about 10 training visibly overshoots. */
export const LEARNING_RATE_RANGE = { min: 0.0001, max: 100 } as const;
export const WEIGHT_RANGE = { min: -10, max: 10 } as const;
export const MAX_EPOCHS = 1000;

/** URL state of the neuron panel: every control, with its default and range (not the play state). */
export const schema = {
  /** Learning rate η, shared by all four runs unless separateRate is on. */
  eta: numberParam({ default: 0.15, ...LEARNING_RATE_RANGE }),
  /** Use etaCe for the cross-entropy runs instead of eta. */
  separateRate: booleanParam(false),
  /** Cross-entropy learning rate when separateRate is on (the book animated at 0.005). */
  etaCe: numberParam({ default: 0.005, ...LEARNING_RATE_RANGE }),
  epochs: integerParam({ default: 300, min: 1, max: MAX_EPOCHS }),
  w1: numberParam({ default: PRESETS.start1.w, ...WEIGHT_RANGE }),
  b1: numberParam({ default: PRESETS.start1.b, ...WEIGHT_RANGE }),
  w2: numberParam({ default: PRESETS.start2.w, ...WEIGHT_RANGE }),
  b2: numberParam({ default: PRESETS.start2.b, ...WEIGHT_RANGE }),
  /** Input x and target y of the single training example. */
  x: numberParam({ default: 1, min: -5, max: 5 }),
  y: numberParam({ default: 0, min: 0, max: 1 }),
  /** Which runs are drawn. */
  runs: setParam(RUN_IDS, RUN_IDS),
  /** Which run the neuron diagram shows. */
  focus: enumParam(RUN_IDS, 'quad2'),
  /** Animation speed in epochs per second. */
  speed: integerParam({ default: 60, min: 1, max: 300 }),
  /** The epoch the cursor rests on (clamped to epochs). */
  at: integerParam({ default: 0, min: 0, max: MAX_EPOCHS }),
} satisfies Schema;

/** The epoch cursor lies within the run (the last epoch when the link points past it). */
export const conflicts = conflictRule(schema, ({ at, epochs }) => (at > epochs ? [{ key: 'at', value: epochs, other: 'epochs' }] : []));

/** Controls a teacher can hide in an embed with hide=… */
export const hidable: readonly string[] = ['learning-rate', 'separate-rate', 'epochs', 'start1', 'start2', 'input-x', 'target-y', 'runs', 'diagram-run', 'speed'];
