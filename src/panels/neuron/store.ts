import { panelHooks } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import type { schema } from './definition';

export type NeuronValues = ValuesOf<typeof schema>;

/** Typed hooks onto this panel instance's store (provided by the shell's PanelHost). */
export const { useValue, useActions, useStoreApi } = panelHooks<NeuronValues>();
