import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayback, playWhileVisible, QUIET_MS } from '../../../../src/panels/neuron/playback';
import { neuronStore } from './neuronStore';

/** The panel's IntersectionObserver, driven by the test: `show(true)` scrolls the panel into view. */
function fakeViewport() {
  let report: ((entries: { isIntersecting: boolean; target: Element }[]) => void) | null = null;
  let target: Element | null = null;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
        report = callback;
      }
      observe(element: Element) {
        target = element;
      }
      unobserve() {
        target = null;
      }
      disconnect() {
        target = null;
      }
    },
  );
  return { show: (visible: boolean) => target && report?.([{ isIntersecting: visible, target }]) };
}

let hidden = false;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // A browser with idle callbacks: the autoplay then waits for a quiet main thread.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 1) as unknown as number);
  vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  hidden = false;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function panel(autoplay = true) {
  const { store } = neuronStore();
  const playback = createPlayback(store, { autoplay: false });
  const viewport = fakeViewport();
  const stop = playWhileVisible(playback, document.body, autoplay);
  return { playback, viewport, stop, playing: () => playback.moving() !== null };
}

describe('the autoplay', () => {
  it('starts only once the loaded page has been quiet for a while, with the panel on screen', () => {
    const { viewport, playing, stop } = panel();
    viewport.show(true);
    vi.advanceTimersByTime(QUIET_MS / 2);
    expect(playing()).toBe(false); // loaded, on screen, but not yet quiet long enough
    vi.advanceTimersByTime(QUIET_MS);
    expect(playing()).toBe(true);
    stop();
  });

  it('does not start off screen; starts once the panel scrolls into view, and rests while it is out', () => {
    const { viewport, playing, stop } = panel();
    viewport.show(false);
    vi.advanceTimersByTime(3 * QUIET_MS);
    expect(playing()).toBe(false);
    viewport.show(true);
    expect(playing()).toBe(true);
    viewport.show(false);
    expect(playing()).toBe(false);
    viewport.show(true);
    expect(playing()).toBe(true);
    stop();
  });

  it('rests while the tab is hidden and plays again when it is shown', () => {
    const { viewport, playing, stop } = panel();
    viewport.show(true);
    vi.advanceTimersByTime(3 * QUIET_MS);
    expect(playing()).toBe(true);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(playing()).toBe(false);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(playing()).toBe(true);
    stop();
  });

  it('without autoplay (reduced motion, a link to an epoch, the prompt) nothing starts; a pause by the visitor is kept', () => {
    const still = panel(false);
    still.viewport.show(true);
    vi.advanceTimersByTime(3 * QUIET_MS);
    expect(still.playing()).toBe(false);
    still.stop();

    const { viewport, playback, playing, stop } = panel();
    viewport.show(true);
    vi.advanceTimersByTime(3 * QUIET_MS);
    playback.toggle(); // the visitor pauses
    viewport.show(false);
    viewport.show(true);
    expect(playing()).toBe(false);
    stop();
  });

  it('stops waiting when the panel goes away', () => {
    const { viewport, playing, stop } = panel();
    viewport.show(true);
    stop();
    vi.advanceTimersByTime(3 * QUIET_MS);
    expect(playing()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
