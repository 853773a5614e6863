import type { Schema } from '../../state/params';

/** URL state of the softmax panel: every control, with its default and range. */
export const schema = {} satisfies Schema;

/** Controls a teacher can hide in an embed with hide=… */
export const hidable: readonly string[] = [];
