import { use, type ComponentType } from 'react';

type Tracked<P> = Promise<ComponentType<P>> & { status?: 'fulfilled'; value?: ComponentType<P> };

/**
 * Like React's `lazy`, for a part that only some pages need (the embed view) and that the startup
 * requests ahead, beside the shell (src/main.tsx), and waits for: once `load()` has settled, the
 * part renders without suspending (React's `use` reads a settled promise's `status` and `value`),
 * so hydration finds the server's HTML as it is. Before that it suspends like `lazy` (the
 * prerenderer's first pass). A failed load may be retried.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): { load: () => Promise<ComponentType<P>>; Component: ComponentType<P> } {
  let loading: Tracked<P> | null = null;
  const fetch = (): Tracked<P> => {
    if (!loading) {
      const promise: Tracked<P> = load().then(
        (component) => {
          promise.status = 'fulfilled';
          promise.value = component;
          return component;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      loading = promise;
    }
    return loading;
  };
  function Preloaded(props: P) {
    const Component = use(fetch() as Promise<ComponentType<P>>);
    return <Component {...props} />;
  }
  return { load: fetch, Component: Preloaded };
}
