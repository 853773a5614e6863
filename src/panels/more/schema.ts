import { booleanParam, conflictRule, enumParam, numberListParam, numberParam, setParam, type Schema } from '../../state/params';

export const REGRESSION_CURVES = ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh'] as const;
export type RegressionCurve = (typeof REGRESSION_CURVES)[number];

/** URL state of the "more losses" panel. */
export const schema = {
  /** The residual r = ŷ − y under the marker. */
  r: numberParam({ default: 1.5, min: -10, max: 10 }),
  /** Half-width of the residual axis. */
  rrange: numberParam({ default: 3, min: 1, max: 10 }),
  curves: setParam(REGRESSION_CURVES, ['mse', 'mae', 'huber', 'log-cosh']),
  delta: numberParam({ default: 1, min: 0.1, max: 5 }),
  beta: numberParam({ default: 1, min: 0.1, max: 5 }),
  rgrad: booleanParam(false),
  /** Unnormalised weights of p and q (normalised for display). */
  p: numberListParam({ default: [0.5, 0.25, 0.125, 0.125], minLength: 2, maxLength: 8, min: 0, max: 1 }),
  q: numberListParam({ default: [0.25, 0.25, 0.25, 0.25], minLength: 2, maxLength: 8, min: 0, max: 1 }),
  base: enumParam(['2', 'e'] as const, '2'),
} satisfies Schema;

/** The residual lies inside the plotted range, as the range control keeps it. */
export const conflicts = conflictRule(schema, ({ r, rrange }) =>
  Math.abs(r) > rrange ? [{ key: 'r', value: Math.sign(r) * rrange, other: 'rrange' }] : [],
);

export const hidable: readonly string[] = ['regression', 'information', 'curves', 'delta', 'distributions'];

/** The two sections: an embed that hides both would show nothing. */
export const sections: readonly string[] = ['regression', 'information'];
