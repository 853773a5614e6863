import type { CodePanelId } from './registry';
import type { CodeGenerator } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- each generator takes its own panel's values */
type Loader = () => Promise<CodeGenerator<any>>;

/**
 * Each panel's "Copy as code" generator, keyed by panel id, loaded on demand; the code panel's chunk
 * carries this table (the Code button needs only ./registry.ts). Every panel listed in
 * CODE_PANEL_IDS has one, and only those (checked by the compiler).
 */
export const CODE_GENERATORS: Readonly<Record<CodePanelId, Loader>> & Readonly<Partial<Record<string, Loader>>> = {
  surrogate: () => import('./surrogate').then((m) => m.surrogateCode),
  neuron: () => import('./neuron').then((m) => m.neuronCode),
  softmax: () => import('./softmax').then((m) => m.softmaxCode),
  more: () => import('./more').then((m) => m.moreCode),
  classifier: () => import('./classifier').then((m) => m.classifierCode),
  regression: () => import('./regression').then((m) => m.regressionCode),
  probability: () => import('./probability').then((m) => m.probabilityCode),
  depth: () => import('./depth').then((m) => m.depthCode),
};
