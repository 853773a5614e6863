import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { lastOf, liveOf } from '../../components/live';
import { logSoftmax, logSumExp, scaleByTemperature, softmax, softmaxCrossEntropy, softmaxCrossEntropyGrad, softmaxSteps, type SoftmaxSteps } from '../../math';
import type { schema } from './definition';

export type SoftmaxValues = ValuesOf<typeof schema>;

/** Typed hooks onto this softmax panel's store (one store per panel instance, from context). */
export const { useValue, useValues, useActions, useStoreApi } = panelHooks<SoftmaxValues>();

/** A node of this panel that follows its values without a React render (src/components/live.tsx). */
export const Live = liveOf<SoftmaxValues>();

export interface SoftmaxView {
  /** The logits after temperature scaling. */
  scaled: readonly number[];
  /** No temperature applies (T = 1): the inputs are the logits as typed. */
  typed: boolean;
  naive: SoftmaxSteps;
  shifted: SoftmaxSteps;
  /** 0-based true class. */
  trueIndex: number;
  probabilities: readonly number[];
  logProbabilities: readonly number[];
  gradient: readonly number[];
  loss: number;
  logSumExp: number;
}

/** Everything the panel shows for a set of values, computed once per change of the store however many nodes read it. */
export const viewOf = lastOf((values: SoftmaxValues): SoftmaxView => {
  const scaled = scaleByTemperature(values.logits, values.temperature);
  const trueIndex = values.trueClass - 1;
  return {
    scaled,
    typed: values.temperature === 1,
    naive: softmaxSteps(scaled, { shift: false, precision: values.precision }),
    shifted: softmaxSteps(scaled, { shift: true, precision: values.precision }),
    trueIndex,
    probabilities: softmax(scaled),
    logProbabilities: logSoftmax(scaled),
    gradient: softmaxCrossEntropyGrad(scaled, trueIndex),
    loss: softmaxCrossEntropy(scaled, trueIndex),
    logSumExp: logSumExp(scaled),
  };
});

/**
 * What changes the panel's markup rather than its numbers: the number of classes, the precision,
 * the true class and which cells have a problem (a mark, a reason, a focus stop) or no bar (NaN).
 * The panel re-renders when this changes; a step that keeps it only rewrites numbers.
 */
export function shapeOf(values: SoftmaxValues): string {
  const view = viewOf(values);
  const issues = (steps: SoftmaxSteps) => [...steps.expIssues, '|', ...steps.probabilityIssues, '|', steps.sumIssue, '|', ...steps.probabilities.map((p) => Number.isFinite(p))].join(',');
  return [values.logits.length, values.precision, values.trueClass, issues(view.naive), issues(view.shifted)].join(';');
}
