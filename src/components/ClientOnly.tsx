import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};
const clientSnapshot = () => 0;
/** Set when React reads the server snapshot: read right after, within the same synchronous call. */
let readServerSnapshot = false;
const serverSnapshot = () => {
  readServerSnapshot = true;
  return 0;
};

/**
 * True when this component's render is the server's or hydrates the server's HTML: React reads a
 * store's server snapshot then and only then. Both snapshots are equal, so reading them never
 * re-renders anything.
 */
export function useFromServerHtml(): boolean {
  // eslint-disable-next-line react-hooks/globals -- reset and read around one synchronous call, never kept between renders
  readServerSnapshot = false;
  useSyncExternalStore(subscribe, clientSnapshot, serverSnapshot);
  return readServerSnapshot;
}

/**
 * True once the page runs its own code: false in the prerendered HTML and while hydrating it, true
 * soon after (and from the first render for a component the browser mounts afresh). Content the
 * first paint does not need (a second contour map, a long table) can wait for it, so the HTML of
 * every view stays small.
 *
 * The switch after hydration is a transition: React renders what it adds in slices that leave the
 * browser free to answer input and paint, and every component that switches at the same moment
 * commits together. (A store whose client snapshot differs from the server's, as this hook used
 * to be, re-renders synchronously right after the hydration commit: one task however much it adds.)
 */
export function useHydrated(): boolean {
  const fromServer = useFromServerHtml();
  const [hydrated, setHydrated] = useState(!fromServer);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/**
 * Renders `children` only in the browser, after hydration; until then `placeholder` (sized like
 * the content, so nothing shifts when it arrives).
 */
export function ClientOnly({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  return useHydrated() ? children : placeholder;
}
