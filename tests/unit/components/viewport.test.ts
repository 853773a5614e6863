import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeIntersectionObserver as FakeObserver } from '../fakeObservers';

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => {
  vi.resetModules();
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('viewport watches', () => {
  it('share one observer per margin, report comings and goings, and stop watching when the last watch stops', async () => {
    const { watchViewport } = await import('../../../src/components/viewport');
    const a = document.createElement('div');
    const b = document.createElement('div');
    const seenA: boolean[] = [];
    const seenB: boolean[] = [];
    const watchA = watchViewport(a, (shown) => seenA.push(shown), '10% 0px')!;
    const watchB = watchViewport(b, (shown) => seenB.push(shown), '10% 0px')!;
    watchViewport(a, () => undefined, '25% 0px');
    expect(FakeObserver.all.map((o) => o.options?.rootMargin)).toEqual(['10% 0px', '25% 0px']);
    FakeObserver.report(a, false);
    FakeObserver.report(a, true);
    expect(seenA).toEqual([false, true]);
    expect(seenB).toEqual([]);
    expect(watchA.shown()).toBe(true);
    watchA.stop();
    expect(FakeObserver.all[0].targets.has(a)).toBe(false);
    expect(FakeObserver.all[0].targets.has(b)).toBe(true);
    watchB.stop();
  });

  it('a second watch of an element already watched gets its last report (the observer reports nothing new)', async () => {
    const { watchViewport } = await import('../../../src/components/viewport');
    const a = document.createElement('div');
    watchViewport(a, () => undefined, '100% 0px');
    FakeObserver.report(a, true);
    const seen: boolean[] = [];
    const second = watchViewport(a, (shown) => seen.push(shown), '100% 0px')!;
    expect(second.shown()).toBe(true);
    await flush();
    expect(seen).toEqual([true]);
  });

  it('whenInViewport calls once, on the first report in view, and can be cancelled', async () => {
    const { whenInViewport } = await import('../../../src/components/viewport');
    const a = document.createElement('div');
    const b = document.createElement('div');
    let calls = 0;
    whenInViewport(a, () => calls++, '25% 0px');
    const cancel = whenInViewport(b, () => calls++, '25% 0px');
    FakeObserver.report(a, false);
    expect(calls).toBe(0);
    FakeObserver.report(a, true);
    FakeObserver.report(a, true);
    expect(calls).toBe(1);
    expect(FakeObserver.all[0].targets.has(a)).toBe(false);
    cancel();
    FakeObserver.report(b, true);
    expect(calls).toBe(1);
  });

  it('without IntersectionObserver nothing is watched, and whenInViewport calls at once (in a microtask)', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { watchViewport, whenInViewport } = await import('../../../src/components/viewport');
    const a = document.createElement('div');
    expect(watchViewport(a, () => undefined, '0px')).toBeNull();
    let called = false;
    whenInViewport(a, () => (called = true), '0px');
    expect(called).toBe(false);
    await flush();
    expect(called).toBe(true);
  });
});
