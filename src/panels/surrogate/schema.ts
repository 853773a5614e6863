import { booleanParam, conflictRule, enumParam, integerParam, numberListParam, numberParam, setParam, type Schema } from '../../state/params';
import type { MarginLossId } from '../../math';

/**
 * The curves a visitor can switch on. `logistic` is the log loss; its base (2 as in the articles,
 * or e as logistic regression minimises it) is the separate `base` control, so one legend entry
 * stands for either `log2` or `log` in src/math.
 */
export const CURVE_IDS = ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron', 'squared-hinge', 'modified-huber'] as const;
export type CurveId = (typeof CURVE_IDS)[number];

/** The articles' five curves. */
export const DEFAULT_CURVES: readonly CurveId[] = ['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron'];

export const LOG_BASES = ['2', 'e'] as const;
export type LogBase = (typeof LOG_BASES)[number];

/** The src/math loss a curve id stands for, given the log base. */
export function mathLossId(curve: CurveId, base: LogBase): MarginLossId {
  if (curve === 'logistic') return base === '2' ? 'log2' : 'log';
  return curve;
}

/** Widest margin anywhere in the panel (view half-width, marker, example points). */
export const MARGIN_LIMIT = 10;
export const CEILING_RANGE = { min: 1, max: 100 } as const;
/** Example points on the margin axis: one misclassified far left, one on the wrong side, three correct. */
export const DEFAULT_POINTS: readonly number[] = [-3, -0.5, 0.5, 1.5, 2.5];
export const MAX_POINTS = 8;

/** URL state of the surrogate panel: every control, with its default and range. */
export const schema = {
  /** The margin m = y·f(x) the marker and readout show. */
  m: numberParam({ default: 0, min: -MARGIN_LIMIT, max: MARGIN_LIMIT }),
  /** Curves switched on in the legend. */
  losses: setParam(CURVE_IDS, DEFAULT_CURVES),
  /** Show the second chart of dL/dm. */
  grad: booleanParam(false),
  /** Half-width of the m axis: the plot spans -range … range. */
  range: integerParam({ default: 4, min: 1, max: MARGIN_LIMIT }),
  /** Top of the loss axis (curves above it are clipped). */
  ceiling: numberParam({ default: 8, ...CEILING_RANGE }),
  /** Base of the log loss. */
  base: enumParam(LOG_BASES, '2'),
  /** Margins of the draggable example points in the outlier strip. */
  points: numberListParam({ default: DEFAULT_POINTS, minLength: 1, maxLength: MAX_POINTS, min: -MARGIN_LIMIT, max: MARGIN_LIMIT }),
} satisfies Schema;

/** The marker lies inside the plotted range, as the range control keeps it (example points may lie outside: the strip marks them). */
export const conflicts = conflictRule(schema, ({ m, range }) =>
  Math.abs(m) > range ? [{ key: 'm', value: Math.sign(m) * range, other: 'range' }] : [],
);

/** Controls a teacher can hide in an embed with hide=… */
export const hidable: readonly string[] = ['m', 'losses', 'grad', 'range', 'ceiling', 'base', 'points', 'formulas'];
