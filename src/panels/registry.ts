import { lazy } from 'react';
import type { PanelId } from '../state/appUrl';
import type { PanelDefinition } from './types';
import * as surrogate from './surrogate/schema';
import * as neuron from './neuron/schema';
import * as softmax from './softmax/schema';
import * as more from './more/schema';

/** Every panel, keyed by id. Schemas are imported eagerly (they are small); components lazily, one chunk each. */
export const PANELS: Record<PanelId, PanelDefinition> = {
  surrogate: { id: 'surrogate', schema: surrogate.schema, hidable: surrogate.hidable, Component: lazy(() => import('./surrogate/Panel')) },
  neuron: { id: 'neuron', schema: neuron.schema, hidable: neuron.hidable, Component: lazy(() => import('./neuron/Panel')) },
  softmax: { id: 'softmax', schema: softmax.schema, hidable: softmax.hidable, Component: lazy(() => import('./softmax/Panel')) },
  more: { id: 'more', schema: more.schema, hidable: more.hidable, Component: lazy(() => import('./more/Panel')) },
};
