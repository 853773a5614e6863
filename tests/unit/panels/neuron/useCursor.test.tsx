import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useEpochCursor } from '../../../../src/panels/neuron/useCursor';
import { neuronStore } from './neuronStore';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the epoch cursor', () => {
  it('plays from epoch 0 on its own (no prompt waiting), showing the moving epoch and a slower readable one', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const { wrapper, at } = neuronStore({ speed: 300, epochs: 1000, predict: false });
    const { result } = renderHook(() => useEpochCursor(), { wrapper });
    expect(result.current.playing).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    const { epoch, readableEpoch } = result.current;
    expect(epoch).toBeGreaterThan(280);
    expect(epoch - readableEpoch).toBeLessThan(300 / 8);
    expect(at()).toBe(0); // the store holds the resting cursor only
    act(() => result.current.playback.toggle());
    expect(result.current).toMatchObject({ playing: false, epoch, readableEpoch: epoch });
    expect(at()).toBe(epoch);
  });

  it('waits for Play while the "what do you expect?" prompt is on', () => {
    const { wrapper } = neuronStore({ predict: true });
    const { result } = renderHook(() => useEpochCursor(), { wrapper });
    expect(result.current.playing).toBe(false);
  });

  it('a link to an epoch starts paused there', () => {
    const { wrapper } = neuronStore({ at: 120 });
    const { result } = renderHook(() => useEpochCursor(), { wrapper });
    expect(result.current).toMatchObject({ playing: false, epoch: 120, readableEpoch: 120 });
  });

  it('prefers-reduced-motion starts paused', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const { wrapper } = neuronStore();
    const { result } = renderHook(() => useEpochCursor(), { wrapper });
    expect(result.current.playing).toBe(false);
  });

  it('stops its frames when the panel unmounts', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const { wrapper } = neuronStore();
    const { unmount } = renderHook(() => useEpochCursor(), { wrapper });
    act(() => vi.advanceTimersByTime(100));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
