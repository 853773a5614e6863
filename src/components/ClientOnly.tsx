import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/**
 * True once the page runs its own code: false in the prerendered HTML and while hydrating it, true
 * from the first render after. Content the first paint does not need (a second contour map, a
 * long table) can wait for it, so the HTML of every view stays small.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Renders `children` only in the browser, after hydration; until then `placeholder` (sized like
 * the content, so nothing shifts when it arrives).
 */
export function ClientOnly({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  return useHydrated() ? children : placeholder;
}
