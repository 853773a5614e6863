import type { ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import { definition } from '../../../../src/panels/neuron/definition';
import type { NeuronValues } from '../../../../src/panels/neuron/store';
import { createPanelStore, PanelContext, type PanelState } from '../../../../src/state/panelStore';
import { defaultValues } from '../../../../src/state/params';

/** A neuron panel store as the shell would create it (defaults, then `values`), and a provider for hooks. */
export function neuronStore(values: Partial<NeuronValues> = {}, hidden: readonly string[] = []) {
  const store = createPanelStore<NeuronValues>(definition, { ...defaultValues(definition.schema), ...values });
  const context = { definition, store: store as unknown as StoreApi<PanelState<object>>, hidden: new Set(hidden) };
  const wrapper = ({ children }: { children: ReactNode }) => <PanelContext.Provider value={context}>{children}</PanelContext.Provider>;
  return { store, wrapper, at: () => store.getState().values.at };
}
