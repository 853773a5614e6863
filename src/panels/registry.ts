import { lazy } from 'react';
import type { PanelId } from '../state/appUrl';
import type { PanelDefinition } from './types';
import * as surrogate from './surrogate/schema';
import { hideStrings as surrogateHide } from './surrogate/hideStrings';
import * as neuron from './neuron/schema';
import { hideStrings as neuronHide } from './neuron/hideStrings';
import * as softmax from './softmax/schema';
import { hideStrings as softmaxHide } from './softmax/hideStrings';
import * as more from './more/schema';
import { hideStrings as moreHide } from './more/hideStrings';

/** Every panel, keyed by id. Schemas are imported eagerly (they are small); components lazily, one chunk each. */
export const PANELS: Record<PanelId, PanelDefinition> = {
  surrogate: { id: 'surrogate', schema: surrogate.schema, conflicts: surrogate.conflicts, hidable: surrogate.hidable, hideLabels: surrogateHide, Component: lazy(() => import('./surrogate/Panel')) },
  neuron: { id: 'neuron', schema: neuron.schema, conflicts: neuron.conflicts, hidable: neuron.hidable, hideLabels: neuronHide, Component: lazy(() => import('./neuron/Panel')) },
  softmax: { id: 'softmax', schema: softmax.schema, conflicts: softmax.conflicts, hidable: softmax.hidable, hideLabels: softmaxHide, Component: lazy(() => import('./softmax/Panel')) },
  more: { id: 'more', schema: more.schema, conflicts: more.conflicts, hidable: more.hidable, sections: more.sections, hideLabels: moreHide, Component: lazy(() => import('./more/Panel')) },
};
