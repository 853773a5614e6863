import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlayback, readableEpoch } from '../../../../src/panels/neuron/playback';
import { neuronStore } from './neuronStore';

/** A fake display: requestAnimationFrame callbacks run when the test advances the clock by whole frames. */
function fakeDisplay() {
  let now = 0;
  let queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => queue.delete(handle));
  return {
    /** Runs `seconds` of frames at `hz`. */
    run(seconds: number, hz: number) {
      for (let i = 0; i < Math.round(seconds * hz); i++) {
        now += 1000 / hz;
        const due = [...queue.values()];
        queue = new Map();
        due.forEach((callback) => callback(now));
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A playback attached to a fresh store, as the panel mounts it. */
function playing(values: Parameters<typeof neuronStore>[0] = {}, autoplay = true) {
  const panel = neuronStore(values);
  const playback = createPlayback(panel.store, { autoplay });
  const detach = playback.attach();
  return { ...panel, playback, detach };
}

describe('the epoch animation', () => {
  it('plays at its speed in epochs per second (fake clock)', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const { playback } = playing({ speed: 100, epochs: 1000 });
    vi.advanceTimersByTime(3000);
    // 100 epochs per second for 3 s; the first frame only starts the clock (one frame's worth lost).
    expect(playback.moving()).toBeGreaterThanOrEqual(297);
    expect(playback.moving()).toBeLessThanOrEqual(300);
  });

  it('advances by speed × elapsed time, the same at 30 Hz and at 144 Hz', () => {
    for (const hz of [30, 144]) {
      const display = fakeDisplay();
      const { playback, detach } = playing({ speed: 50, epochs: 1000 });
      display.run(2, hz);
      // 50 epochs per second for 2 s, less the first frame, which only starts the clock.
      expect(playback.moving()).toBeGreaterThanOrEqual(96);
      expect(playback.moving()).toBeLessThanOrEqual(100);
      detach();
    }
  });

  it('a frame after a long pause (a background tab) advances a quarter second at most', () => {
    let frame: FrameRequestCallback = () => {};
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => ((frame = callback), 1));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const { playback } = playing({ speed: 100, epochs: 1000 });
    frame(0);
    frame(60_000);
    expect(playback.moving()).toBe(25);
  });

  it('moves without writing the store; the epoch reached is written once it stops', () => {
    const display = fakeDisplay();
    const { playback, store, at } = playing({ speed: 60 });
    const writes = vi.fn();
    store.subscribe(writes);
    display.run(1, 60);
    expect(playback.moving()).toBeGreaterThan(50);
    expect(writes).not.toHaveBeenCalled();
    const reached = playback.moving();
    playback.toggle(); // pause
    expect(playback.moving()).toBeNull();
    expect(at()).toBe(reached);
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('stops at the last epoch, which becomes the resting cursor, and play from the end starts over', () => {
    const display = fakeDisplay();
    const { playback, at } = playing({ epochs: 20, speed: 100 });
    display.run(1, 60);
    expect(playback.moving()).toBeNull();
    expect(at()).toBe(20);
    playback.toggle();
    display.run(0.05, 60);
    expect(playback.moving()).toBeLessThan(10);
  });

  it('seek and step stop playing and stay within the run', () => {
    const display = fakeDisplay();
    const { playback, at } = playing({ speed: 60 });
    display.run(0.5, 60);
    playback.step(1);
    expect(playback.moving()).toBeNull();
    expect(at()).toBeGreaterThan(20);
    playback.seek(5000);
    expect(at()).toBe(300);
    playback.step(1);
    expect(at()).toBe(300);
    playback.seek(-3);
    expect(at()).toBe(0);
    // Seeking to where the cursor last rested still stops a play that moved on from there.
    playback.toggle();
    display.run(0.5, 60);
    playback.seek(0);
    expect(playback.moving()).toBeNull();
    expect(at()).toBe(0);
  });

  it('a write to the resting cursor while playing stops there; a run shortened under the moving cursor ends the play', () => {
    const display = fakeDisplay();
    const { playback, store, at } = playing({ at: 0, speed: 60 });
    display.run(1, 60);
    store.getState().set('at', 7);
    expect(playback.moving()).toBeNull();
    expect(at()).toBe(7);
    playback.toggle();
    display.run(1, 60);
    store.getState().set('epochs', 20);
    expect(playback.moving()).toBeNull();
    expect(at()).toBe(20);
  });

  it('runs frames only while attached', () => {
    const display = fakeDisplay();
    const { playback, detach } = playing({ speed: 60 });
    display.run(0.5, 60);
    const reached = playback.moving();
    detach();
    display.run(0.5, 60);
    expect(playback.moving()).toBe(reached);
  });
});

describe('the readable cursor', () => {
  it('changes about 8 times a second of play, and never lags more than 1/8 s', () => {
    for (const speed of [1, 60, 300]) {
      const seen = new Set<number>();
      for (let epoch = 0; epoch < speed; epoch++) {
        const readable = readableEpoch(epoch, speed);
        expect(epoch - readable).toBeLessThan(Math.max(1, speed / 8));
        seen.add(readable);
      }
      expect(seen.size).toBeLessThanOrEqual(Math.min(speed, 8));
    }
  });
});
