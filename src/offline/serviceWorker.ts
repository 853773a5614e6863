/*
 * Registers the service worker that keeps Loss Lab working offline after the first visit (dist/sw.js,
 * generated at build time by scripts/vite-plugin-offline.ts: the update rules are written there).
 *
 * It waits until the page has loaded and the main thread is idle, so the first view's work is not
 * delayed, and it stays silent wherever a service worker cannot run: the dev server (no sw.js),
 * a sandboxed iframe with an opaque origin (reading navigator.serviceWorker throws there), a page
 * that is not a secure context, browsers without service workers, or a host that refuses the
 * script. The app works the same without it, only not offline.
 */

/** The parts of `window` this module uses (a parameter, so tests can stand in for the browser). */
export interface ServiceWorkerHost {
  readonly origin: string;
  readonly isSecureContext: boolean;
  readonly document: Pick<Document, 'readyState' | 'baseURI'>;
  readonly navigator: Navigator;
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/** The worker's script beside index.html; its scope is that folder, whatever sub-path the app is served at. */
export const SERVICE_WORKER_URL = './sw.js';

/** The container to register with, or null where service workers are unavailable (never throws). */
export function serviceWorkerContainer(host: ServiceWorkerHost): ServiceWorkerContainer | null {
  try {
    // An opaque origin (sandboxed iframe without allow-same-origin): the getter would throw a SecurityError.
    if (host.origin === 'null' || !host.isSecureContext) return null;
    return host.navigator.serviceWorker ?? null;
  } catch {
    return null;
  }
}

/** Registers ./sw.js once the page has loaded and gone idle; resolves to whether it registered. */
export function registerServiceWorker(host: ServiceWorkerHost): Promise<boolean> {
  const container = serviceWorkerContainer(host);
  if (!container) return Promise.resolve(false);
  return new Promise<void>((loaded) => {
    if (host.document.readyState === 'complete') loaded();
    else host.addEventListener('load', () => loaded(), { once: true });
  })
    .then(() => new Promise<void>((idle) => (host.requestIdleCallback ? host.requestIdleCallback(() => idle(), { timeout: 5000 }) : idle())))
    .then(() => {
      const base = host.document.baseURI;
      return container.register(new URL(SERVICE_WORKER_URL, base).href, { scope: new URL('./', base).href });
    })
    .then(
      () => true,
      // Refused (a host without sw.js, storage disabled, a policy): the app simply stays online-only.
      () => false,
    );
}
