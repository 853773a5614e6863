import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type ServiceWorkerHost } from '../../../src/offline/serviceWorker';

/** A stand-in window: `serviceWorker` may be a container, absent, or a getter that throws (opaque origins). */
function host(options: {
  origin?: string;
  isSecureContext?: boolean;
  readyState?: DocumentReadyState;
  baseURI?: string;
  serviceWorker?: 'throws' | 'absent' | { register: ReturnType<typeof vi.fn> };
  idle?: boolean;
}) {
  let onLoad: (() => void) | undefined;
  let onIdle: (() => void) | undefined;
  const navigator = {} as Navigator;
  if (options.serviceWorker === 'throws') {
    Object.defineProperty(navigator, 'serviceWorker', {
      get() {
        throw new DOMException('Service worker is disabled because the context is sandboxed', 'SecurityError');
      },
    });
  } else if (options.serviceWorker !== 'absent') {
    Object.defineProperty(navigator, 'serviceWorker', { value: options.serviceWorker });
  }
  const value: ServiceWorkerHost = {
    origin: options.origin ?? 'https://school.example',
    isSecureContext: options.isSecureContext ?? true,
    document: { readyState: options.readyState ?? 'complete', baseURI: options.baseURI ?? 'https://school.example/courses/ml101/loss-lab/?panel=neuron&lang=zh-CN' },
    navigator,
    addEventListener: (_type, listener) => {
      onLoad = listener;
    },
    ...(options.idle === false ? {} : { requestIdleCallback: (callback: () => void) => ((onIdle = callback), 1) }),
  };
  return { value, load: () => onLoad?.(), idle: () => onIdle?.() };
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('registerServiceWorker', () => {
  it('registers sw.js beside the page, scoped to its folder, once the page has loaded and gone idle', async () => {
    const register = vi.fn().mockResolvedValue({});
    const h = host({ readyState: 'interactive', serviceWorker: { register } });
    const registered = registerServiceWorker(h.value);
    await flush();
    expect(register).not.toHaveBeenCalled();
    h.load();
    await flush();
    expect(register).not.toHaveBeenCalled();
    h.idle();
    await expect(registered).resolves.toBe(true);
    expect(register).toHaveBeenCalledExactlyOnceWith('https://school.example/courses/ml101/loss-lab/sw.js', { scope: 'https://school.example/courses/ml101/loss-lab/' });
  });

  it('registers right away on a loaded page of a browser without requestIdleCallback', async () => {
    const register = vi.fn().mockResolvedValue({});
    await expect(registerServiceWorker(host({ idle: false, serviceWorker: { register } }).value)).resolves.toBe(true);
    expect(register).toHaveBeenCalledOnce();
  });

  it('stays silent in a sandboxed iframe (opaque origin), where reading navigator.serviceWorker throws', async () => {
    await expect(registerServiceWorker(host({ origin: 'null', serviceWorker: 'throws' }).value)).resolves.toBe(false);
    // Even if the origin looked fine, the throwing getter is caught.
    await expect(registerServiceWorker(host({ serviceWorker: 'throws' }).value)).resolves.toBe(false);
  });

  it('does nothing without service workers or outside a secure context', async () => {
    const register = vi.fn().mockResolvedValue({});
    await expect(registerServiceWorker(host({ serviceWorker: 'absent' }).value)).resolves.toBe(false);
    await expect(registerServiceWorker(host({ isSecureContext: false, serviceWorker: { register } }).value)).resolves.toBe(false);
    expect(register).not.toHaveBeenCalled();
  });

  it('a refused registration (no sw.js on the host, storage blocked) resolves false instead of throwing', async () => {
    const register = vi.fn().mockRejectedValue(new TypeError('Failed to register a ServiceWorker: 404'));
    await expect(registerServiceWorker(host({ idle: false, serviceWorker: { register } }).value)).resolves.toBe(false);
    expect(register).toHaveBeenCalledOnce();
  });
});
