import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useEpochAnimation } from '../../../../src/panels/neuron/useAnimation';

/** A fake display: requestAnimationFrame callbacks run when the test advances the clock by whole frames. */
function fakeDisplay() {
  let now = 0;
  let queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.push(callback);
    return queue.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    queue = [];
  });
  return {
    /** Runs `seconds` of frames at `hz`. */
    run(seconds: number, hz: number) {
      const frames = Math.round(seconds * hz);
      for (let i = 0; i < frames; i++) {
        now += 1000 / hz;
        const due = queue;
        queue = [];
        act(() => due.forEach((callback) => callback(now)));
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the epoch animation', () => {
  it('advances by speed × elapsed time, the same at 30 Hz and at 144 Hz', () => {
    const results: number[] = [];
    for (const hz of [30, 144]) {
      const display = fakeDisplay();
      const { result, unmount } = renderHook(() => useEpochAnimation({ epochs: 1000, speed: 50, initialEpoch: 0 }));
      expect(result.current.playing).toBe(true);
      display.run(2, hz);
      results.push(result.current.epoch);
      unmount();
    }
    // 50 epochs per second for 2 s; the first frame only starts the clock (one frame's worth lost).
    for (const epoch of results) {
      expect(epoch).toBeGreaterThanOrEqual(96);
      expect(epoch).toBeLessThanOrEqual(100);
    }
  });

  it('stops at the last epoch, and play from the end starts over', () => {
    const display = fakeDisplay();
    const { result } = renderHook(() => useEpochAnimation({ epochs: 20, speed: 100, initialEpoch: 0 }));
    display.run(1, 60);
    expect(result.current.epoch).toBe(20);
    expect(result.current.playing).toBe(false);
    act(() => result.current.toggle());
    display.run(0.05, 60);
    expect(result.current.epoch).toBeLessThan(10);
  });

  it('a link to an epoch starts paused there; seek and step pause and clamp', () => {
    fakeDisplay();
    const { result } = renderHook(() => useEpochAnimation({ epochs: 300, speed: 60, initialEpoch: 120 }));
    expect(result.current.playing).toBe(false);
    expect(result.current.epoch).toBe(120);
    act(() => result.current.step(1));
    expect(result.current.epoch).toBe(121);
    act(() => result.current.seek(5000));
    expect(result.current.epoch).toBe(300);
    act(() => result.current.step(1));
    expect(result.current.epoch).toBe(300);
    act(() => result.current.restart());
    expect(result.current.epoch).toBe(0);
  });

  it('a shortened run pulls the cursor in; once it has stayed, lengthening the run does not send the cursor back', () => {
    fakeDisplay();
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ epochs }: { epochs: number }) => useEpochAnimation({ epochs, speed: 60, initialEpoch: 138 }), { initialProps: { epochs: 300 } });
      // Typing "500" passes through 5 and 50: a keystroke apart, the cursor keeps its place.
      rerender({ epochs: 5 });
      expect(result.current.epoch).toBe(5);
      act(() => vi.advanceTimersByTime(150));
      rerender({ epochs: 50 });
      act(() => vi.advanceTimersByTime(150));
      rerender({ epochs: 500 });
      expect(result.current.epoch).toBe(138);
      // A run shortened to 50 and left there: the cursor stays at 50 when the run grows again.
      rerender({ epochs: 50 });
      act(() => vi.advanceTimersByTime(1000));
      rerender({ epochs: 1000 });
      expect(result.current.epoch).toBe(50);
    } finally {
      vi.useRealTimers();
    }
  });

  it('prefers-reduced-motion starts paused', () => {
    fakeDisplay();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const { result } = renderHook(() => useEpochAnimation({ epochs: 300, speed: 60, initialEpoch: 0 }));
    expect(result.current.playing).toBe(false);
  });
});

describe('the readable cursor', () => {
  it('follows the cursor about 8 times a second while playing, and exactly when paused', () => {
    const display = fakeDisplay();
    const { result } = renderHook(() => useEpochAnimation({ epochs: 1000, speed: 300, initialEpoch: 0 }));
    const seen = new Set<number>();
    for (let i = 0; i < 60; i++) {
      display.run(1 / 60, 60);
      seen.add(result.current.readableEpoch);
      expect(result.current.epoch - result.current.readableEpoch).toBeLessThanOrEqual(300 * 0.125 + 1);
    }
    expect(seen.size).toBeLessThanOrEqual(10);
    act(() => result.current.toggle());
    expect(result.current.readableEpoch).toBe(result.current.epoch);
  });
});
