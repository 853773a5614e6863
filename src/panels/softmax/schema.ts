import { conflictRule, enumParam, integerParam, numberListParam, numberParam, type Schema } from '../../state/params';
import { MAX_ABS_LOGIT, MAX_LOGITS } from './parseLogits';

export const PRECISIONS = ['float64', 'float32'] as const;
export const MIN_TEMPERATURE = 0.1;
export const MAX_TEMPERATURE = 10;

/**
 * URL state of the softmax panel: every control, with its default and range. The logits' limits
 * match the text field's (parseLogits), so any vector a visitor can type can be shared as a link.
 */
export const schema = {
  /** The logits, e.g. logits=1000,2000,3000,4000,5000. */
  logits: numberListParam({ default: [1, 2, 3, 4, 5], minLength: 1, maxLength: MAX_LOGITS, min: -MAX_ABS_LOGIT, max: MAX_ABS_LOGIT }),
  /** Arithmetic of the step-by-step tables: JavaScript doubles or emulated GPU floats. */
  precision: enumParam(PRECISIONS, 'float64'),
  /** softmax(x / T). */
  temperature: numberParam({ default: 1, min: MIN_TEMPERATURE, max: MAX_TEMPERATURE }),
  /** The true class for the cross-entropy, 1-based as shown on screen (at most the number of logits: see `conflicts`). */
  trueClass: integerParam({ default: 1, min: 1, max: MAX_LOGITS }),
} satisfies Schema;

/** The true class is one of the logits (the last one when the link names a class past the end). */
export const conflicts = conflictRule(schema, ({ trueClass, logits }) =>
  trueClass > logits.length ? [{ key: 'trueClass', value: logits.length, other: 'logits' }] : [],
);

/** Controls a teacher can hide in an embed with hide=… */
export const hidable: readonly string[] = ['logits', 'presets', 'precision', 'temperature', 'true-class', 'identity'];
