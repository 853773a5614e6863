import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';

/** The state every panel store holds: its URL-backed values and the only ways to change them. */
export interface PanelState<V> {
  values: V;
  /** Set one value (a slider writes here; nothing else does). */
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Set several values at once (presets). */
  patch: (partial: Partial<V>) => void;
  /** Back to the schema defaults. */
  reset: () => void;
}

/** One store per panel instance (never a module singleton), so two panels on a page never share state. */
export function createPanelStore<V extends object>(initial: V, defaults: V): StoreApi<PanelState<V>> {
  return createStore<PanelState<V>>()((setState) => ({
    values: initial,
    set: (key, value) => setState((s) => (Object.is(s.values[key], value) ? s : { values: { ...s.values, [key]: value } })),
    patch: (partial) => setState((s) => ({ values: { ...s.values, ...partial } })),
    reset: () => setState({ values: defaults }),
  }));
}

export const PanelStoreContext = createContext<StoreApi<PanelState<object>> | null>(null);

/** Typed hooks onto the panel store in context; call once per panel at module level with its values type. */
export function panelHooks<V extends object>() {
  function useApi(): StoreApi<PanelState<V>> {
    const api = useContext(PanelStoreContext);
    if (!api) throw new Error('panel hooks used outside a PanelStoreContext provider');
    return api as unknown as StoreApi<PanelState<V>>;
  }
  return {
    /** One value, re-rendering only when it changes. */
    useValue<K extends keyof V>(key: K): V[K] {
      return useStore(useApi(), (s) => s.values[key]);
    },
    /** All values (re-renders on any change: use in components that need most of them). */
    useValues(): V {
      return useStore(useApi(), (s) => s.values);
    },
    useActions(): Pick<PanelState<V>, 'set' | 'patch' | 'reset'> {
      const api = useApi();
      return api.getState();
    },
  };
}
