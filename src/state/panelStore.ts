import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { applyRules, type AnyPanelDefinition } from '../panels/definition';
import { defaultValues } from './params';

/**
 * The state every panel store holds: its URL-backed values and the only ways to change them. Every
 * write goes through the definition's rules (a margin inside the plotted range, the true class among
 * the logits, …), so the rules hold whoever writes, and components do not re-enforce them.
 */
export interface PanelState<V> {
  values: V;
  /** Set one value (a control writes here; nothing else does). */
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Set several values at once. */
  patch: (partial: Partial<V>) => void;
  /** Switch one option of a set parameter on or off (kept in the schema's option order). */
  toggle: <K extends keyof V>(key: K, option: string) => void;
  /** One value back to its default. */
  resetKey: (key: keyof V) => void;
  /** Apply one of the definition's presets. */
  applyPreset: (name: string) => void;
  /** Every value back to the defaults. */
  reset: () => void;
}

export type PanelActions<V> = Omit<PanelState<V>, 'values'>;

/** One store per panel instance (never a module singleton), so two panels on a page never share state. */
export function createPanelStore<V extends object>(definition: AnyPanelDefinition, initial: V): StoreApi<PanelState<V>> {
  const defaults = defaultValues(definition.schema) as V;
  return createStore<PanelState<V>>()((setState, getState) => {
    const write = (partial: Partial<V>) =>
      setState((s) => {
        const changed = (Object.keys(partial) as (keyof V)[]).some((key) => !Object.is(s.values[key], partial[key]));
        return changed ? { values: applyRules(definition, { ...s.values, ...partial }) } : s;
      });
    return {
      values: applyRules(definition, initial),
      set: (key, value) => write({ [key]: value } as unknown as Partial<V>),
      patch: write,
      toggle: (key, option) => {
        const options = definition.schema[key as string].options ?? [];
        const current = getState().values[key] as readonly string[];
        const next = current.includes(option) ? current.filter((o) => o !== option) : options.filter((o) => o === option || current.includes(o));
        write({ [key]: next } as unknown as Partial<V>);
      },
      resetKey: (key) => write({ [key]: defaults[key] } as unknown as Partial<V>),
      applyPreset: (name) => {
        const preset = definition.presets[name];
        if (preset) write(preset as Partial<V>);
      },
      reset: () => setState({ values: applyRules(definition, defaults) }),
    };
  });
}

/** What a panel's subtree reads from context: its definition, its store and the embed's hidden groups. */
export interface PanelContextValue {
  definition: AnyPanelDefinition;
  store: StoreApi<PanelState<object>>;
  hidden: ReadonlySet<string>;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanelContext(): PanelContextValue {
  const context = useContext(PanelContext);
  if (!context) throw new Error('panel hooks used outside a PanelContext provider');
  return context;
}

/** Typed hooks onto the panel store in context; call once per panel at module level with its values type. */
export function panelHooks<V extends object>() {
  function useApi(): StoreApi<PanelState<V>> {
    return usePanelContext().store as unknown as StoreApi<PanelState<V>>;
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
    useActions(): PanelActions<V> {
      return useApi().getState();
    },
    /** The store itself, for effects that read values without re-rendering. */
    useStoreApi: useApi,
  };
}
