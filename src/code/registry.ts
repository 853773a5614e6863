import type { CodeGenerator } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- each generator takes its own panel's values */
type Loader = () => Promise<CodeGenerator<any>>;

/**
 * The panels that have a "Copy as code" generator, keyed by panel id, each loaded on demand (the
 * first view's JavaScript does not carry them). A panel missing here simply has no Code button.
 */
export const CODE_GENERATORS: Readonly<Partial<Record<string, Loader>>> = {
  surrogate: () => import('./surrogate').then((m) => m.surrogateCode),
  neuron: () => import('./neuron').then((m) => m.neuronCode),
  softmax: () => import('./softmax').then((m) => m.softmaxCode),
  more: () => import('./more').then((m) => m.moreCode),
  classifier: () => import('./classifier').then((m) => m.classifierCode),
  regression: () => import('./regression').then((m) => m.regressionCode),
  probability: () => import('./probability').then((m) => m.probabilityCode),
  depth: () => import('./depth').then((m) => m.depthCode),
};

/** Whether a panel has code to copy. */
export function hasCode(panelId: string): boolean {
  return CODE_GENERATORS[panelId] !== undefined;
}
