import { useCallback, useState } from 'react';
import { usePanelContext } from '../../state/panelStore';

/** State kept per panel instance (its store), so it outlives the component: a hidden and re-shown prompt, a retried panel. */
const kept = new WeakMap<object, Map<string, unknown>>();

function bagOf(owner: object): Map<string, unknown> {
  let bag = kept.get(owner);
  if (!bag) {
    bag = new Map();
    kept.set(owner, bag);
  }
  return bag;
}

/** Like useState, but the value lives as long as the panel (not the URL: a guess is nobody else's business). */
export function usePanelKeptState<T>(key: string, initial: T): [T, (next: T) => void] {
  const { store } = usePanelContext();
  const [value, setValue] = useState<T>(() => {
    const bag = bagOf(store);
    return bag.has(key) ? (bag.get(key) as T) : initial;
  });
  const set = useCallback(
    (next: T) => {
      bagOf(store).set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}
