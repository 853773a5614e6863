import { lazy } from 'react';
import type { PanelId } from '../state/appUrl';
import type { PanelDefinition } from './types';

const Placeholder = lazy(() => import('./placeholder/Placeholder'));

/** Every panel, keyed by id. Schemas are imported eagerly (they are small); components lazily. */
export const PANELS: Record<PanelId, PanelDefinition> = {
  surrogate: { id: 'surrogate', schema: {}, hidable: [], Component: Placeholder },
  neuron: { id: 'neuron', schema: {}, hidable: [], Component: Placeholder },
  softmax: { id: 'softmax', schema: {}, hidable: [], Component: Placeholder },
  more: { id: 'more', schema: {}, hidable: [], Component: Placeholder },
};
